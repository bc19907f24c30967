package io.jingwu.api.attachments.boundary;

import io.jingwu.api.attachments.control.UploadAllowance;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** The cheap refusals come before a byte of the upload is read. */
class EvidenceUploadsTest {

    /** A body that fails the test if anyone reads it. */
    private static final InputStream UNREAD = new InputStream() {
        @Override
        public int read() {
            throw new AssertionError("the body was read");
        }
    };

    private final EvidenceUploads uploads = new EvidenceUploads();

    @Test
    void aRequestWithAllItsImagesIsRefusedBeforeTheBodyIsRead() {
        uploads.attachments = new Attachments() {
            @Override
            public void checkRoomFor(long requestId) {
                throw new TooManyAttachments(5);
            }
        };

        assertThrows(TooManyAttachments.class, () -> uploads.fromCitizen(7, "token-key", "203.0.113.7", UNREAD));
    }

    @Test
    void aSpentAllowanceIsRefusedBeforeTheBodyIsRead() {
        uploads.attachments = new Attachments() {
            @Override
            public void checkRoomFor(long requestId) {
            }
        };
        uploads.allowance = new UploadAllowance() {
            @Override
            public boolean tryUpload(String citizenTokenKey, String clientAddress) {
                return false;
            }
        };

        assertThrows(TooManyUploads.class, () -> uploads.fromCitizen(7, "token-key", "203.0.113.7", UNREAD));
    }
}
