package org.groundwork.business.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.groundwork.business.Business;

/**
 * Copies one row's mapped values into a new {@link Business}. Problems a person can fix in the file (a year or
 * an employee count that isn't a number) are thrown as {@link IllegalArgumentException} with a plain reason; the
 * row is then rejected rather than imported with the value silently dropped.
 */
final class RowConverter {

    private RowConverter() {
    }

    static ImportPlan.Draft convert(ImportTable.Row row, List<String> headers, ColumnMapping mapping) {
        Business business = new Business();
        Integer employees = null;
        List<String> notes = new ArrayList<>();
        List<String> streetParts = new ArrayList<>();
        // In column order, so a house number comes before the street name it belongs to.
        for (Map.Entry<Integer, ImportField> entry : new TreeMap<>(mapping.columns()).entrySet()) {
            String value = row.value(entry.getKey()).trim();
            ImportField field = entry.getValue();
            if (value.isEmpty()) {
                continue;
            }
            switch (field) {
                case YEAR_ESTABLISHED -> business.setYearEstablished(whole(value, "Year established"));
                case EMPLOYEES -> employees = whole(value, "Employees");
                case NOTES -> notes.add(label(headers, entry.getKey()) + ": " + value);
                case STREET -> streetParts.add(value);
                default -> field.textSetter().orElseThrow().accept(business, value);
            }
        }
        if (!streetParts.isEmpty()) {
            business.getAddress().setStreet(String.join(" ", streetParts));
        }
        if (business.getLegalName() == null) {
            throw new IllegalArgumentException("The legal name is empty.");
        }
        if (employees != null && employees < 0) {
            throw new IllegalArgumentException("Employees can't be negative (found " + employees + ").");
        }
        if (!notes.isEmpty()) {
            business.setNotes(String.join("\n", notes));
        }
        return new ImportPlan.Draft(row.line(), business, employees, null);
    }

    /** "business_age_group" reads as "Business age group" in the notes. */
    private static String label(List<String> headers, int column) {
        String header = column < headers.size() ? headers.get(column).replace('_', ' ').trim() : "";
        return header.isEmpty() ? "Column " + (column + 1)
                : Character.toUpperCase(header.charAt(0)) + header.substring(1);
    }

    /** A whole number; thousands separators ("1,200") and a ".0" from a spreadsheet are accepted. */
    private static int whole(String value, String label) {
        String plain = value.replace(",", "").replace(" ", "").replaceFirst("\\.0+$", "");
        try {
            return Integer.parseInt(plain);
        } catch (NumberFormatException notNumber) {
            throw new IllegalArgumentException(label + " must be a whole number, not \"" + value + "\".");
        }
    }
}
