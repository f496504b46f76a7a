package org.groundwork.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.groundwork.issue.IssueHeat;
import org.groundwork.opportunity.OpportunityStage;
import org.groundwork.opportunity.StageTotals;
import org.groundwork.plan.Kpi;
import org.groundwork.report.Period;
import org.groundwork.report.ProgramMeasure;

/**
 * Everything the director's dashboard shows, read in one service call: the year to date and its prorated
 * targets, the drift index (null without a plan), the pipeline by stage, the hottest issues and each of the last
 * four quarters' figures (oldest first).
 */
public record DirectorFigures(Period yearToDate, Map<ProgramMeasure, BigDecimal> yearToDateFigures,
                              Map<Kpi, BigDecimal> targets, Double driftIndex,
                              Map<OpportunityStage, StageTotals> pipeline, List<IssueHeat> hottest,
                              Map<Period, Map<ProgramMeasure, BigDecimal>> quarters) {
}
