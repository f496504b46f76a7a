package org.groundwork.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.groundwork.base.AuditAction;
import org.groundwork.base.AuditFilter;
import org.groundwork.base.AuditService;
import org.groundwork.base.ReportFormat;
import org.groundwork.security.Role;
import org.groundwork.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The report files carry the hand-computed figures of {@link ReportFixture}: PDF text, and XLSX read back. */
@SignedInAs(username = "files-director", roles = {Role.DIRECTOR, Role.ADMIN})
class ReportFilesTest extends ReportFixtureTestBase {

    @Autowired
    RetentionSummaryReport retentionSummary;
    @Autowired
    BusinessesAtRiskReport atRisk;
    @Autowired
    VisitActivityReport visitActivity;
    @Autowired
    JobsAndInvestmentReport jobs;
    @Autowired
    MacroIssuesReport issues;
    @Autowired
    ServiceStandardsReport standards;
    @Autowired
    ReportService reportService;
    @Autowired
    AuditService audit;

    @Test
    void retentionSummaryPdfStatesItsHeaderAndFigures() throws IOException {
        ReportFile file = retentionSummary.render(data.ownerFilter(Comparison.PREVIOUS_PERIOD), ReportFormat.PDF);

        assertThat(file.fileName()).startsWith("retention-and-expansion-summary-").endsWith(".pdf");
        String text = pdfText(file.content());
        assertThat(text).contains("Retention and expansion summary", "Period: Q2 2019 (1 Apr 2019 – 30 Jun 2019)",
                "Previous period: Q1 2019", "businesses owned by " + data.owner.getFullName(), "Data as of",
                "run by Test files-director (files-director)");
        // Cells come out of the PDF without separators: measure, unit, this period, compared with, change.
        assertThat(compact(text)).contains("Visitscompletedvisits413",
                "Capitalinvestment(wonopportunities)dollars450,0000450,000",
                "Keycompaniesvisited%ofkeycompanies66.733.333.4", "Averagesatisfactionof54.3331.33",
                "Flagsresolvedwithinstandard%ofresolvedflags50");
    }

    @Test
    void retentionSummaryPdfDrawsItsChartsFromTheReportFigures() throws IOException {
        String text = pdfText(retentionSummary.render(data.ownerFilter(Comparison.PREVIOUS_PERIOD), ReportFormat.PDF)
                .content());

        // The titles, legends and bar labels exist only inside the charts; the jobs chart labels its bars with
        // the figures of the table (14 created this period, 2 in the one before).
        assertThat(text).contains("Activity: this period against the comparison", "Jobs retained and created",
                "Satisfaction distribution (visits per score)", "This period", "Compared with");
        String jobsChart = compact(text.substring(text.indexOf("Jobs retained and created")));
        assertThat(jobsChart).contains("14", "20", "4of5");
    }

