package org.groundwork.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.groundwork.base.AuditService;
import org.groundwork.business.BusinessFilter;
import org.groundwork.business.BusinessService;
import org.groundwork.business.GlobalSearchService;
import org.groundwork.security.Role;
import org.groundwork.security.StaffDirectory;
import org.groundwork.security.TestAccounts;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.visit.followup.FollowUpService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * The access matrix's second dimension: public service read methods × admin, director, staff, a partner of
 * organization A, a partner of organization B and an anonymous caller, each outcome written in one table.
 * "denied" means method security refused the call; otherwise the outcome names the issues the caller got back.
 * The first table checks what the portal's and the internal services' main reads return to each caller; the second
 * ({@code access/service-reads.txt}) covers every public read method of every service for who may call it.
 */
@GroundworkTest
class PartnerAccessTest {

    private static final String DENIED = "denied";
    private static final String OK = "ok";
    private static final List<String> CALLERS = List.of("admin", "director", "staff", "partner A", "partner B",
            "anonymous");

    @Autowired
    PartnerWorld worlds;
    @Autowired
    TestAccounts accounts;
    @Autowired
    PartnerPortalService portal;
    @Autowired
    PartnerFollowUpService partnerFollowUps;
    @Autowired
    PartnerNotificationService notifications;
    @Autowired
    MacroIssueService issues;
    @Autowired
    IssueCommentService comments;
    @Autowired
    ActionPlanService actionPlans;
    @Autowired
    IssueLinkService links;
    @Autowired
    IssueSharingService sharing;
    @Autowired
    IssueHeatService heat;
    @Autowired
    BusinessService businesses;
    @Autowired
    GlobalSearchService search;
    @Autowired
    FollowUpService followUps;
    @Autowired
    PartnerOrganizationService organizations;
    @Autowired
    StaffDirectory staff;
    @Autowired
    AuditService audit;
    @Autowired
    ApplicationContext context;

    private PartnerWorld.World world;

    @BeforeEach
    void buildWorld() {
        world = worlds.build();
    }

