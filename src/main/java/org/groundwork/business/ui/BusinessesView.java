package org.groundwork.business.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.groundwork.base.Formats;
import org.groundwork.base.Roles;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessColumn;
import org.groundwork.business.BusinessExporter;
import org.groundwork.business.BusinessFilter;
import org.groundwork.business.BusinessGridState;
import org.groundwork.business.BusinessService;
import org.groundwork.business.SavedViewService;
import org.groundwork.security.StaffDirectory;
import org.groundwork.security.StaffMember;
import org.springframework.data.domain.PageRequest;

/**
 * All businesses: filters, sortable and choosable columns, the matching count, saved views and export. The grid
 * pages in the database, so it stays quick with 100,000 businesses.
 */
@Route("businesses")
@PageTitle("Businesses")
@Menu(title = "Businesses", order = 100, icon = "vaadin:building")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.STAFF})
class BusinessesView extends VerticalLayout {

    final Grid<Business> grid = new Grid<>();
    final Span matches = new Span();
    final MultiSelectComboBox<BusinessColumn> columns = new MultiSelectComboBox<>("Columns");
    final Button newBusiness = new Button("New business", VaadinIcon.PLUS.create());
    final BusinessFilterBar filters;
    final SavedViewsBar savedViews;
    private final transient BusinessService businesses;
    private final transient StaffDirectory staff;
    private final Map<Long, String> ownerNames = new HashMap<>();
    /** Read by the export downloads, which run outside the UI's lock. */
    private volatile BusinessGridState current = BusinessGridState.defaults();

    BusinessesView(BusinessService businesses, StaffDirectory staff, SavedViewService views,
                          BusinessExporter exporter) {
        this.businesses = businesses;
        this.staff = staff;
        setSizeFull();
        filters = new BusinessFilterBar(staff, this::refresh);
        savedViews = new SavedViewsBar(views, () -> current, this::apply);
        columns.setItems(BusinessColumn.values());
        columns.setItemLabelGenerator(BusinessColumn::label);
        columns.addValueChangeListener(e -> {
            showColumns(e.getValue().isEmpty() ? List.of(BusinessColumn.LEGAL_NAME) : sorted(e.getValue()));
            remember();
        });
        newBusiness.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newBusiness.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("businesses/new")));
        FlexLayout actions = new FlexLayout(matches, columns, savedViews, new BusinessExportLinks(exporter,
                () -> current), newBusiness);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.setAlignItems(Alignment.BASELINE);
        actions.addClassName("gw-filters");
        configureGrid();
        add(filters, actions, grid);
        apply(BusinessGridState.defaults());
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setMultiSort(false);
        for (BusinessColumn column : BusinessColumn.values()) {
            grid.addColumn(business -> cell(column, business)).setKey(column.name()).setHeader(column.label())
                    .setSortProperty(column.sortProperty()).setAutoWidth(true).setResizable(true);
        }
        grid.addSortListener(e -> remember());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("businesses/" + e.getItem().getId())));
        grid.setSizeFull();
    }

    private String cell(BusinessColumn column, Business business) {
        if (column == BusinessColumn.LAST_CONTACT) {
            return Formats.date(business.getFigures().getLastContactDate());
        }
        return column.text(business, id -> ownerNames.computeIfAbsent(id,
                key -> staff.find(key).map(StaffMember::fullName).orElse("")));
    }

    /** Shows a saved (or the default) setup: its filter, columns and sort. */
    void apply(BusinessGridState state) {
        filters.show(state.filter());
        columns.setValue(state.columns());
        showColumns(state.columns());
        grid.sort(state.sortColumn() == null ? List.of() : List.of(new GridSortOrder<>(
                grid.getColumnByKey(state.sortColumn().name()),
                state.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
        refresh();
    }

    private void showColumns(List<BusinessColumn> visible) {
        Arrays.stream(BusinessColumn.values())
                .forEach(column -> grid.getColumnByKey(column.name()).setVisible(visible.contains(column)));
    }

    void refresh() {
        remember();
        BusinessFilter filter = current.filter();
        long count = businesses.count(filter);
        matches.setText(count == 1 ? "1 business" : String.format("%,d businesses", count));
        grid.setItemsPageable(pageable -> businesses.search(filter, PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), BusinessGridState.gridSort(pageable.getSort().toList()))), p -> count);
    }

    /** Keeps {@link #current} in step with what the grid shows, for saving a view and for export. */
    private void remember() {
        List<GridSortOrder<Business>> order = grid.getSortOrder();
        BusinessColumn sortColumn = order.isEmpty() ? null : BusinessColumn.valueOf(order.getFirst().getSorted()
                .getKey());
        boolean descending = !order.isEmpty() && order.getFirst().getDirection() == SortDirection.DESCENDING;
        current = new BusinessGridState(filters.value(), visibleColumns(), sortColumn, descending);
    }

    private List<BusinessColumn> visibleColumns() {
        return Arrays.stream(BusinessColumn.values()).filter(c -> grid.getColumnByKey(c.name()).isVisible())
                .toList();
    }

    BusinessGridState currentState() {
        return current;
    }

    private static List<BusinessColumn> sorted(Set<BusinessColumn> chosen) {
        return chosen.stream().sorted(Comparator.naturalOrder()).toList();
    }
}
