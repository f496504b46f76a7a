package org.groundwork.business.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.groundwork.base.Roles;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;
import org.groundwork.security.CurrentUser;
import org.groundwork.security.StaffDirectory;

/**
 * Adds a business. Before creating it, likely duplicates (same name, phone, website or address) are shown so
 * the same firm is not entered twice; the new business is owned by whoever adds it unless they pick someone.
 */
@Route("businesses/new")
@PageTitle("New business")
@Menu(title = "New business", order = 110, icon = "vaadin:plus-circle-o")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.STAFF})
class NewBusinessView extends VerticalLayout {

    final BusinessForm form;
    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel");
    private final transient BusinessService businesses;
    private final transient Business business = new Business();

    NewBusinessView(BusinessService businesses, StaffDirectory staff, CurrentUser currentUser) {
        this.businesses = businesses;
        form = new BusinessForm(staff);
        currentUser.username().flatMap(staff::findByUsername).ifPresent(me -> business.setOwnerId(me.id()));
        form.read(business);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> checkAndSave());
        cancel.addClickListener(e -> UI.getCurrent().navigate("businesses"));
        add(form, new HorizontalLayout(save, cancel));
    }

    private void checkAndSave() {
        if (!form.writeTo(business)) {
            return;
        }
        List<Business> duplicates = businesses.likelyDuplicates(business);
        if (duplicates.isEmpty()) {
            create();
        } else {
            new DuplicateWarning(business, duplicates, this::open, this::mergeInto, this::create).open();
        }
    }

    private void create() {
        save(() -> businesses.save(business), created -> {
            Notifications.success("Added " + created.getDisplayName() + ".");
            open(created);
        });
    }

    /** The new details are created and merged straight into the existing business, which keeps its own values. */
    private void mergeInto(Business existing) {
        save(() -> businesses.addToExisting(existing.getId(), business), merged -> {
            Notifications.success("Added the new details to " + merged.getDisplayName() + ".");
            open(merged);
        });
    }

    private void save(Supplier<Business> saving, Consumer<Business> then) {
        SaveFailures.attempt(saving, form::show).ifPresent(then);
    }

    private void open(Business target) {
        UI.getCurrent().navigate("businesses/" + target.getId());
    }
}
