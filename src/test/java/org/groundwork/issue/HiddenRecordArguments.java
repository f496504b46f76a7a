package org.groundwork.issue;

import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.groundwork.business.Business;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * The arguments the service half of the access matrix calls every read method with: real ids (and titles) of
 * records the caller must not see, picked by the parameter's name and the service it belongs to. For partner B
 * they are organization A's records; for everyone else (partner A, and staff, who see all) organization B's. A
 * business is always the one that never consented to be named; a staff member is the world's. Parameters that name
 * records the world has none of (visits, opportunities, templates...) get a real id of another kind: services
 * open to partners take none of them, and for the others method security refuses before the id matters.
 */
final class HiddenRecordArguments implements Function<Parameter, Object> {

    private static final int LIMIT = 50;

    private final PartnerWorld.World world;
    private final MacroIssue issue;
    private final ActionItem item;
    private final Long followUpId;
    private final Long organizationId;

    private HiddenRecordArguments(PartnerWorld.World world, boolean fromA) {
        this.world = world;
        this.issue = fromA ? world.onlyA() : world.onlyB();
        this.item = fromA ? world.itemA() : world.itemB();
        this.followUpId = fromA ? world.followUpA().getId() : world.followUpB().getId();
        this.organizationId = fromA ? world.a().getId() : world.b().getId();
    }

    /** Organization A's records, for partner B. */
    static HiddenRecordArguments ofA(PartnerWorld.World world) {
        return new HiddenRecordArguments(world, true);
    }

    /** Organization B's records, for partner A and everyone else. */
    static HiddenRecordArguments ofB(PartnerWorld.World world) {
        return new HiddenRecordArguments(world, false);
    }

    @Override
    public Object apply(Parameter parameter) {
        Class<?> type = parameter.getType();
        String name = parameter.getName();
        String service = parameter.getDeclaringExecutable().getDeclaringClass().getSimpleName();
        if (type == Pageable.class) {
            return PageRequest.of(0, LIMIT);
        }
        if (type == int.class) {
            return LIMIT;
        }
        if (type == long.class) {
            return (long) LIMIT;
        }
        if (type == boolean.class) {
            return true;
        }
        if (type == Long.class) {
            return id(name, service);
        }
        if (type == String.class) {
            return text(name);
        }
        if (Collection.class.isAssignableFrom(type)) {
            return ofLongs(parameter) ? List.of(id(name, service)) : List.of();
        }
        if (type == Map.class) {
            return Map.of("MacroIssue", List.of(issue.getId()));
        }
        if (type == IssueFilter.class) {
            return new IssueFilter(issue.getTitle(), null, null);
        }
        if (type == MacroIssue.class) {
            return issue;
        }
        if (type == Business.class) {
            return world.secret();
        }
        return null;
    }

    private Long id(String name, String service) {
        if (name.startsWith("organization") || service.equals("PartnerOrganizationService")) {
            return organizationId;
        }
        if (name.equals("businessId") || service.equals("BusinessService") || service.equals("ContactService")) {
            return world.secret().getId();
        }
        if (name.equals("staffId") || service.equals("StaffDirectory")) {
            return world.staff().getId();
        }
        if (service.equals("ActionPlanService") && name.equals("id")) {
            return item.getId();
        }
        if (service.equals("FollowUpService") && name.equals("id")) {
            return followUpId;
        }
        if (name.equals("issueId") || name.equals("entityId") || service.equals("MacroIssueService")
                || service.equals("PartnerPortalService")) {
            return issue.getId();
        }
        return world.secret().getId();
    }

    private String text(String name) {
        return switch (name) {
            case "username", "actor" -> world.staff().getUsername();
            case "entityType" -> "MacroIssue";
            default -> issue.getTitle();
        };
    }

    private static boolean ofLongs(Parameter parameter) {
        return parameter.getParameterizedType() instanceof ParameterizedType generic
                && generic.getActualTypeArguments()[0] == Long.class;
    }
}
