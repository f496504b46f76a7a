package org.groundwork.report.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Optional;
import org.groundwork.base.RuleViolationException;
import org.groundwork.business.Sector;
import org.groundwork.business.TargetTier;
import org.groundwork.report.Comparison;
import org.groundwork.report.Period;
import org.groundwork.report.ReportFilter;
import org.groundwork.security.StaffDirectory;
import org.groundwork.security.StaffMember;

/** The parameters every program report takes: period, comparison, sector, tier and staff owner. */
class ReportParameters extends HorizontalLayout {

    final Select<String> preset = new Select<>();
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Select<Comparison> comparison = new Select<>();
    final ComboBox<Sector> sector = new ComboBox<>("Sector");
    final Select<TargetTier> tier = new Select<>();
    final ComboBox<StaffMember> owner = new ComboBox<>("Staff owner");

    ReportParameters(StaffDirectory staff, LocalDate today) {
        preset.setLabel("Period");
        preset.setItems(Presets.NAMES);
        preset.addValueChangeListener(e -> Presets.period(e.getValue(), today).ifPresent(p -> {
            from.setValue(p.from());
            to.setValue(p.to());
        }));
        preset.setValue(Presets.LAST_QUARTER);
        comparison.setLabel("Compare with");
        comparison.setItems(Comparison.values());
        comparison.setItemLabelGenerator(Comparison::label);
        comparison.setValue(Comparison.PREVIOUS_PERIOD);
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(Sector::label);
        sector.setClearButtonVisible(true);
        sector.setPlaceholder("All sectors");
        tier.setLabel("Target tier");
        tier.setItems(TargetTier.values());
        tier.setItemLabelGenerator(t -> t == null ? "All tiers" : t.label());
        tier.setEmptySelectionAllowed(true);
        tier.setEmptySelectionCaption("All tiers");
        owner.setItems(query -> staff.search(query.getFilter().orElse(""),
                org.springframework.data.domain.PageRequest.of(query.getPage(), query.getPageSize())).stream());
        owner.setItemLabelGenerator(StaffMember::fullName);
        owner.setClearButtonVisible(true);
        owner.setPlaceholder("Everyone");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(preset, from, to, comparison, sector, tier, owner);
    }

    /** The filter as chosen, or empty (with the date field marked) when the period makes no sense. */
    Optional<ReportFilter> filter() {
        from.setInvalid(false);
        try {
            Period period = new Period(from.getValue(), to.getValue());
            return Optional.of(new ReportFilter(period, comparison.getValue(), sector.getValue(), tier.getValue(),
                    owner.getValue() == null ? null : owner.getValue().id()));
        } catch (RuleViolationException e) {
            from.setErrorMessage(e.getMessage());
            from.setInvalid(true);
            return Optional.empty();
        }
    }
}
