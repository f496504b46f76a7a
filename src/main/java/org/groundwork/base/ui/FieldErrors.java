package org.groundwork.base.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import org.groundwork.base.RuleViolationException;

/**
 * Puts a service's rule message on the form field it names, or shows it as an error when it names none, so every
 * form reports a broken rule the same way.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void show(RuleViolationException rule, Map<String, ? extends HasValidation> fields) {
        HasValidation field = rule.getField() == null ? null : fields.get(rule.getField());
        if (field == null) {
            Notifications.error(rule.getMessage());
        } else {
            field.setErrorMessage(rule.getMessage());
            field.setInvalid(true);
        }
    }
}
