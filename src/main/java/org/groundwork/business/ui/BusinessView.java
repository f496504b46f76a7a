package org.groundwork.business.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import org.groundwork.base.Roles;
import org.groundwork.base.ui.Notifications;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessAction;
import org.groundwork.business.BusinessService;
import org.groundwork.business.BusinessTab;
import org.groundwork.business.BusinessTimeline;
import org.groundwork.business.ContactService;
import org.groundwork.business.Targeting;
import org.groundwork.security.CurrentUser;
import org.groundwork.security.Role;
import org.groundwork.security.StaffDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.groundwork.base.ui.RouteIds;

/**
 * One business at its own address: its name and standing, the actions other features offer, and tabs for the
 * overview form, contacts, employees, change history, timeline and whatever other features contribute; each tab is
 * built when first selected, from the business as it is then (an overview saved before keeps its new version).
 */
@Route("businesses/:id")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.STAFF})
class BusinessView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 name = new H2();
    final Span badges = new Span();
    final HorizontalLayout actions = new HorizontalLayout();
    LazyTabSheet tabs;
    OverviewPanel overview;
    ContactsPanel contacts;
    EmployeesPanel employees;
    private final transient BusinessService businesses;
    private final transient ContactService contactService;
    private final transient BusinessTimeline timeline;
    private final transient StaffDirectory staff;
    private final transient CurrentUser currentUser;
    private final transient Clock clock;
    private final transient ObjectProvider<BusinessTab> extraTabs;
    private final transient ObjectProvider<BusinessAction> businessActions;
    private transient Business business;

    BusinessView(BusinessService businesses, ContactService contactService, BusinessTimeline timeline,
                        StaffDirectory staff, CurrentUser currentUser, Clock clock,
                        ObjectProvider<BusinessTab> extraTabs, ObjectProvider<BusinessAction> businessActions) {
        this.businesses = businesses;
        this.contactService = contactService;
        this.timeline = timeline;
        this.staff = staff;
        this.currentUser = currentUser;
        this.clock = clock;
        this.extraTabs = extraTabs;
        this.businessActions = businessActions;
        actions.setWrap(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Business> found = RouteIds.of(event, "id")
                .flatMap(businesses::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "There is no business with that number.");
            return;
        }
        show(found.get());
    }

    @Override
    public String getPageTitle() {
        return business == null ? "Business" : business.getDisplayName();
    }

    private void show(Business shown) {
        business = shown;
        removeAll();
        tabs = new LazyTabSheet();
        tabs.setWidthFull();
        tabs.addLazily("Overview",
                () -> overview = new OverviewPanel(business, businesses, staff, this::updateHeader));
        tabs.addLazily("Contacts", () -> contacts = new ContactsPanel(business, contactService));
        tabs.addLazily("Employees", () -> employees = new EmployeesPanel(business, businesses, clock));
        tabs.addLazily("Change history", () -> new ChangeHistoryPanel(business.getId(), businesses));
        tabs.addLazily("Timeline", () -> new TimelinePanel(business.getId(), timeline));
        extraTabs.orderedStream().sorted(Comparator.comparingInt(BusinessTab::order))
                .forEach(tab -> tabs.addLazily(tab.title(), () -> tab.create(business)));
        FlexLayout heading = new FlexLayout(name, badges);
        heading.setAlignItems(Alignment.BASELINE);
        heading.getStyle().set("gap", "var(--lumo-space-m)");
        add(heading, actions, tabs);
        updateHeader(business);
    }

    private void updateHeader(Business updated) {
        business = updated;
        name.setText(business.getDisplayName());
        badges.removeAll();
        if (business.isArchived()) {
            badges.add(badge("Archived", "contrast"));
        }
        Targeting targeting = business.getTargeting();
        if (targeting.isKeyCompany()) {
            badges.add(badge("Key company", "success"));
        }
        if (targeting.getTier() != null) {
            badges.add(badge(targeting.getTier().label(), ""));
        }
        actions.removeAll();
        businessActions.orderedStream().sorted(Comparator.comparingInt(BusinessAction::order))
                .forEach(action -> actions.add(new Button(action.label(), e -> action.start(business))));
        actions.add(new Button("Merge a duplicate into this business…",
                e -> new MergeDialog(businesses, business, merged -> show(businesses.get(merged.getId()))).open()));
        actions.add(business.isArchived() ? new Button("Restore", e -> restore()) : new Button("Archive", e -> archive()));
        if (currentUser.hasRole(Role.ADMIN)) {
            Button delete = new Button("Delete for good", e -> BusinessRemoval.dialog(businesses, business,
                    this::reload).open());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delete);
        }
    }

    private void archive() {
        businesses.archive(business.getId());
        Notifications.success("Archived " + business.getDisplayName() + ". Restore it any time from this page.");
        reload();
    }

    private void restore() {
        businesses.restore(business.getId());
        Notifications.success("Restored " + business.getDisplayName() + ".");
        reload();
    }

    private void reload() {
        show(businesses.get(business.getId()));
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        if (!theme.isEmpty()) {
            badge.getElement().getThemeList().add(theme);
        }
        return badge;
    }
}
