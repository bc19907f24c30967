package io.jingwu.api.attachments.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many images this instance decodes at once ({@code jingwu.attachments.concurrent-decodes}, one per processor
 * core by default). A decoded image takes up to a few hundred megabytes until it is encoded again, so parallel
 * uploads must not all decode together; one that finds no free slot within {@code jingwu.attachments.decode-wait}
 * is refused ({@link DecodersBusy}, answered 503 with Retry-After) rather than queued without bound.
 */
@ApplicationScoped
public class DecodeSlots {

    /** Work done while holding a slot. */
    public interface Work<T> {
        T run() throws IOException;
    }

    @Inject
    @ConfigProperty(name = "jingwu.attachments.concurrent-decodes")
    Optional<Integer> configuredSlots;

    @Inject
    @ConfigProperty(name = "jingwu.attachments.decode-wait", defaultValue = "PT2S")
    Duration wait;

    private int count;
    private Semaphore slots;

    public DecodeSlots() {
    }

    DecodeSlots(int slots, Duration wait) {
        this.count = slots;
        this.slots = new Semaphore(slots, true);
        this.wait = wait;
    }

    @PostConstruct
    void create() {
        count = configuredSlots.filter(n -> n > 0).orElse(Runtime.getRuntime().availableProcessors());
        slots = new Semaphore(count, true);
    }

    /** How busy the decoders are: with every slot taken, further uploads are being refused. */
    @Gauge(name = "attachments.decodes.in.progress", absolute = true, unit = MetricUnits.NONE,
            description = "Evidence images this instance is decoding now, of jingwu.attachments.concurrent-decodes")
    public int inProgress() {
        return count - slots.availablePermits();
    }

    /** @throws DecodersBusy when no slot came free within the wait */
    public <T> T hold(Work<T> work) throws IOException {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DecodersBusy();
        }
        if (!acquired) {
            throw new DecodersBusy();
        }
        try {
            return work.run();
        } finally {
            slots.release();
        }
    }
}
