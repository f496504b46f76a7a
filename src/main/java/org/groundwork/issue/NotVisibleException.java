package org.groundwork.issue;

import org.groundwork.base.RuleViolationException;

/**
 * A record the user may not see, reported exactly like one that doesn't exist, so a partner can't learn from the
 * answer whether an id is used.
 */
public class NotVisibleException extends RuleViolationException {

    public NotVisibleException() {
        super("That issue doesn't exist.");
    }
}
