package org.groundwork.visit.standard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.groundwork.base.ui.FormDialog;
import org.groundwork.visit.standard.DayKind;
import org.groundwork.visit.standard.Measure;
import org.groundwork.visit.standard.ServiceStandard;
import org.groundwork.visit.standard.ServiceStandardService;

/** Creates or edits a service standard: what it measures, and within how many calendar or business days. */
class StandardEditor extends FormDialog {

    final TextField name = new TextField("Name");
    final Select<Measure> measure = new Select<>();
    final IntegerField days = new IntegerField("Within (days)");
    final RadioButtonGroup<DayKind> dayKind = new RadioButtonGroup<>("Counting");
    final Checkbox enabled = new Checkbox("Switched on");
    final Button save = new Button("Save standard");
    private final BeanValidationBinder<ServiceStandard> binder = new BeanValidationBinder<>(ServiceStandard.class);

    StandardEditor(ServiceStandardService standards, ServiceStandard standard, Runnable onSaved) {
        super(standard.isNew() ? "New service standard" : standard.getName(), "34rem");
        name.setHelperText("As you'd say it, e.g. \"Acknowledge a request within 2 business days\".");
        measure.setLabel("Measures");
        measure.setItems(Measure.values());
        measure.setItemLabelGenerator(m -> m == null ? "" : m.label());
        measure.addValueChangeListener(e -> measure.setHelperText(e.getValue() == null ? null
                : "Timed " + e.getValue().explanation() + "."));
        dayKind.setItems(DayKind.values());
        dayKind.setItemLabelGenerator(DayKind::label);
        dayKind.setHelperText("Business days skip weekends and the holidays listed on this page.");
        binder.forField(name).bind("name");
        binder.forField(measure).bind("measure");
        binder.forField(days).bind("days");
        binder.forField(dayKind).bind("dayKind");
        binder.forField(enabled).bind("enabled");
        binder.readBean(standard);
        add(new FormLayout(name, measure, days, dayKind, enabled));
        save.addClickListener(e -> {
            if (binder.writeBeanIfValid(standard)) {
                saveAndClose(() -> standards.save(standard), rule -> {
                    name.setErrorMessage(rule.getMessage());
                    name.setInvalid(true);
                }, saved -> "Saved \"" + standard.getName() + "\".", saved -> onSaved.run());
            }
        });
        confirmWith(save);
    }
}
