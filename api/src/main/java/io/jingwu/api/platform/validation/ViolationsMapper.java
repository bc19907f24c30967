package io.jingwu.api.platform.validation;

import io.jingwu.api.platform.problems.InCallersLanguage;
import io.jingwu.api.platform.problems.Problem;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Should a constraint be enforced by the container (a {@code @Valid} parameter, a validated method), its violations
 * still reach the client as the same problem document as every other invalid input, in the caller's language.
 */
@Provider
public class ViolationsMapper extends InCallersLanguage implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
        return Problem.invalidInput(Violations.fieldErrors(e.getConstraintViolations()), language());
    }
}
