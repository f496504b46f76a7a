package org.groundwork.visit.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.groundwork.base.Formats;
import org.groundwork.visit.followup.FollowUp;
import org.groundwork.visit.followup.FollowUpRow;
import org.groundwork.visit.followup.FollowUpStatus;

/** The follow-ups grid shared by "My follow-ups" and the business page: overdue rows stand out. */
class FollowUpGrid extends Grid<FollowUpRow> {

    private transient Runnable onChange = () -> { };

    FollowUpGrid(FollowUpDialogs dialogs, Supplier<LocalDate> today, boolean showBusiness) {
        Runnable refresh = () -> onChange.run();
        addComponentColumn(row -> due(row.followUp(), today.get())).setHeader("Due").setKey("due")
                .setSortProperty("dueDate").setAutoWidth(true).setFlexGrow(0);
        addColumn(row -> row.followUp().getDescription()).setHeader("What").setFlexGrow(3);
        if (showBusiness) {
            addColumn(row -> row.followUp().getBusiness().getDisplayName()).setHeader("Business").setFlexGrow(2);
        }
        addColumn(FollowUpRow::ownerName).setHeader("Owner").setAutoWidth(true);
        addColumn(row -> row.followUp().getStatus().label()).setHeader("Status").setSortProperty("status")
                .setAutoWidth(true);
        addComponentColumn(row -> actions(dialogs, row.followUp(), refresh)).setKey("actions").setAutoWidth(true)
                .setFlexGrow(0);
        setPartNameGenerator(row -> row.followUp().isOverdue(today.get()) ? "gw-overdue" : null);
    }

    /** What to do after a follow-up changed through one of the row's buttons (usually: reload the rows). */
    void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    private static Span due(FollowUp followUp, LocalDate today) {
        boolean overdue = followUp.isOverdue(today);
        Span due = new Span(Formats.date(followUp.getDueDate()) + (overdue ? " · overdue" : ""));
        if (overdue) {
            due.addClassName("gw-overdue");
        }
        return due;
    }

    private static HorizontalLayout actions(FollowUpDialogs dialogs, FollowUp followUp, Runnable refresh) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (followUp.getStatus() == FollowUpStatus.OPEN) {
            actions.add(small("Acknowledge", () -> dialogs.acknowledge(followUp, refresh)));
        }
        if (!followUp.getStatus().isClosed()) {
            actions.add(small("Edit", () -> dialogs.openEdit(followUp, refresh)));
            actions.add(small("Close…", () -> dialogs.openClose(followUp, refresh)));
        } else {
            actions.add(new Span(followUp.getOutcome()));
        }
        return actions;
    }

    private static Button small(String label, Runnable action) {
        Button button = new Button(label, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
