package org.groundwork.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.Roles;
import org.groundwork.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The program plan: directors write it, staff and admins read it, partners never see it. A saved plan is never
 * changed: each change is stored as a new revision, effective from its own date, so every period can be compared
 * with the plan that was in force then.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ProgramPlanService {

    private final PlanRevisionRepository revisions;
    private final CurrentUser currentUser;
    private final Clock clock;

    /** Every revision, the founding plan first. */
    @PreAuthorize(Roles.IS_INTERNAL)
    public List<PlanRevision> revisions() {
        return revisions.findAllByOrderByNumberAsc();
    }

    /** The newest revision, whether or not it already applies. */
    @PreAuthorize(Roles.IS_INTERNAL)
    public Optional<PlanRevision> latest() {
        return revisions.findFirstByOrderByNumberDesc();
    }

    /** The revision in force on a day: the newest one effective on or before it. */
    @PreAuthorize(Roles.IS_INTERNAL)
    public Optional<PlanRevision> inForce(LocalDate day) {
        return revisions().stream().filter(r -> !r.getEffectiveFrom().isAfter(day)).reduce((a, b) -> b);
    }

    /** The revision in force today. */
    @PreAuthorize(Roles.IS_INTERNAL)
    public Optional<PlanRevision> current() {
        return inForce(LocalDate.now(clock));
    }

    /**
     * The period cut into the parts during which each revision was in force, in date order. Days before the
     * founding plan's effective date belong to no part: there was no plan to compare with.
     */
    @PreAuthorize(Roles.IS_INTERNAL)
    public List<PlanSegment> segments(DatePeriod period) {
        return segments(revisions(), period);
    }

    /** A draft for the next revision, copied from the newest one, or an empty founding plan. */
    @PreAuthorize(Roles.IS_DIRECTOR)
    public PlanDraft nextDraft() {
        return latest().map(PlanDraft::from).orElseGet(PlanDraft::new);
    }

    /** Stores the draft as the next revision (the founding plan if there is none yet); nothing is overwritten. */
    @PreAuthorize(Roles.IS_DIRECTOR)
    @Transactional
    public PlanRevision revise(PlanDraft draft) {
        Optional<PlanRevision> latest = latest();
        if (draft.isFounding() && draft.getProgramStart() != null) {
            draft.setEffectiveFrom(draft.getProgramStart());
            if (draft.getReason() == null || draft.getReason().isBlank()) {
                draft.setReason("Founding plan");
            }
        }
        PlanRules.check(draft, latest);
        int number = latest.map(PlanRevision::getNumber).orElse(0) + 1;
        String author = currentUser.displayName().orElseGet(currentUser::requireUsername);
        return revisions.saveAndFlush(new PlanRevision(number, author, draft));
    }

    static List<PlanSegment> segments(List<PlanRevision> ordered, DatePeriod period) {
        List<PlanSegment> parts = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            LocalDate end = i + 1 < ordered.size() ? ordered.get(i + 1).getEffectiveFrom().minusDays(1)
                    : LocalDate.MAX;
            LocalDate start = ordered.get(i).getEffectiveFrom();
            if (!end.isBefore(start)) {
                DatePeriod part = period.intersect(new DatePeriod(start, end));
                if (part != null) {
                    parts.add(new PlanSegment(ordered.get(i), part));
                }
            }
        }
        return parts;
    }
}
