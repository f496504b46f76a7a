package org.groundwork.visit.followup.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.groundwork.base.Formats;
import org.groundwork.base.ui.ActionGrid;
import org.groundwork.visit.followup.FollowUp;
import org.groundwork.visit.followup.FollowUpRow;
import org.groundwork.visit.followup.FollowUpStatus;

/** The follow-ups grid shared by "My follow-ups" and the business page: overdue rows stand out. */
class FollowUpGrid extends ActionGrid<FollowUpRow> {

    FollowUpGrid(FollowUpDialogs dialogs, Supplier<LocalDate> today, boolean showBusiness) {
        addComponentColumn(row -> due(row.followUp(), today.get())).setHeader("Due").setKey("due")
                .setSortProperty("dueDate").setAutoWidth(true).setFlexGrow(0);
        addColumn(row -> row.followUp().getDescription()).setHeader("What").setFlexGrow(3);
        if (showBusiness) {
            addColumn(row -> row.followUp().getBusiness().getDisplayName()).setHeader("Business").setFlexGrow(2);
        }
        addColumn(FollowUpRow::ownerName).setHeader("Owner").setAutoWidth(true);
        addColumn(row -> row.followUp().getStatus().label()).setHeader("Status").setSortProperty("status")
                .setAutoWidth(true);
        addComponentColumn(row -> actions(dialogs, row.followUp())).setKey("actions").setAutoWidth(true)
                .setFlexGrow(0);
        setPartNameGenerator(row -> row.followUp().isOverdue(today.get()) ? "gw-overdue" : null);
    }

    private static Span due(FollowUp followUp, LocalDate today) {
        boolean overdue = followUp.isOverdue(today);
        Span due = new Span(Formats.date(followUp.getDueDate()) + (overdue ? " · overdue" : ""));
        if (overdue) {
            due.addClassName("gw-overdue");
        }
        return due;
    }

    private HorizontalLayout actions(FollowUpDialogs dialogs, FollowUp followUp) {
        HorizontalLayout actions = actions();
        if (followUp.getStatus() == FollowUpStatus.OPEN) {
            actions.add(small("Acknowledge", () -> dialogs.acknowledge(followUp, this::changed)));
        }
        if (!followUp.getStatus().isClosed()) {
            actions.add(small("Edit", () -> dialogs.openEdit(followUp, this::changed)));
            actions.add(small("Close…", () -> dialogs.openClose(followUp, this::changed)));
        } else {
            actions.add(new Span(followUp.getOutcome()));
        }
        return actions;
    }
}
