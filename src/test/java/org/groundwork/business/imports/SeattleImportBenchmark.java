package org.groundwork.business.imports;

import java.util.Set;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.Stopwatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Seattle licence list end to end as the wizard runs it: read, guess the columns, dry run, commit. Three
 * fresh imports (the rows are removed between runs, outside the timing), then a re-import that matches every row.
 */
@Tag("benchmark")
@GroundworkTest
class SeattleImportBenchmark extends ImportTestBase {

    SeattleImportBenchmark() {
        super("seattle-benchmark-admin");
    }

    @AfterEach
    void cleanUp() {
        removeImportedBusinesses();
    }

    @Test
    void seattleImportEndToEnd() {
        byte[] file = ImportFiles.seattle();
        Stopwatch.section("Seattle import (12,897 rows)");
        Stopwatch.measure("Read, guess columns and dry run", 1, 3, () -> plan(file));
        for (int run = 1; run <= 3; run++) {
            Stopwatch.measure("End to end, new businesses (run " + run + ")", 0, 1,
                    () -> imports.commit(plan(file), new ImportChoices(false, Set.of()), (done, total) -> { }));
            if (run < 3) {
                removeImportedBusinesses();
            }
        }
        Stopwatch.measure("End to end, re-import matching every row", 0, 1,
                () -> imports.commit(plan(file), new ImportChoices(false, Set.of()), (done, total) -> { }));
    }

    private ImportPlan plan(byte[] file) {
        ImportTable table = imports.read("seattle-active-business-licenses.csv", file);
        return imports.dryRun(table, imports.guessMapping(table));
    }
}
