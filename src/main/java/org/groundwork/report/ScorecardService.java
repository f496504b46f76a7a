package org.groundwork.report;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.ReportFormat;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.Roles;
import org.groundwork.security.CurrentUser;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quarterly scorecards: a director previews the chosen measures for an ended quarter and publishes them as a
 * frozen snapshot; corrections are new editions with a note. Partners read only scorecards shared with their
 * organization; anyone with a scorecard's public link reads that one scorecard until the link is revoked.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class ScorecardService {

    private static final String DIRECTOR = "hasRole('DIRECTOR')";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ScorecardRepository scorecards;
    private final ReportService reports;
    private final ScorecardPdf pdf;
    private final CurrentUser currentUser;
    private final Clock clock;

    /** The figures the scorecard would freeze if published now, each against the quarter before. */
    @PreAuthorize(DIRECTOR)
    @Transactional(readOnly = true)
    public List<ScorecardFigure> preview(int year, int quarter, Collection<ProgramMeasure> measures) {
        Period period = endedQuarter(year, quarter);
        if (measures == null || measures.isEmpty()) {
            throw new RuleViolationException("measures", "Choose at least one measure for the scorecard.");
        }
        RetentionSummary summary = reports.retentionSummary(ReportFilter.of(period, Comparison.PREVIOUS_PERIOD));
        return measures.stream().sorted().map(m -> new ScorecardFigure(m, summary.current().get(m),
                summary.comparison().get(m))).toList();
    }

    /**
     * Publishes the measures for the quarter. The first publication of a quarter needs no note; a later one is a
     * correction and must say what changed.
     */
    @PreAuthorize(DIRECTOR)
    public Scorecard publish(int year, int quarter, Collection<ProgramMeasure> measures, String correctionNote) {
        List<ScorecardFigure> figures = preview(year, quarter, measures);
        int edition = scorecards.lastEdition(year, quarter) + 1;
        String note = correctionNote == null || correctionNote.isBlank() ? null : correctionNote.trim();
        if (edition > 1 && note == null) {
            throw new RuleViolationException("correctionNote", "Q" + quarter + " " + year + " is already published."
                    + " Say what this correction changes, so readers know why the figures differ.");
        }
        String dataAsOf = reports.header("Scorecard", ReportFilter.of(Period.quarter(year, quarter),
                Comparison.NONE)).dataAsOf();
        return scorecards.save(new Scorecard(year, quarter, edition, note, clock.instant(),
                currentUser.displayName().orElse(currentUser.requireUsername()), dataAsOf, figures));
    }

    @PreAuthorize(Roles.IS_INTERNAL)
    @Transactional(readOnly = true)
    public List<Scorecard> published(Pageable pageable) {
        return scorecards.findAllByOrderByYearDescQuarterDescEditionDesc(pageable);
    }

    @PreAuthorize(Roles.IS_INTERNAL)
    @Transactional(readOnly = true)
    public long countPublished() {
        return scorecards.count();
    }

    /** The scorecards shared with the signed-in partner's organization. */
    @PreAuthorize("hasRole('STAKEHOLDER')")
    @Transactional(readOnly = true)
    public List<Scorecard> sharedWithMyOrganization(Pageable pageable) {
        return currentUser.organizationId().map(org -> scorecards.sharedWith(org, pageable)).orElse(List.of());
    }

    @PreAuthorize(DIRECTOR)
    public Scorecard share(Long id, long expectedVersion, Set<Long> organizationIds) {
        Scorecard scorecard = current(id, expectedVersion);
        scorecard.shareWith(organizationIds);
        return scorecards.save(scorecard);
    }

    /** Gives the scorecard a new unguessable public link (replacing any earlier one). */
    @PreAuthorize(DIRECTOR)
    public Scorecard publishLink(Long id, long expectedVersion) {
        Scorecard scorecard = current(id, expectedVersion);
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        scorecard.setPublicToken(Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
        return scorecards.save(scorecard);
    }

    @PreAuthorize(DIRECTOR)
    public Scorecard revokeLink(Long id, long expectedVersion) {
        Scorecard scorecard = current(id, expectedVersion);
        scorecard.setPublicToken(null);
        return scorecards.save(scorecard);
    }

    /** The one scorecard behind a public link, for anyone, signed in or not; empty once the link is revoked. */
    @PreAuthorize(Roles.ANYONE)
    @Transactional(readOnly = true)
    public Optional<Scorecard> byPublicLink(String token) {
        return token == null || token.isBlank() ? Optional.empty() : scorecards.findByPublicToken(token);
    }

    /** The scorecard as PDF, for staff, directors and admins, and for partners it is shared with. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public ReportFile pdf(Long id) {
        Scorecard scorecard = scorecards.findById(id).orElseThrow(() -> new RuleViolationException(
                "This scorecard no longer exists."));
        if (!currentUser.isInternal() && currentUser.organizationId().map(org -> !scorecard.getSharedWith()
                .contains(org)).orElse(true)) {
            throw new AccessDeniedException("This scorecard is not shared with your organization.");
        }
        return pdf.render(scorecard, ReportFormat.PDF);
    }

    private Scorecard current(Long id, long expectedVersion) {
        Scorecard scorecard = scorecards.findById(id).orElseThrow(() -> new RuleViolationException(
                "This scorecard no longer exists."));
        scorecard.requireVersion(expectedVersion);
        return scorecard;
    }

    private Period endedQuarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new RuleViolationException("quarter", "Choose a quarter from 1 to 4.");
        }
        Period period = Period.quarter(year, quarter);
        if (!period.to().isBefore(LocalDate.now(clock))) {
            throw new RuleViolationException("quarter", "Q" + quarter + " " + year + " has not ended yet; publish"
                    + " a scorecard once the quarter is over.");
        }
        return period;
    }
}
