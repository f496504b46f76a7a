package org.groundwork.business.imports;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.groundwork.base.RuleViolationException;

/**
 * Limits for a workbook's first sheet, checked before its cells are copied: a small .xlsx can declare a million
 * rows or sixteen thousand columns, and every copied cell costs memory.
 */
final class XlsxBounds {

    static final int MAX_ROWS = 200_000;
    static final int MAX_COLUMNS = 200;
    static final long MAX_CELLS = 5_000_000;

    private XlsxBounds() {
    }

    static void check(Sheet sheet) {
        int rows = sheet.getLastRowNum() + 1;
        if (rows > MAX_ROWS) {
            throw new RuleViolationException("file", "The sheet has " + rows + " rows; an import takes up to "
                    + MAX_ROWS + ". Split it into smaller files.");
        }
        long cells = 0;
        for (Row row : sheet) {
            int columns = Math.max(row.getLastCellNum(), 0);
            if (columns > MAX_COLUMNS) {
                throw new RuleViolationException("file", "Line " + (row.getRowNum() + 1) + " has " + columns
                        + " columns; an import takes up to " + MAX_COLUMNS + ". Delete the columns you don't need.");
            }
            cells += columns;
            if (cells > MAX_CELLS) {
                throw new RuleViolationException("file", "The sheet has more than " + MAX_CELLS + " cells. Split it "
                        + "into smaller files or delete the columns you don't need.");
            }
        }
    }
}
