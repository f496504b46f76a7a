package org.groundwork.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.groundwork.base.AuditAction;
import org.groundwork.base.AuditFilter;
import org.groundwork.base.AuditService;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.TestBusinesses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@GroundworkTest
class BusinessExporterTest {

    @Autowired
    BusinessExporter exporter;
    @Autowired
    BusinessService businesses;
    @Autowired
    TestBusinesses testBusinesses;
    @Autowired
    AuditService audit;
    @Autowired
    TestAccounts accounts;

    private final String tag = "Ex" + TestNames.letters(8);
    private UserAccount staff;

    @BeforeEach
    void signIn() {
        staff = accounts.signIn("export-staff", Role.STAFF);
    }

    @Test
    void csvHasTheVisibleColumnsAndEveryMatchingRowWithFormulasNeutralized() throws IOException {
        save(tag + " Alpha", "=HYPERLINK(\"http://evil\",\"click\")", "Seattle", 12);
        save(tag + " Beta", "+1 206 555 0100", "-Tacoma", null);
        save(tag + " Gamma", "@SUM(A1)", "Spokane", 3);
        BusinessGridState state = new BusinessGridState(BusinessFilter.byText(tag),
                List.of(BusinessColumn.LEGAL_NAME, BusinessColumn.TRADE_NAME, BusinessColumn.CITY,
                        BusinessColumn.EMPLOYEES, BusinessColumn.OWNER), BusinessColumn.LEGAL_NAME, false);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(exporter.exportCsv(state, out)).isEqualTo(3);

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new InputStreamReader(new ByteArrayInputStream(
                text.substring(1).getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)).getRecords();
        assertThat(rows.getFirst().values()).containsExactly("Legal name", "Trade name", "City", "Employees",
                "Owner");
        assertThat(rows.get(1).values()).containsExactly(tag + " Alpha", "'=HYPERLINK(\"http://evil\",\"click\")",
                "Seattle", "12", "Test export-staff");
        assertThat(rows.get(2).values()).containsExactly(tag + " Beta", "'+1 206 555 0100", "'-Tacoma", "",
                "Test export-staff");
        assertThat(rows.get(3).get(1)).isEqualTo("'@SUM(A1)");
    }

    @Test
    void xlsxExportsAllMatchingRowsPastOnePageInTheGridsSortOrder() throws IOException {
        int count = BusinessExporter.PAGE + 3;
        for (int i = 0; i < count; i++) {
            save(String.format("%s %04d", tag, i), i == 7 ? "=1+1" : null, null, i);
        }
        BusinessGridState state = new BusinessGridState(BusinessFilter.byText(tag),
                List.of(BusinessColumn.LEGAL_NAME, BusinessColumn.TRADE_NAME, BusinessColumn.EMPLOYEES),
                BusinessColumn.EMPLOYEES, true);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(exporter.exportXlsx(state, out)).isEqualTo(count);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(count);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Employees");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(String.format("%s %04d", tag,
                    count - 1));
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(count - 1);
            assertThat(sheet.getRow(count).getCell(2).getNumericCellValue()).isZero();
            int seven = count - 7;
            assertThat(sheet.getRow(seven).getCell(1).getStringCellValue()).isEqualTo("'=1+1");
            assertThat(sheet.getRow(seven).getCell(1).getCellType().name()).isEqualTo("STRING");
        }
    }

    @Test
    void anExportIsRecordedInTheAuditTrail() {
        save(tag + " Audited", null, null, null);
        exporter.exportCsv(new BusinessGridState(BusinessFilter.byText(tag), null, null, false),
                new ByteArrayOutputStream());
        accounts.signIn("export-auditor", Role.ADMIN);
        assertThat(audit.find(new AuditFilter("export-staff", AuditAction.EXPORT, null, tag, null, null),
                PageRequest.of(0, 5))).singleElement().satisfies(event ->
                assertThat(event.getDetails()).startsWith("1 business to CSV; filter: text " + tag));
    }

    @Test
    void partnersCannotExport() {
        accounts.signIn("export-partner", Role.STAKEHOLDER);
        assertThatThrownBy(() -> exporter.exportCsv(BusinessGridState.defaults(), new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void save(String legalName, String tradeName, String city, Integer employees) {
        Business saved = testBusinesses.named(legalName, business -> {
            business.setTradeName(tradeName);
            business.getAddress().setCity(city);
            business.setOwnerId(staff.getId());
        });
        if (employees != null) {
            businesses.recordEmployees(saved.getId(), LocalDate.of(2026, 1, 1), employees, "test");
        }
    }
}
