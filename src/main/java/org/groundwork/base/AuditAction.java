package org.groundwork.base;

/** What an audit event records. */
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

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
