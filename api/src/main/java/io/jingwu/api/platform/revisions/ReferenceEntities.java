package io.jingwu.api.platform.revisions;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.sessions.UnitOfWork;

/**
 * Entities a {@link RevisedCache} holds are detached and shared. A new row that refers to one (a request to its
 * routing rule and unit) needs it in the caller's persistence context, and finding it there again would read
 * the row the cache holds: EclipseLink can take it in as an existing row instead, without reading it.
 */
public final class ReferenceEntities {

    private ReferenceEntities() {
    }

    /** The caller's managed copy of a cached entity, taken to exist as it is; read nothing. */
    public static <T> T attached(EntityManager em, T cached) {
        @SuppressWarnings("unchecked")
        T managed = (T) em.unwrap(UnitOfWork.class).registerExistingObject(cached);
        return managed;
    }
}
