package org.groundwork.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.plan.Categories;
import org.groundwork.plan.Dimension;
import org.groundwork.plan.Kpi;
import org.groundwork.plan.PlanDraft;
import org.groundwork.plan.PlanRevision;
import org.groundwork.plan.ProgramPlanService;

/**
 * Writes the founding plan or the next revision. A buffered binder holds the draft until "Save"; the service
 * stores it as a new revision, so nothing already saved changes. Running totals show whether shares reach 100%.
 */
class PlanEditor extends VerticalLayout {

    private final ProgramPlanService plans;
    private final PlanDraft draft;
    private final Binder<PlanDraft> binder = new BeanValidationBinder<>(PlanDraft.class);
    final Map<String, HasValidation> fields = new HashMap<>();
    private final Consumer<PlanRevision> onSaved;

    PlanEditor(ProgramPlanService plans, LocalDate today, Consumer<PlanRevision> onSaved, Runnable onCancel) {
        this.plans = plans;
        this.onSaved = onSaved;
        this.draft = plans.nextDraft();
        if (!draft.isFounding()) {
            draft.setEffectiveFrom(today);
        }
        setPadding(false);
        addClassName("gw-plan-editor");
        add(basics(today));
        for (Dimension dimension : Dimension.values()) {
            if (dimension.isDistribution()) {
                add(shares(dimension));
            }
        }
        add(targets(today), weights());
        Button save = new Button(draft.isFounding() ? "Save the founding plan" : "Save as a new revision",
                e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> onCancel.run());
        add(new HorizontalLayout(save, cancel));
        binder.readBean(draft);
    }

    private FormLayout basics(LocalDate today) {
        FormLayout form = new FormLayout();
        if (draft.isFounding()) {
            DatePicker start = new DatePicker("When did the program start?");
            start.setMax(today);
            binder.forField(start).asRequired("Say when the program started.")
                    .bind(PlanDraft::getProgramStart, PlanDraft::setProgramStart);
            fields.put("programStart", start);
            fields.put("effectiveFrom", start);
            form.add(start);
        } else {
            DatePicker from = new DatePicker("This revision applies from");
            binder.forField(from).asRequired("Say from when this plan applies.")
                    .bind(PlanDraft::getEffectiveFrom, PlanDraft::setEffectiveFrom);
            TextArea reason = new TextArea("Why the plan changes");
            reason.setHelperText("Your board will read this next to the change.");
            binder.forField(reason).bind(PlanDraft::getReason, PlanDraft::setReason);
            fields.put("effectiveFrom", from);
            fields.put("reason", reason);
            form.add(from, reason);
        }
        TextArea mission = new TextArea("Mission");
        mission.setHelperText("In a sentence or two: what the program is for.");
        binder.forField(mission).bind(PlanDraft::getMission, PlanDraft::setMission);
        TextArea goals = new TextArea("Goals");
        binder.forField(goals).bind(PlanDraft::getGoals, PlanDraft::setGoals);
        TextArea focus = new TextArea("Focus areas");
        focus.setHelperText("e.g. advanced manufacturing, succession in family firms");
        binder.forField(focus).bind(PlanDraft::getFocusAreas, PlanDraft::setFocusAreas);
        fields.put("mission", mission);
        fields.put("goals", goals);
        fields.put("focusAreas", focus);
        form.add(mission, goals, focus);
        form.setColspan(mission, 2);
        return form;
    }

