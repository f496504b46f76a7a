package org.groundwork.business.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Consumer;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;
import org.groundwork.security.StaffDirectory;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The business's own fields with Save and Cancel. When someone else saved the business meanwhile, the save is
 * refused, the person's edits stay in the form, and a Reload button brings in the latest version.
 */
class OverviewPanel extends VerticalLayout {

    final BusinessForm form;
    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel");
    final Button reload = new Button("Reload the latest version");
    final HorizontalLayout conflict;
    private final transient BusinessService businesses;
    private final transient Consumer<Business> onSaved;
    private transient Business business;

    OverviewPanel(Business business, BusinessService businesses, StaffDirectory staff, Consumer<Business> onSaved) {
        this.business = business;
        this.businesses = businesses;
        this.onSaved = onSaved;
        form = new BusinessForm(staff);
        form.read(business);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.addClickListener(e -> reload());
        reload.addClickListener(e -> reload());
        Span message = new Span(SaveFailures.CONFLICT);
        conflict = new HorizontalLayout(message, reload);
        conflict.addClassName("gw-conflict");
        conflict.setAlignItems(Alignment.CENTER);
        conflict.setVisible(false);
        setPadding(false);
        add(conflict, form, new HorizontalLayout(save, cancel));
    }

    private void save() {
        if (!form.writeTo(business)) {
            return;
        }
        try {
            business = businesses.save(business);
        } catch (OptimisticLockingFailureException stale) {
            conflict.setVisible(true);
            Notifications.error(SaveFailures.CONFLICT);
            return;
        } catch (RuleViolationException rule) {
            form.show(rule);
            return;
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
            return;
        }
        conflict.setVisible(false);
        form.read(business);
        Notifications.success("Saved " + business.getDisplayName() + ".");
        onSaved.accept(business);
    }

    /** Cancel and Reload both show the business as stored now, dropping unsaved edits. */
    private void reload() {
        business = businesses.get(business.getId());
        form.read(business);
        conflict.setVisible(false);
        onSaved.accept(business);
    }
}
