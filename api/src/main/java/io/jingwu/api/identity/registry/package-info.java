/**
 * The population registry a verification is matched against: a port ({@code PopulationRegistry}) with an embedded
 * implementation over synthetic people, where a deployment plugs in the national registry.
 */
package io.jingwu.api.identity.registry;
