package org.groundwork.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Map;
import org.groundwork.plan.Categories;
import org.groundwork.plan.Dimension;
import org.groundwork.plan.Kpi;
import org.groundwork.plan.PlanRevision;

/** A revision read as a document: mission, goals, the planned shares and this plan's targets. */
class PlanSummary extends Div {

    PlanSummary(PlanRevision revision) {
        add(new Paragraph("Program started " + revision.getProgramStart() + ". Written by " + revision.getAuthor()
                + (revision.isFounding() ? "." : ": " + revision.getReason())));
        add(new H3("Mission"), new Paragraph(revision.getMission()));
        if (revision.getGoals() != null && !revision.getGoals().isBlank()) {
            add(new H3("Goals"), new Paragraph(revision.getGoals()));
        }
        if (revision.getFocusAreas() != null && !revision.getFocusAreas().isBlank()) {
            add(new H3("Focus areas"), new Paragraph(revision.getFocusAreas()));
        }
        for (Dimension dimension : Dimension.values()) {
            if (dimension.isDistribution()) {
                add(new H3(dimension.label() + ", planned"));
                Element table = Tables.table("gw-figures");
                Map<String, BigDecimal> shares = revision.shares(dimension);
                Categories.of(dimension).stream().filter(shares::containsKey).forEach(category -> table.appendChild(
                        Tables.row("td", Categories.label(dimension, category),
                                RevisionComparison.percent(shares.get(category)))));
                getElement().appendChild(table);
            }
        }
        for (int year : revision.targetYears()) {
            add(new H3("Targets for " + Year.of(year)));
            Element table = Tables.table("gw-figures");
            revision.targets(year).forEach((Kpi kpi, BigDecimal target) -> table.appendChild(
                    Tables.row("td", kpi.label(), RevisionComparison.number(target) + " " + kpi.unit())));
            getElement().appendChild(table);
        }
    }
}
