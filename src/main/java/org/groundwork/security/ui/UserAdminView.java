package org.groundwork.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.groundwork.base.Formats;
import org.groundwork.base.Roles;
import org.groundwork.base.ui.FilterFields;
import org.groundwork.security.Role;
import org.groundwork.security.UserAccount;
import org.groundwork.security.UserAdminService;
import org.groundwork.stakeholder.PartnerOrganizationService;

/** Administrators create accounts, change roles, disable and re-enable them and reset passwords. */
@Route("admin/users")
@PageTitle("Users")
@Menu(title = "Users", order = 900, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
class UserAdminView extends VerticalLayout {

    final TextField search = FilterFields.search("Find by name, username or email", this::refresh);
    final Button newUser = new Button("New user", VaadinIcon.PLUS.create());
    final Grid<UserAccount> grid = new Grid<>();
    private final transient UserAdminService users;
    private final transient PartnerOrganizationService organizations;

    UserAdminView(UserAdminService users, PartnerOrganizationService organizations) {
        this.users = users;
        this.organizations = organizations;
        setSizeFull();
        search.setWidth("min(100%, 24rem)");
        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newUser.addClickListener(e -> openEditor(new UserAccount()));
        HorizontalLayout toolbar = new HorizontalLayout(search, newUser);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, search);
        configureGrid();
        add(toolbar, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserAccount::getUsername).setHeader("Username").setSortProperty("username")
                .setAutoWidth(true);
        grid.addColumn(UserAccount::getFullName).setHeader("Name").setSortProperty("fullName").setAutoWidth(true);
        grid.addColumn(user -> user.getRoles().stream().sorted(Comparator.naturalOrder()).map(Role::label)
                .collect(Collectors.joining(", "))).setHeader("Roles");
        grid.addColumn(UserAdminView::status).setHeader("Status");
        grid.addColumn(user -> Formats.dateTime(user.getLastLoginAt())).setHeader("Last sign-in")
                .setSortProperty("lastLoginAt");
        grid.addItemClickListener(e -> openEditor(users.get(e.getItem().getId())));
        grid.setSizeFull();
    }

    static String status(UserAccount user) {
        if (!user.isEnabled()) {
            return "Disabled";
        }
        return user.isMustChangePassword() ? "Must choose a password" : "Active";
    }

    private void openEditor(UserAccount account) {
        new UserEditor(users, organizations, account, this::refresh).open();
    }

    void refresh() {
        String text = search.getValue();
        grid.setItemsPageable(pageable -> users.search(text, pageable), pageable -> users.count(text));
    }
}
