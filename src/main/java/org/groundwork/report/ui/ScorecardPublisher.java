package org.groundwork.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Consumer;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.base.ui.Notifications;
import org.groundwork.report.Period;
import org.groundwork.report.ProgramMeasure;
import org.groundwork.report.Scorecard;
import org.groundwork.report.ScorecardService;

/** The director's form: pick the quarter and the measures, preview the figures, publish them frozen. */
class ScorecardPublisher extends VerticalLayout {

    final IntegerField year = new IntegerField("Year");
    final Select<Integer> quarter = new Select<>();
    final CheckboxGroup<ProgramMeasure> measures = new CheckboxGroup<>("Measures");
    final TextArea correctionNote = new TextArea("What this correction changes (only for a quarter already published)");
    final Button preview = new Button("Preview");
    final Button publish = new Button("Publish");
    final Div previewArea = new Div();
    private final ScorecardService scorecards;

    ScorecardPublisher(ScorecardService scorecards, LocalDate today, Consumer<Scorecard> published) {
        this.scorecards = scorecards;
        Period last = Period.quarterOf(today).previousQuarter();
        year.setValue(last.from().getYear());
        year.setStepButtonsVisible(true);
        quarter.setLabel("Quarter");
        quarter.setItems(1, 2, 3, 4);
        quarter.setItemLabelGenerator(q -> "Q" + q);
        quarter.setValue((last.from().getMonthValue() - 1) / 3 + 1);
        measures.setItems(ProgramMeasure.values());
        measures.setItemLabelGenerator(ProgramMeasure::label);
        measures.setValue(EnumSet.of(ProgramMeasure.VISITS, ProgramMeasure.BUSINESSES_REACHED,
                ProgramMeasure.KEY_COMPANIES_VISITED, ProgramMeasure.JOBS_CREATED, ProgramMeasure.JOBS_RETAINED,
                ProgramMeasure.INVESTMENT, ProgramMeasure.SATISFACTION));
        correctionNote.setWidthFull();
        correctionNote.setMaxLength(2000);
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview.addClickListener(e -> preview());
        publish.addClickListener(e -> publish(published));
        setPadding(false);
        add(new H3("Publish a quarterly scorecard"), new HorizontalLayout(year, quarter), measures, correctionNote,
                new HorizontalLayout(preview, publish), previewArea);
    }

    private void preview() {
        try {
            previewArea.removeAll();
            previewArea.add(new ScorecardTable(scorecards.preview(yearValue(), quarterValue(), measures.getValue())));
        } catch (RuleViolationException e) {
            showError(e);
        }
    }

    private void publish(Consumer<Scorecard> published) {
        try {
            Scorecard scorecard = scorecards.publish(yearValue(), quarterValue(), measures.getValue(),
                    correctionNote.getValue());
            previewArea.removeAll();
            correctionNote.clear();
            Notifications.success(scorecard.title() + " is published.");
            published.accept(scorecard);
        } catch (RuleViolationException e) {
            showError(e);
        }
    }

    private int yearValue() {
        return year.getValue() == null ? 0 : year.getValue();
    }

    private int quarterValue() {
        return quarter.getValue() == null ? 0 : quarter.getValue();
    }

    private void showError(RuleViolationException e) {
        FieldErrors.show(e, Map.of("quarter", quarter, "measures", measures, "correctionNote", correctionNote));
    }
}
