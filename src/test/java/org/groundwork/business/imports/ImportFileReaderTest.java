package org.groundwork.business.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.groundwork.base.RuleViolationException;
import org.junit.jupiter.api.Test;

/** Reading uploaded files: encodings, quoting, line numbers, spreadsheets and broken files. */
class ImportFileReaderTest {

    @Test
    void quotedCommasAndNewlinesStayInsideTheirValueAndLinesCountFromTheFile() {
        ImportTable table = ImportFileReader.read("a.csv", ImportFiles.csv(
                "business_legal_name,street_address,city",
                "\"Smith, Jones & Co\",\"12 Main St\nSuite 4\",Tacoma",
                "Harbor Bakery,1 Pier Rd,Seattle"));
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).values()).containsExactly("Smith, Jones & Co", "12 Main St\nSuite 4", "Tacoma");
        assertThat(table.rows().get(0).line()).isEqualTo(2);
        assertThat(table.rows().get(1).line()).isEqualTo(4);
    }

    @Test
    void aByteOrderMarkIsDroppedAndUtf8IsKept() {
        byte[] body = ImportFiles.csv("business_legal_name,age", "Café Ünal,1–5 years");
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        ImportTable table = ImportFileReader.read("bom.csv", withBom);
        assertThat(table.headers()).containsExactly("business_legal_name", "age");
        assertThat(table.rows().get(0).values()).containsExactly("Café Ünal", "1–5 years");
        assertThat(table.notice()).isNull();
    }

    @Test
    void aFileThatIsNotUtf8IsReadAsWindows1252AndTheUserIsTold() {
        byte[] latin = "business_legal_name\r\nCafé Ünal – Bistro\r\n".getBytes(Charset.forName("windows-1252"));
        ImportTable table = ImportFileReader.read("latin.csv", latin);
        assertThat(table.rows().get(0).values()).containsExactly("Café Ünal – Bistro");
        assertThat(table.notice()).contains("isn't UTF-8").contains("Windows-1252");
    }

    @Test
    void aUtf16FileIsRefusedWithWhatToDoInstead() {
        byte[] utf16 = "\uFEFFbusiness_legal_name\r\nHarbor Bakery\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> ImportFileReader.read("unicode.csv", utf16))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Save it as \"CSV UTF-8\"");
    }

    @Test
    void emptyAndHeaderOnlyFilesAreRefusedWithAPlainMessage() {
        assertThatThrownBy(() -> ImportFileReader.read("empty.csv", new byte[0]))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("The file is empty");
        assertThatThrownBy(() -> ImportFileReader.read("blank.csv", "\r\n\r\n".getBytes()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("no header line");
        assertThatThrownBy(() -> ImportFileReader.read("header.csv", ImportFiles.csv("business_legal_name,city")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("no businesses below it");
    }

    @Test
    void anUnclosedQuoteIsReportedNotGuessedAt() {
        assertThatThrownBy(() -> ImportFileReader.read("broken.csv",
                ImportFiles.csv("business_legal_name,city", "\"Harbor Bakery,Seattle")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("can't be read as CSV");
    }

    @Test
    void spreadsheetCellsAreReadAsTheyAreShownSoTextCodesKeepLeadingZeros() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Licences");
            XSSFRow header = sheet.createRow(0);
            List.of("business_legal_name", "naics_code", "city_account_number", "employees")
                    .forEach(h -> header.createCell(header.getPhysicalNumberOfCells()).setCellValue(h));
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("Harbor Bakery");
            row.createCell(1).setCellValue(311811);
            row.createCell(2).setCellValue("0007748490686809");
            row.createCell(3).setCellValue(12);
            workbook.write(out);
        }
        ImportTable table = ImportFileReader.read("licences.xlsx", out.toByteArray());
        assertThat(table.rows().get(0).values()).containsExactly("Harbor Bakery", "311811", "0007748490686809", "12");
        assertThat(table.rows().get(0).line()).isEqualTo(2);
    }

    @Test
    void aFileNamedXlsxThatIsNotAWorkbookIsRefused() {
        assertThatThrownBy(() -> ImportFileReader.read("fake.xlsx", ImportFiles.csv("business_legal_name", "A")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Excel workbook");
    }

    @Test
    void commonHeadersAreGuessedAndUnknownOnesLeftOut() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("Business Legal Name", "DBA", "Zip Code", "Phone Number",
                "Favourite colour", "Employees", "account_number"));
        assertThat(mapping.columns()).containsEntry(0, ImportField.LEGAL_NAME).containsEntry(1, ImportField.TRADE_NAME)
                .containsEntry(2, ImportField.POSTAL_CODE).containsEntry(3, ImportField.PHONE)
                .containsEntry(5, ImportField.EMPLOYEES).containsEntry(6, ImportField.EXTERNAL_ID)
                .doesNotContainKey(4);
    }
}
