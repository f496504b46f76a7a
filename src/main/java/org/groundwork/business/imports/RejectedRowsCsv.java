package org.groundwork.business.imports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rejected rows as a CSV file the user can fix and upload again: the line number and the reason first, then
 * the row as it was. Values that a spreadsheet would run as a formula, header names included, get a leading
 * apostrophe.
 */
final class RejectedRowsCsv {

    private RejectedRowsCsv() {
    }

    static String write(List<String> headers, List<ImportPlan.Rejection> rejections) {
        StringWriter out = new StringWriter();
        List<String> header = new ArrayList<>(List.of("line", "reason"));
        headers.stream().map(RejectedRowsCsv::neutralize).forEach(header::add);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (ImportPlan.Rejection rejection : rejections) {
                List<String> record = new ArrayList<>(List.of(String.valueOf(rejection.line()), rejection.reason()));
                rejection.values().stream().map(RejectedRowsCsv::neutralize).forEach(record::add);
                printer.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String neutralize(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
