package org.groundwork.base;

/**
 * A request broke a business rule; the message is written for the person using the app and is shown as is.
 * {@code field} names the form field the message belongs to, or is null when it concerns the whole record.
 */
public class RuleViolationException extends RuntimeException {

    private final String field;

    public RuleViolationException(String message) {
        this(null, message);
    }

    public RuleViolationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
