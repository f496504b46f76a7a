package org.groundwork.issue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import java.util.UUID;
import org.groundwork.issue.IssueCategory;
import org.groundwork.issue.IssueStatus;
import org.groundwork.issue.MacroIssue;
import org.groundwork.issue.MacroIssueService;
import org.groundwork.issue.Severity;
import org.groundwork.security.Role;
import org.groundwork.testing.DragAndDrop;
import org.groundwork.testing.TestBusinesses;
import org.groundwork.testing.TestIssues;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class IssueBoardViewTest extends ViewTestBase {

    @Autowired
    MacroIssueService issues;
    @Autowired
    TestIssues testIssues;
    @Autowired
    TestBusinesses businesses;

    private MacroIssue issue;
    private IssueBoardView board;

    @BeforeEach
    void openBoard() {
        signIn("issue-board", Role.STAFF);
        issue = testIssues.create("Truck routes " + UUID.randomUUID().toString().substring(0, 6),
                IssueCategory.TRANSPORTATION);
        testIssues.link(issue, businesses.create("Hauler", "484110", 80, 1), Severity.HIGH);
        board = navigate(IssueBoardView.class);
    }

    @Test
    void cardsShowTheirHeat() {
        Div card = card(IssueStatus.EMERGING);
        assertThat(card).isNotNull();
        assertThat(card.getElement().getTextRecursively()).contains("Heat " + (100 + 80 + 250))
                .contains("1 business · 80 employees · 1 red flag");
    }

    @Test
    void draggingACardToAnotherColumnMovesTheIssue() {
        DragAndDrop.drag(card(IssueStatus.EMERGING), board.columns.get(IssueStatus.ACTIVE));
        assertThat(issues.get(issue.getId()).getStatus()).isEqualTo(IssueStatus.ACTIVE);
        assertThat(card(IssueStatus.ACTIVE)).isNotNull();
        assertThat(card(IssueStatus.EMERGING)).isNull();
    }

    @Test
    void aDropFromAStaleBoardIsRefusedAndTheBoardRefreshes() {
        Div stale = card(IssueStatus.EMERGING);
        issues.move(issue.getId(), issue.getVersion(), IssueStatus.IN_PROGRESS);
        DragAndDrop.drag(stale, board.columns.get(IssueStatus.RESOLVED));
        assertThat(notifications()).contains(IssueMoves.CONFLICT);
        assertThat(issues.get(issue.getId()).getStatus()).isEqualTo(IssueStatus.IN_PROGRESS);
        assertThat(card(IssueStatus.IN_PROGRESS)).isNotNull();
    }

    @Test
    void aNewIssueNeedsATitle() {
        test(board.newIssue).click();
        IssueDialog dialog = $(IssueDialog.class).single();
        test(dialog.save).click();
        assertThat(dialog.form.title.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
    }

    private Div card(IssueStatus status) {
        return board.columns.get(status).cards.getChildren().filter(Div.class::isInstance).map(Div.class::cast)
                .filter(c -> String.valueOf(issue.getId()).equals(c.getElement().getAttribute("data-id")))
                .findFirst().orElse(null);
    }
}
