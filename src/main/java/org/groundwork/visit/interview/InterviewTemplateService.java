package org.groundwork.visit.interview;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.Texts;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Versioned interview questionnaires. A version no visit has used yet is edited in place; once visits hold
 * answers or write-ups for it, every change becomes a new version and those visits keep the one they used.
 */
@Service
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional
@RequiredArgsConstructor
public class InterviewTemplateService implements QuestionCatalog {

    private final InterviewTemplateRepository templates;
    private final TemplateUsage usage;

    @Override
    @Transactional(readOnly = true)
    public List<QuestionRef> currentQuestions() {
        return templates.currentQuestions().stream()
                .collect(Collectors.toMap(TemplateQuestion::getQuestionKey, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new))
                .values().stream()
                .map(q -> new QuestionRef(q.getQuestionKey(), q.getText(), q.getType(), List.copyOf(q.getChoices())))
                .toList();
    }

    /** The current versions, for the admin list and the template picker. */
    @Transactional(readOnly = true)
    public List<TemplateSummary> current(Pageable pageable) {
        return templates.findByCurrentTrueOrderByName(pageable).stream()
                .map(t -> new TemplateSummary(t.getId(), t.getName(), t.getDescription(), t.getVersionNumber(),
                        (int) t.questions().count(), usage.visitsUsing(t.getId())))
                .toList();
    }

    @Transactional(readOnly = true)
    public long countCurrent() {
        return templates.countByCurrentTrue();
    }

    /** A template version with its sections, questions and choices loaded. */
    @Transactional(readOnly = true)
    public InterviewTemplate get(Long id) {
        InterviewTemplate template = templates.findById(id)
                .orElseThrow(() -> new RuleViolationException("That questionnaire no longer exists."));
        template.questions().forEach(q -> q.getChoices().size());
        return template;
    }

    @Transactional(readOnly = true)
    public TemplateDraft draftOf(Long id) {
        return TemplateDraft.of(get(id));
    }

    /** The version new visits use: the current standard questionnaire, else any current one. */
    @Transactional(readOnly = true)
    public InterviewTemplate defaultTemplate() {
        return templates.findFirstByTemplateKeyAndCurrentTrue(StandardQuestionnaire.KEY)
                .or(() -> templates.findByCurrentTrueOrderByName(Pageable.ofSize(1)).stream().findFirst())
                .orElseThrow(() -> new RuleViolationException("There is no interview questionnaire yet. "
                        + "Ask an administrator to create one."));
    }

    @Transactional(readOnly = true)
    public long visitsUsing(Long templateId) {
        return usage.visitsUsing(templateId);
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public TemplateSaved save(TemplateDraft draft) {
        TemplateDraftCheck.check(draft);
        if (draft.getTemplateId() == null) {
            InterviewTemplate created = create(newKey(draft.getName()), 1, draft);
            return new TemplateSaved(created.getId(), 1, false, "Created \"" + created.getName() + "\".");
        }
        InterviewTemplate stored = get(draft.getTemplateId());
        stored.requireVersion(draft.getVersion());
        if (!stored.isCurrent()) {
            throw new RuleViolationException("This is an old version, kept for the visits answered with it. "
                    + "Open the current version to make changes.");
        }
        long used = usage.visitsUsing(stored.getId());
        if (used == 0) {
            fill(stored, draft);
            templates.saveAndFlush(stored);
            return new TemplateSaved(stored.getId(), stored.getVersionNumber(), false, "Saved.");
        }
        return saveAsNewVersion(stored, draft, used);
    }

    private TemplateSaved saveAsNewVersion(InterviewTemplate stored, TemplateDraft draft, long used) {
        String orphaned = orphanedQuestions(stored, draft);
        stored.setCurrent(false);
        templates.saveAndFlush(stored);
        int number = templates.maxVersion(stored.getTemplateKey()) + 1;
        InterviewTemplate newer = create(stored.getTemplateKey(), number, draft);
        usage.moveUnstartedVisits(stored.getId(), newer);
        String message = "Saved as version " + number + ". The " + used + (used == 1 ? " visit" : " visits")
                + " already answered with version " + stored.getVersionNumber() + " keep that version."
                + (orphaned.isEmpty() ? "" : " " + orphaned);
        return new TemplateSaved(newer.getId(), number, true, message);
    }

    /** Answered questions the edit removes or retypes: their answers stay readable in the old version only. */
    private String orphanedQuestions(InterviewTemplate stored, TemplateDraft draft) {
        Map<String, AnswerType> newTypes = draft.getSections().stream().flatMap(s -> s.questions().stream())
                .collect(Collectors.toMap(QuestionSpec::key, QuestionSpec::type));
        Map<String, TemplateQuestion> oldQuestions = stored.questions()
                .collect(Collectors.toMap(TemplateQuestion::getQuestionKey, Function.identity()));
        String affected = usage.answeredKeys(stored.getId()).entrySet().stream()
                .filter(row -> !Objects.equals(newTypes.get(row.getKey()), oldQuestions.get(row.getKey()).getType()))
                .map(row -> "\"" + oldQuestions.get(row.getKey()).getText() + "\" (" + row.getValue()
                        + (row.getValue() == 1 ? " visit)" : " visits)"))
                .collect(Collectors.joining(", "));
        return affected.isEmpty() ? "" : "Removed or changed questions keep their earlier answers in version "
                + stored.getVersionNumber() + ": " + affected + ".";
    }

    /** Creates the standard questionnaire if this installation has none (see {@link StandardQuestionnaire}). */
    @PreAuthorize(Roles.IS_ADMIN)
    public void ensureStandardQuestionnaire() {
        if (!templates.existsByTemplateKey(StandardQuestionnaire.KEY)) {
            create(StandardQuestionnaire.KEY, 1, StandardQuestionnaire.draft());
        }
    }

    private InterviewTemplate create(String key, int number, TemplateDraft draft) {
        InterviewTemplate template = new InterviewTemplate(key, number, draft.getName().trim(),
                draft.getDescription());
        fill(template, draft);
        return templates.saveAndFlush(template);
    }

    private static void fill(InterviewTemplate template, TemplateDraft draft) {
        template.setName(draft.getName().trim());
        template.setDescription(Texts.trimmed(draft.getDescription()));
        template.clearSections();
        for (TemplateDraft.Section section : draft.getSections()) {
            TemplateSection stored = template.addSection(section.title().trim());
            section.questions().forEach(q -> stored.addQuestion(new QuestionSpec(q.key(), q.text().trim(),
                    Texts.trimmed(q.helpText()), q.type(), q.required(), q.hasChoices() ? q.choices() : List.of())));
        }
    }

    private String newKey(String name) {
        String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        base = base.isEmpty() ? "questionnaire" : base.substring(0, Math.min(50, base.length()));
        String key = base;
        for (int i = 2; templates.existsByTemplateKey(key); i++) {
            key = base + "-" + i;
        }
        return key;
    }
}
