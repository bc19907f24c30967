package io.jingwu.api.platform.revisions;

import java.util.function.Supplier;

/**
 * One value held with the revision it was loaded at, replaced when a caller sees another revision. Loads run one
 * at a time; a caller whose revision the held value already has never waits.
 */
public final class HeldAtRevision<T> {

    private volatile Revisions.Revised<T> held;

    /**
     * @param revision the revision the caller sees
     * @param load     the value as committed, with the revision it was committed at (at least as new as the caller's)
     */
    public T at(long revision, Supplier<Revisions.Revised<T>> load) {
        Revisions.Revised<T> current = held;
        if (current == null || current.revision() != revision) {
            synchronized (this) {
                current = held;
                if (current == null || current.revision() != revision) {
                    current = load.get();
                    held = current;
                }
            }
        }
        return current.value();
    }
}
