package org.groundwork.base;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may read the change history of each kind of record: the same roles that may read the records themselves
 * (README, Roles). Business records (businesses, visits, flags, follow-ups, opportunities, issues, partner
 * organizations and the plan) are open to everyone inside the EDO; time entries and scorecards to directors and
 * admins; anything else, users and their access among them, to admins only, including a type not listed here,
 * so a new record type's history starts closed. Partners never read history: the service refuses them outright.
 */
final class HistoryReaders {

    private static final Set<String> INSIDE = Set.of(Roles.ADMIN, Roles.DIRECTOR, Roles.STAFF);
    private static final Set<String> LEADERSHIP = Set.of(Roles.ADMIN, Roles.DIRECTOR);
    private static final Set<String> ADMINS = Set.of(Roles.ADMIN);

    static final Map<String, Set<String>> BY_TYPE = Map.ofEntries(
            Map.entry("Business", INSIDE), Map.entry("Contact", INSIDE), Map.entry("EmployeeCount", INSIDE),
            Map.entry("Visit", INSIDE), Map.entry("VisitAnswer", INSIDE), Map.entry("Flag", INSIDE),
            Map.entry("FollowUp", INSIDE), Map.entry("Opportunity", INSIDE), Map.entry("StageChange", INSIDE),
            Map.entry("MacroIssue", INSIDE), Map.entry("ActionItem", INSIDE), Map.entry("BusinessLink", INSIDE),
            Map.entry("IssueComment", INSIDE), Map.entry("IssueShare", INSIDE),
            Map.entry("PartnerOrganization", INSIDE), Map.entry("PartnerContact", INSIDE),
            Map.entry("PlanRevision", INSIDE),
            Map.entry("TimeEntry", LEADERSHIP), Map.entry("Scorecard", LEADERSHIP));

    private HistoryReaders() {
    }

    /** Refuses, like method security would, unless the signed-in user may read the history of every type given. */
    static void check(Collection<String> entityTypes) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<String> held = authentication == null ? Set.of() : authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        for (String type : entityTypes) {
            Set<String> readers = type == null ? ADMINS : BY_TYPE.getOrDefault(type, ADMINS);
            if (readers.stream().noneMatch(role -> held.contains("ROLE_" + role))) {
                throw new AccessDeniedException("You may not read the history of " + type + " records.");
            }
        }
    }
}
