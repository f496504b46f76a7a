package org.groundwork.base;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What every email field of the app accepts: an address of 150 characters at most (the columns' width). Each part
 * reports its own message, so a person learns which of the two is wrong; the annotation itself checks nothing.
 */
@Email(message = "That doesn't look like an email address.")
@Size(max = 150, message = "Keep the email under 150 characters.")
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
public @interface EmailAddress {

    String message() default "That doesn't look like an email address.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
