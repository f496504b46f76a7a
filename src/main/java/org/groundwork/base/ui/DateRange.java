package org.groundwork.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import org.groundwork.base.Formats;

/**
 * A pair of first-day and last-day fields that filter a list: a last day before the first is said on the last-day
 * field, not answered with an empty list that looks like "nothing happened".
 */
public final class DateRange {

    private DateRange() {
    }

    /**
     * Marks the last-day field when it is before the first day (either may be empty) and clears the mark
     * otherwise; true when the range can be used. The field's own validation is turned off, so leaving the field
     * does not clear the mark.
     */
    public static boolean check(DatePicker from, DatePicker to) {
        boolean reversed = from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue());
        to.setManualValidation(true);
        to.setInvalid(reversed);
        to.setErrorMessage(reversed ? "The last day is before the first (" + Formats.date(from.getValue())
                + "): choose a day on or after it." : null);
        return !reversed;
    }
}
