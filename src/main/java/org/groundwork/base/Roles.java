package org.groundwork.base;

/**
 * Role names as compile-time constants: views use them in {@code @RolesAllowed}, services in {@code @PreAuthorize}
 * through the expressions below. They live in the shared kernel because every feature secures its views and
 * services with them; the security module stores and assigns them.
 * <p>
 * Services use {@code @PreAuthorize}, not JSR-250 annotations: with JSR-250 method security on, Spring would also
 * proxy every view (views carry {@code @RolesAllowed} for Vaadin's navigation check) and break them.
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String DIRECTOR = "DIRECTOR";
    public static final String STAFF = "STAFF";
    public static final String STAKEHOLDER = "STAKEHOLDER";

    public static final String IS_ADMIN = "hasRole('ADMIN')";
    public static final String IS_DIRECTOR = "hasRole('DIRECTOR')";
    /** Staff, directors and admins: everyone who works inside the EDO, i.e. not a partner organization. */
    public static final String IS_INTERNAL = "hasAnyRole('ADMIN', 'DIRECTOR', 'STAFF')";
    /**
     * Signed in with a role: anyone but a user who must first replace a temporary password, whose session holds no
     * role until they do (so every service refuses them, and every page but the one to change it).
     */
    public static final String IS_SIGNED_IN = "hasAnyRole('ADMIN', 'DIRECTOR', 'STAFF', 'STAKEHOLDER')";
    /** Any signed-in session, a temporary password's included: only for a user's own account (changing it). */
    public static final String HAS_SESSION = "isAuthenticated()";
    public static final String ANYONE = "permitAll()";

    private Roles() {
    }
}
