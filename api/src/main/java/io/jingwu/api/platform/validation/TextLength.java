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
 * The length of a text as it is kept and as a person counts it: without surrounding spaces, in characters
 * (𠮷 is one, where {@code @Size} would count two UTF-16 units). A blank or missing text passes: whether it
 * is required is {@code @NotBlank}'s to say.
 */
@Documented
@Constraint(validatedBy = TextLength.Check.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface TextLength {

    String message() default "{text.length}";

    int min() default 0;

    int max() default Integer.MAX_VALUE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<TextLength, CharSequence> {

        private int min;
        private int max;

        @Override
        public void initialize(TextLength limits) {
            min = limits.min();
            max = limits.max();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            String kept = value == null ? null : Texts.stripped(value.toString());
            if (kept == null) {
                return true;
            }
            int length = Texts.length(kept);
            return length >= min && length <= max;
        }
    }
}
