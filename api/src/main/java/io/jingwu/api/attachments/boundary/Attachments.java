package io.jingwu.api.attachments.boundary;

import io.jingwu.api.attachments.control.CleanImage;
import io.jingwu.api.attachments.entity.Attachment;
import io.jingwu.api.platform.crypto.Digests;
import io.jingwu.api.requests.control.RequestFinder;
import io.jingwu.api.requests.entity.RequestNotFound;
import io.jingwu.api.requests.entity.TrackingNumber;
import io.jingwu.api.staff.entity.StaffActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.List;

/**
 * The stored attachments of requests. A request holds at most {@code jingwu.attachments.max-per-request}
 * (5); the count is taken with the request's row locked, so two uploads at the same moment cannot both be the
 * fifth. Staff reach only the attachments of their own units' requests; any other answers
 * {@link RequestNotFound}, exactly as a tracking number that does not exist.
 */
@ApplicationScoped
@Transactional
public class Attachments {

    private static final String VIEW = "SELECT NEW io.jingwu.api.attachments.boundary.AttachmentView(a.id, a.mediaType, "
            + "a.sizeBytes, a.width, a.height, a.uploadedBy, a.createdAt) FROM Attachment a ";

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RequestFinder requests;

    @Inject
    @ConfigProperty(name = "jingwu.attachments.max-per-request", defaultValue = "5")
    int maxPerRequest;

    /**
     * Cheap, before an upload is read: the count without the lock, which {@link #store} takes again with it.
     *
     * @throws TooManyAttachments when the request already has all it may have
     */
    public void checkRoomFor(long requestId) {
        if (countOf(requestId) >= maxPerRequest) {
            throw new TooManyAttachments(maxPerRequest);
        }
    }

    /** @throws TooManyAttachments when the request already has all it may have */
    public AttachmentView store(long requestId, CleanImage image, String uploadedBy) {
        em.createNativeQuery("SELECT id FROM requests WHERE id = ? FOR UPDATE").setParameter(1, requestId)
                .getSingleResult();
        if (countOf(requestId) >= maxPerRequest) {
            throw new TooManyAttachments(maxPerRequest);
        }
        Attachment attachment = new Attachment(requestId, image.kind().mediaType(), image.content(), image.width(),
                image.height(), Digests.sha256(image.content()), uploadedBy, clock.instant());
        em.persist(attachment);
        em.flush();
        return view(attachment);
    }

    public List<AttachmentView> of(long requestId) {
        return em.createQuery(VIEW + "WHERE a.requestId = :requestId ORDER BY a.id", AttachmentView.class)
                .setParameter("requestId", requestId).getResultList();
    }

    /** @throws RequestNotFound when the request does not exist or is not of the actor's units */
    public List<AttachmentView> forStaff(TrackingNumber number, StaffActor actor) {
        return of(requests.reachableBy(number, actor).id());
    }

    /** @throws RequestNotFound as {@link #forStaff}, and when the request has no attachment with this id */
    public Attachment withContent(TrackingNumber number, long attachmentId, StaffActor actor) {
        long requestId = requests.reachableBy(number, actor).id();
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || attachment.requestId() != requestId) {
            throw new RequestNotFound();
        }
        return attachment;
    }


    private long countOf(long requestId) {
        return em.createNamedQuery(Attachment.COUNT_OF_REQUEST, Long.class)
                .setParameter("requestId", requestId).getSingleResult();
    }

    private static AttachmentView view(Attachment a) {
        return new AttachmentView(a.id(), a.mediaType(), a.sizeBytes(), a.width(), a.height(), a.uploadedBy(),
                a.createdAt());
    }

}
