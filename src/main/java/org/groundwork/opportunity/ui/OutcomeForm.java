package org.groundwork.opportunity.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.opportunity.OpportunityStage;
import org.groundwork.opportunity.Outcome;

/**
 * Why an opportunity was won or lost and, when won, what it actually brought. The binder works on the outcome's
 * own class ({@link WonOutcome} or {@link LostOutcome}), so only a win requires the realized figures.
 */
final class OutcomeForm<T extends ClosingOutcome> extends Composite<FormLayout> {

    final TextArea reason = new TextArea();
    final IntegerField realizedJobs = new IntegerField("New jobs actually created");
    final BigDecimalField realizedInvestment = new BigDecimalField("Investment actually made ($)");
    final DatePicker actualDate = new DatePicker("Date");
    private final BeanValidationBinder<T> binder;
    private final transient Supplier<T> blank;

    private OutcomeForm(Class<T> type, Supplier<T> blank) {
        this.binder = new BeanValidationBinder<>(type);
        this.blank = blank;
    }

    static OutcomeForm<?> forStage(OpportunityStage to) {
        boolean won = to == OpportunityStage.WON;
        OutcomeForm<?> form = won ? new OutcomeForm<>(WonOutcome.class, WonOutcome::new)
                : new OutcomeForm<>(LostOutcome.class, LostOutcome::new);
        form.reason.setLabel(won ? "What made it a win?" : "Why was it lost?");
        form.getContent().add(form.reason);
        form.getContent().setColspan(form.reason, 2);
        if (won) {
            form.getContent().add(form.realizedJobs, form.realizedInvestment);
        }
        form.getContent().add(form.actualDate);
        form.bind();
        return form;
    }

    /** Binds the fields the outcome's class has: a loss has no realized figures. */
    private void bind() {
        binder.bindInstanceFields(this);
        binder.readBean(blank.get());
    }

    /** The outcome entered, or empty with the problems shown on the fields. */
    Optional<Outcome> outcome() {
        T entries = blank.get();
        return binder.writeBeanIfValid(entries) ? Optional.of(entries.toOutcome()) : Optional.empty();
    }

    /** Shows the service's refusal on the field it concerns. */
    void show(RuleViolationException refusal) {
        FieldErrors.show(refusal, Map.of("reason", reason, "realizedJobs", realizedJobs,
                "realizedInvestment", realizedInvestment));
    }
}
