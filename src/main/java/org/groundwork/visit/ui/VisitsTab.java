package org.groundwork.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.Formats;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessTab;
import org.groundwork.visit.VisitRow;

/** The "Visits" tab of the business page: every visit and contact with the business, paged in the database. */
@org.springframework.stereotype.Component
@RequiredArgsConstructor
class VisitsTab implements BusinessTab {

    private final VisitUiServices services;

    @Override
    public String title() {
        return "Visits";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Component create(Business business) {
        Grid<VisitRow> grid = new Grid<>();
        grid.addColumn(row -> Formats.date(row.date())).setHeader("Date").setAutoWidth(true);
        grid.addColumn(VisitRow::kindLabel).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(row -> row.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(VisitRow::leadStaffName).setHeader("Led by").setAutoWidth(true);
        grid.addColumn(row -> row.summary() == null ? "" : row.summary()).setHeader("About").setFlexGrow(1);
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate("visits/" + e.getItem().id())));
        Runnable refresh = () -> grid.setItemsPageable(
                pageable -> services.visits().forBusiness(business.getId(), pageable),
                pageable -> services.visits().countForBusiness(business.getId()));
        refresh.run();
        Button plan = new Button("Plan a visit",
                e -> new PlanVisitDialog(services, business, v -> refresh.run()).open());
        Button log = new Button("Log a call, email or event",
                e -> new LogInteractionDialog(services, business, v -> refresh.run()).open());
        VerticalLayout tab = new VerticalLayout(new FlexLayout(plan, log), grid);
        tab.setPadding(false);
        tab.setSizeFull();
        return tab;
    }
}
