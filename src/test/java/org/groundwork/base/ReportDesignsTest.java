package org.groundwork.base;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import net.sf.jasperreports.engine.JasperCompileManager;
import org.junit.jupiter.api.Test;

/** Report designs ship compiled: the application loads them and compiles nothing (decision 023). */
class ReportDesignsTest {

    @Test
    void everyDesignInTheReportsFolderLoadsFromItsCompiledFormWithoutCompiling() {
        ReportDesigns designs = new ReportDesigns("reports/", source -> {
            throw new AssertionError("a design was compiled at run time");
        });

        assertThat(designs.names()).contains("goal-drift", "users-and-access", "visit-report");
        for (String design : designs.names()) {
            assertThat(designs.compiled(design)).as(design).isPresent();
            assertThat(designs.load(design).getName()).isEqualTo(design);
        }
    }

    @Test
    void aDesignWithoutItsCompiledFormIsCompiledWhenLoaded() {
        AtomicInteger compiled = new AtomicInteger();
        ReportDesigns designs = new ReportDesigns("report-designs-test/", source -> {
            compiled.incrementAndGet();
            return JasperCompileManager.compileReport(source);
        });

        assertThat(designs.compiled("source-only")).isEmpty();
        assertThat(designs.load("source-only").getName()).isEqualTo("source-only");
        assertThat(compiled).hasValue(1);
    }

    @Test
    void theWarmUpRendersEveryDesignFromAMadeUpRowAndRecordsNoRendering() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        assertThat(new ReportRenderer(registry).warmUp()).isEmpty();
        assertThat(registry.find("groundwork.report.render").timer()).isNull();
    }
}
