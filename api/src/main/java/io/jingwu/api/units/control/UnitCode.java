package io.jingwu.api.units.control;

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
 * A unit's code: capitals and digits in groups joined by dashes ({@code HUZ-ZL-ZHINAN-PS}), at most {@code max}
 * characters, surrounding spaces aside. A blank or missing code passes: whether it is required is
 * {@code @NotBlank}'s to say; whether it is taken, {@link UnitRules}'.
 */
@Documented
@Constraint(validatedBy = UnitCode.Check.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface UnitCode {

    String message() default "{unit.code.format}";

    int max();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<UnitCode, String> {

        private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

        private int max;

        @Override
        public void initialize(UnitCode limits) {
            max = limits.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            String code = value.strip();
            return code.length() <= max && CODE.matcher(code).matches();
        }
    }
}
