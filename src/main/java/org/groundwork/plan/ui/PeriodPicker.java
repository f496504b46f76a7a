package org.groundwork.plan.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Consumer;
import org.groundwork.plan.DatePeriod;

/** Chooses a month, a quarter, a year (each by any day in it) or a custom range. */
class PeriodPicker extends HorizontalLayout {

    enum Kind { MONTH, QUARTER, YEAR, CUSTOM }

    private final Select<Kind> kind = new Select<>();
    private final DatePicker day = new DatePicker("Any day in it");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");

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
        add(kind, day, from, to);
        showFields();
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
            boolean valid = from.getValue() != null && to.getValue() != null && !to.getValue().isBefore(from.getValue());
            to.setInvalid(!valid);
            to.setErrorMessage(valid ? null : "Choose a last day on or after the first.");
            return valid ? new DatePeriod(from.getValue(), to.getValue()) : null;
        }
        LocalDate any = day.getValue() == null ? LocalDate.now() : day.getValue();
        return switch (kind.getValue()) {
            case MONTH -> DatePeriod.month(YearMonth.from(any));
            case QUARTER -> DatePeriod.quarterOf(any);
            default -> DatePeriod.year(any.getYear());
        };
    }

    void select(Kind chosen, LocalDate anyDay) {
        kind.setValue(chosen);
        day.setValue(anyDay);
    }

    private void showFields() {
        boolean custom = kind.getValue() == Kind.CUSTOM;
        day.setVisible(!custom);
        from.setVisible(custom);
        to.setVisible(custom);
    }

    private void fire(Consumer<DatePeriod> onChange) {
        DatePeriod period = period();
        if (period != null) {
            onChange.accept(period);
        }
    }
}
