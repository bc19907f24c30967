package io.jingwu.api.sla.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.requests.entity.RequestStatus;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.requests.entity.SlaStage;
import io.jingwu.api.sla.control.PromiseText;
import io.jingwu.api.sla.entity.SlaPolicy;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where a request stands against its promise, for the citizen.
 *
 * @param stage   ACCEPT or RESOLVE (the stage running), PAUSED (waiting for the citizen's answer) or DONE
 * @param dueAt   the running stage's deadline; null when paused, done, or when nothing is promised
 * @param promise the policy's promise in the citizen's language, e.g. "受理：5分钟内；办结：1天内"
 */
public record SlaStatusView(String stage, Instant dueAt, String promise) implements Serializable {

    public static SlaStatusView of(ServiceRequest request, SlaPolicy policy, Language language) {
        String promise = PromiseText.of(policy, request.priority(), language);
        if (request.status() == RequestStatus.AWAITING_CITIZEN) {
            return new SlaStatusView("PAUSED", null, promise);
        }
        if (request.isRunning(SlaStage.ACCEPT)) {
            return new SlaStatusView(SlaStage.ACCEPT.name(), request.clock(SlaStage.ACCEPT).dueAt().orElse(null),
                    promise);
        }
        if (request.isRunning(SlaStage.RESOLVE)) {
            return new SlaStatusView(SlaStage.RESOLVE.name(), request.clock(SlaStage.RESOLVE).dueAt().orElse(null),
                    promise);
        }
        return new SlaStatusView("DONE", null, promise);
    }
}
