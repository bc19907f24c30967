/**
 * Relying institutions (banks, hotels, public offices) and their API keys: administrators issue, rotate and
 * revoke the keys; {@link io.jingwu.api.institutions.control.InstitutionKeys#admit} tells an endpoint who is
 * calling and whether the institution's allowance per minute has room, and
 * {@link io.jingwu.api.institutions.boundary.InstitutionRefusals} answers the callers it does not admit.
 */
package io.jingwu.api.institutions;
