package io.jingwu.api.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * The shape of an administrative division code: 6 digits (GB/T 2260, county and above) or 9 (a township),
 * surrounding spaces aside. Whether the division exists is the divisions component's question, asked by the rules
 * that need it. A missing value passes: whether a code is required is {@code @NotBlank}'s to say.
 */
@Documented
@Constraint(validatedBy = DivisionCode.Check.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface DivisionCode {

    String message() default "{divisionCode.format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<DivisionCode, String> {

        private static final Pattern CODE = Pattern.compile("\\d{6}|\\d{9}");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || CODE.matcher(value.strip()).matches();
        }
    }
}
