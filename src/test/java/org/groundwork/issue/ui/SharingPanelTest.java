package org.groundwork.issue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.groundwork.issue.CommentVisibility;
import org.groundwork.issue.PartnerWorld;
import org.groundwork.issue.PartnerWorldViewTestBase;
import org.groundwork.issue.SharePermission;
import org.junit.jupiter.api.Test;

/** Staff share an issue from its page, see it in the history, and stop sharing it. */
class SharingPanelTest extends PartnerWorldViewTestBase {

    SharingPanelTest() {
        super(PartnerWorld.World::staff);
    }

    @Test
    void sharingAndUnsharingShowInThePanelAndTheHistory() {
        IssueView page = navigate("issues/" + world.nobody().getId(), IssueView.class);
        assertThat(page.sharing.getElement().getTextRecursively()).contains("never see visit notes");
        assertThat(test(page.sharing.shares).size()).isZero();

        test(page.sharing.organization).selectItem(world.a().getName());
        page.sharing.permission.setValue(SharePermission.COMMENT);
        test(page.sharing.share).click();

        assertThat(test(page.sharing.shares).size()).isEqualTo(1);
        assertThat(test(page.history.grid).getCellText(0, 3)).contains("Shared with " + world.a().getName());

        test(page.sharing.organization).selectItem(world.a().getName());
        page.sharing.permission.setValue(SharePermission.VIEW);
        test(page.sharing.share).click();
        assertThat(test(page.history.grid).getCellText(0, 3)).contains("may now view");
    }

    @Test
    void aCommentCanBeSharedWithPartners() {
        IssueView page = navigate("issues/" + world.both().getId(), IssueView.class);
        assertThat(page.comments.visibility.getValue()).isEqualTo(CommentVisibility.INTERNAL);
        assertThat(page.comments.body.getHelperText()).doesNotContain(world.partnerA().getUsername());

        page.comments.visibility.setValue(CommentVisibility.SHARED);
        assertThat(page.comments.body.getHelperText()).contains(world.partnerA().getUsername(),
                world.partnerB().getUsername());
    }
}
