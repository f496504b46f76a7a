package org.groundwork.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.groundwork.issue.PartnerWorld;
import org.groundwork.security.Role;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page that takes a record's id from the address: an id that is no number, overflows a long, or is zero or
 * negative shows the app's own "not found" page, the same as an id that doesn't exist (it used to show Vaadin's
 * exception page with a NumberFormatException).
 */
class RouteIdsTest extends ViewTestBase {

    private static final List<String> BAD_IDS = List.of("abc", "99999999999999999999", "0", "-1");

    @Autowired
    PartnerWorld worlds;

    @Test
    void staffPagesWithABadIdAreNotFound() {
        signIn("route-id-staff", Role.STAFF);
        for (String bad : BAD_IDS) {
            notFound("issues/" + bad);
            notFound("businesses/" + bad);
            notFound("opportunities/" + bad);
            notFound("visits/" + bad);
        }
    }

    @Test
    void theQuestionnaireEditorWithABadIdIsNotFound() {
        signIn("route-id-admin", Role.ADMIN);
        for (String bad : BAD_IDS) {
            notFound("admin/templates/edit/" + bad);
        }
        notFound("admin/templates/edit/987654321");
    }

    @Test
    void thePortalIssueWithABadIdIsNotFound() {
        signIn(worlds.build().partnerA());
        for (String bad : BAD_IDS) {
            notFound("portal/issues/" + bad);
        }
    }

    @Test
    void anUnknownAddressIsNotFoundForEveryRole() {
        for (Role role : List.of(Role.ADMIN, Role.DIRECTOR, Role.STAFF)) {
            signIn("route-lost-" + role.name().toLowerCase(), role);
            notFound("nosuchpage");
        }
        signIn(worlds.build().partnerA());
        notFound("nosuchpage");
    }

    private void notFound(String location) {
        navigate(location, NotFoundView.class);
        assertThat(getCurrentView()).as(location).isInstanceOf(NotFoundView.class);
    }
}