    @Test
    void everyReadMethodGivesEachCallerExactlyWhatTheTableSays() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        Map<String, Supplier<Object>> calls = new LinkedHashMap<>();
        PageRequest page = PageRequest.of(0, 50);
        IssueFilter mine = new IssueFilter(suffix(), null, null);
        // method                                          admin    director staff   partner A     partner B     anonymous
        row(expected, calls, "PartnerPortalService.sharedIssues", () -> portal.sharedIssues(mine, page),
                DENIED, DENIED, DENIED, "onlyA both", "both onlyB", DENIED);
        row(expected, calls, "PartnerPortalService.countSharedIssues", () -> portal.countSharedIssues(mine),
                DENIED, DENIED, DENIED, "2", "2", DENIED);
        row(expected, calls, "PartnerPortalService.issue(onlyA)", () -> portal.issue(world.onlyA().getId()),
                DENIED, DENIED, DENIED, "onlyA", "none", DENIED);
        row(expected, calls, "PartnerPortalService.issue(both)", () -> portal.issue(world.both().getId()),
                DENIED, DENIED, DENIED, "both", "both", DENIED);
        row(expected, calls, "PartnerPortalService.issue(onlyB)", () -> portal.issue(world.onlyB().getId()),
                DENIED, DENIED, DENIED, "none", "onlyB", DENIED);
        row(expected, calls, "PartnerPortalService.issue(nobody)", () -> portal.issue(world.nobody().getId()),
                DENIED, DENIED, DENIED, "none", "none", DENIED);
        row(expected, calls, "PartnerPortalService.search", () -> portal.search(suffix(), 20),
                DENIED, DENIED, DENIED, "onlyA both", "both onlyB", DENIED);
        row(expected, calls, "PartnerFollowUpService.mine", () -> partnerFollowUps.mine(true, page).size(),
                DENIED, DENIED, DENIED, "1", "1", DENIED);
        row(expected, calls, "PartnerNotificationService.mine", () -> notifications.mine(50).size() > 0,
                DENIED, DENIED, DENIED, "true", "true", DENIED);
        row(expected, calls, "FollowUpService.ownedByOrganization(A)",
                () -> followUps.ownedByOrganization(world.a().getId(), true, page).size(),
                DENIED, DENIED, DENIED, "1", DENIED, DENIED);
        row(expected, calls, "MacroIssueService.search", () -> issues.search(mine, page),
                "onlyA both onlyB nobody", "onlyA both onlyB nobody", "onlyA both onlyB nobody", DENIED, DENIED,
                DENIED);
        row(expected, calls, "MacroIssueService.find", () -> issues.find(world.onlyA().getId()),
                "onlyA", "onlyA", "onlyA", DENIED, DENIED, DENIED);
        row(expected, calls, "MacroIssueService.board", () -> issues.board(5) != null,
                "true", "true", "true", DENIED, DENIED, DENIED);
        row(expected, calls, "IssueHeatService.ranking", () -> heat.ranking(mine, page),
                "onlyA both onlyB nobody", "onlyA both onlyB nobody", "onlyA both onlyB nobody", DENIED, DENIED,
                DENIED);
        row(expected, calls, "IssueCommentService.commentsOn", () -> comments.commentsOn(world.onlyA().getId())
                .size(), "2", "2", "2", DENIED, DENIED, DENIED);
        row(expected, calls, "ActionPlanService.itemsOf", () -> actionPlans.itemsOf(world.onlyA().getId()).size(),
                "1", "1", "1", DENIED, DENIED, DENIED);
        row(expected, calls, "IssueLinkService.linkedTo", () -> links.linkedTo(world.onlyA().getId(), page).size(),
                "2", "2", "2", DENIED, DENIED, DENIED);
        row(expected, calls, "IssueSharingService.sharesOf", () -> sharing.sharesOf(world.both().getId()).size(),
                "2", "2", "2", DENIED, DENIED, DENIED);
        row(expected, calls, "BusinessService.get", () -> businesses.get(world.secret().getId()) != null,
                "true", "true", "true", DENIED, DENIED, DENIED);
        row(expected, calls, "BusinessService.count", () -> businesses.count(BusinessFilter.all()) > 0,
                "true", "true", "true", DENIED, DENIED, DENIED);
        row(expected, calls, "GlobalSearchService.search", () -> search.search("Hidden", 5) != null,
                "true", "true", "true", DENIED, DENIED, DENIED);
        row(expected, calls, "FollowUpService.ofBusiness", () -> followUps.ofBusiness(world.secret().getId(), page)
                .size(), "1", "1", "1", DENIED, DENIED, DENIED);
        row(expected, calls, "PartnerOrganizationService.search", () -> organizations.search(suffix(), true, page)
                .size(), "2", "2", "2", DENIED, DENIED, DENIED);
        row(expected, calls, "AuditService.historyOf", () -> audit.historyOf("MacroIssue", world.onlyA().getId(),
                page).getTotalElements() > 0, "true", "true", "true", DENIED, DENIED, DENIED);
        row(expected, calls, "StaffDirectory.findByUsername", () -> staff.findByUsername(
                world.partnerA().getUsername()).isPresent(), "false", "false", "false", "false", "false", DENIED);

