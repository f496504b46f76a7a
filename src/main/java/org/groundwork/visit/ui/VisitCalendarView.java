package org.groundwork.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.groundwork.base.Roles;
import org.groundwork.visit.VisitFilter;
import org.groundwork.visit.VisitRow;
import org.springframework.data.domain.PageRequest;

/** A month at a glance: the signed-in person's visits and contacts, built from plain components. */
@Route("visits/calendar")
@PageTitle("Visit calendar")
@Menu(title = "Visit calendar", order = 210, icon = "vaadin:calendar")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.STAFF})
class VisitCalendarView extends VerticalLayout {

    /** More than any one person can do in a month; keeps the query bounded. */
    private static final int MONTH_LIMIT = 500;

    final H3 title = new H3();
    final Div month = new Div();
    private final transient VisitUiServices services;
    private final Long me;
    YearMonth shown;

    VisitCalendarView(VisitUiServices services) {
        this.services = services;
        this.me = services.visits().myStaffId();
        shown = YearMonth.now(services.clock());
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> show(shown.minusMonths(1)));
        previous.setAriaLabel("Previous month");
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> show(shown.plusMonths(1)));
        next.setAriaLabel("Next month");
        Button today = new Button("Today", e -> show(YearMonth.now(services.clock())));
        today.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(previous, title, next, today);
        bar.setAlignItems(Alignment.CENTER);
        month.addClassName("gw-calendar");
        add(bar, month);
        show(shown);
    }

    void show(YearMonth value) {
        shown = value;
        title.setText(value.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US)));
        month.removeAll();
        for (DayOfWeek day : DayOfWeek.values()) {
            Span name = new Span(day.getDisplayName(TextStyle.SHORT, Locale.US));
            name.addClassName("gw-calendar-weekday");
            month.add(name);
        }
        Map<LocalDate, List<VisitRow>> byDay = services.visits().search(new VisitFilter(me == null ? -1L : me,
                        null, value.atDay(1), value.atEndOfMonth(), null, null), PageRequest.of(0, MONTH_LIMIT))
                .stream().collect(Collectors.groupingBy(VisitRow::date));
        LocalDate first = value.atDay(1);
        for (int blank = 1; blank < first.getDayOfWeek().getValue(); blank++) {
            month.add(new Div());
        }
        for (int d = 1; d <= value.lengthOfMonth(); d++) {
            LocalDate date = value.atDay(d);
            Div cell = new Div(new Span(String.valueOf(d)));
            cell.addClassName("gw-calendar-day");
            byDay.getOrDefault(date, List.of()).forEach(row -> cell.add(link(row)));
            month.add(cell);
        }
    }

    private static RouterLink link(VisitRow row) {
        RouterLink link = new RouterLink(row.businessName(), VisitView.class,
                new RouteParameters("visitId", String.valueOf(row.id())));
        link.addClassName("gw-calendar-visit");
        link.addClassName("gw-status-" + row.status().name().toLowerCase(Locale.ROOT));
        link.getElement().setAttribute("title", row.kindLabel() + " · " + row.status().label()
                + (row.time() == null ? "" : " · " + row.time()));
        return link;
    }
}
