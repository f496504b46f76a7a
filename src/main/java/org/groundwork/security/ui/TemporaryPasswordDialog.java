package org.groundwork.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Shows a new temporary password exactly once, for the admin to hand over. */
class TemporaryPasswordDialog extends Dialog {

    final Span password;

    TemporaryPasswordDialog(String fullName, String temporaryPassword) {
        setHeaderTitle("Temporary password");
        password = new Span(temporaryPassword);
        password.addClassName("gw-secret");
        add(new Paragraph("Give this password to " + fullName + ". They must choose their own when they sign "
                + "in. It is shown only now."), password);
        Button done = new Button("Done", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        setCloseOnOutsideClick(false);
    }
}
