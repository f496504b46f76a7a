package org.groundwork.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.groundwork.security.Role;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.MutableClock;
import org.groundwork.testing.ViewTestBase;
import org.groundwork.visit.InterviewService;
import org.groundwork.visit.Visit;
import org.groundwork.visit.VisitFixtures;
import org.groundwork.visit.VisitReports;
import org.groundwork.visit.VisitService;
import org.groundwork.visit.VisitStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class VisitViewTest extends ViewTestBase {

    @Autowired
    VisitFixtures fixtures;
    @Autowired
    VisitService visits;
    @Autowired
    InterviewService interviews;
    @Autowired
    VisitReports reports;
    @Autowired
    MutableClock clock;

    private UserAccount me;
    private Visit visit;

    @BeforeEach
    void plan() {
        me = signIn("visitview-staff", Role.STAFF);
        visit = fixtures.planned(fixtures.business("Page"), me.getId(), LocalDate.now(clock));
    }

    @Test
    void answersAreSavedAsTheyAreGivenAndAreThereAfterAReload() {
        VisitView view = open();
        test(radios(view, "relocation_plans")).selectItem("Yes");
        number(view, "employees_now").setValue(new BigDecimal("37"));
        test(checkboxes(view, "barriers")).selectItems("Housing", "Childcare");
        test(text(view, "help_requested")).setValue("A contact at the utility, please.");
        assertThat(field(view, "relocation_plans").status.getText()).isEqualTo("Saved");

        VisitView reloaded = open();
        assertThat(radios(reloaded, "relocation_plans").getValue()).isEqualTo("yes");
        assertThat(number(reloaded, "employees_now").getValue()).isEqualByComparingTo("37");
        assertThat(checkboxes(reloaded, "barriers").getValue()).containsExactlyInAnyOrder("Housing", "Childcare");
        assertThat(text(reloaded, "help_requested").getValue()).isEqualTo("A contact at the utility, please.");
    }

    @Test
    void completingListsMissingRequiredAnswersThenCompletes() {
        VisitView view = open();
        test(view.details.notes).setValue("Met the owner.");
        test(view.complete).click();
        assertThat(view.missing.isVisible()).isTrue();
        assertThat(view.missing.getElement().getTextRecursively()).contains("How many people work here today?",
                "How satisfied are you with local public services?");
        assertThat(((BigDecimalField) field(view, "employees_now").input).isInvalid()).isTrue();

        number(view, "employees_now").setValue(new BigDecimal("12"));
        test(radios(view, "local_services_rating")).selectItem("4");
        test(view.complete).click();

        Visit completed = visits.get(visit.getId());
        assertThat(completed.getStatus()).isEqualTo(VisitStatus.COMPLETED);
        assertThat(completed.getNotes()).isEqualTo("Met the owner.");
        assertThat(radios(view, "relocation_plans").isReadOnly()).isTrue();
    }

    @Test
    void aVisitDatedInTheFutureIsNotCompletedAndSaysWhy() {
        visit = fixtures.planned(fixtures.business("Later"), me.getId(), LocalDate.now(clock).plusDays(5));
        VisitView view = open();
        number(view, "employees_now").setValue(new BigDecimal("12"));
        test(radios(view, "local_services_rating")).selectItem("4");
        test(view.complete).click();
        assertThat(notifications()).anyMatch(n -> n.contains("still to come"));
        assertThat(visits.get(visit.getId()).getStatus()).isEqualTo(VisitStatus.PLANNED);
    }

    @Test
    void aColleaguesNewerNotesAreNeverOverwrittenAndMyTextStays() {
        VisitView view = open();
        Visit theirs = visits.get(visit.getId());
        theirs.setNotes("Colleague's notes");
        interviews.saveDetails(theirs);

        test(view.details.notes).setValue("My notes");
        assertThat(view.details.conflict.isVisible()).isTrue();
        assertThat(view.details.conflict.getText()).isEqualTo(VisitDetailsForm.CONFLICT);
        assertThat(view.details.notes.getValue()).isEqualTo("My notes");
        assertThat(visits.get(visit.getId()).getNotes()).isEqualTo("Colleague's notes");
    }

    @Test
    void aVisitCanBeCancelledAndTheReportIsAPdf() {
        assertThat(new String(reports.pdf(visit.getId()), 0, 4)).isEqualTo("%PDF");
        interviews.cancel(visit.getId(), "They closed for the holidays");
        VisitView view = open();
        assertThat(view.summary.getText()).startsWith("Cancelled (They closed for the holidays)");
        assertThat(view.complete.isAttached()).isFalse();
    }

    private VisitView open() {
        return navigate(VisitView.class, Map.of("visitId", String.valueOf(visit.getId())));
    }

    private static AnswerField field(VisitView view, String key) {
        return view.answers.stream().filter(a -> a.question.getQuestionKey().equals(key)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> radios(VisitView view, String key) {
        return (RadioButtonGroup<String>) field(view, key).input;
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<String> checkboxes(VisitView view, String key) {
        return (CheckboxGroup<String>) field(view, key).input;
    }

    private static BigDecimalField number(VisitView view, String key) {
        return (BigDecimalField) field(view, key).input;
    }

    private static TextArea text(VisitView view, String key) {
        return (TextArea) field(view, key).input;
    }
}
