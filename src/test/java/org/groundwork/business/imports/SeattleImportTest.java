package org.groundwork.business.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.groundwork.business.GlobalSearchService;
import org.groundwork.business.SearchHit;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The real Seattle licence list imports completely and correctly with the guessed mapping, and a second import
 * of the same file updates instead of duplicating. The rows are removed afterwards so other tests see none.
 */
@GroundworkTest
class SeattleImportTest extends ImportTestBase {

    private static final String ADMIN = "seattle-import-admin";

    @Autowired
    GlobalSearchService search;

    SeattleImportTest() {
        super(ADMIN);
    }

    @AfterEach
    void removeImportedRows() {
        removeImportedBusinesses();
    }

    @Test
    void theSeattleLicenceListImportsCompletelyWithCodesAsTextAndNonAsciiIntact() {
        ImportTable table = imports.read("seattle-active-business-licenses.csv", ImportFiles.seattle());
        assertThat(table.rows()).hasSize(12_897);
        assertThat(table.notice()).isNull();

        ColumnMapping mapping = imports.guessMapping(table);
        assertThat(mapping.columns()).containsAllEntriesOf(Map.of(0, ImportField.LEGAL_NAME, 1, ImportField.TRADE_NAME,
                2, ImportField.OWNERSHIP_TYPE, 3, ImportField.NAICS_CODE, 7, ImportField.YEAR_ESTABLISHED,
                9, ImportField.NOTES, 11, ImportField.STREET, 12, ImportField.CITY, 13, ImportField.REGION));
        assertThat(mapping.columns()).containsAllEntriesOf(Map.of(14, ImportField.POSTAL_CODE,
                16, ImportField.EXTERNAL_ID, 17, ImportField.STATE_BUSINESS_ID));

        ImportPlan plan = imports.dryRun(table, mapping);
        assertThat(plan.rejections()).isEmpty();
        assertThat(plan.duplicates()).isEmpty();
        // Businesses other tests left behind may look like a Seattle row; the user chooses to create those too.
        assertThat(plan.creates().size() + plan.lookalikes().size()).isEqualTo(12_897);
        Set<Integer> createAnyway = plan.lookalikes().stream().map(ImportPlan.Lookalike::line)
                .collect(java.util.stream.Collectors.toSet());
        ImportResult result = imports.commit(plan, new ImportChoices(false, createAnyway), (done, total) -> { });
        assertThat(result.created()).isEqualTo(12_897);
        assertThat(jdbc.queryForObject("select count(*) from business where created_by = ?", Long.class, ADMIN))
                .isEqualTo(12_897);

        Map<String, Object> rasul = row("0007748490686809");
        assertThat(rasul).containsEntry("LEGAL_NAME", "ABDURAKHMANOV RASUL").containsEntry("TRADE_NAME",
                "RASUL  ABDURAKHMANOV").containsEntry("NAICS_CODE", "485320").containsEntry("STREET",
                "706 UNION ST # 409").containsEntry("POSTAL_CODE", "98101").containsEntry("SECTOR",
                "TRANSPORTATION").containsEntry("YEAR_ESTABLISHED", 2014)
                .containsEntry("NOTES", "Business age group: 11–20 years");
        assertThat(row("0008356270750132")).containsEntry("LEGAL_NAME", "0982563 BC LTD")
                .containsEntry("CITY", "VICTORIA").containsEntry("REGION", "BC").containsEntry("POSTAL_CODE", "V8V 2")
                .containsEntry("STATE_BUSINESS_ID", "6040774240010001");

        assertThat(search.search("Phenomenal Phil", 5)).extracting(SearchHit::title, SearchHit::businessId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PHENOMENAL PHILLIE", jdbc.queryForObject(
                        "select id from business where external_id = '0008621920778133'", Long.class)));
        assertThat(jdbc.queryForObject("select address_key from business where external_id = ?", String.class,
                "0007748490686809")).isEqualTo("706 union st 409|98101");

        ImportPlan again = imports.dryRun(table, mapping);
        assertThat(again.updates()).hasSize(result.created());
        assertThat(again.creates()).isEmpty();
    }

    private Map<String, Object> row(String accountNumber) {
        Map<String, Object> row = jdbc.queryForMap("select legal_name, trade_name, naics_code, sector, street, city, "
                + "region, postal_code, year_established, notes, state_business_id from business where external_id = ?",
                accountNumber);
        Map<String, Object> upper = new java.util.HashMap<>();
        row.forEach((key, value) -> upper.put(key.toUpperCase(java.util.Locale.ROOT), value));
        return upper;
    }
}
