package org.groundwork.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.EntityPicker;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessNameSearch;
import org.groundwork.security.StaffMember;
import org.groundwork.visit.InteractionLog;
import org.groundwork.visit.Visit;
import org.groundwork.visit.VisitChannel;

/** Logs a phone call, email or event in a few seconds: no interview, just what was said. */
class LogInteractionDialog extends Dialog {

    final ComboBox<Business> business;
    final RadioButtonGroup<VisitChannel> channel = new RadioButtonGroup<>("What was it?");
    final DatePicker date = new DatePicker("Date");
    final ComboBox<StaffMember> staff;
    final TextArea notes = new TextArea("What was said");
    final BigDecimalField durationHours = new BigDecimalField("Hours spent");
    final Button save = new Button("Log it");
    private final transient VisitUiServices services;
    private final transient Consumer<Visit> onLogged;

    LogInteractionDialog(VisitUiServices services, Business preset, Consumer<Visit> onLogged) {
        this.services = services;
        this.onLogged = onLogged;
        setHeaderTitle(preset == null ? "Log a call, email or event" : "Log a call, email or event with "
                + preset.getDisplayName());
        setWidth("min(100vw, 34rem)");
        business = EntityPicker.single("Business", new BusinessNameSearch(services.businesses()),
                BusinessNameSearch::label);
        staff = EntityPicker.single("Who was in touch", services.staff(), StaffMember::fullName);
        channel.setItems(List.of(VisitChannel.PHONE, VisitChannel.EMAIL, VisitChannel.EVENT));
        channel.setItemLabelGenerator(VisitChannel::label);
        channel.setValue(VisitChannel.PHONE);
        date.setValue(LocalDate.now(services.clock()));
        date.setMax(LocalDate.now(services.clock()));
        services.staff().find(services.visits().myStaffId()).ifPresent(staff::setValue);
        if (preset != null) {
            business.setValue(preset);
        }
        notes.setWidthFull();
        notes.setMaxLength(4000);
        FormLayout form = new FormLayout(business, channel, date, staff, notes, durationHours);
        form.setColspan(business, 2);
        form.setColspan(notes, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void save() {
        Visit logged;
        try {
            logged = services.visits().logInteraction(new InteractionLog(business.getValue() == null ? null
                    : business.getValue().getId(), date.getValue(), channel.getValue(),
                    staff.getValue() == null ? null : staff.getValue().id(), notes.getValue(),
                    durationHours.getValue()));
        } catch (RuleViolationException rule) {
            FieldErrors.show(rule, Map.of("business", business, "visitDate", date, "leadStaffId", staff,
                    "notes", notes));
            return;
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
            return;
        }
        Notifications.success(logged.getChannel().label() + " with " + business.getValue().getDisplayName()
                + " logged.");
        close();
        onLogged.accept(logged);
    }
}
