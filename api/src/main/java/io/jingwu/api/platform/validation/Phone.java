package io.jingwu.api.platform.validation;

import io.jingwu.api.platform.personal.PhoneNumbers;
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
 * A phone number someone can be reached at: a valid mainland number (mobile or landline with area code) or an
 * international one with its country code, as {@link PhoneNumbers} reads it. A missing value passes: whether the
 * number is required is {@code @NotBlank}'s to say.
 */
@Documented
@Constraint(validatedBy = Phone.Check.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface Phone {

    String message() default "{phone.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<Phone, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || PhoneNumbers.normalise(value).isPresent();
        }
    }
}
