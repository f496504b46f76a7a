package org.groundwork.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.groundwork.base.RuleViolationException;
import org.groundwork.business.Business;
import org.groundwork.security.Role;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.visit.interview.InterviewAnswer;
import org.groundwork.visit.interview.TemplateQuestion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@GroundworkTest
@RecordApplicationEvents
class InterviewServiceTest extends VisitTestBase {

    @Autowired
    ApplicationEvents events;

    InterviewServiceTest() {
        super("interview-staff");
    }

    @Test
    void eachAnswerIsSavedOnItsOwnNormalizedAndSurvivesAReload() {
        Visit visit = fixtures.planned(fixtures.business("Autosave"), me.getId(), today);
        Map<String, TemplateQuestion> q = fixtures.questions(visit);

        assertThat(interviews.saveAnswer(visit.getId(), q.get("employees_now").getId(), List.of("42.0")))
                .containsExactly("42");
        interviews.saveAnswer(visit.getId(), q.get("barriers").getId(), List.of("Housing", "Broadband"));
        interviews.saveAnswer(visit.getId(), q.get("barriers_detail").getId(), List.of("Line one\nline two"));

        VisitSheet reloaded = interviews.sheet(visit.getId());
        assertThat(reloaded.answer(q.get("employees_now"))).containsExactly("42");
        assertThat(reloaded.answer(q.get("barriers"))).containsExactly("Broadband", "Housing");
        assertThat(reloaded.answer(q.get("barriers_detail"))).containsExactly("Line one\nline two");
        assertThatThrownBy(() -> interviews.saveAnswer(visit.getId(), q.get("employees_now").getId(),
                List.of("forty"))).isInstanceOf(RuleViolationException.class).hasMessageContaining("number");
        assertThatThrownBy(() -> interviews.saveAnswer(visit.getId(), q.get("sales_trend").getId(),
                List.of("Booming"))).hasMessageContaining("Growing");
    }

    @Test
    void twoPeopleSavingDifferentAnswersAndTheNotesNeverOverwriteEachOther() {
        Visit visit = fixtures.planned(fixtures.business("Together"), me.getId(), today);
        Map<String, TemplateQuestion> q = fixtures.questions(visit);
        Visit mine = visits.get(visit.getId());
        Visit theirs = visits.get(visit.getId());

        interviews.saveAnswer(visit.getId(), q.get("employees_now").getId(), List.of("12"));
        accounts.signIn("interview-colleague", Role.STAFF);
        interviews.saveAnswer(visit.getId(), q.get("sales_trend").getId(), List.of("Growing"));
        theirs.setNotes("Their notes");
        interviews.saveDetails(theirs);
        accounts.signIn(me);
        mine.setNotes("My notes");

        assertThatThrownBy(() -> interviews.saveDetails(mine))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        VisitSheet sheet = interviews.sheet(visit.getId());
        assertThat(sheet.visit().getNotes()).isEqualTo("Their notes");
        assertThat(sheet.answer(q.get("employees_now"))).containsExactly("12");
        assertThat(sheet.answer(q.get("sales_trend"))).containsExactly("Growing");
    }

    @Test
    void completingNeedsTheRequiredAnswersAndListsWhatIsMissing() {
        Visit visit = fixtures.planned(fixtures.business("Required"), me.getId(), today);
        Map<String, TemplateQuestion> q = fixtures.questions(visit);
        interviews.saveAnswer(visit.getId(), q.get("employees_now").getId(), List.of("12"));

        assertThatThrownBy(() -> interviews.complete(visit.getId()))
                .isInstanceOfSatisfying(MissingAnswersException.class, missing -> assertThat(missing.getMissing())
                        .containsExactly(q.get("local_services_rating").getText()));
        assertThat(visits.get(visit.getId()).getStatus()).isEqualTo(VisitStatus.PLANNED);
    }

    @Test
    void aVisitDatedInTheFutureCannotBeCompleted() {
        Visit visit = fixtures.planned(fixtures.business("Future"), me.getId(), today.plusDays(1));
        answerRequired(visit);
        assertThatThrownBy(() -> interviews.complete(visit.getId())).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("still to come");
    }

    @Test
    void completingPublishesEveryAnswerAndRecordsTheContact() {
        Business business = fixtures.business("Complete");
        Visit visit = fixtures.planned(business, me.getId(), today.minusDays(1));
        Map<String, TemplateQuestion> q = answerRequired(visit);
        interviews.saveAnswer(visit.getId(), q.get("relocation_plans").getId(), List.of("yes"));
        Visit details = visits.get(visit.getId());
        details.setSatisfaction(2);
        interviews.saveDetails(details);

        interviews.complete(visit.getId());

        VisitCompleted completed = events.stream(VisitCompleted.class)
                .filter(e -> e.visitId().equals(visit.getId())).findFirst().orElseThrow();
        assertThat(completed.businessId()).isEqualTo(business.getId());
        assertThat(completed.visitDate()).isEqualTo(today.minusDays(1));
        assertThat(completed.leadStaffId()).isEqualTo(me.getId());
        assertThat(completed.satisfaction()).isEqualTo(2);
        Map<String, InterviewAnswer> answers = completed.answers().stream()
                .collect(Collectors.toMap(InterviewAnswer::questionKey, Function.identity()));
        assertThat(answers).hasSize((int) interviews.sheet(visit.getId()).template().questions().count());
        assertThat(answers.get("relocation_plans").value()).isEqualTo("yes");
        assertThat(answers.get("employees_now").value()).isEqualTo("12");
        assertThat(answers.get("closure_risk").values()).isEmpty();
        assertThat(fixtures.lastContactOf(business)).isEqualTo(today.minusDays(1));
        assertThatThrownBy(() -> interviews.saveAnswer(visit.getId(), q.get("closure_risk").getId(),
                List.of("no"))).hasMessageContaining("already completed");
    }

    @Test
    void aCancelledVisitKeepsItsReasonAndCannotBeCompleted() {
        Visit visit = fixtures.planned(fixtures.business("Cancel"), me.getId(), today);
        interviews.cancel(visit.getId(), "Owner is ill");
        Visit cancelled = visits.get(visit.getId());
        assertThat(cancelled.getStatus()).isEqualTo(VisitStatus.CANCELLED);
        assertThat(cancelled.getCancelReason()).isEqualTo("Owner is ill");
        assertThatThrownBy(() -> interviews.complete(visit.getId())).hasMessageContaining("cancelled");
    }

    private Map<String, TemplateQuestion> answerRequired(Visit visit) {
        Map<String, TemplateQuestion> q = fixtures.questions(visit);
        interviews.saveAnswer(visit.getId(), q.get("employees_now").getId(), List.of("12"));
        interviews.saveAnswer(visit.getId(), q.get("local_services_rating").getId(), List.of("4"));
        return q;
    }
}
