package org.groundwork.security;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides, per request, whether a signed-in session still matches its account. Read from the database every
 * time, so a change made on any app node applies on the next request everywhere (no shared cache to trust).
 */
@Component
@RequiredArgsConstructor
class SessionFreshness {

    sealed interface Verdict {
    }

    /** Nothing changed since the session's snapshot. */
    record Current() implements Verdict {
    }

    /** Roles or name changed: the session goes on with a fresh snapshot. */
    record Refreshed(SignedInUser user) implements Verdict {
    }

    /** Deleted, disabled, renamed or given a temporary password by an admin: the session must end. */
    record Ended() implements Verdict {
    }

    private final UserAccountRepository users;

    @Transactional(readOnly = true)
    public Verdict check(SignedInUser user) {
        StoredStamp stored = users.findStamp(user.getId()).orElse(null);
        if (stored != null && stored.securityStamp() == user.getSecurityStamp()) {
            return new Current();
        }
        if (stored == null || !stored.enabled() || stored.mustChangePassword()
                || !stored.username().equals(user.getUsername())) {
            return new Ended();
        }
        return users.findById(user.getId()).<Verdict>map(account -> new Refreshed(new SignedInUser(account)))
                .orElseGet(Ended::new);
    }
}
