package org.groundwork.opportunity.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.groundwork.base.Roles;
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

    final TextField search = new TextField();
    final ComboBox<OpportunityStage> stage = new ComboBox<>();
    final ComboBox<OpportunityType> type = new ComboBox<>();
    final Grid<OpportunityCard> grid = new Grid<>();
    private final transient OpportunityService opportunities;

    OpportunityListView(OpportunityService opportunities) {
        this.opportunities = opportunities;
        setSizeFull();
        search.setPlaceholder("Find by title or business");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        stage.setPlaceholder("Any stage");
        stage.setItems(OpportunityStage.values());
        stage.setItemLabelGenerator(OpportunityStage::label);
        stage.setClearButtonVisible(true);
        type.setPlaceholder("Any kind");
        type.setItems(OpportunityType.values());
        type.setItemLabelGenerator(OpportunityType::label);
        type.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        stage.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
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
