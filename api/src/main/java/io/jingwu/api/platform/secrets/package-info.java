/**
 * Keys the application needs on every instance alike (encryption, token signing): from configuration, or, in
 * the embedded default only, generated once into the data folder.
 */
package io.jingwu.api.platform.secrets;
