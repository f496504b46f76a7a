package org.groundwork.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.dom.Element;
import org.groundwork.base.Formats;
import org.groundwork.plan.Activity;
import org.groundwork.plan.DatePeriod;
import org.groundwork.plan.Dimension;
import org.groundwork.plan.DriftService;
import org.groundwork.plan.FigureRecord;
import org.groundwork.plan.Kpi;
import org.groundwork.plan.KpiFormat;
import org.groundwork.plan.OpportunityRecord;
import org.groundwork.plan.TimeRecord;
import org.groundwork.plan.VisitRecord;

/**
 * The records behind a drift figure, paged from the database: the visits of a sector, an activity's time, the
 * opportunities won, the flags resolved, the follow-ups done or the key companies of the period.
 */
final class RecordsDialog {

    private RecordsDialog() {
    }

    /** The small button in a figure's row that opens its records. */
    static Element opener(String text, Runnable open) {
        Button button = new Button(text, e -> open.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        return button.getElement();
    }

    static void visits(DriftService drift, DatePeriod period, Dimension dimension, String category, String title) {
        Grid<VisitRecord> grid = new Grid<>();
        // By URL, not by view class: the visit pages belong to the visit module.
        grid.addComponentColumn(r -> new Anchor("visits/" + r.visitId(), r.businessName())).setHeader("Business")
                .setFlexGrow(2);
        grid.addColumn(r -> Formats.date(r.date())).setHeader("Date");
        grid.addColumn(r -> r.hours() == null ? "—" : r.hours().stripTrailingZeros().toPlainString() + " h")
                .setHeader("Hours");
        grid.setItems(query -> drift.visitRecords(period, dimension, category, query.getOffset(), query.getLimit())
                .stream(), query -> (int) drift.countVisitRecords(period, dimension, category));
        open(title, grid);
    }

    static void time(DriftService drift, DatePeriod period, Activity activity) {
        Grid<TimeRecord> grid = new Grid<>();
        grid.addColumn(r -> Formats.date(r.date())).setHeader("Date");
        grid.addColumn(TimeRecord::staffName).setHeader("Who");
        grid.addColumn(r -> r.hours().stripTrailingZeros().toPlainString() + " h").setHeader("Hours");
        grid.addColumn(r -> r.note() == null ? "" : r.note()).setHeader("Note").setFlexGrow(2);
        grid.setItems(query -> drift.timeRecords(period, activity, query.getOffset(), query.getLimit()).stream(),
                query -> (int) drift.countTimeRecords(period, activity));
        open(activity.label() + ", " + period.label(), grid);
    }

    static void opportunities(DriftService drift, DatePeriod period) {
        Grid<OpportunityRecord> grid = new Grid<>();
        // By URL, not by view class: the opportunity pages belong to the opportunity module.
        grid.addComponentColumn(r -> new Anchor("opportunities/" + r.opportunityId(), r.title()))
                .setHeader("Opportunity").setFlexGrow(2);
        grid.addColumn(OpportunityRecord::businessName).setHeader("Business").setFlexGrow(2);
        grid.addColumn(r -> Formats.date(r.wonOn())).setHeader("Won on");
        grid.addColumn(r -> r.retainedJobs() == null ? "—" : r.retainedJobs()).setHeader("Jobs retained");
        grid.addColumn(r -> r.createdJobs() == null ? "—" : r.createdJobs()).setHeader("Jobs created");
        grid.addColumn(r -> r.investment() == null ? "—" : KpiFormat.amount(r.investment(), Kpi.CAPITAL_INVESTMENT))
                .setHeader("Investment");
        grid.setItems(query -> drift.wonOpportunities(period, query.getOffset(), query.getLimit()).stream(),
                query -> (int) drift.countWonOpportunities(period));
        open("Opportunities won, " + period.label(), grid);
    }

    /**
     * The records behind a rate KPI (flags resolved, follow-ups done, key companies), each on its business's page,
     * with whether it met the mark under {@code metHeader}.
     */
    static void figures(DriftService drift, DatePeriod period, Kpi kpi, String metHeader) {
        Grid<FigureRecord> grid = new Grid<>();
        // By URL, not by view class: the business pages belong to the business module.
        grid.addComponentColumn(r -> new Anchor("businesses/" + r.businessId(), r.businessName()))
                .setHeader("Business").setFlexGrow(2);
        boolean keyCompanies = kpi == Kpi.KEY_COMPANIES_VISITED;
        if (!keyCompanies) {
            grid.addColumn(FigureRecord::subject).setHeader("What").setFlexGrow(2);
        }
        grid.addColumn(r -> Formats.date(r.date()))
                .setHeader(keyCompanies ? "Last visit in the period" : "Done on");
        grid.addColumn(r -> r.met() ? "Yes" : "No").setHeader(metHeader);
        grid.setItems(query -> drift.figureRecords(period, kpi, query.getOffset(), query.getLimit()).stream(),
                query -> (int) drift.countFigureRecords(period, kpi));
        open(kpi.label() + ", " + period.label(), grid);
    }

    private static void open(String title, Grid<?> grid) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.setWidth("min(95vw, 48rem)");
        grid.setHeight("60vh");
        dialog.add(grid);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }
}
