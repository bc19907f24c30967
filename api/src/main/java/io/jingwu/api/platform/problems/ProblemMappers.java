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
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure of the REST API into a problem document in the caller's language. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    static Language language(HttpHeaders headers) {
        return headers == null ? Language.DEFAULT : Language.negotiate(headers.getAcceptableLanguages());
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(InvalidInputException e) {
            return Problem.invalidInput(e.errors(), language(headers));
        }
    }

    /** A body that is not JSON, or JSON of the wrong shape. */
    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(JsonbException e) {
            return Problem.response(400, "malformed-body", language(headers));
        }
    }

    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ProcessingException e) {
            return Problem.response(400, "malformed-body", language(headers));
        }
    }

    /** The framework's own refusals (unknown path, wrong method or media type ...), keeping their status. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                return Problem.response(404, "not-found", language(headers));
            }
            if (status >= 500) {
                return Unexpected.respond(e, headers);
            }
            if (e.getCause() instanceof JsonbException) {
                return Problem.response(400, "malformed-body", language(headers));
            }
            return Problem.response(status, "refused", language(headers));
        }
    }

    /**
     * Two people changed the same thing at once, or waited too long for each other: the loser is told to reload
     * and try again (409). Any other database failure is ours.
     */
    @Provider
    public static class Concurrent implements ExceptionMapper<PersistenceException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                        || cause instanceof LockTimeoutException) {
                    return Problem.response(409, "edit-conflict", language(headers));
                }
            }
            return Unexpected.respond(e, headers);
        }
    }

    /** Anything else is our fault: logged with a reference the caller can quote, never shown as a stack trace. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Throwable e) {
            return respond(e, headers);
        }

        static Response respond(Throwable e, HttpHeaders headers) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, e);
            return Problem.response(500, "unexpected", language(headers), reference);
        }
    }
}
