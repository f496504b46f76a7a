package org.groundwork.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders the JasperReports designs in the top-level {@code reports/} folder (on the classpath as
 * {@code reports/}) to PDF. Each design is compiled once, on first use, and cached. It sits in the shared kernel
 * because features render their own documents (a visit report) while the report module reads every feature.
 * Each rendering is timed as {@code groundwork.report.render}, tagged with the design.
 */
@Component
public class ReportRenderer {

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
        Timer.Sample sample = Timer.start(registry);
        try {
            JasperPrint print = JasperFillManager.fillReport(compiledDesign(design), new HashMap<>(parameters),
                    new RecordDataSource(rows));
            return JasperExportManager.exportReportToPdf(print);
        } catch (JRException e) {
            throw new IllegalStateException("Could not render report " + design, e);
        } finally {
            sample.stop(Timer.builder("groundwork.report.render").description("Time to fill and export a report")
                    .tag("design", design).register(registry));
        }
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
