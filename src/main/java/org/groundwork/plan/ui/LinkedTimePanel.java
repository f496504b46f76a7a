package org.groundwork.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.EntityPicker;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessNameSearch;
import org.groundwork.business.BusinessService;
import org.groundwork.issue.MacroIssue;
import org.groundwork.issue.MacroIssueService;
import org.groundwork.plan.Activity;
import org.groundwork.plan.LinkedTime;
import org.groundwork.plan.LinkedTimeDraft;
import org.groundwork.plan.TimeEntryService;
import org.groundwork.plan.WeekSheet;

/**
 * The week's time on a named business or issue: a short list (with remove on one's own week) and a form to add
 * one, which stacks into a single column on a phone. The grid above counts these hours in its totals.
 */
class LinkedTimePanel extends VerticalLayout {

    final DatePicker day = new DatePicker("Day");
    final Select<Activity> activity = new Select<>();
    final BigDecimalField hours = new BigDecimalField("Hours");
    final ComboBox<Business> business;
    final ComboBox<MacroIssue> issue;
    final TextField note = new TextField("Note");
    final Button add = new Button("Add time", e -> add());
    final Div entries = new Div();
    private final FormLayout form;
    private final BeanValidationBinder<LinkedTimeDraft> binder = new BeanValidationBinder<>(LinkedTimeDraft.class);
    private final transient TimeEntryService time;
    private final transient Runnable changed;
    private final transient Clock clock;

    LinkedTimePanel(TimeEntryService time, BusinessService businesses, MacroIssueService issues, Clock clock,
                    Runnable changed) {
        this.time = time;
        this.clock = clock;
        this.changed = changed;
        setPadding(false);
        activity.setLabel("Activity");
        activity.setItems(Activity.entered());
        activity.setItemLabelGenerator(Activity::label);
        hours.setPlaceholder("e.g. 1.5");
        business = EntityPicker.single("Business", new BusinessNameSearch(businesses), BusinessNameSearch::label);
        issue = EntityPicker.single("Issue", new IssueTitleSearch(issues), MacroIssue::getTitle);
        binder.forField(business).bind(draft -> null, (draft, picked) -> draft.setBusinessId(
                picked == null ? null : picked.getId()));
        binder.forField(issue).bind(draft -> null, (draft, picked) -> draft.setIssueId(
                picked == null ? null : picked.getId()));
        binder.bindInstanceFields(this);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form = new FormLayout(day, activity, hours, business, issue, note, add);
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 3));
        entries.addClassName("gw-linked");
        add(new H3("Time on a business or an issue"), entries, form);
    }

    /** Shows the week's linked entries; the form and the remove buttons only on one's own week. */
    void show(WeekSheet sheet, boolean editable) {
        entries.removeAll();
        sheet.linked().forEach(entry -> entries.add(row(entry, editable)));
        if (sheet.linked().isEmpty()) {
            entries.add(new Span("None this week."));
        }
        form.setVisible(editable);
        day.setMin(sheet.monday());
        day.setMax(sheet.monday().plusDays(6));
        LocalDate today = LocalDate.now(clock);
        LinkedTimeDraft draft = new LinkedTimeDraft();
        draft.setDay(today.isBefore(sheet.monday()) || today.isAfter(day.getMax()) ? sheet.monday() : today);
        draft.setActivity(activity.getValue());
        binder.readBean(draft);
    }

    private void add() {
        LinkedTimeDraft draft = new LinkedTimeDraft();
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        try {
            LinkedTime saved = time.addLinked(draft);
            Notifications.success("Recorded " + saved.hours().stripTrailingZeros().toPlainString() + " h on "
                    + saved.subject() + ".");
            changed.run();
        } catch (RuleViolationException rule) {
            FieldErrors.show(rule, Map.<String, HasValidation>of("day", day, "activity", activity, "hours", hours,
                    "business", business, "issue", issue, "note", note));
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
        }
    }

    private Div row(LinkedTime entry, boolean editable) {
        Div row = new Div(new Span(entry.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                + " " + entry.date().getDayOfMonth()), new Span(entry.activity().label()),
                new Span(entry.hours().stripTrailingZeros().toPlainString() + " h"), strong(entry.subject()));
        row.addClassName("gw-linked-row");
        if (entry.note() != null) {
            row.add(new Span(entry.note()));
        }
        if (editable) {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> remove(entry));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove " + entry.hours().stripTrailingZeros().toPlainString() + " h on "
                    + entry.subject());
            row.add(remove);
        }
        return row;
    }

    private void remove(LinkedTime entry) {
        try {
            time.delete(entry.id(), entry.version());
            changed.run();
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
        }
    }

    private static Span strong(String text) {
        Span span = new Span(text);
        span.addClassName("gw-linked-subject");
        return span;
    }
}
