package org.groundwork.base.ui;

import org.groundwork.base.RuleViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Explains, in plain words, why a save did not go through. Forms use it so every form says the same. */
public final class SaveFailures {

    public static final String CONFLICT = "Someone else changed this record while you were editing it. "
            + "Nothing was overwritten: your edits are still in the form but were not saved. "
            + "Reload to see the latest version, then make your changes again.";

    private SaveFailures() {
    }

    /** Returns the message for a failure a person can act on, or null for a genuine fault to be rethrown. */
    public static String explain(RuntimeException failure) {
        if (failure instanceof OptimisticLockingFailureException) {
            return CONFLICT;
        }
        if (failure instanceof RuleViolationException) {
            return failure.getMessage();
        }
        if (failure instanceof AccessDeniedException) {
            return "You don't have permission to make this change.";
        }
        if (failure instanceof DataIntegrityViolationException) {
            return "This change clashes with another record (a duplicate, or something still linked to it). "
                    + "Nothing was saved.";
        }
        return null;
    }

    /** Shows the explanation as an error notification; rethrows failures nobody can act on. */
    public static void show(RuntimeException failure) {
        String message = explain(failure);
        if (message == null) {
            throw failure;
        }
        Notifications.error(message);
    }
}
