package io.jingwu.api.identity.verification.boundary;

import io.jingwu.api.identity.credentials.boundary.IssuedCredential;

/**
 * How a confirmation ended. Returned, not thrown, so that what must be remembered (a guess counted) is committed
 * even when the answer is no.
 *
 * @param credential     for {@link Result#VERIFIED}
 * @param trackingNumber for {@link Result#REFERRED}: the request a clerk takes it up in
 */
public record VerificationOutcome(Result result, IssuedCredential credential, String trackingNumber) {

    public enum Result {
        VERIFIED,
        /**
         * The person was not confirmed: the registry did not know the document, knew other details for it, or the
         * carrier does not register the phone to them (one answer for all): a request for a clerk was opened.
         */
        REFERRED,
        /** Wrong, used up or expired code, or a verification that no longer waits for one. */
        CODE_REFUSED,
        NOT_FOUND,
        /** The registry or the carrier could not be asked: the code stays good for another try. */
        RECORDS_UNAVAILABLE
    }

    static VerificationOutcome of(Result result) {
        return new VerificationOutcome(result, null, null);
    }
}
