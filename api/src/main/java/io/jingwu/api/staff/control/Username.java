package io.jingwu.api.staff.control;

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
 * A user name as {@link Usernames} writes it, once trimmed and lower-cased: {@code max} characters at most. A blank
 * or missing name passes: whether it is required is {@code @NotBlank}'s to say; whether it is taken, the accounts'.
 */
@Documented
@Constraint(validatedBy = Username.Check.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface Username {

    String message() default "{staff.username.format}";

    /** The longest name, {@link Usernames#MAX_LENGTH}, named where the constraint is used so its message can say it. */
    int max();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<Username, String> {

        private int max;

        @Override
        public void initialize(Username limits) {
            max = limits.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            String name = Usernames.normalise(value);
            return name.length() <= max && Usernames.isWellFormed(name);
        }
    }
}
