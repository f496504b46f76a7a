package org.groundwork.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The JasperReports designs of the top-level {@code reports/} folder. The build compiles each {@code .jrxml} to a
 * {@code .jasper} next to it on the classpath ({@link #main}, run by the pom in process-classes), so the application
 * only loads them: compiling a design takes seconds, which the first request of each report used to pay (decision
 * 023). A design without a usable compiled form (a run from an IDE that skipped the Maven build, a form left by
 * another JasperReports version) is compiled here, with a warning.
 */
public final class ReportDesigns {

    /** Turns a design's source into a report: JasperReports' compiler, or a stand-in in tests. */
    @FunctionalInterface
    interface Compiler {
        JasperReport compile(InputStream source) throws JRException;
    }

    private static final Logger log = LoggerFactory.getLogger(ReportDesigns.class);
    private static final String SOURCE = ".jrxml";
    private static final String COMPILED = ".jasper";

    private final String folder;
    private final Compiler compiler;

    ReportDesigns() {
        this("reports/", JasperCompileManager::compileReport);
    }

    ReportDesigns(String folder, Compiler compiler) {
        this.folder = folder;
        this.compiler = compiler;
    }

    /** The design ready to fill: its compiled form, or compiled now when there is none. */
    JasperReport load(String design) {
        return compiled(design).orElseGet(() -> {
            log.warn("Report design {}{} has no compiled form on the classpath; compiling it now. Build with Maven "
                    + "to ship it compiled.", folder + design, SOURCE);
            return compile(design);
        });
    }

    /** The compiled form the build shipped, if there is one this JasperReports can read. */
    Optional<JasperReport> compiled(String design) {
        ClassPathResource resource = new ClassPathResource(folder + design + COMPILED);
        if (!resource.exists()) {
            return Optional.empty();
        }
        try (InputStream in = resource.getInputStream()) {
            return Optional.of((JasperReport) JRLoader.loadObject(in));
        } catch (IOException | JRException | ClassCastException e) {
            log.warn("Could not read the compiled report design {}{}", folder + design, COMPILED, e);
            return Optional.empty();
        }
    }

    /** The names (without extension) of every design in the folder. */
    List<String> names() {
        try {
            List<String> names = new ArrayList<>();
            for (Resource source : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + folder + "*" + SOURCE)) {
                String file = source.getFilename();
                if (file != null) {
                    names.add(file.substring(0, file.length() - SOURCE.length()));
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the report designs in " + folder, e);
        }
    }

    private JasperReport compile(String design) {
        ClassPathResource source = new ClassPathResource(folder + design + SOURCE);
        try (InputStream in = source.getInputStream()) {
            return compiler.compile(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Report design not found: " + folder + design + SOURCE, e);
        } catch (JRException e) {
            throw new IllegalStateException("Report design " + folder + design + SOURCE + " does not compile", e);
        }
    }

    /**
     * The build step: compiles every {@code .jrxml} of the folder {@code args[0]} into {@code args[1]}, skipping
     * those whose compiled form is newer than the source. A design that does not compile fails the build.
     */
    public static void main(String[] args) throws IOException, JRException {
        Path sources = Path.of(args[0]);
        Path target = Files.createDirectories(Path.of(args[1]));
        try (Stream<Path> files = Files.list(sources)) {
            for (Path source : files.filter(f -> f.getFileName().toString().endsWith(SOURCE)).sorted().toList()) {
                String name = source.getFileName().toString();
                Path compiled = target.resolve(name.substring(0, name.length() - SOURCE.length()) + COMPILED);
                if (!Files.exists(compiled) || Files.getLastModifiedTime(compiled)
                        .compareTo(Files.getLastModifiedTime(source)) < 0) {
                    JasperCompileManager.compileReportToFile(source.toString(), compiled.toString());
                }
            }
        }
    }
}
