package org.groundwork.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.groundwork.base.RuleViolationException;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@GroundworkTest
class ScorecardServiceTest {

    private static final Set<ProgramMeasure> MEASURES = EnumSet.of(ProgramMeasure.VISITS, ProgramMeasure.JOBS_CREATED);

    @Autowired
    ScorecardService scorecards;
    @Autowired
    PartnerOrganizationService partners;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ReportFixtures fixtures;

    @BeforeEach
    void director() {
        accounts.signIn("card-director", Role.DIRECTOR);
    }

    @Test
    void aPublishedScorecardIsFrozenAndACorrectionIsANewEditionThatSaysWhatChanged() throws IOException {
        Scorecard first = scorecards.publish(2019, 2, MEASURES, "Checked against the board pack");
        BigDecimal visits = first.getFigures().getFirst().getFigure();

        fixtures.create(); // four more completed visits and 14 more jobs created in Q2 2019
        accounts.signIn("card-director", Role.DIRECTOR);
        assertThatThrownBy(() -> scorecards.publish(2019, 2, MEASURES, " "))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Say what this correction changes");
        Scorecard correction = scorecards.publish(2019, 2, MEASURES, "Late visit write-ups added");

        assertThat(correction.getEdition()).isEqualTo(first.getEdition() + 1);
        assertThat(correction.getFigures().getFirst().getFigure()).isEqualByComparingTo(visits.add(new BigDecimal("4")));
        Scorecard reread = scorecards.published(PageRequest.of(0, 100)).stream()
                .filter(s -> s.getId().equals(first.getId())).findFirst().orElseThrow();
        assertThat(reread.getFigures().getFirst().getFigure()).isEqualByComparingTo(visits);
        assertThat(ReportFilesTest.pdfText(scorecards.pdf(correction.getId()).content()))
                .contains("Correction: Late visit write-ups added", "Period: Q2 2019", "Visits completed");
    }

    @Test
    void onlyEndedQuartersWithAtLeastOneMeasureArePublished() {
        assertThatThrownBy(() -> scorecards.publish(2999, 1, MEASURES, null)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("has not ended yet");
        assertThatThrownBy(() -> scorecards.preview(2019, 1, Set.of())).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("at least one measure");
    }

    @Test
    void partnersSeeOnlyScorecardsSharedWithTheirOrganization() {
        accounts.signIn("card-admin", Role.ADMIN);
        PartnerOrganization chamber = organization("Card Chamber " + System.nanoTime());
        PartnerOrganization college = organization("Card College " + System.nanoTime());
        accounts.signIn("card-director", Role.DIRECTOR);
        Scorecard card = scorecards.publish(2018, 4, MEASURES, "Shared edition");
        scorecards.share(card.getId(), card.getVersion(), Set.of(chamber.getId()));

        accounts.signIn(accounts.ensurePartner("card-chamber", chamber.getId()));
        assertThat(scorecards.sharedWithMyOrganization(PageRequest.of(0, 50))).extracting(Scorecard::getId)
                .contains(card.getId());
        assertThat(scorecards.pdf(card.getId()).content()).isNotEmpty();
        assertThatThrownBy(() -> scorecards.published(PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);

        accounts.signIn(accounts.ensurePartner("card-college", college.getId()));
        assertThat(scorecards.sharedWithMyOrganization(PageRequest.of(0, 50))).extracting(Scorecard::getId)
                .doesNotContain(card.getId());
        assertThatThrownBy(() -> scorecards.pdf(card.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePublicLinkShowsTheScorecardUntilItIsRevoked() {
        Scorecard card = scorecards.publish(2018, 3, MEASURES, "Public edition");
        Scorecard linked = scorecards.publishLink(card.getId(), card.getVersion());
        String token = linked.getPublicToken();
        assertThat(token).hasSizeGreaterThanOrEqualTo(32);

        accounts.signOut();
        assertThat(scorecards.byPublicLink(token)).map(Scorecard::getId).contains(card.getId());
        assertThat(scorecards.byPublicLink(token + "x")).isEmpty();

        accounts.signIn("card-director", Role.DIRECTOR);
        scorecards.revokeLink(linked.getId(), linked.getVersion());
        accounts.signOut();
        assertThat(scorecards.byPublicLink(token)).isEmpty();
    }

    @Test
    void staffCannotPublishAndAStaleEditIsRefused() {
        Scorecard card = scorecards.publish(2018, 2, MEASURES, "Locking edition");
        scorecards.publishLink(card.getId(), card.getVersion());
        assertThatThrownBy(() -> scorecards.revokeLink(card.getId(), card.getVersion()))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        accounts.signIn("card-staff", Role.STAFF);
        assertThatThrownBy(() -> scorecards.publish(2018, 1, MEASURES, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    private PartnerOrganization organization(String name) {
        PartnerOrganization organization = new PartnerOrganization();
        organization.setName(name);
        return partners.save(organization);
    }
}
