package org.groundwork.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One frozen figure of a published scorecard: the measure's value in the quarter and in the quarter before. */
@Embeddable
public class ScorecardFigure {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ProgramMeasure measure;

    /** The measure's name when it was published, kept so a renamed measure never changes a published card. */
    @Column(nullable = false, length = 200)
    private String label;

    @Column(nullable = false, length = 50)
    private String unit;

    @Column(precision = 17, scale = 2)
    private BigDecimal figure;

    @Column(name = "previous_figure", precision = 17, scale = 2)
    private BigDecimal previousFigure;

    protected ScorecardFigure() {
    }

    public ScorecardFigure(ProgramMeasure measure, BigDecimal figure, BigDecimal previousFigure) {
        this.measure = measure;
        this.label = measure.label();
        this.unit = measure.unit();
        this.figure = figure;
        this.previousFigure = previousFigure;
    }

    public ProgramMeasure getMeasure() {
        return measure;
    }

    public String getLabel() {
        return label;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getFigure() {
        return figure;
    }

    public BigDecimal getPreviousFigure() {
        return previousFigure;
    }
}
