package org.groundwork.testing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.groundwork.business.Business;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.stakeholder.OrganizationType;
import org.groundwork.stakeholder.PartnerOrganization;
import org.springframework.stereotype.Component;

/**
 * The follow-ups the service-standard figures are read from: one each for a staff member, a colleague and a
 * chamber, opened at 10:00 on a day of the test's own and due 30 days later, made by an admin left signed in.
 */
@Component
public record TestStandardFigures(TestAccounts accounts, TestOrganizations organizations, TestBusinesses businesses,
        TestFollowUps followUps, MutableClock clock) {

    /** Who owns the follow-ups, and the business and description they have, to open more alike. */
    public record Owners(UserAccount me, UserAccount colleague, PartnerOrganization chamber, Business business,
            String description) {
    }

    /** Names start with {@code label} ("Figures": "figures-me-…", "Figures Chamber …") and end with the suffix. */
    public Owners openOn(LocalDate day, String label, String suffix) {
        String username = label.toLowerCase(Locale.ROOT) + "-";
        UserAccount me = accounts.ensure(username + "me-" + suffix, Role.STAFF);
        UserAccount colleague = accounts.ensure(username + "colleague-" + suffix, Role.STAFF);
        accounts.signIn(username + "admin-" + suffix, Role.ADMIN);
        PartnerOrganization chamber = organizations.create(label + " Chamber " + suffix, OrganizationType.CHAMBER);
        Owners owners = new Owners(me, colleague, chamber, businesses.named(label + " " + suffix), label + " " + suffix);
        clock.set(day, LocalTime.of(10, 0));
        followUps.forStaff(owners.business(), owners.description(), day.plusDays(30), me.getId());
        followUps.forStaff(owners.business(), owners.description(), day.plusDays(30), colleague.getId());
        forOrganization(owners, day, chamber);
        return owners;
    }

    /** One more follow-up of the same day, owned by that organization. */
    public void forOrganization(Owners owners, LocalDate day, PartnerOrganization organization) {
        followUps.forOrganization(owners.business(), owners.description(), day.plusDays(30), organization);
    }

    /** Moves the clock to noon 40 days after the day, when every follow-up is past its standards' limits. */
    public void readLater(LocalDate day) {
        clock.set(day.plusDays(40), LocalTime.NOON);
    }
}
