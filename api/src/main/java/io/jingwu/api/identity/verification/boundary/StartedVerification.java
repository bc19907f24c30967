package io.jingwu.api.identity.verification.boundary;

import java.time.Instant;

/** A verification waiting for the phone's code: its id, and where and until when the code was sent. */
public record StartedVerification(String verificationId, String phoneMasked, Instant codeExpiresAt) {
}
