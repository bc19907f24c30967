package io.jingwu.api.statistics.control;

import io.jingwu.api.requests.entity.RequestMoved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Live figures for operations on {@code /metrics}: committed submissions and moves, by action and request
 * type. Counted after commit, so a move that was rolled back is never counted.
 */
@ApplicationScoped
public class MoveCounters {

    static final String NAME = "jingwu_request_moves";

    @Inject
    MetricRegistry metrics;

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestMoved moved) {
        metrics.counter(NAME, new Tag("action", moved.action().name()),
                new Tag("type", moved.request().type().name())).inc();
    }
}
