package org.groundwork.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.business.Business;
import org.groundwork.visit.Visit;

/** Logs a phone call, email or event in a few seconds: no interview, just what was said. */
class LogInteractionDialog extends Dialog {

    final LogInteractionForm form;
    final Button save = new Button("Log it");
    private final transient VisitUiServices services;
    private final transient Consumer<Visit> onLogged;

    LogInteractionDialog(VisitUiServices services, Business preset, Consumer<Visit> onLogged) {
        this.services = services;
        this.onLogged = onLogged;
        setHeaderTitle(preset == null ? "Log a call, email or event" : "Log a call, email or event with "
                + preset.getDisplayName());
        setWidth("min(100vw, 34rem)");
        form = new LogInteractionForm(services);
        LoggedInteraction start = new LoggedInteraction();
        start.setBusiness(preset);
        start.setDate(LocalDate.now(services.clock()));
        services.staff().find(services.visits().myStaffId()).ifPresent(start::setStaff);
        form.read(start);
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> form.entries().ifPresent(this::save));
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void save(LoggedInteraction entries) {
        SaveFailures.attempt(() -> services.visits().logInteraction(entries.toLog()), form::show).ifPresent(logged -> {
            Notifications.success(logged.getChannel().label() + " with " + entries.getBusiness().getDisplayName()
                    + " logged.");
            close();
            onLogged.accept(logged);
        });
    }
}
