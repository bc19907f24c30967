package io.jingwu.api.platform.validation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/** For unit tests: the input check with Hibernate Validator, the provider the server ships, outside a container. */
public final class InputChecks {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    private InputChecks() {
    }

    public static Validator validator() {
        return FACTORY.getValidator();
    }

    public static InputCheck standalone() {
        return new InputCheck(validator());
    }
}
