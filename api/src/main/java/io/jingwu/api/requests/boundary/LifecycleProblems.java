package io.jingwu.api.requests.boundary;

import io.jingwu.api.requests.entity.RequestNotFound;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.platform.problems.Problem;
import io.jingwu.api.requests.entity.EventAction;
import io.jingwu.api.requests.entity.ForbiddenMove;
import io.jingwu.api.requests.entity.LifecycleViolation;
import io.jingwu.api.requests.entity.RequestStatus;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** How the API words a refused lifecycle move, in the caller's language. */
public final class LifecycleProblems {

    private LifecycleProblems() {
    }

    /** 409: says which action the request's status does not allow, with both in the caller's words. */
    @Provider
    public static class Violation implements ExceptionMapper<LifecycleViolation> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(LifecycleViolation e) {
            Language language = language(headers);
            return e.concernsMergeTarget()
                    ? Problem.response(409, "merge-target-final", language, statusLabel(e.status(), language))
                    : Problem.response(409, "lifecycle-conflict", language, detailArgs(e, language));
        }
    }

    /** 403: the status allows the move, the role does not. */
    @Provider
    public static class Forbidden implements ExceptionMapper<ForbiddenMove> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ForbiddenMove e) {
            return Problem.response(403, "forbidden", language(headers));
        }
    }

    @Provider
    public static class NoSupervisor implements ExceptionMapper<NoSupervisorToReopen> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(NoSupervisorToReopen e) {
            return Problem.response(409, "no-supervisor-to-reopen", language(headers));
        }
    }

    /** 404 with no hint whether the request exists elsewhere. */
    @Provider
    public static class NotFound implements ExceptionMapper<RequestNotFound> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(RequestNotFound e) {
            return Problem.response(404, "request-not-found", language(headers));
        }
    }

    /** The action's and the status's labels, in this order, for {@code problem.lifecycle-conflict.detail}. */
    static Object[] detailArgs(LifecycleViolation e, Language language) {
        return new Object[] {actionLabel(e.action(), language), statusLabel(e.status(), language)};
    }

    static String actionLabel(EventAction action, Language language) {
        return Messages.text(language, "action." + action.name());
    }

    static String statusLabel(RequestStatus status, Language language) {
        return Messages.text(language, "status." + status.name());
    }

    private static Language language(HttpHeaders headers) {
        return headers == null ? Language.DEFAULT : Language.negotiate(headers.getAcceptableLanguages());
    }
}
