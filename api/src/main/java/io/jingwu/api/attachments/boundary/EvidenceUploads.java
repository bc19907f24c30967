package io.jingwu.api.attachments.boundary;

import io.jingwu.api.attachments.control.BoundedUpload;
import io.jingwu.api.attachments.control.CleanImage;
import io.jingwu.api.attachments.control.DecodeSlots;
import io.jingwu.api.attachments.control.ImageCleaner;
import io.jingwu.api.attachments.control.ImageLimits;
import io.jingwu.api.attachments.control.UploadAllowance;
import io.jingwu.api.attachments.entity.Attachment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.InputStream;

/**
 * Takes a citizen's image in, cheapest refusal first: a request that already has all its images, then the hourly
 * allowance, both before a byte of the body is read; then the size while reading, the pixels from the header, and
 * only then the decode, in one of the few {@link DecodeSlots}. Reading and re-encoding happen outside any
 * transaction, so the request's row is locked only for the final count and the insert.
 */
@ApplicationScoped
public class EvidenceUploads {

    @Inject
    Attachments attachments;

    @Inject
    UploadAllowance allowance;

    @Inject
    DecodeSlots slots;

    @Inject
    @ConfigProperty(name = "jingwu.attachments.max-bytes", defaultValue = "5242880")
    long maxBytes;

    /** More than a phone's 7,000 x 5,000 photo needs; decoded, about 160 MB. */
    @Inject
    @ConfigProperty(name = "jingwu.attachments.max-pixels", defaultValue = "40000000")
    long maxPixels;

    @Inject
    @ConfigProperty(name = "jingwu.attachments.max-side", defaultValue = "8000")
    int maxSide;

    /**
     * @throws TooManyAttachments when the request already has all its images
     * @throws TooManyUploads     when the token or the address has used up its hourly allowance
     */
    public AttachmentView fromCitizen(long requestId, String citizenTokenKey, String clientAddress, InputStream body) {
        attachments.checkRoomFor(requestId);
        if (!allowance.tryUpload(citizenTokenKey, clientAddress)) {
            throw new TooManyUploads();
        }
        CleanImage image = new ImageCleaner(new ImageLimits(maxPixels, maxSide), slots)
                .clean(BoundedUpload.read(body, maxBytes));
        return attachments.store(requestId, image, Attachment.CITIZEN);
    }
}
