package org.groundwork.base;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (the demo profile's sample data, say) through the same secured services a person uses,
 * as the internal "system" actor, so the audit trail names it. Never call it on a request thread.
 */
public final class RunAsSystem {

    private static final String ACTOR = "system";

    private RunAsSystem() {
    }

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ACTOR, null, List.of(
                new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN), new SimpleGrantedAuthority("ROLE_" + Roles.DIRECTOR),
                new SimpleGrantedAuthority("ROLE_" + Roles.STAFF))));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
