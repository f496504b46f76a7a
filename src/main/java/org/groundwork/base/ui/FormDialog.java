package org.groundwork.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.groundwork.base.RuleViolationException;

/**
 * A dialog around a form, built alike everywhere: its title, a width that fills a phone's screen, "Cancel" at the
 * foot and the primary button last. A save refused leaves it open with everything typed; a save done says so,
 * closes it and tells the page.
 */
public abstract class FormDialog extends Dialog {

    /** @param width how wide it gets on a larger screen, as "32rem" */
    protected FormDialog(String title, String width) {
        setHeaderTitle(title);
        setWidth("min(100vw, " + width + ")");
        getFooter().add(new Button("Cancel", e -> close()));
    }

    /** Puts the button that does what the dialog is for at the end of the foot, as the primary button. */
    protected void confirmWith(Button primary) {
        primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(primary);
    }

    /**
     * Saves through {@link SaveFailures#attempt} ({@code onRule} shows a broken rule on its field); once saved, says
     * {@code done}, closes and hands the saved result to {@code then}.
     */
    protected <T> void saveAndClose(Supplier<T> saving, Consumer<RuleViolationException> onRule,
                                    Function<? super T, String> done, Consumer<? super T> then) {
        SaveFailures.attempt(saving, onRule).ifPresent(saved -> {
            Notifications.success(done.apply(saved));
            close();
            then.accept(saved);
        });
    }
}
