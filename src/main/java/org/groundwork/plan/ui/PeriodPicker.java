package org.groundwork.plan.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Consumer;
import org.groundwork.base.ui.DateRange;
import org.groundwork.plan.DatePeriod;

/**
 * Chooses a month, a quarter, a year (each by any day in it) or a custom range, and tells only of a period other
 * than the one it last told of (another day in the same month does not recompute a month's figures).
 */
class PeriodPicker extends HorizontalLayout {

    enum Kind { MONTH, QUARTER, YEAR, CUSTOM }

    final Select<Kind> kind = new Select<>();
    final DatePicker day = new DatePicker("Any day in it");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    private DatePeriod told;

    PeriodPicker(LocalDate today, Consumer<DatePeriod> onChange) {
        kind.setLabel("Period");
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> switch (k) {
            case MONTH -> "Month";
            case QUARTER -> "Quarter";
            case YEAR -> "Year";
            case CUSTOM -> "Custom";
        });
        kind.setValue(Kind.YEAR);
        day.setValue(today);
        from.setValue(today.withDayOfYear(1));
        to.setValue(today);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(kind, day, from, to);
        showFields();
        told = period();
        kind.addValueChangeListener(e -> {
            showFields();
            fire(onChange);
        });
        day.addValueChangeListener(e -> fire(onChange));
        from.addValueChangeListener(e -> fire(onChange));
        to.addValueChangeListener(e -> fire(onChange));
    }

    /** The chosen period; null while a custom range is incomplete or reversed. */
    DatePeriod period() {
        if (kind.getValue() == Kind.CUSTOM) {
            boolean valid = DateRange.check(from, to) && from.getValue() != null && to.getValue() != null;
            return valid ? new DatePeriod(from.getValue(), to.getValue()) : null;
        }
        LocalDate any = day.getValue() == null ? LocalDate.now() : day.getValue();
        return switch (kind.getValue()) {
            case MONTH -> DatePeriod.month(YearMonth.from(any));
            case QUARTER -> DatePeriod.quarterOf(any);
            default -> DatePeriod.year(any.getYear());
        };
    }

    private void showFields() {
        boolean custom = kind.getValue() == Kind.CUSTOM;
        day.setVisible(!custom);
        from.setVisible(custom);
        to.setVisible(custom);
    }

    private void fire(Consumer<DatePeriod> onChange) {
        DatePeriod period = period();
        if (period != null && !period.equals(told)) {
            told = period;
            onChange.accept(period);
        }
    }
}
