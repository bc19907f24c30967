package io.jingwu.api.identity.registry.control;

import io.jingwu.api.identity.registry.entity.RegistryAnswer;
import io.jingwu.api.identity.registry.entity.RegistryQuery;

/**
 * The carriers' real-name records (运营商三要素): is this mobile line registered to the holder of this document under
 * this name? Carriers register residents' lines by their identity number and foreigners' by their passport.
 * {@link EmbeddedPhoneRealName} serves the embedded default and the tests; a deployment connected to a carrier's
 * verification service provides its own implementation as a CDI alternative.
 */
public interface PhoneRealName {

    /**
     * @param holder    the document and the name of the person (the birth date is not asked)
     * @param phoneE164 the line, e.g. {@code +8613800138000}
     */
    RegistryAnswer check(RegistryQuery holder, String phoneE164);
}
