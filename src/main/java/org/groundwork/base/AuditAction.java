package org.groundwork.base;

import lombok.RequiredArgsConstructor;

/** What an audit event records. */
@RequiredArgsConstructor
public enum AuditAction {
    CREATE("Created"),
    UPDATE("Changed"),
    DELETE("Deleted"),
    LOGIN_SUCCESS("Signed in"),
    LOGIN_FAILURE("Failed sign-in"),
    LOGOUT("Signed out"),
    ACCESS_DENIED("Access denied"),
    EXPORT("Exported"),
    IMPORT("Imported"),
    MERGE("Merged"),
    SHARE("Shared"),
    UNSHARE("Unshared");

    private final String label;

    public String label() {
        return label;
    }
}
