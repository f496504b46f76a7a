package org.groundwork.issue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Map;
import org.groundwork.base.Roles;
import org.groundwork.issue.IssueBoard;
import org.groundwork.issue.IssueHeat;
import org.groundwork.issue.IssueStatus;
import org.groundwork.issue.MacroIssue;

/**
 * The issue board: a column per status with the most recently changed issues and their heat. Dragging a card to
 * another column moves the issue; a move from a stale board is refused and the board refreshed.
 */
@Route("issues")
@PageTitle("Issues")
@Menu(title = "Issues", order = 400, icon = "vaadin:cluster")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.STAFF})
public class IssueBoardView extends VerticalLayout {

    static final int CARDS_PER_COLUMN = 50;

    final Map<IssueStatus, StatusColumn> columns = new EnumMap<>(IssueStatus.class);
    final Button newIssue = new Button("New issue", VaadinIcon.PLUS.create());
    private final transient IssueUiServices services;

    public IssueBoardView(IssueUiServices services) {
        this.services = services;
        setSizeFull();
        newIssue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newIssue.addClickListener(e -> new IssueDialog(new MacroIssue(), services, saved -> refresh()).open());
        Span hint = new Span("Drag a card to another column to move it. " + IssueHeat.SCORE_EXPLAINED);
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout toolbar = new HorizontalLayout(newIssue, new RouterLink("Filtered list", IssueListView.class),
                new RouterLink("Heat ranking", IssueHeatView.class), hint);
        toolbar.setAlignItems(Alignment.BASELINE);
        HorizontalLayout board = new HorizontalLayout();
        board.setWidthFull();
        board.getStyle().set("overflow-x", "auto");
        for (IssueStatus status : IssueStatus.values()) {
            StatusColumn column = new StatusColumn(status, this::moveCard);
            columns.put(status, column);
            board.add(column);
        }
        add(toolbar, board);
        refresh();
    }

    /** What a drop does; also the entry point tests use. */
    void moveCard(IssueHeat issue, IssueStatus to) {
        if (issue.status() == to) {
            return;
        }
        IssueMoves.move(services.issues(), issue.id(), issue.version(), issue.title(), to);
        refresh();
    }

    void refresh() {
        IssueBoard board = services.issues().board(CARDS_PER_COLUMN);
        columns.forEach((status, column) -> column.show(board.counts().get(status), board.columns().get(status)));
    }
}
