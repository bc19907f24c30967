package io.jingwu.api.identity.registry.control;

import io.jingwu.api.identity.registry.entity.RegistryAnswer;
import io.jingwu.api.identity.registry.entity.RegistryQuery;

/**
 * The register of people a verification is matched against: the national population registry for residents, the
 * exit-entry records for foreigners. {@link EmbeddedPopulationRegistry} serves the embedded default and the tests;
 * a deployment connected to the real registry provides its own implementation as a CDI alternative.
 */
public interface PopulationRegistry {

    RegistryAnswer check(RegistryQuery query);
}
