package io.jingwu.api.requests.control;

import io.jingwu.api.requests.entity.TrackingNumber;
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
 * A {@link TrackingNumber} as people type it (any case, dashes or spaces, O for 0), its check symbol matching.
 * Whether such a request exists is the finder's question. A missing value passes: whether a number is required is
 * {@code @NotBlank}'s to say.
 */
@Documented
@Constraint(validatedBy = TrackingNumberFormat.Check.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface TrackingNumberFormat {

    String message() default "{trackingNumber.format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<TrackingNumberFormat, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || TrackingNumber.parse(value).isPresent();
        }
    }
}
