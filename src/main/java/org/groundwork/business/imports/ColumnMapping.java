package org.groundwork.business.imports;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.groundwork.base.RuleViolationException;

/** Which file column goes into which business field; columns not in the map are left out. */
public record ColumnMapping(Map<Integer, ImportField> columns) {

    public ColumnMapping {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** Maps each header that looks like a known field; the first column wins when two look alike. */
    public static ColumnMapping guess(List<String> headers) {
        Map<Integer, ImportField> guessed = new LinkedHashMap<>();
        Set<ImportField> taken = EnumSet.noneOf(ImportField.class);
        for (int i = 0; i < headers.size(); i++) {
            int column = i;
            ImportField.guess(headers.get(i))
                    .filter(field -> field.acceptsSeveralColumns() || !taken.contains(field))
                    .ifPresent(field -> {
                        guessed.put(column, field);
                        taken.add(field);
                    });
        }
        return new ColumnMapping(guessed);
    }

    public ImportField fieldOf(int column) {
        return columns.get(column);
    }

    /** The one column mapped to a single-column field, or -1. */
    int columnOf(ImportField field) {
        return columns.entrySet().stream().filter(e -> e.getValue() == field).mapToInt(Map.Entry::getKey)
                .findFirst().orElse(-1);
    }

    /** A mapping the import can work with: a legal name, and no field fed by two columns unless it takes several. */
    void check() {
        if (columnOf(ImportField.LEGAL_NAME) < 0) {
            throw new RuleViolationException("mapping", "Choose the column that holds the legal name: every business needs one.");
        }
        for (ImportField field : ImportField.values()) {
            long count = columns.values().stream().filter(f -> f == field).count();
            if (count > 1 && !field.acceptsSeveralColumns()) {
                throw new RuleViolationException("mapping",
                        "Only one column can go into " + field.label() + ". Set the others to \"Don't import\".");
            }
        }
    }
}