        Map<String, List<String>> actual = new LinkedHashMap<>();
        calls.forEach((method, call) -> actual.put(method, CALLERS.stream().map(caller -> outcome(caller, call))
                .toList()));
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    /**
     * The table's other half: every public read method of every service (found by reflection, see
     * {@link ServiceReadMethods}) has a row in {@code access/service-reads.txt}, and calling it as each caller, with
     * real ids of records that caller must not see ({@link HiddenRecordArguments}: organization B's for partner A,
     * A's for partner B), answers as the row says: refused, or for a partner let in, nothing or something. A new read
     * method without a row fails here; the observed table is written to {@code target/service-reads.observed.txt}.
     */
    @Test
    void everyPublicReadMethodOfEveryServiceHasARowAndKeepsIt() throws Exception {
        Map<String, List<String>> expected = readTable();
        Map<String, List<String>> actual = new LinkedHashMap<>();
        ServiceReadMethods.of(context).forEach((method, read) -> actual.put(method, CALLERS.stream()
                .map(caller -> outcome(caller, () -> ServiceReadMethods.outcome(caller.startsWith("partner"), read,
                        caller.equals("partner B") ? HiddenRecordArguments.ofA(world)
                                : HiddenRecordArguments.ofB(world)))).toList()));
        Files.writeString(Path.of("target", "service-reads.observed.txt"), actual.entrySet().stream()
                .map(row -> String.format("%-70s %s", row.getKey(), String.join(" ", row.getValue())))
                .collect(Collectors.joining("\n", "", "\n")));
        assertThat(actual.keySet().stream().filter(m -> !expected.containsKey(m)).toList())
                .as("read methods without a row in access/service-reads.txt").isEmpty();
        assertThat(expected.keySet().stream().filter(m -> !actual.containsKey(m)).toList())
                .as("rows for methods that are no longer read methods of a service").isEmpty();
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
    }

    /** Rows "Service.method(Types) admin director staff partnerA partnerB anonymous"; '#' starts a comment. */
    private static Map<String, List<String>> readTable() throws Exception {
        Map<String, List<String>> table = new LinkedHashMap<>();
        try (var in = PartnerAccessTest.class.getResourceAsStream("/access/service-reads.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String row = line.strip();
                if (row.isEmpty() || row.startsWith("#")) {
                    continue;
                }
                int split = row.indexOf(')') + 1;
                table.put(row.substring(0, split), List.of(row.substring(split).strip().split("\\s+")));
            }
        }
        return table;
    }

    @Test
    void unsharingTakesEffectOnThePartnersNextRequest() {
        Long share = sharing.sharesOf(world.onlyA().getId()).getFirst().shareId();
        sharing.unshare(share);
        accounts.signIn(world.partnerA());
        assertThat(portal.issue(world.onlyA().getId())).isEmpty();
        assertThat(notifications.mine(50)).noneMatch(n -> n.text().contains(world.onlyA().getTitle()));
    }

    @Test
    void withdrawnConsentHidesTheNameAtOnce() {
        accounts.signIn(world.partnerA());
        assertThat(portal.issue(world.onlyA().getId()).orElseThrow().namedBusinesses()).hasSize(1);
        accounts.signIn(world.staff());
        var business = businesses.get(world.named().getId());
        business.setConsentToName(false);
        business = businesses.save(business);
        assertThat(business.getConsentRecordedBy()).isEqualTo(world.staff().getUsername());
        accounts.signIn(world.partnerA());
        PortalIssue issue = portal.issue(world.onlyA().getId()).orElseThrow();
        assertThat(issue.namedBusinesses()).isEmpty();
        assertThat(issue.totals().businesses()).isEqualTo(2);
    }