    @Test
    void retentionSummaryXlsxHoldsNumbersAndEveryRunIsAudited() throws IOException {
        long runsBefore = runs();
        ReportFile file = retentionSummary.render(data.ownerFilter(Comparison.PREVIOUS_PERIOD), ReportFormat.XLSX);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            assertThat(workbook.getAllPictures()).as("the three charts, as pictures").hasSize(3);
        }
        Map<String, Row> rows = rowsByFirstText(file.content());
        Row visits = rows.get("Visits completed");
        assertThat(numbers(visits)).containsExactly(4.0, 1.0, 3.0);
        assertThat(numbers(rows.get("Jobs created (won opportunities)"))).containsExactly(14.0, 2.0, 12.0);
        assertThat(numbers(rows.get("Visits rated 4 of 5"))).containsExactly(2.0, 0.0, 2.0);
        assertThat(runs()).isEqualTo(runsBefore + 1);
        assertThat(audit.find(new AuditFilter("files-director", AuditAction.EXPORT, ReportRuns.AUDIT_TYPE, null,
                null, null), PageRequest.of(0, 1)).getFirst().getDetails())
                .contains("Retention and expansion summary as XLSX", "Q2 2019");
    }

    @Test
    void atRiskActivityJobsAndIssuesFiles() throws IOException {
        ReportFilter filter = data.ownerFilter(Comparison.PREVIOUS_PERIOD);
        assertThat(compact(pdfText(atRisk.render(filter, ReportFormat.PDF).content())))
                .contains("Businessesatrisk", "Red", "Ownerretiringwithoutaplan60Callaboutthesuccessionplan2019-07-15",
                        "Yellow", "Hiringtrouble20");
        Map<String, Row> activity = rowsByFirstText(visitActivity.render(filter, ReportFormat.XLSX).content());
        assertThat(numbers(activity.get(ActivityRow.TOTAL))).containsExactly(4.0, 3.0, 5.0, 1.0);
        Map<String, Row> byKind = rowsByFirstText(jobs.render(filter, ReportFormat.XLSX).content());
        assertThat(numbers(byKind.get("Expansion"))).containsExactly(1.0, 1.0, 10.0, 8.0, 20.0, 500000.0, 450000.0);
        assertThat(pdfText(issues.render(filter, ReportFormat.PDF).content()))
                .contains("Broadband gap", "2 Manufacturing, 1 Retail trade");
        assertThat(pdfText(standards.render(filter, ReportFormat.PDF).content())).contains("Service standards",
                "Period: Q2 2019");
    }

    @Test
    void everyCatalogReportDrawsTheChartThatFitsIt() throws IOException {
        ReportFilter filter = data.ownerFilter(Comparison.PREVIOUS_PERIOD);

        String atRiskChart = chartText(atRisk.render(filter, ReportFormat.PDF), "Open flags by sector");
        assertThat(atRiskChart).contains("Red", "Yellow", "Manufacturing", "Retail trade");
        String staffChart = chartText(visitActivity.render(filter, ReportFormat.PDF),
                "Visits by staff member: this period against the comparison");
        assertThat(staffChart).contains(data.owner.getFullName(), "Visits by sector: this period against the comparison",
                "Manufacturing", "This period", "Compared with");
        String jobsChart = chartText(jobs.render(filter, ReportFormat.PDF), "Jobs projected against realized");
        assertThat(jobsChart).contains("Expansion", "Hiring", "Projected", "Realized", "Opportunities won and lost",
                "Won", "Lost");
        assertThat(chartText(standards.render(filter, ReportFormat.PDF), "On-time share per standard, everyone"))
                .contains("On time (%)");
        assertThat(chartText(issues.render(filter, ReportFormat.PDF), "Heat of the ten hottest issues"))
                .contains("Action-plan progress of the ten hottest issues", "Actions done", "Actions open");

        assertThat(pictures(atRisk.render(filter, ReportFormat.XLSX))).as("at risk").isEqualTo(1);
        assertThat(pictures(visitActivity.render(filter, ReportFormat.XLSX))).as("visit activity").isEqualTo(2);
        assertThat(pictures(jobs.render(filter, ReportFormat.XLSX))).as("jobs").isEqualTo(2);
        assertThat(pictures(standards.render(filter, ReportFormat.XLSX))).as("standards").isEqualTo(1);
        assertThat(pictures(issues.render(filter, ReportFormat.XLSX))).as("issues").isEqualTo(2);
    }

    @Test
    void theOpenFlagsChartCountsTheListedFlagsPerSector() {
        assertThat(reportService.atRiskBySector(data.ownerFilter(Comparison.NONE))).containsExactly(
                new SectorFlags("Manufacturing", 0, 1), new SectorFlags("Retail trade", 1, 0));
    }

    @Test
    void aPeriodWithNothingInItStillRendersEveryReportWithItsCharts() throws IOException {
        ReportFilter empty = new ReportFilter(Period.quarter(1990, 1), Comparison.PREVIOUS_PERIOD, null, null,
                data.owner.getId());
        for (InternalReport report : java.util.List.of(retentionSummary, atRisk, visitActivity, jobs, issues,
                standards)) {
            assertThat(pdfText(report.render(empty, ReportFormat.PDF).content())).as(report.title())
                    .contains(report.title(), "Period: Q1 1990");
            assertThat(report.render(empty, ReportFormat.XLSX).content()).as(report.title()).isNotEmpty();
        }
        assertThat(pdfText(atRisk.render(empty, ReportFormat.PDF).content())).contains("Open flags by sector");
    }

    /** The PDF's text from a chart's title on: the chart's labels, legend and the charts after it. */
    private static String chartText(ReportFile file, String title) throws IOException {
        String text = pdfText(file.content());
        assertThat(text).as("the chart titled " + title).contains(title);
        return text.substring(text.indexOf(title));
    }

    private static int pictures(ReportFile file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            return workbook.getAllPictures().size();
        }
    }

    private long runs() {
        return audit.count(new AuditFilter("files-director", AuditAction.EXPORT, ReportRuns.AUDIT_TYPE, null, null,
                null));
    }

    static String compact(String text) {
        return text.replaceAll("\\s", "");
    }

    static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString().replaceAll("[ \\t]+", " ");
    }

    /** Each row of the first sheet by the text of its first text cell. */
    static Map<String, Row> rowsByFirstText(byte[] xlsx) throws IOException {
        Map<String, Row> rows = new HashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
                        rows.putIfAbsent(cell.getStringCellValue(), row);
                        break;
                    }
                }
            }
        }
        return rows;
    }

    static java.util.List<Double> numbers(Row row) {
        java.util.List<Double> values = new java.util.ArrayList<>();
        row.forEach(cell -> {
            if (cell.getCellType() == CellType.NUMERIC) {
                values.add(cell.getNumericCellValue());
            }
        });
        return values;
    }
}
