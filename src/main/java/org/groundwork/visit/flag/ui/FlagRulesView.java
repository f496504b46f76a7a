package org.groundwork.visit.flag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.groundwork.base.Roles;
import org.groundwork.visit.flag.FlagRule;
import org.groundwork.visit.flag.FlagRuleService;

/** Admins keep the rules that raise flags when a visit is completed. */
@Route("admin/flag-rules")
@PageTitle("Flag rules")
@Menu(title = "Flag rules", order = 930, icon = "vaadin:flag-o")
@RolesAllowed(Roles.ADMIN)
class FlagRulesView extends VerticalLayout {

    final Button newRule = new Button("New rule", VaadinIcon.PLUS.create());
    final Grid<FlagRule> grid = new Grid<>();
    private final transient FlagRuleService rules;

    FlagRulesView(FlagRuleService rules) {
        this.rules = rules;
        setSizeFull();
        newRule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newRule.addClickListener(e -> new FlagRuleEditor(rules, new FlagRule(), this::refresh).open());
        grid.addComponentColumn(rule -> FlagChip.of(rule.getColour())).setHeader("Flag").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(FlagRule::getName).setHeader("Rule").setSortProperty("name").setFlexGrow(2);
        grid.addColumn(FlagRule::describeConditions).setHeader("When").setFlexGrow(3);
        grid.addColumn(FlagRule::getMessage).setHeader("Warning").setFlexGrow(2);
        grid.addColumn(rule -> rule.isEnabled() ? "On" : "Off").setHeader("On").setAutoWidth(true);
        grid.addItemClickListener(e -> new FlagRuleEditor(rules, rules.get(e.getItem().getId()), this::refresh)
                .open());
        grid.setSizeFull();
        add(new Paragraph("When a visit is completed, every rule that is switched on is checked; a rule whose "
                + "conditions all hold raises its flag, unless the business already has that flag open."), newRule,
                grid);
        refresh();
    }

    void refresh() {
        grid.setItemsPageable(rules::list, pageable -> rules.count());
    }
}
