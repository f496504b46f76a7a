package org.groundwork.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one Spring test configuration every service and view test uses, so they all share a single cached
 * application context (on the embedded database, or on MySQL under {@code -Pmysql}) with a movable clock, and
 * leave the thread signed out and the clock at the present after each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import(TestClockConfiguration.class)
@ExtendWith({SignOutAfterEach.class, RestoreClockAfterEach.class})
public @interface GroundworkTest {
}
