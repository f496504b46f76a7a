package org.groundwork.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.groundwork.base.Formats;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.EntityPicker;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessNameSearch;
import org.groundwork.security.StaffMember;
import org.groundwork.stakeholder.OrganizationNameSearch;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.visit.RecentContact;
import org.groundwork.visit.Visit;
import org.groundwork.visit.VisitChannel;
import org.groundwork.visit.VisitPlan;

/**
 * Schedules a visit. As soon as the business and date are known it says who met them in the last 90 days
 * (or plans to), so two people don't descend on the same firm; the planner may still go ahead.
 */
class PlanVisitDialog extends Dialog {

    final ComboBox<Business> business;
    final DatePicker date = new DatePicker("Date");
    final TimePicker time = new TimePicker("Time");
    final Select<VisitChannel> channel = new Select<>();
    final ComboBox<StaffMember> lead;
    final MultiSelectComboBox<StaffMember> others;
    final MultiSelectComboBox<PartnerOrganization> organizations;
    final TextField purpose = new TextField("Purpose");
    final Div recent = new Div();
    final Button save = new Button("Plan visit");
    private final transient VisitUiServices services;
    private final transient Consumer<Visit> onPlanned;

    PlanVisitDialog(VisitUiServices services, Business preset, Consumer<Visit> onPlanned) {
        this.services = services;
        this.onPlanned = onPlanned;
        setHeaderTitle(preset == null ? "Plan a visit" : "Plan a visit to " + preset.getDisplayName());
        setWidth("min(100vw, 40rem)");
        business = EntityPicker.single("Business", new BusinessNameSearch(services.businesses()),
                BusinessNameSearch::label);
        lead = EntityPicker.single("Led by", services.staff(), StaffMember::fullName);
        others = EntityPicker.multiple("Other staff", services.staff(), StaffMember::fullName);
        organizations = EntityPicker.multiple("Partner organizations",
                new OrganizationNameSearch(services.organizations()), PartnerOrganization::getName);
        channel.setLabel("How");
        channel.setItems(VisitChannel.values());
        channel.setItemLabelGenerator(VisitChannel::label);
        channel.setValue(VisitChannel.ON_SITE);
        date.setValue(LocalDate.now(services.clock()));
        time.setValue(LocalTime.of(10, 0));
        Long me = services.visits().myStaffId();
        services.staff().find(me).ifPresent(lead::setValue);
        if (preset != null) {
            business.setValue(preset);
        }
        recent.addClassName("gw-warning");
        recent.setVisible(false);
        business.addValueChangeListener(e -> showRecent());
        date.addValueChangeListener(e -> showRecent());
        FormLayout form = new FormLayout(business, date, time, channel, lead, others, organizations, purpose);
        form.setColspan(business, 2);
        form.setColspan(purpose, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(recent, form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button("Cancel", e -> close()), save);
        showRecent();
    }

    private void showRecent() {
        recent.removeAll();
        if (business.getValue() == null || date.getValue() == null) {
            recent.setVisible(false);
            return;
        }
        List<RecentContact> contacts = services.visits().recentContacts(business.getValue().getId(),
                date.getValue(), null);
        recent.setVisible(!contacts.isEmpty());
        if (!contacts.isEmpty()) {
            UnorderedList list = new UnorderedList();
            contacts.forEach(c -> list.add(new ListItem(c.describe(Formats.date(c.date())))));
            recent.add(new Paragraph("Heads up: this business has been contacted within 90 days of that date."),
                    list, new Paragraph("You can still plan the visit — perhaps talk to them first."));
        }
    }

    private void save() {
        Visit planned;
        try {
            planned = services.visits().plan(new VisitPlan(business.getValue() == null ? null
                    : business.getValue().getId(), date.getValue(), time.getValue(), channel.getValue(),
                    lead.getValue() == null ? null : lead.getValue().id(),
                    others.getValue().stream().map(StaffMember::id).collect(Collectors.toSet()),
                    organizations.getValue().stream().map(PartnerOrganization::getId).collect(Collectors.toSet()),
                    purpose.getValue(), null));
        } catch (RuleViolationException rule) {
            showOnField(rule);
            return;
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
            return;
        }
        confirm(planned);
        close();
        onPlanned.accept(planned);
    }

    /** Says it worked and offers the visit itself, wherever the visit was planned from. */
    private void confirm(Visit planned) {
        Button open = new Button("Open visit");
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Notification notification = new Notification(new Span("Visit to " + business.getValue().getDisplayName()
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

    private void showOnField(RuleViolationException rule) {
        FieldErrors.show(rule, Map.of("business", business, "visitDate", date, "leadStaffId", lead));
    }
}
