package org.groundwork.business.imports;

import java.util.List;

/**
 * An uploaded file read into memory: its header, its data rows with the line each starts on, and a note for the
 * user about how it was read (for example the fallback encoding), or null.
 */
public record ImportTable(String fileName, List<String> headers, List<Row> rows, String notice) {

    /**
     * One data row; {@code line} is the file line it starts on (the header is line 1), for messages. A row the
     * file itself garbles (more or fewer values than the header) carries the {@code problem} and is rejected.
     */
    public record Row(int line, List<String> values, String problem) {

        public Row(int line, List<String> values) {
            this(line, values, null);
        }

        public String value(int column) {
            return column < values.size() ? values.get(column) : "";
        }
    }

    /** The first non-blank value of a column, to help the user recognise it in the mapping step. */
    public String sample(int column) {
        return rows.stream().map(row -> row.value(column)).filter(v -> v != null && !v.isBlank()).findFirst()
                .orElse("");
    }
}
