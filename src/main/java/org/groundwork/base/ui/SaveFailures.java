package org.groundwork.base.ui;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
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

    /**
     * Runs a save the way every form does: a broken rule goes to {@code onRule} (the form shows it on its field),
     * any other failure a person can act on is shown as an error, and a genuine fault is rethrown. The saved
     * result, or empty when the save did not go through.
     */
    public static <T> Optional<T> attempt(Supplier<T> save, Consumer<RuleViolationException> onRule) {
        try {
            return Optional.of(save.get());
        } catch (RuleViolationException rule) {
            onRule.accept(rule);
        } catch (RuntimeException failure) {
            show(failure);
        }
        return Optional.empty();
    }
}
