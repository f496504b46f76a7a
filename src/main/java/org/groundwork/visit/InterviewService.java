package org.groundwork.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.Formats;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.groundwork.business.BusinessService;
import org.groundwork.security.StaffDirectory;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.groundwork.visit.interview.InterviewAnswer;
import org.groundwork.visit.interview.InterviewTemplate;
import org.groundwork.visit.interview.InterviewTemplateService;
import org.groundwork.visit.interview.TemplateQuestion;
import org.groundwork.visit.tally.VisitTally;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing up a visit. Each answer is saved on its own as it is typed, so nothing is lost and two people filling
 * in the same visit never overwrite each other's answers; the visit's own fields (notes, next steps, rating)
 * are saved with an optimistic-lock check instead. Completing checks the rules and tells the other features.
 */
@Service
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional
@RequiredArgsConstructor
public class InterviewService {

    private final VisitRepository visits;
    private final VisitAnswerRepository answers;
    private final VisitService visitService;
    private final InterviewTemplateService templates;
    private final PartnerOrganizationService organizations;
    private final BusinessService businesses;
    private final StaffDirectory staff;
    private final ApplicationEventPublisher events;
    private final VisitTally tally;
    private final Clock clock;

    /** Everything the visit page shows, read in one transaction. */
    @Transactional(readOnly = true)
    public VisitSheet sheet(Long visitId) {
        Visit visit = visitService.get(visitId);
        InterviewTemplate template = visit.getTemplate() == null ? null : templates.get(visit.getTemplate().getId());
        Map<Long, List<String>> saved = answers.findByVisitId(visitId).stream()
                .collect(Collectors.toMap(a -> a.getQuestion().getId(), VisitAnswer::values));
        Map<Long, String> names = staff.namesOf(visit.getStaffIds());
        List<String> staffNames = visit.getStaffIds().stream().map(id -> names.getOrDefault(id, "—")).toList();
        List<String> organizationNames = visit.getOrganizationIds().stream().map(organizations::find)
                .flatMap(Optional::stream).map(PartnerOrganization::getName).toList();
        String lead = staff.namesOf(List.of(visit.getLeadStaffId())).getOrDefault(visit.getLeadStaffId(), "—");
        return new VisitSheet(visit, template, saved, lead, staffNames, organizationNames);
    }

    /**
     * Saves one answer (no values clears it) and returns it as stored. Touches nothing else, so it never clashes
     * with a colleague saving another answer or the visit's notes at the same moment.
     */
    public List<String> saveAnswer(Long visitId, Long questionId, List<String> values) {
        Visit visit = openVisit(visitId);
        TemplateQuestion question = visit.getTemplate() == null ? null : visit.getTemplate().questions()
                .filter(q -> q.getId().equals(questionId)).findFirst().orElse(null);
        if (question == null) {
            throw new RuleViolationException("That question is not part of this visit's questionnaire.");
        }
        List<String> normalized = AnswerValues.normalize(question, values);
        VisitAnswer answer = answers.findByVisitIdAndQuestionId(visitId, questionId)
                .orElseGet(() -> new VisitAnswer(visit, question));
        answer.setValues(normalized);
        answers.saveAndFlush(answer);
        return normalized;
    }

    /**
     * Saves the visit's own fields (date, time, channel, people, notes, next steps, duration, rating). Refused
     * with a conflict when someone else saved them since {@code changes} was read; nothing is overwritten.
     */
    public Visit saveDetails(Visit changes) {
        Visit stored = openVisit(changes.getId());
        stored.requireVersion(changes.getVersion());
        stored.setVisitDate(changes.getVisitDate());
        stored.setStartTime(changes.getStartTime());
        stored.setChannel(changes.getChannel());
        stored.setLeadStaffId(changes.getLeadStaffId());
        stored.setStaffIds(changes.getStaffIds());
        stored.setOrganizationIds(changes.getOrganizationIds());
        stored.setPurpose(changes.getPurpose());
        stored.setNotes(changes.getNotes());
        stored.setNextSteps(changes.getNextSteps());
        stored.setDurationHours(changes.getDurationHours());
        stored.setSatisfaction(changes.getSatisfaction());
        stored.setSatisfactionComment(changes.getSatisfactionComment());
        return visits.saveAndFlush(stored);
    }

    /**
     * Completes the visit: it must have happened (not dated in the future) and every required question must be
     * answered. Publishes {@link VisitCompleted} in this transaction and records the contact on the business.
     */
    public Visit complete(Long visitId) {
        Visit visit = openVisit(visitId);
        LocalDate today = LocalDate.now(clock);
        if (visit.getVisitDate().isAfter(today)) {
            throw new RuleViolationException("visitDate", "This visit is dated " + Formats.date(visit.getVisitDate())
                    + ", which is still to come. Complete it on or after that day, or change its date if it "
                    + "already happened.");
        }
        List<InterviewAnswer> interview = interview(visit);
        List<String> missing = visit.getTemplate().questions().filter(TemplateQuestion::isRequired)
                .filter(q -> interview.stream().anyMatch(a -> a.questionKey().equals(q.getQuestionKey())
                        && a.values().isEmpty()))
                .map(TemplateQuestion::getText).toList();
        if (!missing.isEmpty()) {
            throw new MissingAnswersException(missing);
        }
        Long businessId = visit.getBusiness().getId();
        // The business first, then the visit: the order every tally writer takes its locks in (VisitTally).
        tally.lockBusiness(businessId);
        visit.complete(clock.instant());
        Visit saved = visits.saveAndFlush(visit);
        tally.refresh(List.of(businessId));
        events.publishEvent(new VisitCompleted(saved.getId(), saved.getBusiness().getId(), saved.getVisitDate(),
                saved.getCompletedAt(), saved.getLeadStaffId(), saved.getSatisfaction(), interview));
        businesses.recordContact(saved.getBusiness().getId(), saved.getVisitDate());
        return saved;
    }

    public Visit cancel(Long visitId, String reason) {
        Visit visit = openVisit(visitId);
        visit.cancel(clock.instant(), reason);
        return visits.saveAndFlush(visit);
    }

    /** Every question of the visit's questionnaire with its answer (unanswered ones have no values). */
    @Transactional(readOnly = true)
    public List<InterviewAnswer> interview(Long visitId) {
        return interview(visitService.get(visitId));
    }

    private List<InterviewAnswer> interview(Visit visit) {
        if (visit.getTemplate() == null) {
            return List.of();
        }
        Map<Long, List<String>> saved = answers.findByVisitId(visit.getId()).stream()
                .collect(Collectors.toMap(a -> a.getQuestion().getId(), VisitAnswer::values));
        return visit.getTemplate().questions().map(q -> new InterviewAnswer(q.getQuestionKey(), q.getText(),
                q.getType(), saved.getOrDefault(q.getId(), List.of()))).toList();
    }

    private Visit openVisit(Long visitId) {
        Visit visit = visitService.get(visitId);
        if (visit.getStatus() == VisitStatus.COMPLETED) {
            throw new RuleViolationException("This visit is already completed, so its write-up can't change.");
        }
        if (visit.getStatus() == VisitStatus.CANCELLED) {
            throw new RuleViolationException("This visit was cancelled.");
        }
        return visit;
    }
}
