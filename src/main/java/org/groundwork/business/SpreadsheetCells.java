package org.groundwork.business;

/**
 * Neutralizes spreadsheet formula injection (OWASP "CSV injection"): a text cell that a spreadsheet would run as a
 * formula or that could hide one (=, +, -, @, tab, carriage return first) gets a leading single quote, so Excel,
 * LibreOffice and Google Sheets show the text instead of evaluating it.
 */
final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return risky ? "'" + value : value;
    }
}
