package org.groundwork.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.groundwork.base.Formats;
import org.groundwork.base.ui.FormDialog;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.business.Business;
import org.groundwork.visit.RecentContact;
import org.groundwork.visit.Visit;

/**
 * Schedules a visit. As soon as the business and date are known it says who met them in the last 90 days
 * (or plans to), so two people don't descend on the same firm; the planner may still go ahead.
 */
class PlanVisitDialog extends FormDialog {

    final PlanVisitForm form;
    final Div recent = new Div();
    final Button save = new Button("Plan visit");
    private final transient VisitUiServices services;
    private final transient Consumer<Visit> onPlanned;

    PlanVisitDialog(VisitUiServices services, Business preset, Consumer<Visit> onPlanned) {
        super(preset == null ? "Plan a visit" : "Plan a visit to " + preset.getDisplayName(), "40rem");
        this.services = services;
        this.onPlanned = onPlanned;
        form = new PlanVisitForm(services);
        PlannedVisit start = new PlannedVisit();
        start.setBusiness(preset);
        start.setDate(LocalDate.now(services.clock()));
        services.staff().find(services.visits().myStaffId()).ifPresent(start::setLead);
        form.read(start);
        recent.addClassName("gw-warning");
        recent.setVisible(false);
        form.business.addValueChangeListener(e -> showRecent());
        form.date.addValueChangeListener(e -> showRecent());
        add(recent, form);
        save.addClickListener(e -> form.entries().ifPresent(this::save));
        confirmWith(save);
        showRecent();
    }

    private void showRecent() {
        recent.removeAll();
        Business business = form.business.getValue();
        LocalDate date = form.date.getValue();
        if (business == null || date == null) {
            recent.setVisible(false);
            return;
        }
        List<RecentContact> contacts = services.visits().recentContacts(business.getId(), date, null);
        recent.setVisible(!contacts.isEmpty());
        if (!contacts.isEmpty()) {
            UnorderedList list = new UnorderedList();
            contacts.forEach(c -> list.add(new ListItem(c.describe(Formats.date(c.date())))));
            recent.add(new Paragraph("Heads up: this business has been contacted within 90 days of that date."),
                    list, new Paragraph("You can still plan the visit — perhaps talk to them first."));
        }
    }

    private void save(PlannedVisit entries) {
        SaveFailures.attempt(() -> services.visits().plan(entries.toPlan()), form::show).ifPresent(planned -> {
            confirm(entries.getBusiness(), planned);
            close();
            onPlanned.accept(planned);
        });
    }

    /** Says it worked and offers the visit itself, wherever the visit was planned from. */
    private void confirm(Business business, Visit planned) {
        Button open = new Button("Open visit");
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Notification notification = new Notification(new Span("Visit to " + business.getDisplayName()
                + " planned for " + Formats.date(planned.getVisitDate()) + ". "), open);
        notification.setDuration(6000);
        notification.setPosition(Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        open.addClickListener(e -> {
            notification.close();
            open.getUI().ifPresent(ui -> ui.navigate("visits/" + planned.getId()));
        });
        notification.open();
    }
}
