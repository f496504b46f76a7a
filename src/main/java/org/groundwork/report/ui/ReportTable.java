package org.groundwork.report.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * A report's lines on screen: one column per component of the row record, headed in words. The lines are the
 * report's aggregates (a few dozen at most), computed in the database, so they are given to the grid as a list.
 */
class ReportTable extends Grid<Record> {

    ReportTable(List<? extends Record> rows) {
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        if (!rows.isEmpty()) {
            for (RecordComponent component : rows.getFirst().getClass().getRecordComponents()) {
                if (component.getName().endsWith("Id")) {
                    continue;
                }
                boolean number = Number.class.isAssignableFrom(component.getType())
                        || component.getType().isPrimitive() && component.getType() != boolean.class;
                Column<Record> column = addColumn(row -> text(read(component, row))).setHeader(header(component))
                        .setAutoWidth(true);
                if (number) {
                    column.setTextAlign(ColumnTextAlign.END);
                }
            }
        }
        setItems(List.copyOf(rows));
    }

    static String header(RecordComponent component) {
        String words = component.getName().replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Object read(RecordComponent component, Record row) {
        try {
            return component.getAccessor().invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "—";
        }
        return value instanceof Number ? NumberFormat.getNumberInstance(Locale.US).format(value) : value.toString();
    }
}
