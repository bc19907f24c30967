/**
 * The registers a verification is matched against: the population registry ({@code PopulationRegistry}: document,
 * name and birth date) and the carriers' real-name records ({@code PhoneRealName}: whether a phone is registered to
 * that document and name). Each is a port with an embedded implementation over synthetic people, where a deployment
 * plugs in the national registry and a carrier's service.
 */
package io.jingwu.api.identity.registry;
