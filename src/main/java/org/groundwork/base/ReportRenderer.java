package org.groundwork.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
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
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders the JasperReports designs in the top-level {@code reports/} folder (on the classpath as
 * {@code reports/}) to PDF or XLSX. Each design is compiled once, on first use, and cached. It sits in the shared kernel
 * because features render their own documents (a visit report) while the report module reads every feature.
 * Each rendering is timed as {@code groundwork.report.render}, tagged with the design.
 */
@Component
public class ReportRenderer {

    private static final int PAGES_IN_MEMORY = 20;
    private static final String XLS_EXCLUDE = "net.sf.jasperreports.export.xls.exclude.origin.";

    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();
    private final MeterRegistry registry;

    public ReportRenderer(MeterRegistry registry) {
        this.registry = registry;
    }

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
        JRSwapFile swap = new JRSwapFile(System.getProperty("java.io.tmpdir"), 4096, 256);
        JRSwapFileVirtualizer virtualizer = new JRSwapFileVirtualizer(PAGES_IN_MEMORY, swap, true);
        Timer.Sample sample = Timer.start(registry);
        try {
            Map<String, Object> all = new HashMap<>(parameters);
            all.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            JasperPrint print = JasperFillManager.fillReport(compiledDesign(design), all,
                    new RecordDataSource(rows));
            virtualizer.setReadOnly(true);
            return format == ReportFormat.PDF ? JasperExportManager.exportReportToPdf(print) : xlsx(print);
        } catch (JRException e) {
            throw new IllegalStateException("Could not render report " + design, e);
        } finally {
            virtualizer.cleanup();
            sample.stop(Timer.builder("groundwork.report.render").description("Time to fill and export a report")
                    .tag("design", design).register(registry));
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
        return compiled.computeIfAbsent(design, ReportRenderer::compile);
    }

    private static JasperReport compile(String design) {
        ClassPathResource source = new ClassPathResource("reports/" + design + ".jrxml");
        try (InputStream in = source.getInputStream()) {
            return JasperCompileManager.compileReport(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Report design not found: reports/" + design + ".jrxml", e);
        } catch (JRException e) {
            throw new IllegalStateException("Report design reports/" + design + ".jrxml does not compile", e);
        }
    }
}
