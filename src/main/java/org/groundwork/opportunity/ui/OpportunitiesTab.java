package org.groundwork.opportunity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import lombok.RequiredArgsConstructor;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessTab;
import org.groundwork.opportunity.OpportunityCard;
import org.groundwork.opportunity.OpportunityFilter;

/** The business page's Opportunities tab: the business's opportunities and a button to add one. */
@org.springframework.stereotype.Component
@RequiredArgsConstructor
class OpportunitiesTab implements BusinessTab {

    private final OpportunityUiServices services;

    @Override
    public String title() {
        return "Opportunities";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public Component create(Business business) {
        Grid<OpportunityCard> grid = new Grid<>();
        grid.addColumn(OpportunityCard::title).setHeader("Title").setAutoWidth(true);
        grid.addColumn(c -> c.type().label()).setHeader("Kind");
        grid.addColumn(c -> c.stage().label()).setHeader("Stage");
        grid.addColumn(c -> Money.jobs(c.projectedJobs())).setHeader("New jobs expected");
        grid.addColumn(c -> Money.of(c.capitalInvestment())).setHeader("Investment");
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate("opportunities/" + e.getItem().id())));
        OpportunityFilter filter = OpportunityFilter.ofBusiness(business.getId());
        Runnable refresh = () -> grid.setItemsPageable(p -> services.opportunities().search(filter, p),
                p -> services.opportunities().count(filter));
        refresh.run();
        Button add = new Button("New opportunity…", VaadinIcon.PLUS.create(),
                e -> services.open(OpportunityUiServices.newFor(business.getId(), null), saved -> refresh.run()));
        return new VerticalLayout(add, grid);
    }
}
