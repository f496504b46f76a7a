package org.groundwork.report;

import java.time.LocalDate;

/**
 * One record behind a figure of the retention summary: a visit, a business, a flag or an opportunity, with the
 * app page it opens ({@code link}), its day in the period and what it adds to the figure.
 */
public record MeasureRecord(String link, LocalDate day, String business, String detail) {
}
