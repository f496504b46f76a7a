package org.groundwork.issue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.stakeholder.OrganizationType;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.testing.TestBusinesses;
import org.groundwork.testing.TestFollowUps;
import org.groundwork.testing.TestIssues;
import org.groundwork.testing.TestOrganizations;
import org.groundwork.visit.followup.FollowUp;
import org.springframework.stereotype.Component;

/**
 * Two partner organizations and what staff shared with each, built through the real services as staff: an issue
 * shared with A only (A may work it), one with both (A comments, B views), one with B only and one with nobody;
 * a consenting and a non-consenting business on them; internal and shared comments; action items and follow-ups
 * owned by each. Every secret text carries a marker the leak test looks for.
 */
@Component
public record PartnerWorld(TestAccounts accounts, TestOrganizations organizations, MacroIssueService issues,
        IssueLinkService links, IssueSharingService sharing, IssueCommentService comments,
        ActionPlanService actionPlans, TestFollowUps followUps, TestBusinesses businesses,
        BusinessService businessService) {

    public static final String SECRET = "SECRET";

    /** One world; the caller's security context is left signed in as the staff member who built it. */
    public World build() {
        String id = UUID.randomUUID().toString().substring(0, 6);
        UserAccount staff = accounts.signIn("world-staff-" + id, Role.STAFF);
        PartnerOrganization a = organization("Org A " + id);
        PartnerOrganization b = organization("Org B " + id);
        Business named = businesses.create("Consenting Cabinets", "337110", 40, 0);
        named.setConsentToName(true);
        named = businessService.save(named);
        Business secret = businesses.create("Hidden " + SECRET + " Works", "311811", 12, 1);
        MacroIssue onlyA = issue("Welders for A " + id);
        MacroIssue both = issue("Broadband for both " + id);
        MacroIssue onlyB = issue("B-only " + SECRET + " " + id);
        MacroIssue nobody = issue("Unshared " + SECRET + " " + id);
        for (MacroIssue issue : List.of(onlyA, both, onlyB, nobody)) {
            links.link(issue.getId(), new LinkRequest(named.getId(), Severity.HIGH, null, null,
                    "link note " + SECRET));
            links.link(issue.getId(), LinkRequest.of(secret.getId(), Severity.MEDIUM));
        }
        sharing.share(onlyA.getId(), a.getId(), SharePermission.WORK);
        sharing.share(both.getId(), a.getId(), SharePermission.COMMENT);
        sharing.share(both.getId(), b.getId(), SharePermission.VIEW);
        sharing.share(onlyB.getId(), b.getId(), SharePermission.WORK);
        comments.add(onlyA.getId(), "internal " + SECRET + " about A", CommentVisibility.INTERNAL);
        comments.add(onlyA.getId(), "Shared hello to A", CommentVisibility.SHARED);
        comments.add(both.getId(), "internal " + SECRET + " about both", CommentVisibility.INTERNAL);
        ActionItem itemA = step(onlyA, "Survey welders (A's step)", a, "A's own notes");
        step(both, "B's step on the shared issue", b, "B's notes " + SECRET);
        ActionItem itemB = step(onlyB, "B's own " + SECRET + " step", b, "B's notes " + SECRET);
        FollowUp followUpA = followUp(secret, "Call about training grants", a);
        FollowUp followUpB = followUp(named, "B follow-up " + SECRET, b);
        UserAccount partnerA = accounts.ensurePartner("world-a-" + id, a.getId());
        UserAccount partnerB = accounts.ensurePartner("world-b-" + id, b.getId());
        return new World(staff, partnerA, partnerB, a, b, named, secret, onlyA, both, onlyB, nobody, itemA,
                followUpA, itemB, followUpB);
    }

    private PartnerOrganization organization(String name) {
        return organizations.create(name, OrganizationType.CHAMBER);
    }

    private MacroIssue issue(String title) {
        MacroIssue issue = new MacroIssue();
        issue.setTitle(title);
        issue.setCategory(IssueCategory.WORKFORCE);
        issue.setDescription("About " + title);
        return issues.save(issue);
    }

    private ActionItem step(MacroIssue issue, String description, PartnerOrganization owner, String notes) {
        ActionItem item = TestIssues.step(issue, description, owner.getId());
        item.setNotes(notes);
        item.setDueDate(LocalDate.now().plusDays(10));
        return actionPlans.save(item);
    }

    private FollowUp followUp(Business business, String description, PartnerOrganization owner) {
        return followUps.forOrganization(business, description, LocalDate.now().plusDays(5), owner);
    }

    /** Everything a test needs to refer to. */
    public record World(UserAccount staff, UserAccount partnerA, UserAccount partnerB, PartnerOrganization a,
                        PartnerOrganization b, Business named, Business secret, MacroIssue onlyA, MacroIssue both,
                        MacroIssue onlyB, MacroIssue nobody, ActionItem itemA, FollowUp followUpA, ActionItem itemB,
                        FollowUp followUpB) {
    }
}