    @Test
    void aPartnerWorksOnlyTheirOwnActionItemsAndCommentsOnlyWhereAllowed() {
        accounts.signIn(world.partnerA());
        PortalActionItem updated = portal.updateActionItem(world.itemA().getId(), world.itemA().getVersion(),
                ActionStatus.IN_PROGRESS, "Booked the hall", null);
        assertThat(updated.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        PortalActionItem othersOnBoth = portal.issue(world.both().getId()).orElseThrow().actionItems().getFirst();
        assertThat(othersOnBoth.mine()).isFalse();
        assertThat(othersOnBoth.notes()).isNull();
        assertThatThrownBy(() -> portal.updateActionItem(othersOnBoth.id(), othersOnBoth.version(),
                ActionStatus.DONE, null, null)).hasMessageContaining("isn't yours");
        assertThatThrownBy(() -> portal.comment(world.onlyB().getId(), "hi"))
                .hasMessage("That issue doesn't exist.");

        accounts.signIn(world.partnerB());
        assertThatThrownBy(() -> portal.comment(world.both().getId(), "may B?"))
                .hasMessage("That issue doesn't exist.");
    }

    @Test
    void mentionsReachOnlyPeopleWhoMayReadTheComment() {
        accounts.signIn(world.partnerA());
        portal.comment(world.onlyA().getId(), "@" + world.staff().getUsername() + " and @"
                + world.partnerB().getUsername() + " see this");
        portal.comment(world.both().getId(), "@" + world.partnerB().getUsername() + " over to you");

        accounts.signIn(world.staff());
        assertThat(comments.countMyUnseenMentions()).isEqualTo(1);
        accounts.signIn(world.partnerB());
        assertThat(notifications.mine(50)).filteredOn(n -> n.text().contains("mentioned you"))
                .extracting(PortalNotice::link).containsExactly("portal/issues/" + world.both().getId());
    }

    @Test
    void aPartnerSeesTheirOrganizationsFollowUpsWithoutUnconsentedNames() {
        accounts.signIn(world.partnerA());
        List<PortalFollowUp> mine = partnerFollowUps.mine(false, PageRequest.of(0, 10));
        assertThat(mine).singleElement().satisfies(f -> assertThat(f.business()).isEqualTo(PortalFollowUp.UNNAMED));
        PortalFollowUp acknowledged = partnerFollowUps.acknowledge(mine.getFirst().id(), mine.getFirst().version());
        assertThat(acknowledged.acknowledgedAt()).isNotNull();

        accounts.signIn(world.partnerB());
        assertThatThrownBy(() -> partnerFollowUps.acknowledge(world.followUpA().getId(), 0))
                .hasMessageContaining("isn't yours");
    }

    private String outcome(String caller, Supplier<Object> call) {
        switch (caller) {
            case "admin" -> accounts.signIn("matrix-admin", Role.ADMIN);
            case "director" -> accounts.signIn("matrix-director", Role.DIRECTOR);
            case "staff" -> accounts.signIn("matrix-staff", Role.STAFF);
            case "partner A" -> accounts.signIn(world.partnerA());
            case "partner B" -> accounts.signIn(world.partnerB());
            default -> accounts.signOut();
        }
        try {
            return describe(call.get());
        } catch (AccessDeniedException | AuthenticationCredentialsNotFoundException denied) {
            return DENIED;
        } finally {
            accounts.signOut();
        }
    }

    /** Issues by their role in the world (onlyA, both, onlyB, nobody); anything else by its value. */
    private String describe(Object result) {
        Object value = result instanceof java.util.Optional<?> optional ? optional.orElse(null) : result;
        if (value == null) {
            return "none";
        }
        if (value instanceof List<?> list && (list.isEmpty() || !(list.getFirst() instanceof Number))) {
            String names = list.stream().map(this::issueName).filter(n -> !n.isEmpty()).sorted(this::inWorldOrder)
                    .distinct().collect(Collectors.joining(" "));
            return names.isEmpty() ? OK : names;
        }
        String name = issueName(value);
        return name.isEmpty() ? String.valueOf(value) : name;
    }

    private String issueName(Object item) {
        Long id = switch (item) {
            case IssueHeat heat -> heat.id();
            case MacroIssue issue -> issue.getId();
            case PortalIssue issue -> issue.id();
            case PortalSearchHit hit -> hit.issueId();
            default -> null;
        };
        if (id == null) {
            return "";
        }
        return id.equals(world.onlyA().getId()) ? "onlyA" : id.equals(world.both().getId()) ? "both"
                : id.equals(world.onlyB().getId()) ? "onlyB" : id.equals(world.nobody().getId()) ? "nobody" : "";
    }

    private int inWorldOrder(String left, String right) {
        List<String> order = List.of("onlyA", "both", "onlyB", "nobody");
        return Integer.compare(order.indexOf(left), order.indexOf(right));
    }

    private String suffix() {
        return world.a().getName().substring("Org A ".length());
    }

    private static void row(Map<String, List<String>> expected, Map<String, Supplier<Object>> calls, String method,
                            Supplier<Object> call, String... outcomes) {
        expected.put(method, List.of(outcomes));
        calls.put(method, call);
    }
}
