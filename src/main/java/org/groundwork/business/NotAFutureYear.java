package org.groundwork.business;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Year;

/**
 * A year that has begun: a business can't be established in a future year. A field constraint, so the form shows
 * it on the field and an import rejects the row, like the other limits of {@link Business}.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotAFutureYear.Check.class)
@interface NotAFutureYear {

    String message() default "A business can't be established in a future year.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<NotAFutureYear, Integer> {

        @Override
        public boolean isValid(Integer year, ConstraintValidatorContext context) {
            return year == null || year <= Year.now(context.getClockProvider().getClock()).getValue();
        }
    }
}
