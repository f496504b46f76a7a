package org.groundwork.visit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.EntityPicker;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.security.StaffMember;
import org.groundwork.stakeholder.OrganizationNameSearch;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.visit.InterviewService;
import org.groundwork.visit.Visit;
import org.groundwork.visit.VisitChannel;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The visit's own fields: when and how, who takes part, notes, next steps, duration and the business's rating. Saved as the
 * person types, with a version check: if a colleague saved them meanwhile, saving stops with a clear message
 * and the person's text stays on screen, so nothing is overwritten and nothing is lost.
 */
class VisitDetailsForm extends FormLayout {

    static final String CONFLICT = "Someone else changed this visit's details while you were writing. Nothing "
            + "was overwritten: your text is still here but was not saved. Copy it, reload the page to see "
            + "their changes, then add yours again.";

    final DatePicker visitDate = new DatePicker("Date");
    final TimePicker startTime = new TimePicker("Time");
    final Select<VisitChannel> channel = new Select<>();
    final TextArea notes = new TextArea("Notes");
    final TextArea nextSteps = new TextArea("Next steps");
    final BigDecimalField durationHours = new BigDecimalField("Duration in hours");
    final RadioButtonGroup<Integer> satisfaction = new RadioButtonGroup<>("How satisfied are they with our help?");
    final TextArea satisfactionComment = new TextArea("Their comment");
    final ComboBox<StaffMember> leadStaffId;
    final MultiSelectComboBox<StaffMember> staffIds;
    final MultiSelectComboBox<PartnerOrganization> organizationIds;
    final Paragraph conflict = new Paragraph();
    private final BeanValidationBinder<Visit> binder = new BeanValidationBinder<>(Visit.class);
    private final transient InterviewService interviews;
    private transient Visit visit;

    VisitDetailsForm(InterviewService interviews, VisitUiServices services, Visit visit) {
        this.interviews = interviews;
        this.visit = visit;
        leadStaffId = EntityPicker.single("Led by", services.staff(), StaffMember::fullName);
        staffIds = EntityPicker.multiple("Other staff", services.staff(), StaffMember::fullName);
        organizationIds = EntityPicker.multiple("Partner organizations",
                new OrganizationNameSearch(services.organizations()), PartnerOrganization::getName);
        bindPeople(services);
        channel.setLabel("How");
        channel.setItems(VisitChannel.values());
        channel.setItemLabelGenerator(VisitChannel::label);
        satisfaction.setItems(List.of(1, 2, 3, 4, 5));
        satisfaction.setHelperText("1 very unhappy – 5 very happy");
        notes.setHelperText("What you heard. Saved as you type.");
        nextSteps.setHelperText("What we promised to do, and by when.");
        durationHours.setHelperText("Including travel, e.g. 1.5");
        conflict.addClassName("gw-conflict");
        conflict.setVisible(false);
        binder.bindInstanceFields(this);
        binder.readBean(visit);
        for (var field : List.of(notes, nextSteps, satisfactionComment)) {
            field.setValueChangeMode(ValueChangeMode.TIMEOUT);
            field.setValueChangeTimeout(700);
        }
        durationHours.setValueChangeMode(ValueChangeMode.TIMEOUT);
        binder.addValueChangeListener(e -> save());
        add(visitDate, startTime, channel, durationHours, leadStaffId, staffIds, organizationIds, notes, nextSteps,
                satisfaction, satisfactionComment);
        setColspan(notes, 2);
        setColspan(nextSteps, 2);
        setColspan(satisfactionComment, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    /** People are stored as ids; the pickers show them by name. */
    private void bindPeople(VisitUiServices services) {
        binder.forField(leadStaffId).asRequired("Choose who leads the visit.")
                .withConverter(StaffMember::id, id -> services.staff().find(id).orElse(null))
                .bind(Visit::getLeadStaffId, Visit::setLeadStaffId);
        binder.forField(staffIds)
                .withConverter(members -> members.stream().map(StaffMember::id).collect(Collectors.toSet()),
                        ids -> new LinkedHashSet<>(services.staff().findAll(ids)))
                .bind(Visit::getStaffIds, Visit::setStaffIds);
        binder.forField(organizationIds)
                .withConverter(orgs -> orgs.stream().map(PartnerOrganization::getId).collect(Collectors.toSet()),
                        ids -> ids.stream().map(services.organizations()::find).flatMap(Optional::stream)
                                .collect(Collectors.toCollection(LinkedHashSet::new)))
                .bind(Visit::getOrganizationIds, Visit::setOrganizationIds);
    }

    /** Saves what changed; returns false when it could not (invalid input or a conflict), with the reason shown. */
    boolean save() {
        if (conflict.isVisible()) {
            return false;
        }
        if (!binder.writeBeanIfValid(visit)) {
            return false;
        }
        try {
            visit = interviews.saveDetails(visit);
            return true;
        } catch (OptimisticLockingFailureException stale) {
            conflict.setText(CONFLICT);
            conflict.setVisible(true);
            return false;
        } catch (RuleViolationException rule) {
            SaveFailures.show(rule);
            return false;
        }
    }

    Visit visit() {
        return visit;
    }

    void setFormReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }
}
