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

/** At most {@code max} items in a list or entries in a map; a missing one passes. */
@Documented
@Constraint(validatedBy = MaxItems.Check.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface MaxItems {

    String message() default "{items.max}";

    int max();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<MaxItems, Object> {

        private int max;

        @Override
        public void initialize(MaxItems limit) {
            max = limit.max();
        }

        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (value instanceof Collection<?> items) {
                return items.size() <= max;
            }
            if (value instanceof Map<?, ?> entries) {
                return entries.size() <= max;
            }
            return true;
        }
    }
}
