package io.jingwu.api.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Collection;
import java.util.Map;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A value that must be given: not missing, not empty and, for a text, not only spaces (unless
 * {@code spacesCount}, as for a password taken as typed). The project's constraints apply to fields only: on a
 * record they stay off its constructor's parameters, where Payara's OpenAPI scan fails on any constraint outside a
 * resource method.
 */
@Documented
@Constraint(validatedBy = Required.Check.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface Required {

    String message() default "{required}";

    /** Whether a text of spaces only counts as given. */
    boolean spacesCount() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<Required, Object> {

        private boolean spacesCount;

        @Override
        public void initialize(Required rule) {
            spacesCount = rule.spacesCount();
        }

        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (value instanceof CharSequence text) {
                return spacesCount ? !text.isEmpty() : !text.toString().isBlank();
            }
            if (value instanceof Collection<?> items) {
                return !items.isEmpty();
            }
            if (value instanceof Map<?, ?> entries) {
                return !entries.isEmpty();
            }
            return value != null;
        }
    }
}
