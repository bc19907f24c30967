package io.jingwu.api.sla.control;

import io.jingwu.api.requests.entity.SlaStage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.function.Function;

/**
 * Finds the stages whose warning time or deadline has come, and raises each warning and each breach once, even
 * with several instances sweeping at the same moment: a batch locks its rows ({@code FOR UPDATE SKIP LOCKED}),
 * and stamps them in the transaction that writes the internal event and the supervisors' alerts, so a row one
 * sweep handled no longer qualifies for the next. Small batches in short transactions keep the locks brief, so
 * clerks claiming or moving a request wait at most for one batch.
 */
@ApplicationScoped
public class SlaSweep {

    static final int BATCH = 50;

    @Inject
    SlaSweepBatch batch;

    /** Everything due at {@code now}, batch by batch, until a batch comes back short or finds nothing to do. */
    public SweepCounts sweep(Instant now) {
        return sweep(stage -> batch.run(stage, now, BATCH));
    }

    /**
     * What of one unit is due at {@code now}, leaving every other unit's requests as they are: a look at one unit's
     * deadlines, such as a check of that unit running its sweep at an instant of its own.
     */
    public SweepCounts sweepUnit(Instant now, long unitId) {
        return sweep(stage -> batch.run(stage, now, BATCH, unitId));
    }

    private static SweepCounts sweep(Function<SlaStage, SweepCounts> nextBatch) {
        SweepCounts total = SweepCounts.NONE;
        for (SlaStage stage : SlaStage.values()) {
            SweepCounts done;
            do {
                done = nextBatch.apply(stage);
                total = total.plus(done);
            } while (done.rows() == BATCH && done.raised() > 0);
        }
        return total;
    }

    /**
     * @param rows     the rows a batch locked
     * @param warned   warnings raised
     * @param breached breaches raised
     */
    public record SweepCounts(int rows, int warned, int breached) {

        static final SweepCounts NONE = new SweepCounts(0, 0, 0);

        int raised() {
            return warned + breached;
        }

        SweepCounts plus(SweepCounts other) {
            return new SweepCounts(rows + other.rows, warned + other.warned, breached + other.breached);
        }
    }
}
