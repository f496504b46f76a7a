package org.groundwork.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.groundwork.plan.Categories;
import org.groundwork.plan.Dimension;
import org.groundwork.plan.Kpi;
import org.groundwork.plan.PlanRevision;

/** Two revisions side by side, one line per part of the plan; lines that differ are highlighted. */
class RevisionComparison extends Div {

    /** One part of the plan as each revision has it. */
    record Line(String label, String left, String right) {

        boolean changed() {
            return !Objects.equals(left, right);
        }
    }

    RevisionComparison(PlanRevision left, PlanRevision right) {
        Element table = Tables.table("gw-compare");
        table.appendChild(Tables.row("th", "", heading(left), heading(right)));
        for (Line line : lines(left, right)) {
            Element row = Tables.row("td", line.label(), line.left(), line.right());
            if (line.changed()) {
                row.getClassList().add("gw-changed");
                row.setAttribute("title", "Changed");
            }
            table.appendChild(row);
        }
        getElement().appendChild(table);
    }

    static List<Line> lines(PlanRevision left, PlanRevision right) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Applies from", left.getEffectiveFrom().toString(), right.getEffectiveFrom().toString()));
        lines.add(new Line("Mission", left.getMission(), right.getMission()));
        lines.add(new Line("Goals", text(left.getGoals()), text(right.getGoals())));
        lines.add(new Line("Focus areas", text(left.getFocusAreas()), text(right.getFocusAreas())));
        for (Dimension dimension : Dimension.values()) {
            if (dimension.isDistribution()) {
                for (String category : Categories.of(dimension)) {
                    String a = percent(left.shares(dimension).get(category));
                    String b = percent(right.shares(dimension).get(category));
                    if (!a.equals("—") || !b.equals("—")) {
                        lines.add(new Line(dimension.label() + ": " + Categories.label(dimension, category), a, b));
                    }
                }
            }
        }
        TreeSet<Integer> years = new TreeSet<>(left.targetYears());
        years.addAll(right.targetYears());
        for (int year : years) {
            for (Kpi kpi : Kpi.values()) {
                String a = number(left.target(year, kpi).orElse(null));
                String b = number(right.target(year, kpi).orElse(null));
                if (!a.equals("—") || !b.equals("—")) {
                    lines.add(new Line(kpi.label() + " " + year, a, b));
                }
            }
        }
        for (Dimension dimension : Dimension.values()) {
            lines.add(new Line("Weight of " + dimension.label().toLowerCase(Locale.ROOT),
                    number(left.weights().get(dimension)), number(right.weights().get(dimension))));
        }
        return lines;
    }

    private static String heading(PlanRevision revision) {
        return (revision.isFounding() ? "Founding plan" : "Revision " + revision.getNumber()) + " — "
                + revision.getAuthor() + ": " + revision.getReason();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    static String percent(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString() + "%";
    }

    static String number(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }
}
