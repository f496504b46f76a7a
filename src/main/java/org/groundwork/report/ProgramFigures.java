package org.groundwork.report;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.groundwork.business.KeyCompanies;
import org.groundwork.visit.tally.TallyPeriods;
import org.groundwork.plan.FlagStandard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The retention measures of several periods at once, for the director's dashboard: each figure one grouped
 * query for all the periods (the visit tally's cells of the periods; flags and won opportunities counted per
 * period in one pass), instead of a retention summary per period. Periods that are not exactly one tally cell
 * (a year to date with visits recorded after today, say) fall back to {@link RetentionQueries}. The employee
 * change at visited businesses is left out: it walks every visited business and the dashboard does not show it.
 */
@Component
@RequiredArgsConstructor
class ProgramFigures {

    private final JdbcClient jdbc;
    private final RetentionQueries retention;

    Map<Period, Map<ProgramMeasure, BigDecimal>> of(List<Period> periods, ZoneId zone) {
        BusinessScope scope = BusinessScope.of(ReportFilter.of(periods.getFirst(), Comparison.NONE));
        Map<String, Object> p = new HashMap<>(scope.parameters());
        Map<Period, Map<ProgramMeasure, BigDecimal>> result = new LinkedHashMap<>();
        Map<TallyPeriods.Part, Period> cells = new LinkedHashMap<>();
        List<Period> counted = new ArrayList<>();
        for (Period period : periods) {
            TallyPeriods span = retention.split(period);
            if (span.isOneTallyPeriod() && !cells.containsKey(span.whole().getFirst())) {
                cells.put(span.whole().getFirst(), period);
                result.put(period, new EnumMap<>(ProgramMeasure.class));
                counted.add(period);
            } else {
                Map<ProgramMeasure, BigDecimal> figures = new EnumMap<>(ProgramMeasure.class);
                retention.figures(ReportFilter.of(period, Comparison.NONE), period, zone).measures().entrySet()
                        .stream().filter(e -> ProgramMeasure.onDashboard().contains(e.getKey()))
                        .forEach(e -> figures.put(e.getKey(), e.getValue()));
                result.put(period, figures);
            }
        }
        if (counted.isEmpty()) {
            return result;
        }
        visits(cells, scope, p, result);
        flags(counted, scope, p, zone, result);
        opportunities(counted, scope, p, result);
        return result;
    }

    private void visits(Map<TallyPeriods.Part, Period> cells, BusinessScope scope, Map<String, Object> p,
                        Map<Period, Map<ProgramMeasure, BigDecimal>> into) {
        long keyCompanies = retention.activeKeyCompanies(scope, p);
        cells.values().forEach(period -> {
            into.get(period).put(ProgramMeasure.VISITS, BigDecimal.ZERO);
            into.get(period).put(ProgramMeasure.BUSINESSES_REACHED, BigDecimal.ZERO);
            into.get(period).put(ProgramMeasure.KEY_COMPANIES_VISITED, RetentionQueries.percent(0, keyCompanies));
        });
        TallyPeriods all = new TallyPeriods(List.copyOf(cells.keySet()), List.of());
        jdbc.sql("select t.period_kind, t.period_index, sum(t.contacts), sum(t.rated_1), sum(t.rated_2),"
                        + " sum(t.rated_3), sum(t.rated_4), sum(t.rated_5), sum(t.businesses_contacted),"
                        + " sum(case when " + KeyCompanies.activeInTally("t.") + " then t.businesses_visited"
                        + " else 0 end) from visit_tally t where " + all.condition("t.") + " and "
                        + scope.tallyCondition() + " group by t.period_kind, t.period_index")
                .params(p).query(rs -> {
                    Period period = cells.get(new TallyPeriods.Part(rs.getString(1).charAt(0), rs.getInt(2)));
                    long[] rated = new long[5];
                    for (int i = 0; i < 5; i++) {
                        rated[i] = rs.getLong(4 + i);
                    }
                    Map<ProgramMeasure, BigDecimal> figures = into.get(period);
                    figures.put(ProgramMeasure.VISITS, BigDecimal.valueOf(rs.getLong(3)));
                    figures.put(ProgramMeasure.SATISFACTION, new VisitCounts(rs.getLong(3), rated).averageRating());
                    figures.put(ProgramMeasure.BUSINESSES_REACHED, BigDecimal.valueOf(rs.getLong(9)));
                    figures.put(ProgramMeasure.KEY_COMPANIES_VISITED,
                            RetentionQueries.percent(rs.getLong(10), keyCompanies));
                });
    }

