package org.groundwork.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Optional;
import java.util.function.Supplier;
import org.groundwork.base.RuleViolationException;

/**
 * A form whose entries come back as a new bean (a visit to plan, how a flag was resolved): a buffered binder shows
 * the starting values and hands the entries over only once every field is valid. Subclasses bind their fields
 * ({@code binder.bindInstanceFields(this)}) at the end of their constructor.
 */
public abstract class EntriesForm<T> extends Composite<FormLayout> {

    protected final BeanValidationBinder<T> binder;
    private final transient Supplier<T> blank;

    protected EntriesForm(Class<T> type, Supplier<T> blank) {
        this.binder = new BeanValidationBinder<>(type);
        this.blank = blank;
    }

    /** Shows these entries (the starting values) with no problems marked. */
    public void read(T entries) {
        binder.readBean(entries);
    }

    /** The entries, or empty with the problems shown on the fields. */
    public Optional<T> entries() {
        T entries = blank.get();
        return binder.writeBeanIfValid(entries) ? Optional.of(entries) : Optional.empty();
    }

    /** Shows the service's refusal on the field it concerns. */
    public abstract void show(RuleViolationException refusal);
}
