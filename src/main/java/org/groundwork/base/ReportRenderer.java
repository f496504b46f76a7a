package org.groundwork.base;

import java.io.ByteArrayOutputStream;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders the JasperReports designs in the top-level {@code reports/} folder (on the classpath as
 * {@code reports/}) to PDF or XLSX. The designs ship compiled ({@link ReportDesigns}); once the application is ready,
 * a background thread loads each and renders it once from a made-up row, so the first real report of a design
 * pays neither the loading nor the start of the fonts, charts and exporters (decision 023). It sits in the shared
 * kernel because features render their own documents (a visit report) while the report module reads every feature.
 * Each rendering is timed as {@code groundwork.report.render}, tagged with the design.
 */
@Component
@RequiredArgsConstructor
public class ReportRenderer {

    private static final Logger log = LoggerFactory.getLogger(ReportRenderer.class);
    private static final int PAGES_IN_MEMORY = 20;
    private static final String XLS_EXCLUDE = "net.sf.jasperreports.export.xls.exclude.origin.";

    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();
    private final ReportDesigns designs = new ReportDesigns();
    private final MeterRegistry registry;

    /**
     * @param design     file name without extension, e.g. {@code users-and-access}
     * @param parameters values for the design's {@code $P{...}} parameters
     * @param rows       records (or beans) for the detail band; fields are read by name
     */
    public byte[] renderPdf(String design, Map<String, Object> parameters, Collection<?> rows) {
        return render(design, parameters, rows.iterator(), ReportFormat.PDF);
    }

    /**
     * Fills the design from rows that may come straight off a database cursor and exports it. Filled pages go
     * to a swap file past {@value #PAGES_IN_MEMORY} pages, so a long report needs little heap. A spreadsheet is
     * filled in pages too (one unpaginated page of thousands of rows makes the exporter lay out a grid of every
     * cell at once); its exporter writes the column and page headers of the first page only and no page footers,
     * so the sheet still reads as one table.
     */
    public byte[] render(String design, Map<String, Object> parameters, Iterator<?> rows, ReportFormat format) {
        Timer.Sample sample = Timer.start(registry);
        try {
            return produce(design, parameters, new RecordDataSource(rows), format);
        } finally {
            sample.stop(Timer.builder("groundwork.report.render").description("Time to fill and export a report")
                    .tag("design", design).register(registry));
        }
    }

    /**
     * Off the start path (readiness does not wait for it): loads every design and renders each once to PDF, one
     * also to XLSX. A design that cannot render from a made-up row is simply left to its first real use.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUpInBackground() {
        Thread.ofPlatform().name("report-warm-up").daemon().start(this::warmUp);
    }

    /** Renders every design once from a made-up row; returns the designs that could not be rendered so. */
    List<String> warmUp() {
        List<String> notWarmed = new ArrayList<>();
        boolean spreadsheetWarmed = false;
        for (String design : designs.names()) {
            try {
                produce(design, Map.of(), new SampleRow(), ReportFormat.PDF);
                if (!spreadsheetWarmed) {
                    produce(design, Map.of(), new SampleRow(), ReportFormat.XLSX);
                    spreadsheetWarmed = true;
                }
            } catch (RuntimeException e) {
                log.debug("Report design {} was not warmed up", design, e);
                notWarmed.add(design);
            }
        }
        return notWarmed;
    }

    private byte[] produce(String design, Map<String, Object> parameters, JRDataSource rows, ReportFormat format) {
        JRSwapFile swap = new JRSwapFile(System.getProperty("java.io.tmpdir"), 4096, 256);
        JRSwapFileVirtualizer virtualizer = new JRSwapFileVirtualizer(PAGES_IN_MEMORY, swap, true);
        try {
            Map<String, Object> all = new HashMap<>(parameters);
            all.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            JasperPrint print = JasperFillManager.fillReport(compiledDesign(design), all, rows);
            virtualizer.setReadOnly(true);
            return format == ReportFormat.PDF ? JasperExportManager.exportReportToPdf(print) : xlsx(print);
        } catch (JRException e) {
            throw new IllegalStateException("Could not render report " + design, e);
        } finally {
            virtualizer.cleanup();
        }
    }

    private static byte[] xlsx(JasperPrint print) throws JRException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        print.setProperty(XLS_EXCLUDE + "keep.first.band.1", "columnHeader");
        print.setProperty(XLS_EXCLUDE + "keep.first.band.2", "pageHeader");
        print.setProperty(XLS_EXCLUDE + "band.3", "pageFooter");
        print.setProperty(XLS_EXCLUDE + "band.4", "lastPageFooter");
        JRXlsxExporter exporter = new JRXlsxExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
        configuration.setDetectCellType(true);
        configuration.setRemoveEmptySpaceBetweenRows(true);
        configuration.setRemoveEmptySpaceBetweenColumns(true);
        configuration.setWhitePageBackground(false);
        exporter.setConfiguration(configuration);
        exporter.exportReport();
        return out.toByteArray();
    }

    JasperReport compiledDesign(String design) {
        return compiled.computeIfAbsent(design, designs::load);
    }
}
