package org.groundwork.issue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.groundwork.base.Roles;
import org.groundwork.base.ui.Board;
import org.groundwork.base.ui.BoardColumn;
import org.groundwork.base.ui.LinkedCards;
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
class IssueBoardView extends VerticalLayout {

    static final int CARDS_PER_COLUMN = 50;

    final Map<IssueStatus, BoardColumn<IssueStatus>> columns;
    final Button newIssue = new Button("New issue", VaadinIcon.PLUS.create());
    private final transient IssueUiServices services;
    private final Board<IssueHeat, IssueStatus> board;

    IssueBoardView(IssueUiServices services) {
        this.services = services;
        setSizeFull();
        newIssue.addClickListener(e -> new IssueDialog(new MacroIssue(), services, saved -> refresh()).open());
        Span hint = Board.hint("Drag a card to another column to move it. " + IssueHeat.SCORE_EXPLAINED);
        hint.getStyle().set("font-size", "var(--lumo-font-size-s)");
        board = new Board<>(IssueHeat.class, IssueStatus.class, IssueStatus::label, "status",
                new LinkedCards<>(IssueView.class, IssueHeat::status, IssueBoardView::face, this::move));
        columns = board.columns;
        add(Board.toolbar(newIssue, new RouterLink("Filtered list", IssueListView.class),
                new RouterLink("Heat ranking", IssueHeatView.class), hint), board);
        refresh();
    }

    private static LinkedCards.Face face(IssueHeat issue) {
        return new LinkedCards.Face(issue.id(), issue.title(), issue.category().label(),
                "Heat " + issue.score() + " · " + HeatText.of(issue), IssueHeat.SCORE_EXPLAINED);
    }

    private void move(IssueHeat issue, IssueStatus to) {
        IssueMoves.move(services.issues(), issue.id(), issue.version(), issue.title(), to);
        refresh();
    }

    void refresh() {
        IssueBoard shown = services.issues().board(CARDS_PER_COLUMN);
        for (IssueStatus status : IssueStatus.values()) {
            long total = shown.counts().get(status);
            board.show(status, total == 1 ? "1 issue" : total + " issues", total, shown.columns().get(status));
        }
    }
}
