package io.jingwu.api.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A whole number from {@code min} to {@code max}, both included (either may be left open), so that one message can name both limits (where
 * {@code @Min} and {@code @Max} would each say half). A missing number passes: it may stand for a default.
 */
@Documented
@Constraint(validatedBy = Between.Check.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface Between {

    String message() default "{number.between}";

    long min() default Long.MIN_VALUE;

    long max() default Long.MAX_VALUE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<Between, Number> {

        private long min;
        private long max;

        @Override
        public void initialize(Between limits) {
            min = limits.min();
            max = limits.max();
        }

        @Override
        public boolean isValid(Number value, ConstraintValidatorContext context) {
            return value == null || (value.longValue() >= min && value.longValue() <= max);
        }
    }
}
