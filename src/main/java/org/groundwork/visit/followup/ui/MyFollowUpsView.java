package org.groundwork.visit.followup.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.groundwork.base.DefaultSort;
import org.groundwork.base.Roles;
import org.groundwork.visit.followup.FollowUpService;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The signed-in person's follow-ups, soonest due first, overdue ones highlighted; paged in the database. The
 * address {@code follow-ups?overdue} opens only the overdue ones (the staff dashboard links there).
 */
@Route("follow-ups")
@PageTitle("My follow-ups")
@Menu(title = "My follow-ups", order = 320, icon = "vaadin:check-square-o")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.STAFF})
class MyFollowUpsView extends VerticalLayout implements BeforeEnterObserver {

    final Checkbox showClosed = new Checkbox("Show closed ones too");
    final Checkbox onlyOverdue = new Checkbox("Only overdue ones");
    final FollowUpGrid grid;
    private final transient FollowUpService followUps;
    private final Long me;

    MyFollowUpsView(FollowUpService followUps, FollowUpDialogs dialogs, Clock clock) {
        this.followUps = followUps;
        this.me = followUps.myStaffId();
        setSizeFull();
        grid = new FollowUpGrid(dialogs, () -> LocalDate.now(clock), true);
        grid.setOnChange(this::refresh);
        grid.setSizeFull();
        grid.setEmptyStateText("Nothing to follow up. New follow-ups come from visits, flags and business pages.");
        showClosed.addValueChangeListener(e -> refresh());
        onlyOverdue.addValueChangeListener(e -> {
            showClosed.setEnabled(!onlyOverdue.getValue());
            refresh();
        });
        add(new Paragraph("What you owe businesses. Overdue ones are marked in red."),
                new HorizontalLayout(onlyOverdue, showClosed), grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        onlyOverdue.setValue(event.getLocation().getQueryParameters().getParameters().containsKey("overdue"));
    }

    void refresh() {
        if (onlyOverdue.getValue()) {
            grid.setItemsPageable(pageable -> followUps.overdueOwnedBy(me, soonestFirst(pageable)),
                    pageable -> followUps.countOverdueOwnedBy(me));
            return;
        }
        boolean closed = showClosed.getValue();
        grid.setItemsPageable(pageable -> followUps.ownedBy(me, closed, soonestFirst(pageable)),
                pageable -> followUps.countOwnedBy(me, closed));
    }

    /** Soonest due first unless the person sorts otherwise. */
    private static Pageable soonestFirst(Pageable pageable) {
        return DefaultSort.unlessSorted(pageable, Sort.by("dueDate", "id"));
    }
}