    /** Flags raised, resolved and resolved within standard in each period, one pass over the flags. */
    private void flags(List<Period> periods, BusinessScope scope, Map<String, Object> p, ZoneId zone,
                       Map<Period, Map<ProgramMeasure, BigDecimal>> into) {
        StringBuilder sums = new StringBuilder();
        String within = FlagStandard.within("f", FlagStandard.days(jdbc));
        for (int i = 0; i < periods.size(); i++) {
            p.put("start" + i, BusinessScope.utc(periods.get(i).from(), zone));
            p.put("end" + i, BusinessScope.utc(periods.get(i).to().plusDays(1), zone));
            String raised = "f.raised_at >= :start" + i + " and f.raised_at < :end" + i;
            String resolved = "f.resolved_at >= :start" + i + " and f.resolved_at < :end" + i;
            sums.append(i == 0 ? "" : ", ").append(count(raised)).append(", ").append(count(resolved))
                    .append(", ").append(count(resolved + " and " + within));
        }
        p.put("earliest", periods.stream().map(period -> BusinessScope.utc(period.from(), zone))
                .min(Comparable::compareTo).orElseThrow());
        jdbc.sql("select " + sums + " from flag f join business b on b.id = f.business_id where (f.raised_at"
                        + " >= :earliest or f.resolved_at >= :earliest) and " + scope.condition())
                .params(p).query(rs -> {
                    for (int i = 0; i < periods.size(); i++) {
                        RetentionQueries.putFlags(into.get(periods.get(i)), rs.getLong(3 * i + 1),
                                rs.getLong(3 * i + 2), rs.getLong(3 * i + 3));
                    }
                });
    }

    /** Jobs created and retained and investment realized by opportunities won in each period, one pass. */
    private void opportunities(List<Period> periods, BusinessScope scope, Map<String, Object> p,
                               Map<Period, Map<ProgramMeasure, BigDecimal>> into) {
        StringBuilder sums = new StringBuilder();
        for (int i = 0; i < periods.size(); i++) {
            p.put("from" + i, periods.get(i).from());
            p.put("to" + i, periods.get(i).to());
            String in = "o.actual_date between :from" + i + " and :to" + i;
            sums.append(i == 0 ? "" : ", ").append(sum(in, "o.realized_jobs")).append(", ")
                    .append(sum(in, "o.retained_jobs")).append(", ").append(sum(in, "o.realized_investment"));
        }
        p.put("earliestDay", periods.stream().map(Period::from).min(Comparable::compareTo).orElseThrow());
        jdbc.sql("select " + sums + " from opportunity o join business b on b.id = o.business_id"
                        + " where o.stage = 'WON' and o.actual_date >= :earliestDay and " + scope.condition())
                .params(p).query(rs -> {
                    for (int i = 0; i < periods.size(); i++) {
                        RetentionQueries.putWon(into.get(periods.get(i)), rs.getLong(3 * i + 1),
                                rs.getLong(3 * i + 2), rs.getBigDecimal(3 * i + 3));
                    }
                });
    }

    private static String count(String condition) {
        return "coalesce(sum(case when " + condition + " then 1 else 0 end), 0)";
    }

    private static String sum(String condition, String column) {
        return "coalesce(sum(case when " + condition + " then " + column + " else 0 end), 0)";
    }
}
