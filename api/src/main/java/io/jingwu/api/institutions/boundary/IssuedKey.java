package io.jingwu.api.institutions.boundary;

/**
 * A key just made, with its institution: the only time the key is ever shown. Only its prefix and hash are kept,
 * so a lost key cannot be shown again, only replaced.
 *
 * @param apiKey {@code jw_<prefix>_<secret>}, to be sent as {@code X-Api-Key}
 */
public record IssuedKey(InstitutionView institution, String apiKey) {
}