    private VerticalLayout shares(Dimension dimension) {
        Span total = new Span();
        total.addClassName("gw-share-total");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("40em", 4));
        for (String category : Categories.of(dimension)) {
            NumberField share = percentField(Categories.label(dimension, category));
            binder.forField(share).bind(d -> toDouble(d.share(dimension, category)),
                    (d, value) -> d.setShare(dimension, category, toDecimal(value)));
            share.addValueChangeListener(e -> showTotal(dimension, total));
            fields.put("share." + dimension + "." + category, share);
            fields.putIfAbsent("total." + dimension, share);
            form.add(share);
        }
        VerticalLayout section = new VerticalLayout(new H3(title(dimension)), new Paragraph(help(dimension)), form,
                total);
        section.setPadding(false);
        section.setSpacing(false);
        getElement().getNode().runWhenAttached(ui -> showTotal(dimension, total));
        return section;
    }

    private void showTotal(Dimension dimension, Span total) {
        double sum = Categories.of(dimension).stream().map(c -> fields.get("share." + dimension + "." + c))
                .map(f -> ((NumberField) f).getValue()).filter(v -> v != null).mapToDouble(Double::doubleValue).sum();
        total.setText("Total: " + BigDecimal.valueOf(sum).stripTrailingZeros().toPlainString() + "% of 100%");
        total.getElement().setAttribute("data-off", Math.abs(sum - 100) > 0.001);
    }

    private VerticalLayout targets(LocalDate today) {
        VerticalLayout section = new VerticalLayout(new H3("KPI targets per year"), new Paragraph(
                "What the program means to achieve in each calendar year. Counts are spread over the year by days "
                        + "when a shorter period is compared; percentages and the median rating are not."));
        section.setPadding(false);
        int first = draft.getProgramStart() == null ? today.getYear() - 2 : draft.getProgramStart().getYear();
        for (int year = first; year <= today.getYear() + 1; year++) {
            FormLayout form = new FormLayout();
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("40em", 5));
            int planYear = year;
            for (Kpi kpi : Kpi.values()) {
                NumberField target = new NumberField(kpi.label() + " (" + kpi.unit() + ")");
                target.setMin(0);
                binder.forField(target).bind(d -> toDouble(d.target(planYear, kpi)),
                        (d, value) -> d.setTarget(planYear, kpi, toDecimal(value)));
                fields.put("target." + year + "." + kpi, target);
                form.add(target);
            }
            section.add(new H3(String.valueOf(year)), form);
        }
        return section;
    }

    private VerticalLayout weights() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("40em", 4));
        for (Dimension dimension : Dimension.values()) {
            NumberField weight = new NumberField(dimension.label());
            weight.setMin(0);
            binder.forField(weight).bind(d -> toDouble(d.weight(dimension)),
                    (d, value) -> d.setWeight(dimension, value == null ? BigDecimal.ZERO : toDecimal(value)));
            fields.put("weight." + dimension, weight);
            form.add(weight);
        }
        VerticalLayout section = new VerticalLayout(new H3("How much each part counts in the drift index"),
                new Paragraph("Equal weights count each part the same; a weight of 0 leaves a part out."), form);
        section.setPadding(false);
        return section;
    }

    private void save() {
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        try {
            onSaved.accept(plans.revise(draft));
        } catch (RuleViolationException rule) {
            FieldErrors.show(rule, fields);
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
        }
    }

    private static NumberField percentField(String label) {
        NumberField field = new NumberField(label);
        field.setMin(0);
        field.setMax(100);
        field.setSuffixComponent(new Span("%"));
        return field;
    }

    private static String title(Dimension dimension) {
        return switch (dimension) {
            case TIME -> "Planned share of staff time";
            case SECTORS -> "Planned visits by sector";
            case TIERS -> "Planned visits by target tier";
            case KPIS -> dimension.label();
        };
    }

    private static String help(Dimension dimension) {
        return switch (dimension) {
            case TIME -> "How you meant staff to spend their week. Visits count their own hours; the rest comes "
                    + "from the timesheets. The shares must add up to 100%.";
            case SECTORS -> "Which industries your visits were meant to reach, in percent of visits; leave out the "
                    + "ones you don't target. The shares must add up to 100%.";
            case TIERS -> "How visits were meant to divide between tier A, B and C businesses and untiered ones. "
                    + "The shares must add up to 100%.";
            case KPIS -> "";
        };
    }

    private static Double toDouble(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static BigDecimal toDecimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
