package org.groundwork.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.JdbcTemplate;

/** Benchmark seeding: one multi-row INSERT per 1,000 rows, a round trip per batch rather than per row. */
public final class BulkInsert {

    private static final int BATCH = 1_000;

    private BulkInsert() {
    }

    /** Inserts {@code rows} rows: {@code head} is "insert into t (cols) values ", {@code tuple} one "(?, ...)". */
    public static void rows(JdbcTemplate jdbc, String head, String tuple, int rows, IntFunction<Object[]> row) {
        for (int start = 0; start < rows; start += BATCH) {
            int size = Math.min(BATCH, rows - start);
            List<Object> args = new ArrayList<>();
            for (int i = start; i < start + size; i++) {
                args.addAll(Arrays.asList(row.apply(i)));
            }
            jdbc.update(head + String.join(", ", Collections.nCopies(size, tuple)), args.toArray());
        }
    }
}
