package org.groundwork.business.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.groundwork.base.RuleViolationException;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.Test;

/** Imports never misplace data: garbled rows, real-world headers, blank cells, staff notes, oversized files. */
@GroundworkTest
class ImportHardeningTest extends ImportTestBase {

    @Test
    void aRowWithAnUnquotedCommaIsRejectedWithItsLineNeverShifted() {
        ImportPlan plan = dryRun("licences-camel-case.csv");
        assertThat(plan.rejections()).extracting(ImportPlan.Rejection::line, ImportPlan.Rejection::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "9 values where the header has 8 — is there an "
                                + "unquoted comma? Put quotes around values that contain commas."),
                        org.assertj.core.groups.Tuple.tuple(4, "7 values where the header has 8 — is a value "
                                + "missing, or a line broken in two?"));
        // Other tests import the same addresses, so the good rows may be offered as look-alikes instead.
        List<ImportPlan.Draft> good = new java.util.ArrayList<>(plan.creates());
        plan.lookalikes().forEach(lookalike -> good.add(lookalike.draft()));
        assertThat(good).extracting(draft -> draft.business().getLegalName())
                .containsExactlyInAnyOrder("Harbor Rope Works " + tag, "Sound Sails, LLC " + tag);
    }

    @Test
    void camelCaseAndVariantHeadersAreRecognisedAndHouseNumberAndStreetMakeOneAddress() {
        ImportTable table = table("licences-camel-case.csv");
        ColumnMapping mapping = imports.guessMapping(table);
        assertThat(mapping.columns()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                0, ImportField.LEGAL_NAME, 1, ImportField.TRADE_NAME, 2, ImportField.EXTERNAL_ID,
                3, ImportField.STREET, 4, ImportField.STREET, 5, ImportField.POSTAL_CODE,
                6, ImportField.NAICS_CODE, 7, ImportField.EMPLOYEES));

        ImportPlan plan = imports.dryRun(table, mapping);
        imports.commit(plan, new ImportChoices(true, Set.of()), (done, total) -> { });
        assertThat(jdbc.queryForMap("select street, postal_code, naics_code, external_id, current_employees "
                + "from business where legal_name = ?", "Harbor Rope Works " + tag))
                .containsEntry("STREET", "1200 Harbor Way").containsEntry("POSTAL_CODE", "98101")
                .containsEntry("NAICS_CODE", "314994").containsEntry("EXTERNAL_ID", "L-1" + tag);
    }

    @Test
    void anUpdateNeverBlanksAValueAndAddsNotesAsADatedLineNamingTheFile() {
        commit("first-import.csv");
        jdbc.update("update business set notes = concat(notes, ?) where external_id = ?",
                "\nStaff: owner wants a visit in spring", "K-1" + tag);

        ImportPlan second = dryRun("second-import.csv");
        assertThat(second.updates()).hasSize(1);
        imports.commit(second, new ImportChoices(false, Set.of()), (done, total) -> { });
        imports.commit(dryRun("second-import.csv"), new ImportChoices(false, Set.of()), (done, total) -> { });

        var stored = jdbc.queryForMap("select phone, notes from business where external_id = ?", "K-1" + tag);
        assertThat(stored.get("PHONE")).isEqualTo("206-555-0101");
        assertThat((String) stored.get("NOTES")).startsWith("Notes: Staff note from the first import\n"
                        + "Staff: owner wants a visit in spring\n")
                .endsWith(" From the import of second-import.csv: Notes: Moved the kitchen to the back")
                .containsOnlyOnce("From the import of second-import.csv");
    }

    @Test
    void theRejectedRowsFileNeutralizesFormulasInTheHeaderToo() {
        String csv = RejectedRowsCsv.write(List.of("=HYPERLINK(\"http://x\")", "name"),
                List.of(new ImportPlan.Rejection(2, "bad", List.of("=1+1", "A"))));
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("line,reason,\"'=HYPERLINK(\"\"http://x\"\")\",name");
    }

    @Test
    void aWorkbookWithTooManyColumnsIsRefusedWithAPlainMessage() {
        assertThatThrownBy(() -> imports.read("wide.xlsx", workbook(1, XlsxBounds.MAX_COLUMNS + 1)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("201 columns");
        assertThat(imports.read("ok.xlsx", workbook(2, 3)).rows()).hasSize(1);
    }

    @Test
    void anUploadOverTheLimitIsRefusedBeforeItIsHeldInMemory() {
        long limit = imports.maxFileSize().toBytes();
        InputStream neverRead = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("a declared size over the limit must not be read");
            }
        };
        assertThatThrownBy(() -> imports.receive(limit + 1, neverRead)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("files can be up to");

        InputStream endless = new InputStream() {
            private long served;

            @Override
            public int read() {
                served++;
                if (served > limit + 1) {
                    throw new AssertionError("read past the limit");
                }
                return 'x';
            }
        };
        assertThatThrownBy(() -> imports.receive(-1, endless)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("more than");
        assertThat(imports.receive(-1, new ByteArrayInputStream(new byte[] {1, 2}))).hasSize(2);
    }

    /** Creates look-alikes too: another test's business may share the file's phone number. */
    private void commit(String file) {
        ImportPlan plan = dryRun(file);
        Set<Integer> lookalikes = plan.lookalikes().stream().map(ImportPlan.Lookalike::line)
                .collect(java.util.stream.Collectors.toSet());
        imports.commit(plan, new ImportChoices(false, lookalikes), (done, total) -> { });
    }

    private ImportPlan dryRun(String file) {
        ImportTable table = table(file);
        return imports.dryRun(table, imports.guessMapping(table));
    }

    /** A test file from src/test/resources/imports, with TAG replaced so no other test's rows match. */
    private ImportTable table(String file) {
        try (InputStream in = getClass().getResourceAsStream("/imports/" + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("TAG", tag);
            return imports.read(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] workbook(int rows, int columns) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < columns; c++) {
                    row.createCell(c).setCellValue(r == 0 ? (c == 0 ? "legal_name" : "col" + c) : "v" + c);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
