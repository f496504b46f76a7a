package org.groundwork.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.groundwork.issue.ActionStatus;
import org.groundwork.issue.IssueStatus;
import org.groundwork.issue.PartnerPortalService;
import org.groundwork.issue.PartnerWorld;
import org.groundwork.issue.PartnerWorldViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The portal's pages as partner A uses them: the board and list, working an action item, commenting. */
class PortalViewsTest extends PartnerWorldViewTestBase {

    @Autowired
    PartnerPortalService portal;

    PortalViewsTest() {
        super(PartnerWorld.World::partnerA);
    }

    @Test
    void theBoardAndTheListShowTheIssuesSharedWithTheirOrganization() {
        PortalBoardView board = navigate(PortalRoutes.BOARD, PortalBoardView.class);
        board.filters.search.setValue(world.a().getName().substring("Org A ".length()));
        assertThat($(Anchor.class).all()).extracting(Anchor::getText)
                .contains(world.onlyA().getTitle(), world.both().getTitle())
                .doesNotContain(world.onlyB().getTitle(), world.nobody().getTitle());
        assertThat(test(board.list).size()).isEqualTo(2);
    }

    @Test
    void theBoardCountsEachStatusAndLetsNoCardBeDragged() {
        PortalBoardView board = navigate(PortalRoutes.BOARD, PortalBoardView.class);
        board.filters.search.setValue(world.a().getName().substring("Org A ".length()));
        IssueStatus status = world.onlyA().getStatus();
        long inColumn = java.util.stream.Stream.of(world.onlyA(), world.both())
                .filter(issue -> issue.getStatus() == status).count();
        assertThat(board.board.columns.get(status).summary.getText())
                .isEqualTo(inColumn == 1 ? "1 issue" : inColumn + " issues");
        assertThat($(Div.class).withClassName("gw-board-card").all()).hasSize(2)
                .allSatisfy(card -> assertThat(card.getElement().getAttribute("draggable")).isNull());

        board.filters.status.setValue(status);
        assertThat(board.board.columns.values()).filteredOn(Component::isVisible)
                .extracting(column -> column.status).containsExactly(status);
    }

    @Test
    void aPartnerUpdatesTheirActionItemAndComments() {
        PortalIssueView page = navigate(PortalRoutes.issue(world.onlyA().getId()), PortalIssueView.class);
        assertThat(page.businesses.getText()).startsWith("2 businesses");
        assertThat(page.named.getElement().getTextRecursively()).contains(world.named().getDisplayName());

        page.actionPlan.statuses.getFirst().setValue(ActionStatus.DONE);
        test(page.actionPlan.saveButtons.getFirst()).click();
        assertThat(portal.issue(world.onlyA().getId()).orElseThrow().actionItems().getFirst().status())
                .isEqualTo(ActionStatus.DONE);

        page = $(PortalIssueView.class).single();
        test(page.comments.body).setValue("@" + world.staff().getUsername() + " we can host the class");
        test(page.comments.post).click();
        page = $(PortalIssueView.class).single();
        assertThat(page.comments.list.getElement().getTextRecursively()).contains("we can host the class");
    }

    @Test
    void onAnIssueTheyMayOnlyViewThereIsNoCommentBox() {
        signIn(world.partnerB());
        PortalIssueView page = navigate(PortalRoutes.issue(world.both().getId()), PortalIssueView.class);
        assertThat(page.comments.post.isAttached()).isFalse();
        assertThat(page.actionPlan.saveButtons).isEmpty();
    }
}
