package org.groundwork.business;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * What other features keep on a business for fast grids and issue heat: the current employee count, the open flags
 * and the risk level they imply, the last contact. Never written by saving the business (every column is
 * {@code updatable = false}): a form opened before a colleague's visit or flag landed would otherwise write the old
 * figures back. They change only through {@link BusinessRepository}'s targeted updates.
 */
@Embeddable
public class DerivedFigures {

    @Column(name = "current_employees", updatable = false)
    private Integer currentEmployees;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false, length = 10, updatable = false)
    private RiskLevel riskLevel = RiskLevel.NONE;

    @Column(name = "open_red_flags", nullable = false, updatable = false)
    private int openRedFlags;

    @Column(name = "open_yellow_flags", nullable = false, updatable = false)
    private int openYellowFlags;

    @Column(name = "last_contact_date", updatable = false)
    private LocalDate lastContactDate;

    public Integer getCurrentEmployees() {
        return currentEmployees;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public int getOpenRedFlags() {
        return openRedFlags;
    }

    public int getOpenYellowFlags() {
        return openYellowFlags;
    }

    public LocalDate getLastContactDate() {
        return lastContactDate;
    }
}
