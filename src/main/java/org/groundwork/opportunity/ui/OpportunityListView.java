package org.groundwork.opportunity.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.groundwork.base.Roles;
import org.groundwork.base.ui.FilterFields;
import org.groundwork.opportunity.OpportunityCard;
import org.groundwork.opportunity.OpportunityFilter;
import org.groundwork.opportunity.OpportunityService;
import org.groundwork.opportunity.OpportunityStage;
import org.groundwork.opportunity.OpportunityType;

/** Every opportunity, filtered by text, stage and kind, paged in the database. */
@Route("opportunities/list")
@PageTitle("Opportunity list")
@Menu(title = "Opportunity list", order = 301, icon = "vaadin:list")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.STAFF})
class OpportunityListView extends VerticalLayout {

    final TextField search = FilterFields.search("Find by title or business", this::refresh);
    final ComboBox<OpportunityStage> stage = FilterFields.any("Any stage", OpportunityStage.values(),
            OpportunityStage::label, this::refresh);
    final ComboBox<OpportunityType> type = FilterFields.any("Any kind", OpportunityType.values(),
            OpportunityType::label, this::refresh);
    final Grid<OpportunityCard> grid = new Grid<>();
    private final transient OpportunityService opportunities;

    OpportunityListView(OpportunityService opportunities) {
        this.opportunities = opportunities;
        setSizeFull();
        grid.addColumn(OpportunityCard::title).setHeader("Title").setAutoWidth(true);
        grid.addColumn(OpportunityCard::businessName).setHeader("Business").setAutoWidth(true);
        grid.addColumn(c -> c.type().label()).setHeader("Kind");
        grid.addColumn(c -> c.stage().label()).setHeader("Stage");
        grid.addColumn(c -> Money.jobs(c.projectedJobs())).setHeader("New jobs expected");
        grid.addColumn(c -> Money.of(c.capitalInvestment())).setHeader("Investment");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("opportunities/" + e.getItem().id())));
        grid.setSizeFull();
        add(new HorizontalLayout(search, stage, type), grid);
        refresh();
    }

    void refresh() {
        OpportunityFilter filter = new OpportunityFilter(search.getValue(), stage.getValue(), type.getValue(), null);
        grid.setItemsPageable(pageable -> opportunities.search(filter, pageable), pageable -> opportunities.count(filter));
    }
}
