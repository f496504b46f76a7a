package org.groundwork.visit.standard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.groundwork.base.Formats;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.ActionGrid;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.visit.standard.Holiday;
import org.groundwork.visit.standard.ServiceStandard;
import org.groundwork.visit.standard.ServiceStandardService;

/** Admins keep the service standards and the holidays that business-day standards skip. */
@Route("admin/service-standards")
@PageTitle("Service standards setup")
@Menu(title = "Service standards setup", order = 940, icon = "vaadin:timer")
@RolesAllowed(Roles.ADMIN)
class ServiceStandardsAdminView extends VerticalLayout {

    final Button newStandard = new Button("New standard", VaadinIcon.PLUS.create());
    final Grid<ServiceStandard> grid = new Grid<>();
    final Grid<Holiday> holidays = new Grid<>();
    final DatePicker holidayDate = new DatePicker("Date");
    final TextField holidayName = new TextField("Holiday");
    final Button addHoliday = new Button("Add holiday");
    private final transient ServiceStandardService standards;

    ServiceStandardsAdminView(ServiceStandardService standards) {
        this.standards = standards;
        newStandard.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newStandard.addClickListener(e -> new StandardEditor(standards, new ServiceStandard(), this::refresh).open());
        grid.addColumn(ServiceStandard::getName).setHeader("Standard").setSortProperty("name").setFlexGrow(3);
        grid.addColumn(s -> s.getMeasure().label()).setHeader("Measures").setFlexGrow(2);
        grid.addColumn(ServiceStandard::describeLimit).setHeader("Limit").setAutoWidth(true);
        grid.addColumn(s -> s.isEnabled() ? "On" : "Off").setHeader("On").setAutoWidth(true);
        grid.addItemClickListener(e -> new StandardEditor(standards, standards.get(e.getItem().getId()),
                this::refresh).open());
        grid.setAllRowsVisible(true);
        holidays.addColumn(h -> Formats.date(h.getDate())).setHeader("Date").setAutoWidth(true);
        holidays.addColumn(Holiday::getName).setHeader("Holiday");
        holidays.addComponentColumn(h -> {
            Button remove = ActionGrid.small("Remove", () -> removeHoliday(h));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        holidays.setAllRowsVisible(true);
        addHoliday.addClickListener(e -> addHoliday());
        FlexLayout holidayForm = new FlexLayout(holidayDate, holidayName, addHoliday);
        holidayForm.addClassName("gw-filters");
        holidayForm.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        holidayForm.setAlignItems(Alignment.BASELINE);
        add(newStandard, grid, new H3("Holidays"), holidayForm, holidays);
        refresh();
    }

    void refresh() {
        grid.setItemsPageable(standards::list, pageable -> standards.count());
        holidays.setItems(standards.holidays());
    }

    private void addHoliday() {
        try {
            standards.addHoliday(holidayDate.getValue(), holidayName.getValue());
        } catch (RuleViolationException rule) {
            var field = "name".equals(rule.getField()) ? holidayName : holidayDate;
            field.setErrorMessage(rule.getMessage());
            field.setInvalid(true);
            return;
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
            return;
        }
        Notifications.success("Added " + holidayName.getValue() + ".");
        holidayDate.clear();
        holidayName.clear();
        refresh();
    }

    private void removeHoliday(Holiday holiday) {
        standards.removeHoliday(holiday.getId());
        Notifications.success("Removed " + holiday.getName() + ".");
        refresh();
    }
}
