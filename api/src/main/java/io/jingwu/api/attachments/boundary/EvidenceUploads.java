package io.jingwu.api.attachments.boundary;

import io.jingwu.api.attachments.control.BoundedUpload;
import io.jingwu.api.attachments.control.CleanImage;
import io.jingwu.api.attachments.control.ImageCleaner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.InputStream;

/**
 * Takes an uploaded image in: read up to the size limit, checked and cleaned, then stored. Reading and
 * re-encoding happen before the transaction, so the request's row is locked only for the count and the insert.
 */
@ApplicationScoped
public class EvidenceUploads {

    @Inject
    Attachments attachments;

    @Inject
    @ConfigProperty(name = "jingwu.attachments.max-bytes", defaultValue = "5242880")
    long maxBytes;

    /** Wider or higher than this is refused before decoding: a few kilobytes can announce gigapixels. */
    @Inject
    @ConfigProperty(name = "jingwu.attachments.max-side", defaultValue = "8000")
    int maxSide;

    public AttachmentView upload(long requestId, InputStream body, String uploadedBy) {
        CleanImage image = new ImageCleaner(maxSide).clean(BoundedUpload.read(body, maxBytes));
        return attachments.store(requestId, image, uploadedBy);
    }
}
