package org.groundwork.business;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.groundwork.security.Role;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.SignedInAs;
import org.groundwork.testing.TestBusinesses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14 item 2: the overview form holds the business as it was when the page opened; saving it must not write
 * back the figures other features changed meanwhile (employees, flags and risk, last contact).
 */
@GroundworkTest
@SignedInAs(username = "stale-figures-staff", roles = Role.STAFF)
class StaleFiguresTest {

    @Autowired
    BusinessService service;
    @Autowired
    TestBusinesses businesses;

    private Business openOnPage;

    @BeforeEach
    void openTheOverview() {
        openOnPage = businesses.named("Stale " + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void anEmployeeCountAddedMeanwhileSurvivesSavingTheOverview() {
        service.recordEmployees(openOnPage.getId(), LocalDate.of(2026, 3, 1), 250, "visit");

        openOnPage.setPhone("206-555-0100");
        Business saved = service.save(openOnPage);

        assertThat(saved.getFigures().getCurrentEmployees()).as("what the saved page shows").isEqualTo(250);
        assertThat(service.get(openOnPage.getId()).getFigures().getCurrentEmployees()).isEqualTo(250);
        assertThat(service.get(openOnPage.getId()).getPhone()).isEqualTo("206-555-0100");
    }

    @Test
    void aFlagRaisedAndAVisitCompletedMeanwhileSurviveSavingTheOverview() {
        service.recordOpenFlags(openOnPage.getId(), 1, 2);
        service.recordContact(openOnPage.getId(), LocalDate.of(2026, 3, 2));

        openOnPage.setNotes("Called about the expansion.");
        service.save(openOnPage);

        Business stored = service.get(openOnPage.getId());
        assertThat(stored.getFigures().getOpenRedFlags()).isEqualTo(1);
        assertThat(stored.getFigures().getOpenYellowFlags()).isEqualTo(2);
        assertThat(stored.getFigures().getRiskLevel()).isEqualTo(RiskLevel.of(1, 2));
        assertThat(stored.getFigures().getLastContactDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(stored.getNotes()).isEqualTo("Called about the expansion.");
    }
}
