package io.jingwu.api.platform.problems;

import io.jingwu.api.platform.i18n.Language;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure of the REST API into a problem document in the caller's language. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    /**
     * A mapper that answers in the caller's language, as the resource would have: {@code ?lang=}, else
     * Accept-Language.
     */
    abstract static class InCallersLanguage {
        @Context
        HttpHeaders headers;

        @Context
        UriInfo uri;

        Language language() {
            if (headers == null) {
                return Language.DEFAULT;
            }
            return Language.requested(uri == null ? null : uri.getQueryParameters().getFirst("lang"),
                    headers.getAcceptableLanguages());
        }
    }

    @Provider
    public static class InvalidInput extends InCallersLanguage implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return Problem.invalidInput(e.errors(), language());
        }
    }

    /** A body that is not JSON, or JSON of the wrong shape. */
    @Provider
    public static class MalformedJson extends InCallersLanguage implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problem.response(400, "malformed-body", language());
        }
    }

    @Provider
    public static class Processing extends InCallersLanguage implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return Problem.response(400, "malformed-body", language());
        }
    }

    /** The framework's own refusals (unknown path, wrong method or media type ...), keeping their status. */
    @Provider
    public static class Web extends InCallersLanguage implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                return Problem.response(404, "not-found", language());
            }
            if (status >= 500) {
                return Unexpected.respond(e, language());
            }
            if (e.getCause() instanceof JsonbException) {
                return Problem.response(400, "malformed-body", language());
            }
            return Problem.response(status, "refused", language());
        }
    }

    /**
     * Two people changed the same thing at once, or waited too long for each other: the loser is told to reload
     * and try again (409). Any other database failure is ours.
     */
    @Provider
    public static class Concurrent extends InCallersLanguage implements ExceptionMapper<PersistenceException> {
        @Override
        public Response toResponse(PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                        || cause instanceof LockTimeoutException) {
                    return Problem.response(409, "edit-conflict", language());
                }
            }
            return Unexpected.respond(e, language());
        }
    }

    /** Anything else is our fault: logged with a reference the caller can quote, never shown as a stack trace. */
    @Provider
    public static class Unexpected extends InCallersLanguage implements ExceptionMapper<Throwable> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Throwable e) {
            return respond(e, language());
        }

        static Response respond(Throwable e, Language language) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, e);
            return Problem.response(500, "unexpected", language, reference);
        }
    }
}
