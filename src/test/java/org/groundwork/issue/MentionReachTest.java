package org.groundwork.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.security.UserAdminService;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A mention reaches only enabled people who may read the comment; any other name stays plain text. */
@GroundworkTest
class MentionReachTest {

    @Autowired
    PartnerWorld worlds;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserAdminService admin;
    @Autowired
    IssueCommentService comments;
    @Autowired
    PartnerNotificationService notifications;

    private final String id = UUID.randomUUID().toString().substring(0, 6);
    private PartnerWorld.World world;
    private UserAccount colleague;
    private UserAccount leaver;
    private UserAccount formerPartner;

    @BeforeEach
    void people() {
        world = worlds.build();
        colleague = accounts.ensure("mention-colleague-" + id, Role.STAFF);
        leaver = disabled(accounts.ensure("mention-leaver-" + id, Role.STAFF));
        formerPartner = disabled(accounts.ensurePartner("mention-former-" + id, world.a().getId()));
        accounts.signIn(world.staff());
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aSharedCommentReachesEnabledStaffAndEnabledPartnersOfTheOrganizationsItIsSharedWith() {
        comments.add(world.onlyA().getId(), mentionOf(colleague, leaver, world.partnerA(), formerPartner,
                world.partnerB()), CommentVisibility.SHARED);

        assertThat(unseenMentionsOf(colleague)).isEqualTo(1);
        assertThat(unseenMentionsOf(leaver)).isZero();
        assertThat(mentionNoticesOf(world.partnerA())).isEqualTo(1);
        assertThat(mentionNoticesOf(formerPartner)).isZero();
        assertThat(mentionNoticesOf(world.partnerB())).isZero();
    }

    @Test
    void anInternalCommentReachesNoPartnerEvenOnAnIssueSharedWithThem() {
        comments.add(world.both().getId(), mentionOf(colleague, world.partnerA(), world.partnerB()),
                CommentVisibility.INTERNAL);

        assertThat(unseenMentionsOf(colleague)).isEqualTo(1);
        assertThat(mentionNoticesOf(world.partnerA())).isZero();
        assertThat(mentionNoticesOf(world.partnerB())).isZero();
    }

    @Test
    void theComposerOffersNeitherDisabledStaffNorPartnersWhoMayNotReadTheComment() {
        assertThat(comments.mentionable(world.onlyA().getId(), CommentVisibility.SHARED))
                .contains(world.partnerA().getUsername())
                .doesNotContain(leaver.getUsername(), formerPartner.getUsername(), world.partnerB().getUsername());
        assertThat(comments.mentionable(world.onlyA().getId(), CommentVisibility.INTERNAL))
                .doesNotContain(world.partnerA().getUsername());
    }

    private UserAccount disabled(UserAccount account) {
        accounts.signIn("mention-admin-" + id, Role.ADMIN);
        return admin.setEnabled(account.getId(), account.getVersion(), false);
    }

    private static String mentionOf(UserAccount... people) {
        StringBuilder body = new StringBuilder("Please look");
        for (UserAccount person : people) {
            body.append(" @").append(person.getUsername());
        }
        return body.toString();
    }

    private long unseenMentionsOf(UserAccount person) {
        accounts.signIn(person);
        try {
            return comments.countMyUnseenMentions();
        } finally {
            accounts.signIn(world.staff());
        }
    }

    private long mentionNoticesOf(UserAccount partner) {
        accounts.signIn(partner);
        try {
            return notifications.mine(50).stream().filter(n -> n.text().contains("mentioned you")).count();
        } finally {
            accounts.signIn(world.staff());
        }
    }
}
