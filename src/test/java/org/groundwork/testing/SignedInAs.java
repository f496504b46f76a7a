package org.groundwork.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.groundwork.security.Role;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signs this account in (creating it with exactly these roles) before each test of a {@link GroundworkTest} class,
 * before the class's own {@code @BeforeEach} methods run, so their set-up acts as that user.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SignInBeforeEach.class)
public @interface SignedInAs {

    String username();

    Role[] roles();
}
