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

/** A text that, when given at all, says something: for a change where a missing value means "keep it". */
@Documented
@Constraint(validatedBy = NotOnlySpaces.Check.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface NotOnlySpaces {

    String message() default "{required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<NotOnlySpaces, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || !value.toString().isBlank();
        }
    }
}
