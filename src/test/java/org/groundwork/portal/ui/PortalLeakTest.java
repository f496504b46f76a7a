package org.groundwork.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import org.groundwork.base.ui.NotFoundView;
import org.groundwork.issue.PartnerFollowUpService;
import org.groundwork.issue.PartnerNotificationService;
import org.groundwork.issue.PartnerPortalService;
import org.groundwork.issue.PartnerWorld;
import org.groundwork.issue.PartnerWorldViewTestBase;
import org.groundwork.issue.IssueFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The leak test: as partner A, walk every portal page, list, search and notification, collect every text shown
 * (element text, labels, helper texts, titles, grid cells) and every value the services return, and find none of
 * the world's secrets: the non-consenting business's name, internal comments, link notes, anything of issues shared
 * only with B or with nobody, B's action item notes and follow-ups. Runs on H2 and, with -Pmysql, on MySQL.
 */
class PortalLeakTest extends PartnerWorldViewTestBase {

    @Autowired
    PartnerPortalService portal;
    @Autowired
    PartnerFollowUpService followUps;
    @Autowired
    PartnerNotificationService notifications;

    private final List<String> seen = new ArrayList<>();

    PortalLeakTest() {
        super(PartnerWorld.World::partnerA);
    }

    @Test
    void partnerANeverSeesASecretOnAnyPageListSearchOrNotification() {
        collect(navigate(PortalRoutes.BOARD, PortalBoardView.class));
        PortalBoardView board = $(PortalBoardView.class).single();
        board.filters.search.setValue("Hidden");
        collect(board);
        for (Long id : List.of(world.onlyA().getId(), world.both().getId())) {
            collect(navigate(PortalRoutes.issue(id), PortalIssueView.class));
        }
        for (Long id : List.of(world.onlyB().getId(), world.nobody().getId(), Long.MAX_VALUE)) {
            navigate(PortalRoutes.issue(id), NotFoundView.class);
            collectUi();
        }
        collect(navigate(PortalRoutes.FOLLOW_UPS, PortalFollowUpsView.class));
        $(PortalFollowUpsView.class).single().showClosed.setValue(true);
        collectUi();
        collect(navigate(PortalRoutes.NOTIFICATIONS, PortalNotificationsView.class));
        for (String text : List.of("Hidden", "SECRET", "B-only", "Unshared", "internal", "Consenting", "link note",
                "B's")) {
            seen.add(String.valueOf(portal.search(text, 50)));
        }
        seen.add(String.valueOf(portal.sharedIssues(IssueFilter.all(), PageRequest.of(0, 500))));
        seen.add(String.valueOf(portal.issue(world.onlyA().getId())));
        seen.add(String.valueOf(portal.issue(world.both().getId())));
        seen.add(String.valueOf(followUps.mine(true, PageRequest.of(0, 500))));
        seen.add(String.valueOf(notifications.mine(500)));

        String everything = String.join("\n", seen);
        assertThat(everything).contains(world.onlyA().getTitle(), world.both().getTitle(), "Shared hello to A",
                world.named().getDisplayName(), "Call about training grants", "A's own notes");
        assertThat(everything).doesNotContain(PartnerWorld.SECRET, world.secret().getDisplayName(),
                world.onlyB().getTitle(), world.nobody().getTitle());
    }

    @Test
    void anIssueThatIsNotTheirsGetsTheSameNotFoundPageAsOneThatDoesNotExist() {
        navigate(PortalRoutes.issue(world.onlyB().getId()), NotFoundView.class);
        String notShared = UI.getCurrent().getElement().getTextRecursively();
        navigate(PortalRoutes.issue(Long.MAX_VALUE), NotFoundView.class);
        assertThat(UI.getCurrent().getElement().getTextRecursively()).isEqualTo(notShared);
    }

    private void collect(Object ignoredView) {
        collectUi();
    }

    private void collectUi() {
        collect(UI.getCurrent().getElement());
        $(Grid.class).all().forEach(this::collectGrid);
    }

    private void collect(Element element) {
        seen.add(element.getText());
        element.getPropertyNames().forEach(name -> seen.add(String.valueOf(element.getProperty(name))));
        element.getAttributeNames().forEach(name -> seen.add(element.getAttribute(name)));
        element.getChildren().forEach(this::collect);
    }

    @SuppressWarnings("unchecked")
    private void collectGrid(Grid<?> grid) {
        var tester = test((Grid<Object>) grid);
        for (int row = 0; row < tester.size(); row++) {
            for (int column = 0; column < grid.getColumns().size(); column++) {
                try {
                    seen.add(tester.getCellText(row, column));
                } catch (RuntimeException componentColumn) {
                    seen.add(String.valueOf(tester.getRow(row)));
                }
            }
        }
    }
}
