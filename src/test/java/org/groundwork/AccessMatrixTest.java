package org.groundwork;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.groundwork.base.ui.AccessDeniedView;
import org.groundwork.base.ui.NotFoundView;
import org.groundwork.base.ui.ServiceAccessDeniedView;
import org.groundwork.issue.PartnerWorld;
import org.groundwork.security.Role;
import org.groundwork.security.ui.LoginView;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every route against every role and an anonymous visitor, decided by the app's real navigation access control.
 * A new route fails this test until it is added to {@link #EXPECTED}: who may open a page is a decision. The
 * second table opens record pages with real ids as partner A and partner B too: a partner of one organization is
 * refused another's shared issues and everything of the records behind them.
 */
class AccessMatrixTest extends ViewTestBase {

    private static final String ANONYMOUS = "ANONYMOUS";
    private static final Set<String> SIGNED_IN = Set.of("ADMIN", "DIRECTOR", "STAFF", "STAKEHOLDER");
    private static final Set<String> INTERNAL = Set.of("ADMIN", "DIRECTOR", "STAFF");

    private static final Set<String> ADMIN = Set.of("ADMIN");
    private static final Set<String> PARTNER = Set.of("STAKEHOLDER");

    /** Route template → who may open it. One line per route, grouped by feature. */
    private static final Map<String, Set<String>> EXPECTED = new HashMap<>();

    static {
        // Foundation: shell, account, reports, administration
        EXPECTED.put("login", Set.of(ANONYMOUS, "ADMIN", "DIRECTOR", "STAFF", "STAKEHOLDER"));
        EXPECTED.put("", SIGNED_IN);
        EXPECTED.put("account/password", SIGNED_IN);
        EXPECTED.put("reports", INTERNAL);
        EXPECTED.put("scorecards", INTERNAL);
        EXPECTED.put("reports/records/:measure", INTERNAL);
        EXPECTED.put("public/scorecards/:token", Set.of(ANONYMOUS, "ADMIN", "DIRECTOR", "STAFF", "STAKEHOLDER"));
        EXPECTED.put("admin/users", ADMIN);
        EXPECTED.put("admin/audit", ADMIN);

        // Businesses, contacts, targeting, import and export
        EXPECTED.put("admin/import", ADMIN);
        EXPECTED.put("businesses/:id", INTERNAL);
        EXPECTED.put("businesses/new", INTERNAL);
        EXPECTED.put("targets", INTERNAL);
        EXPECTED.put("businesses", INTERNAL);

        // Visits, interviews, flags, follow-ups, service standards
        EXPECTED.put("visits", INTERNAL);
        EXPECTED.put("visits/calendar", INTERNAL);
        EXPECTED.put("visits/:visitId([0-9]+)", INTERNAL);
        EXPECTED.put("admin/templates", ADMIN);
        EXPECTED.put("admin/templates/edit/:templateId?([0-9]+)", ADMIN);
        // (flags, follow-ups and standards)
        EXPECTED.put("flags", INTERNAL);
        EXPECTED.put("follow-ups", INTERNAL);
        EXPECTED.put("service-standards", INTERNAL);
        EXPECTED.put("admin/flag-rules", ADMIN);
        EXPECTED.put("admin/service-standards", ADMIN);

        // Opportunities, macro-issues, partner organizations
        EXPECTED.put("partners", INTERNAL);
        EXPECTED.put("opportunities", INTERNAL);
        EXPECTED.put("opportunities/list", INTERNAL);
        EXPECTED.put("opportunities/:id", INTERNAL);
        EXPECTED.put("issues", INTERNAL);
        EXPECTED.put("issues/list", INTERNAL);
        EXPECTED.put("issues/heat", INTERNAL);
        EXPECTED.put("issues/:id", INTERNAL);

        // Program plan, staff time, goal drift
        EXPECTED.put("plan", INTERNAL);
        EXPECTED.put("time", INTERNAL);
        EXPECTED.put("drift", INTERNAL);

        // The partner portal: partners only (staff work the same records on their own pages)
        EXPECTED.put("portal", PARTNER);
        EXPECTED.put("portal/issues/:id", PARTNER);
        EXPECTED.put("portal/follow-ups", PARTNER);
        EXPECTED.put("portal/notifications", PARTNER);
        EXPECTED.put("portal/scorecards", PARTNER);
    }

    private static final String OPEN = "open";
    private static final String NOT_FOUND = "not found";
    private static final String DENIED = "denied";
    private static final String SIGN_IN = "sign in";

    @Autowired
    NavigationAccessControl accessControl;
    @Autowired
    PartnerWorld worlds;

    @Test
    void everyRouteIsOpenExactlyToTheRolesDesigned() {
        Map<String, Set<String>> actual = new TreeMap<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            Set<String> allowed = new TreeSet<>();
            if (allows(route, null)) {
                allowed.add(ANONYMOUS);
            }
            Arrays.stream(Role.values()).filter(role -> allows(route, role)).map(Role::name).forEach(allowed::add);
            actual.put(route.getTemplate(), allowed);
        }
        assertThat(actual).isEqualTo(new TreeMap<>(EXPECTED.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new TreeSet<>(e.getValue())))));
    }

    /**
     * The matrix's partner dimension: the route table above can't tell partner A from partner B (both hold the
     * Partner role), so each record page is opened with a real id by admin, director, staff, a partner of
     * organization A, a partner of organization B and an anonymous visitor, in a browserless session. "open" is
     * the page itself, "not found" the app's not-found page (an id that isn't theirs looks like one that doesn't
     * exist), "denied" the access-denied page, "sign in" the login page.
     */
    @Test
    void recordPagesOpenOnlyForTheOrganizationTheRecordIsSharedWith() {
        PartnerWorld.World world = worlds.build();
        String[] callers = {"admin", "director", "staff", "partner A", "partner B", "anonymous"};
        Map<String, List<String>> expected = new LinkedHashMap<>();
        // page                                                   admin     director  staff     partner A    partner B    anonymous
        expected.put("portal/issues/{shared with A}", List.of(DENIED, DENIED, DENIED, OPEN, NOT_FOUND, SIGN_IN));
        expected.put("portal/issues/{shared with both}", List.of(DENIED, DENIED, DENIED, OPEN, OPEN, SIGN_IN));
        expected.put("portal/issues/{shared with B}", List.of(DENIED, DENIED, DENIED, NOT_FOUND, OPEN, SIGN_IN));
        expected.put("portal/issues/{shared with nobody}", List.of(DENIED, DENIED, DENIED, NOT_FOUND, NOT_FOUND,
                SIGN_IN));
        expected.put("issues/{shared with A}", List.of(OPEN, OPEN, OPEN, DENIED, DENIED, SIGN_IN));
        expected.put("businesses/{consenting, on A's issue}", List.of(OPEN, OPEN, OPEN, DENIED, DENIED, SIGN_IN));
        expected.put("businesses/{not consenting}", List.of(OPEN, OPEN, OPEN, DENIED, DENIED, SIGN_IN));
        Map<String, String> locations = new LinkedHashMap<>();
        locations.put("portal/issues/{shared with A}", "portal/issues/" + world.onlyA().getId());
        locations.put("portal/issues/{shared with both}", "portal/issues/" + world.both().getId());
        locations.put("portal/issues/{shared with B}", "portal/issues/" + world.onlyB().getId());
        locations.put("portal/issues/{shared with nobody}", "portal/issues/" + world.nobody().getId());
        locations.put("issues/{shared with A}", "issues/" + world.onlyA().getId());
        locations.put("businesses/{consenting, on A's issue}", "businesses/" + world.named().getId());
        locations.put("businesses/{not consenting}", "businesses/" + world.secret().getId());

        Map<String, List<String>> actual = new LinkedHashMap<>();
        locations.forEach((page, location) -> actual.put(page, Arrays.stream(callers)
                .map(caller -> opened(world, caller, location)).toList()));
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    private String opened(PartnerWorld.World world, String caller, String location) {
        switch (caller) {
            case "admin" -> signIn("matrix-admin", Role.ADMIN);
            case "director" -> signIn("matrix-director", Role.DIRECTOR);
            case "staff" -> signIn("matrix-staff", Role.STAFF);
            case "partner A" -> signIn(world.partnerA());
            case "partner B" -> signIn(world.partnerB());
            default -> {
                accounts.signOut();
                cleanVaadinEnvironment();
                initVaadinEnvironment();
            }
        }
        UI.getCurrent().navigate(location);
        return switch (getCurrentView()) {
            case NotFoundView ignored -> NOT_FOUND;
            case AccessDeniedView ignored -> DENIED;
            case ServiceAccessDeniedView ignored -> DENIED;
            case LoginView ignored -> SIGN_IN;
            default -> OPEN;
        };
    }

    private boolean allows(RouteData route, Role role) {
        Principal principal = role == null ? null : () -> "matrix-" + role.name().toLowerCase();
        NavigationContext context = new NavigationContext(VaadinService.getCurrent().getRouter(),
                route.getNavigationTarget(), new Location(route.getTemplate()), RouteParameters.empty(), principal,
                name -> role != null && role.name().equals(name), false);
        return accessControl.checkAccess(context, true).decision() == AccessCheckDecision.ALLOW;
    }
}
