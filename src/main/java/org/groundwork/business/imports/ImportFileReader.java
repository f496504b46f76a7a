package org.groundwork.business.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.groundwork.base.RuleViolationException;

/**
 * Reads an uploaded CSV (Commons CSV) or XLSX (POI) file into an {@link ImportTable}. Every value stays text, so
 * codes and account numbers keep their leading zeros. CSV is read as UTF-8 (with or without a byte order mark);
 * a file that is not valid UTF-8 is read as Windows-1252, the usual spreadsheet export on Windows, and the user
 * is told so.
 */
final class ImportFileReader {

    static final String WINDOWS_1252_NOTICE = "This file isn't UTF-8, so it was read as Windows-1252 (Western "
            + "European). Check that names with accents look right below before you import.";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ImportFileReader() {
    }

    static ImportTable read(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new RuleViolationException("file", "The file is empty. Choose a file with a header line and at least one business.");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        ImportTable table = name.endsWith(".xlsx") ? readXlsx(fileName, content) : readCsv(fileName, content);
        if (table.headers().stream().allMatch(String::isBlank)) {
            throw new RuleViolationException("file", "The file has no header line. The first line must name the columns.");
        }
        if (table.rows().isEmpty()) {
            throw new RuleViolationException("file", "The file has a header line but no businesses below it.");
        }
        return table;
    }

    private static ImportTable readCsv(String fileName, byte[] content) {
        if (content.length >= 2 && (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE
                || content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)) {
            throw new RuleViolationException("file", "This file is saved as UTF-16 (\"Unicode text\"). Save it as "
                    + "\"CSV UTF-8\" and upload it again.");
        }
        String notice = null;
        String text;
        try {
            text = decode(content, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            text = new String(content, WINDOWS_1252);
            notice = WINDOWS_1252_NOTICE;
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            List<String> headers = null;
            List<ImportTable.Row> rows = new ArrayList<>();
            long nextLine = 1;
            for (CSVRecord record : parser) {
                List<String> values = record.toList();
                if (headers == null) {
                    headers = values.stream().map(String::trim).toList();
                } else if (!values.stream().allMatch(String::isBlank)) {
                    rows.add(new ImportTable.Row((int) nextLine, values, fieldCountProblem(values, headers)));
                }
                // A quoted value may span lines: the next record starts after the line this one ended on.
                nextLine = parser.getCurrentLineNumber() + 1;
            }
            return new ImportTable(fileName, headers == null ? List.of() : headers, rows, notice);
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException broken) {
            throw new RuleViolationException("file", "This file can't be read as CSV: " + broken.getMessage());
        }
    }

    /**
     * Every value after a stray comma would land one column to the right (a licence file's "ALTER G, INC." puts
     * the street into the city), so such a row is rejected, never shifted.
     */
    private static String fieldCountProblem(List<String> values, List<String> headers) {
        if (values.size() > headers.size()) {
            return values.size() + " values where the header has " + headers.size()
                    + " — is there an unquoted comma? Put quotes around values that contain commas.";
        }
        if (values.size() < headers.size()) {
            return values.size() + " values where the header has " + headers.size()
                    + " — is a value missing, or a line broken in two?";
        }
        return null;
    }

    /** Decodes strictly, so a byte sequence that isn't UTF-8 is noticed instead of turning into "�". */
    private static String decode(byte[] content, Charset charset) throws CharacterCodingException {
        int start = startsWithBom(content) ? UTF8_BOM.length : 0;
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
    }

    private static boolean startsWithBom(byte[] content) {
        return content.length >= 3 && content[0] == UTF8_BOM[0] && content[1] == UTF8_BOM[1]
                && content[2] == UTF8_BOM[2];
    }

    private static ImportTable readXlsx(String fileName, byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            XlsxBounds.check(sheet);
            DataFormatter formatter = new DataFormatter();
            List<String> headers = null;
            List<ImportTable.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                int width = headers == null ? Math.max(row.getLastCellNum(), 0) : headers.size();
                for (int c = 0; c < width; c++) {
                    Cell cell = row.getCell(c);
                    values.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                if (headers == null) {
                    headers = values.stream().map(String::trim).toList();
                } else if (!values.stream().allMatch(String::isBlank)) {
                    rows.add(new ImportTable.Row(row.getRowNum() + 1, values));
                }
            }
            return new ImportTable(fileName, headers == null ? List.of() : headers, rows, null);
        } catch (RuleViolationException tooLarge) {
            throw tooLarge;
        } catch (IOException | RuntimeException broken) {
            throw new RuleViolationException("file", "This file can't be read as an Excel workbook (.xlsx). "
                    + "Save it again as .xlsx or as CSV (UTF-8).");
        }
    }
}
