package org.groundwork.security;

import lombok.RequiredArgsConstructor;
import org.groundwork.base.Roles;

/** The four roles of DESIGN.md; the names are stored in the database and used by {@code @RolesAllowed}. */
@RequiredArgsConstructor
public enum Role {
    ADMIN(Roles.ADMIN, "Administrator", "Users, questionnaires, service standards, imports and the audit log."),
    DIRECTOR(Roles.DIRECTOR, "Director", "Sets the program plan, reads retention reports and goal drift."),
    STAFF(Roles.STAFF, "Staff", "Plans and logs visits, works follow-ups, opportunities and issues."),
    STAKEHOLDER(Roles.STAKEHOLDER, "Partner", "Works on the issue boards shared with their organization.");

    private final String authorityName;
    private final String label;
    private final String description;

    /** The Spring Security authority, with the conventional prefix. */
    public String authority() {
        return "ROLE_" + authorityName;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
