package org.groundwork.report.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.groundwork.report.ScorecardFigure;

/** A scorecard's figures (a dozen at most, frozen or previewed) against the quarter before. */
class ScorecardTable extends Grid<ScorecardFigure> {

    ScorecardTable(List<ScorecardFigure> figures) {
        addThemeVariants(GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addColumn(ScorecardFigure::getLabel).setHeader("Measure").setAutoWidth(true);
        addColumn(f -> number(f.getFigure())).setHeader("This quarter").setTextAlign(ColumnTextAlign.END);
        addColumn(f -> number(f.getPreviousFigure())).setHeader("Quarter before").setTextAlign(ColumnTextAlign.END);
        addColumn(ScorecardFigure::getUnit).setHeader("Unit");
        setItems(figures);
    }

    static String number(BigDecimal value) {
        return value == null ? "—" : NumberFormat.getNumberInstance(Locale.US).format(value);
    }
}
