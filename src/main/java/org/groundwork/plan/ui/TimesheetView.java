package org.groundwork.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.groundwork.base.Formats;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.business.BusinessService;
import org.groundwork.issue.MacroIssueService;
import org.groundwork.plan.Activity;
import org.groundwork.plan.TimeEntryService;
import org.groundwork.plan.WeekSheet;
import org.groundwork.security.CurrentUser;
import org.groundwork.security.Role;
import org.groundwork.security.StaffDirectory;
import org.groundwork.security.StaffMember;
import org.springframework.data.domain.PageRequest;

/**
 * The week's timesheet: a row per activity, a column per day, totals. Visits fill their own row from the visits'
 * hours. Everyone edits only their own week; a director may pick anyone to read theirs.
 */
@Route("time")
@PageTitle("My time")
@Menu(title = "My time", order = 400, icon = "vaadin:clock")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.STAFF})
@CssImport("./styles/plan.css")
class TimesheetView extends VerticalLayout {

    private final TimeEntryService time;
    private final StaffMember me;
    private final Div grid = new Div();
    private final Span weekLabel = new Span();
    final Map<String, NumberField> cells = new HashMap<>();
    final Button save = new Button("Save the week", e -> save());
    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final Button thisWeek = new Button("This week");
    final LinkedTimePanel linked;
    private StaffMember person;
    private WeekSheet sheet;

    TimesheetView(TimeEntryService time, StaffDirectory staff, CurrentUser currentUser, Clock clock,
                  BusinessService businesses, MacroIssueService issues) {
        this.time = time;
        this.me = time.me();
        this.person = me;
        this.linked = new LinkedTimePanel(time, businesses, issues, clock, () -> load(sheet.monday()));
        grid.addClassName("gw-week");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout navigation = new HorizontalLayout(previous, weekLabel, next, thisWeek);
        previous.addClickListener(e -> leaveWeek(() -> load(sheet.monday().minusWeeks(1))));
        next.addClickListener(e -> leaveWeek(() -> load(sheet.monday().plusWeeks(1))));
        thisWeek.addClickListener(e -> leaveWeek(() -> load(LocalDate.now(clock))));
        previous.setAriaLabel("Previous week");
        next.setAriaLabel("Next week");
        navigation.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        navigation.setWrap(true);
        if (currentUser.hasRole(Role.DIRECTOR)) {
            ComboBox<StaffMember> who = new ComboBox<>("Whose time");
            who.setItems(query -> staff.search(query.getFilter().orElse(""), PageRequest.of(query.getPage(),
                    query.getPageSize())).stream(), query -> (int) staff.count(query.getFilter().orElse("")));
            who.setItemLabelGenerator(StaffMember::fullName);
            who.setValue(me);
            who.addValueChangeListener(e -> {
                StaffMember chosen = e.getValue() == null ? me : e.getValue();
                if (!chosen.equals(person)) {
                    leaveWeek(() -> {
                        person = chosen;
                        load(sheet.monday());
                    }, () -> who.setValue(person));
                }
            });
            navigation.addComponentAsFirst(who);
        }
        add(new H2("Time by activity"), new Paragraph("Enter hours per activity and day. Visits count on their "
                + "own from the hours recorded on each visit, so they are never entered twice. Time on a named "
                + "business or issue goes below and counts in the totals."), navigation, grid, save, linked);
        load(LocalDate.now(clock));
    }

    private void load(LocalDate day) {
        sheet = time.week(person.id(), day);
        weekLabel.setText("Week of " + Formats.date(sheet.monday()));
        boolean mine = person.id().equals(me.id());
        save.setVisible(mine);
        render(mine);
        linked.show(sheet, mine);
    }

    private void render(boolean editable) {
        grid.removeAll();
        cells.clear();
        grid.add(text("Activity", "gw-week-head"));
        sheet.days().forEach(d -> grid.add(text(d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                + d.getDayOfMonth(), "gw-week-head")));
        grid.add(text("Total", "gw-week-head"));
        for (Activity activity : Activity.values()) {
            grid.add(text(activity.label(), null));
            for (LocalDate day : sheet.days()) {
                if (activity == Activity.VISITS || !editable) {
                    grid.add(text(hours(sheet.hours(activity, day)), null));
                } else {
                    NumberField cell = new NumberField();
                    cell.setMin(0);
                    cell.setMax(24);
                    cell.setStep(0.25);
                    cell.setAriaLabel(activity.label() + " on " + day);
                    BigDecimal plain = sheet.plainHours(activity, day);
                    cell.setValue(plain == null ? null : plain.doubleValue());
                    cells.put(activity + "@" + day, cell);
                    grid.add(cell);
                }
            }
            grid.add(text(hours(sheet.activityTotal(activity)), "gw-week-total"));
        }
        grid.add(text("Total", "gw-week-head"));
        sheet.days().forEach(d -> grid.add(text(hours(sheet.dayTotal(d)), "gw-week-total")));
        grid.add(text(hours(sheet.total()), "gw-week-total"));
    }

    private void leaveWeek(Runnable go) {
        leaveWeek(go, () -> { });
    }

    /**
     * Goes to another week or person, first asking what to do with hours typed but not saved, which would
     * otherwise be lost without a word; {@code stay} undoes the choice that led here.
     */
    private void leaveWeek(Runnable go, Runnable stay) {
        if (!unsaved()) {
            go.run();
            return;
        }
        ConfirmDialog ask = new ConfirmDialog("Save this week's hours?", "You typed hours for the week of "
                + Formats.date(sheet.monday()) + " that are not saved yet.", "Save them", e -> {
                    if (save()) {
                        go.run();
                    } else {
                        stay.run();
                    }
                });
        ask.setRejectable(true);
        ask.setRejectText("Discard them");
        ask.addRejectListener(e -> go.run());
        ask.setCancelable(true);
        ask.setCancelText("Stay on this week");
        ask.addCancelListener(e -> stay.run());
        ask.open();
    }

    /** Whether any cell holds other hours than the saved week. */
    boolean unsaved() {
        for (Activity activity : Activity.entered()) {
            for (LocalDate day : sheet.days()) {
                NumberField cell = cells.get(activity + "@" + day);
                BigDecimal saved = sheet.plainHours(activity, day);
                Double typed = cell == null ? null : cell.getValue();
                boolean same = typed == null ? saved == null || saved.signum() == 0
                        : saved != null && BigDecimal.valueOf(typed).compareTo(saved) == 0;
                if (!same) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean save() {
        Map<Activity, Map<LocalDate, BigDecimal>> hours = new EnumMap<>(Activity.class);
        for (Activity activity : Activity.entered()) {
            Map<LocalDate, BigDecimal> byDay = new HashMap<>();
            for (LocalDate day : sheet.days()) {
                Double value = cells.get(activity + "@" + day).getValue();
                if (value != null) {
                    byDay.put(day, BigDecimal.valueOf(value));
                }
            }
            hours.put(activity, byDay);
        }
        try {
            sheet = time.saveWeek(sheet, hours);
            render(true);
            Notifications.success("Your week is saved.");
            return true;
        } catch (RuleViolationException rule) {
            FieldErrors.show(rule, cells);
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
        }
        return false;
    }

    private static Span text(String value, String className) {
        Span span = new Span(value);
        if (className != null) {
            span.addClassName(className);
        }
        return span;
    }

    private static String hours(BigDecimal value) {
        return value.signum() == 0 ? "·" : value.stripTrailingZeros().toPlainString();
    }
}
