package io.jingwu.api.platform.problems;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns every failure of the REST API into a problem document in the caller's language. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class InvalidInput extends InCallersLanguage implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return Problem.invalidInput(e.errors(), language());
        }
    }

    /** Every component's refusals, as each words it. */
    @Provider
    public static class Refused extends InCallersLanguage implements ExceptionMapper<RefusedException> {
        @Override
        public Response toResponse(RefusedException e) {
            return e.refusal().toResponse(language());
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
                return Failures.unexpected(e).toResponse(language());
            }
            if (e.getCause() instanceof JsonbException) {
                return Problem.response(400, "malformed-body", language());
            }
            return Problem.response(status, "refused", language());
        }
    }

    /** Someone else's change got in the way (409, to retry); any other database failure is ours. */
    @Provider
    public static class Database extends InCallersLanguage implements ExceptionMapper<PersistenceException> {
        @Override
        public Response toResponse(PersistenceException e) {
            return Failures.ofDatabase(e).toResponse(language());
        }
    }

    /** Anything else is our fault: logged with a reference the caller can quote, never shown as a stack trace. */
    @Provider
    public static class Unexpected extends InCallersLanguage implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            return Failures.unexpected(e).toResponse(language());
        }
    }
}
