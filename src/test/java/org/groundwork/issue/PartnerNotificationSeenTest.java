package org.groundwork.issue;

import static org.assertj.core.api.Assertions.assertThat;

import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A partner opening a notice marks it seen for themselves only; their colleagues still see it as new. */
@GroundworkTest
class PartnerNotificationSeenTest {

    @Autowired
    PartnerWorld worlds;
    @Autowired
    TestAccounts accounts;
    @Autowired
    PartnerNotificationService notifications;
    @Autowired
    IssueSharingService sharing;

    private PartnerWorld.World world;
    private UserAccount colleague;

    @BeforeEach
    void buildWorld() {
        world = worlds.build();
        colleague = accounts.ensurePartner(world.partnerA().getUsername() + "-colleague", world.a().getId());
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void seenIsPerPersonNotPerOrganization() {
        accounts.signIn(world.partnerA());
        long unseenBefore = notifications.countUnseen();
        PortalNotice shared = sharedNotice();
        assertThat(shared.seen()).isFalse();

        notifications.markSeen(shared.id());
        assertThat(sharedNotice().seen()).isTrue();
        assertThat(notifications.countUnseen()).isEqualTo(unseenBefore - 1);
        notifications.markSeen(shared.id());
        assertThat(notifications.countUnseen()).isEqualTo(unseenBefore - 1);

        accounts.signIn(colleague);
        assertThat(sharedNotice().seen()).as("the colleague hasn't opened it").isFalse();
        assertThat(notifications.countUnseen()).isEqualTo(unseenBefore);
    }

    @Test
    void aNoticeAboutAnUnsharedIssueIsNeitherListedNorCounted() {
        accounts.signIn(world.partnerA());
        long unseenBefore = notifications.countUnseen();
        accounts.signIn(world.staff());
        sharing.unshare(sharing.sharesOf(world.onlyA().getId()).getFirst().shareId());

        accounts.signIn(world.partnerA());
        assertThat(notifications.mine(50)).noneMatch(n -> n.link().endsWith("/" + world.onlyA().getId()));
        assertThat(notifications.countUnseen()).isLessThan(unseenBefore);
    }

    @Test
    void aPartnerOfAnotherOrganizationCannotMarkTheNoticeSeen() {
        accounts.signIn(world.partnerA());
        PortalNotice shared = sharedNotice();
        accounts.signIn(world.partnerB());
        notifications.markSeen(shared.id());
        accounts.signIn(world.partnerA());
        assertThat(sharedNotice().seen()).isFalse();
    }

    private PortalNotice sharedNotice() {
        return notifications.mine(50).stream()
                .filter(n -> n.link().equals("portal/issues/" + world.onlyA().getId())
                        && n.text().contains("was shared with your organization"))
                .findFirst().orElseThrow();
    }
}
