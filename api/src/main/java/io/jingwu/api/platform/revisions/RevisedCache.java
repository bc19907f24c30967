package io.jingwu.api.platform.revisions;

import java.util.List;
import java.util.function.LongFunction;

/**
 * Reference data held by one instance and reloaded whenever the revisions it depends on have moved: one read of
 * the revisions per use. What it hands out is shared by every caller and never changed.
 */
public final class RevisedCache<T> {

    private final List<String> revisions;
    private final LongFunction<T> load;
    private final HeldAtRevision<T> held = new HeldAtRevision<>();

    /**
     * @param revisions the names of the revisions that move when the data changes
     * @param load      reads the data, given the revision it is loaded at; run outside the caller's transaction
     */
    public RevisedCache(List<String> revisions, LongFunction<T> load) {
        this.revisions = List.copyOf(revisions);
        this.load = load;
    }

    /** The data as of the revision the caller's transaction sees. */
    public T current(Revisions source) {
        return held.at(source.of(revisions), () -> source.committed(revisions, load));
    }
}
