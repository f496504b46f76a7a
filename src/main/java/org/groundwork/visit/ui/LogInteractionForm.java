package org.groundwork.visit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.EntityPicker;
import org.groundwork.base.ui.EntriesForm;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessNameSearch;
import org.groundwork.security.StaffMember;
import org.groundwork.visit.VisitChannel;
import org.groundwork.visit.VisitService;

/** A call, email or event after the fact; a buffered binder checks the entries before the service does. */
class LogInteractionForm extends EntriesForm<LoggedInteraction> {

    final ComboBox<Business> business;
    final RadioButtonGroup<VisitChannel> channel = new RadioButtonGroup<>("What was it?");
    final DatePicker date = new DatePicker("Date");
    final ComboBox<StaffMember> staff;
    final TextArea notes = new TextArea("What was said");
    final BigDecimalField durationHours = new BigDecimalField("Hours spent");

    LogInteractionForm(VisitUiServices services) {
        super(LoggedInteraction.class, LoggedInteraction::new);
        business = EntityPicker.single("Business", new BusinessNameSearch(services.businesses()),
                BusinessNameSearch::label);
        staff = EntityPicker.single("Who was in touch", services.staff(), StaffMember::fullName);
        channel.setItems(List.of(VisitChannel.PHONE, VisitChannel.EMAIL, VisitChannel.EVENT));
        channel.setItemLabelGenerator(VisitChannel::label);
        date.setMax(LocalDate.now(services.clock()));
        date.setI18n(new DatePicker.DatePickerI18n().setMaxErrorMessage(VisitService.FUTURE_INTERACTION));
        notes.setWidthFull();
        notes.setMaxLength(4000);
        FormLayout form = getContent();
        form.add(business, channel, date, staff, notes, durationHours);
        form.setColspan(business, 2);
        form.setColspan(notes, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
        binder.bindInstanceFields(this);
    }

    @Override
    public void show(RuleViolationException refusal) {
        FieldErrors.show(refusal, Map.of("business", business, "visitDate", date, "channel", channel,
                "leadStaffId", staff, "notes", notes));
    }
}
