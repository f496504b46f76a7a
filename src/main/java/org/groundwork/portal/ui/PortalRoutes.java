package org.groundwork.portal.ui;

/** The portal's addresses, in one place. */
final class PortalRoutes {

    static final String BOARD = "portal";
    static final String FOLLOW_UPS = "portal/follow-ups";
    static final String NOTIFICATIONS = "portal/notifications";

    private PortalRoutes() {
    }

    static String issue(Long id) {
        return "portal/issues/" + id;
    }
}
