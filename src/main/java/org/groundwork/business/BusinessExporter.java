package org.groundwork.business;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.groundwork.base.AuditAction;
import org.groundwork.base.AuditService;
import org.groundwork.base.Roles;
import org.groundwork.security.StaffDirectory;
import org.groundwork.security.StaffMember;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports every business matching the grid's filter (not only the rows the grid has loaded) with its visible
 * columns, as CSV or XLSX. Rows are read a page at a time and streamed out, so memory stays flat at any size;
 * text cells are made safe against formula injection; each export is recorded in the audit trail.
 */
@Service
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class BusinessExporter {

    static final int PAGE = 500;

    private final BusinessPages pages;
    private final StaffDirectory staff;
    private final AuditService audit;
    private final EntityManager entityManager;

    /** Writes UTF-8 CSV (with a byte-order mark so Excel reads accents right); returns the number of rows. */
    public int exportCsv(BusinessGridState state, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                    .setHeader(state.columns().stream().map(BusinessColumn::label).toArray(String[]::new)).get());
            int rows = forEachPage(state, (business, owners) -> {
                for (BusinessColumn column : state.columns()) {
                    csv.print(SpreadsheetCells.safe(column.text(business, owners)));
                }
                csv.println();
            });
            csv.flush();
            recordExport(state, rows, "CSV");
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes an XLSX workbook with a streaming writer that keeps only a window of rows in memory. */
    public int exportXlsx(BusinessGridState state, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet("Businesses");
            Row header = sheet.createRow(0);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (int i = 0; i < state.columns().size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(state.columns().get(i).label());
                cell.setCellStyle(bold);
            }
            int[] next = {1};
            int rows = forEachPage(state, (business, owners) -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < state.columns().size(); i++) {
                    writeCell(row.createCell(i), state.columns().get(i), business, owners);
                }
            });
            workbook.write(out);
            recordExport(state, rows, "XLSX");
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeQuietly(workbook);
        }
    }

    private static void writeCell(Cell cell, BusinessColumn column, Business business, Function<Long, String> owners) {
        Integer employees = business.getFigures().getCurrentEmployees();
        if (column == BusinessColumn.EMPLOYEES && employees != null) {
            cell.setCellValue(employees);
            return;
        }
        String text = SpreadsheetCells.safe(column.text(business, owners));
        if (text != null) {
            cell.setCellValue(text);
        }
    }

    private int forEachPage(BusinessGridState state, RowWriter writer) throws IOException {
        Sort sort = state.sort();
        Map<Long, String> ownerNames = new HashMap<>();
        int written = 0;
        List<Business> page;
        do {
            page = pages.page(state.filter(), sort, written, PAGE);
            loadOwners(page, ownerNames);
            for (Business business : page) {
                writer.write(business, id -> ownerNames.getOrDefault(id, ""));
                written++;
            }
            // Done with these rows: let them go so a long export does not fill the persistence context.
            entityManager.clear();
        } while (page.size() == PAGE);
        return written;
    }

    private void loadOwners(List<Business> page, Map<Long, String> ownerNames) {
        List<Long> unknown = page.stream().map(Business::getOwnerId).filter(Objects::nonNull)
                .filter(id -> !ownerNames.containsKey(id)).distinct().toList();
        if (!unknown.isEmpty()) {
            staff.findAll(unknown).forEach(member -> ownerNames.put(member.id(), name(member)));
        }
    }

    private static String name(StaffMember member) {
        return member.fullName() == null || member.fullName().isBlank() ? member.username() : member.fullName();
    }

    private void recordExport(BusinessGridState state, int rows, String format) {
        audit.record(AuditAction.EXPORT, "Business", null, String.format("%s to %s; filter: %s",
                rows == 1 ? "1 business" : rows + " businesses", format, describe(state.filter())));
    }

    /** The filter in the audit trail's words: only the parts that are set. */
    static String describe(BusinessFilter filter) {
        StringJoiner parts = new StringJoiner(", ");
        addIfSet(parts, "text", filter.text());
        addIfSet(parts, "sector", filter.sector());
        addIfSet(parts, "tier", filter.tier());
        addIfSet(parts, "key company", filter.keyCompany());
        addIfSet(parts, "owner id", filter.ownerId());
        addIfSet(parts, "status", filter.status());
        addIfSet(parts, "tag", filter.tag());
        addIfSet(parts, "risk", filter.riskLevel());
        if (filter.archived()) {
            parts.add("archived");
        }
        return parts.length() == 0 ? "none" : parts.toString();
    }

    private static void addIfSet(StringJoiner parts, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            parts.add(name + " " + value);
        }
    }

    private static void closeQuietly(SXSSFWorkbook workbook) {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface RowWriter {
        void write(Business business, Function<Long, String> ownerNames) throws IOException;
    }
}
