package org.groundwork.stakeholder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;
import java.util.Comparator;
import java.util.List;
import org.groundwork.base.Roles;
import org.groundwork.base.ui.FilterFields;
import org.groundwork.stakeholder.OrganizationSection;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.stakeholder.PartnerOrganizationService;

/** The directory of partner organizations and their contacts; retired ones are hidden unless asked for. */
@Route("partners")
@PageTitle("Partner organizations")
@Menu(title = "Partners", order = 450, icon = "vaadin:handshake")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.STAFF})
class PartnersView extends VerticalLayout {

    final TextField search = FilterFields.search("Find by name", this::refresh);
    final Checkbox showRetired = new Checkbox("Show retired");
    final Button newOrganization = new Button("New organization", VaadinIcon.PLUS.create());
    final Grid<PartnerOrganization> grid = new Grid<>();
    private final transient PartnerOrganizationService organizations;

    PartnersView(PartnerOrganizationService organizations, ObjectProvider<OrganizationSection> sections) {
        this.organizations = organizations;
        List<OrganizationSection> contributed = sections.orderedStream()
                .sorted(Comparator.comparingInt(OrganizationSection::order)).toList();
        setSizeFull();
        showRetired.addValueChangeListener(e -> refresh());
        newOrganization.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newOrganization.addClickListener(e -> new PartnerEditor(organizations, new PartnerOrganization(),
                contributed, this::refresh).open());
        HorizontalLayout toolbar = new HorizontalLayout(search, showRetired, newOrganization);
        toolbar.setAlignItems(Alignment.BASELINE);
        grid.addColumn(PartnerOrganization::getName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(o -> o.getType().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(PartnerOrganization::getPhone).setHeader("Phone");
        grid.addColumn(PartnerOrganization::getEmail).setHeader("Email");
        grid.addColumn(o -> o.isRetired() ? "Retired" : "Active").setHeader("Status");
        grid.addItemClickListener(e -> new PartnerEditor(organizations, organizations.get(e.getItem().getId()),
                contributed, this::refresh).open());
        grid.setSizeFull();
        add(toolbar, grid);
        refresh();
    }

    void refresh() {
        String text = search.getValue();
        boolean retired = showRetired.getValue();
        grid.setItemsPageable(p -> organizations.search(text, retired, p), p -> organizations.count(text, retired));
    }
}
