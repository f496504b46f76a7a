package org.groundwork.visit.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.groundwork.base.RuleViolationException;
import org.groundwork.business.Business;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.visit.InterviewService;
import org.groundwork.visit.Visit;
import org.groundwork.visit.VisitFixtures;
import org.groundwork.visit.VisitSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@GroundworkTest
class InterviewTemplateServiceTest {

    @Autowired
    InterviewTemplateService templates;
    @Autowired
    VisitFixtures fixtures;
    @Autowired
    InterviewService interviews;
    @Autowired
    TestAccounts accounts;

    private UserAccount admin;
    private final String name = "Versioning " + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void signIn() {
        admin = accounts.signIn("template-admin", Role.ADMIN);
    }

    @Test
    void theStandardQuestionnaireCarriesTheAgreedKeysTypesAndChoices() {
        Map<String, QuestionRef> questions = templates.currentQuestions().stream()
                .collect(Collectors.toMap(QuestionRef::key, Function.identity()));
        assertThat(questions.get("relocation_plans").type()).isEqualTo(AnswerType.YES_NO);
        assertThat(questions.get("employees_now").type()).isEqualTo(AnswerType.NUMBER);
        assertThat(questions.get("workforce_rating").type()).isEqualTo(AnswerType.SCALE);
        assertThat(questions.get("sales_trend").choices()).containsExactly("Growing", "Stable", "Declining");
        assertThat(questions.get("barriers").choices()).hasSize(11).contains("Zoning and land", "Supply chain");
        assertThat(questions).containsKeys("ownership_type", "owner_retiring_5y", "succession_plan", "main_markets",
                "export_interest", "hiring_planned_12m", "layoffs_planned", "expansion_plans", "closure_risk",
                "facility_tenure", "lease_expiry_months", "hard_to_fill_roles", "local_suppliers_share",
                "local_services_rating", "barriers_detail", "help_requested");
    }

    @Test
    void anUnusedVersionIsEditedInPlace() {
        TemplateSaved created = templates.save(draft(List.of(question("q_one", AnswerType.YES_NO))));
        TemplateDraft edit = templates.draftOf(created.templateId());
        edit.setDescription("Reworded");
        TemplateSaved saved = templates.save(edit);

        assertThat(saved.templateId()).isEqualTo(created.templateId());
        assertThat(saved.newVersion()).isFalse();
        assertThat(templates.get(created.templateId()).getDescription()).isEqualTo("Reworded");
    }

    @Test
    void editingAVersionInUseMakesANewOneAndAnsweredVisitsKeepTheirs() {
        TemplateSaved v1 = templates.save(draft(List.of(question("q_one", AnswerType.YES_NO),
                question("q_two", AnswerType.TEXT))));
        Long staffId = accounts.signIn("template-staff", Role.STAFF).getId();
        Business business = fixtures.business("Template");
        Visit answered = fixtures.planned(business, staffId, LocalDate.now(), v1.templateId());
        Visit untouched = fixtures.planned(business, staffId, LocalDate.now(), v1.templateId());
        TemplateQuestion qOne = fixtures.questions(answered).get("q_one");
        interviews.saveAnswer(answered.getId(), qOne.getId(), List.of("yes"));
        accounts.signIn(admin);

        TemplateDraft edit = templates.draftOf(v1.templateId());
        edit.getSections().getFirst().questions().removeFirst();
        edit.getSections().getFirst().questions().add(question("q_three", AnswerType.NUMBER));
        TemplateSaved v2 = templates.save(edit);

        assertThat(v2.newVersion()).isTrue();
        assertThat(v2.versionNumber()).isEqualTo(2);
        assertThat(v2.message()).contains("version 2", "1 visit", "keep", "\"Question q_one\" (1 visit)");
        VisitSheet kept = interviews.sheet(answered.getId());
        assertThat(kept.template().getVersionNumber()).isEqualTo(1);
        assertThat(kept.answer(qOne)).containsExactly("yes");
        assertThat(interviews.sheet(untouched.getId()).template().getId()).isEqualTo(v2.templateId());
        assertThat(templates.currentQuestions()).extracting(QuestionRef::key).contains("q_three")
                .doesNotContain("q_one");
        assertThatThrownBy(() -> templates.save(templates.draftOf(v1.templateId())))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("old version");
    }

    @Test
    void aStaleEditIsRefused() {
        TemplateSaved created = templates.save(draft(List.of(question("q_one", AnswerType.YES_NO))));
        TemplateDraft mine = templates.draftOf(created.templateId());
        TemplateDraft theirs = templates.draftOf(created.templateId());
        theirs.setName(name + " renamed");
        templates.save(theirs);
        assertThatThrownBy(() -> templates.save(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void badQuestionsAreExplained() {
        assertThatThrownBy(() -> templates.save(draft(List.of(question("q_one", AnswerType.YES_NO),
                question("q_one", AnswerType.TEXT))))).hasMessageContaining("Two questions use the key");
        assertThatThrownBy(() -> templates.save(draft(List.of(new QuestionSpec("pick", "Pick one", null,
                AnswerType.SINGLE_CHOICE, false, List.of("Only")))))).hasMessageContaining("two choices");
        assertThatThrownBy(() -> templates.save(draft(List.of(question("Bad Key", AnswerType.TEXT)))))
                .hasMessageContaining("lower-case");
    }

    @Test
    void onlyAdminsEditQuestionnaires() {
        accounts.signIn("template-staff", Role.STAFF);
        assertThatThrownBy(() -> templates.save(draft(List.of(question("q_one", AnswerType.YES_NO)))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private TemplateDraft draft(List<QuestionSpec> questions) {
        TemplateDraft draft = new TemplateDraft(null, 0, name, "For the versioning test");
        draft.getSections().add(new TemplateDraft.Section("Only section", questions));
        return draft;
    }

    private static QuestionSpec question(String key, AnswerType type) {
        return new QuestionSpec(key, "Question " + key, null, type, false, List.of());
    }
}
