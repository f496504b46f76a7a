package org.groundwork.business;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=SUM(A1:A9)|'=SUM(A1:A9)",
            "+1 206 555 0100|'+1 206 555 0100",
            "-2+3|'-2+3",
            "@cmd|'@cmd",
            "Acme – Tool & Die|Acme – Tool & Die",
            "98101|98101",
            "a=b|a=b"})
    void cellsAFormulaCouldStartWithAreQuoted(String value, String expected) {
        assertThat(SpreadsheetCells.safe(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"'\t=1+1'", "'\r=1+1'"})
    void tabsAndCarriageReturnsUpFrontAreQuotedToo(String value) {
        assertThat(SpreadsheetCells.safe(value)).isEqualTo("'" + value);
    }
}
