package org.groundwork.visit.ui;

import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.groundwork.base.ui.FormDialog;
import org.groundwork.business.Business;
import org.groundwork.visit.Visit;

/** Logs a phone call, email or event in a few seconds: no interview, just what was said. */
class LogInteractionDialog extends FormDialog {

    final LogInteractionForm form;
    final Button save = new Button("Log it");
    private final transient VisitUiServices services;
    private final transient Consumer<Visit> onLogged;

    LogInteractionDialog(VisitUiServices services, Business preset, Consumer<Visit> onLogged) {
        super(preset == null ? "Log a call, email or event" : "Log a call, email or event with "
                + preset.getDisplayName(), "34rem");
        this.services = services;
        this.onLogged = onLogged;
        form = new LogInteractionForm(services);
        LoggedInteraction start = new LoggedInteraction();
        start.setBusiness(preset);
        start.setDate(LocalDate.now(services.clock()));
        services.staff().find(services.visits().myStaffId()).ifPresent(start::setStaff);
        form.read(start);
        add(form);
        save.addClickListener(e -> form.entries().ifPresent(this::save));
        confirmWith(save);
    }

    private void save(LoggedInteraction entries) {
        saveAndClose(() -> services.visits().logInteraction(entries.toLog()), form::show,
                logged -> logged.getChannel().label() + " with " + entries.getBusiness().getDisplayName() + " logged.",
                onLogged);
    }
}
