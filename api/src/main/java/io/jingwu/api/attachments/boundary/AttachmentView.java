package io.jingwu.api.attachments.boundary;

import java.time.Instant;

/**
 * An attachment as it is listed: what it is, never its content.
 *
 * @param uploadedBy {@code citizen}, or the user name of the member of staff who added it
 */
public record AttachmentView(long id, String mediaType, int sizeBytes, int width, int height, String uploadedBy,
                             Instant createdAt) {
}
