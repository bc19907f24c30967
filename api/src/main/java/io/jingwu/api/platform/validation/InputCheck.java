package io.jingwu.api.platform.validation;

import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import java.util.List;

/**
 * Checks an input against the constraints declared on it, with the container's validator, for the rules of every
 * component: their declared rules and the ones they keep as code then fail in one answer, one error per field.
 */
@ApplicationScoped
public class InputCheck {

    @Inject
    Validator validator;

    InputCheck() {
    }

    public InputCheck(Validator validator) {
        this.validator = validator;
    }

    /** The broken declared rules, in the order the input declares its fields; none when the input is null. */
    public List<FieldError> errors(Object input) {
        return input == null ? List.of() : Violations.fieldErrors(validator.validate(input));
    }

    /** @throws InvalidInputException when any declared rule is broken */
    public void require(Object input) {
        List<FieldError> errors = errors(input);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
