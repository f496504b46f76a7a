package org.groundwork.business.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.groundwork.base.RuleViolationException;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessFilter;
import org.groundwork.business.BusinessService;
import org.groundwork.business.EmployeeCount;
import org.groundwork.security.Role;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Dry run and commit of small files against the real database: classification, choices, rollback, history. */
@GroundworkTest
class BusinessImportServiceTest extends ImportTestBase {

    private static final String HEADER = "business_legal_name,trade_name,street_address,city,zip_5,phone,"
            + "city_account_number,employees";

    @Autowired
    BusinessService businesses;

    @Test
    void aCleanFileIsCreatedWithItsEmployeeCountsInTheHistory() {
        ImportPlan plan = dryRun(row("Alder Tool " + tag, "Alder", "1 Elm St", "0001" + tag, "25"),
                row("Birch Bakery " + tag, "", "2 Oak St", "0002" + tag, ""));
        assertThat(plan.creates()).hasSize(2);
        ImportResult result = imports.commit(plan, new ImportChoices(false, Set.of()), (done, total) -> { });
        assertThat(result.created()).isEqualTo(2);
        Business alder = find("Alder Tool " + tag);
        assertThat(alder.getExternalId()).isEqualTo("0001" + tag);
        assertThat(alder.getFigures().getCurrentEmployees()).isEqualTo(25);
        assertThat(businesses.employeeHistory(alder.getId())).extracting(EmployeeCount::getEmployees)
                .containsExactly(25);
        assertThat(find("Birch Bakery " + tag).getFigures().getCurrentEmployees()).isNull();
        assertThat(auditCount("IMPORT", fileName() + ": 2 created, 0 updated, 0 duplicate rows skipped, "
                + "0 look-alikes skipped, 0 rejected rows left out")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'CREATE' and entity_id = ? "
                + "and entity_type = 'Business'", String.class, alder.getId()))
                .isEqualTo("Import of " + fileName() + ", line 2");
    }

    @Test
    void rowsMatchingAnExistingBusinessUpdateItAndLookAlikesWaitForTheUsersChoice() {
        Business byId = saved("Cedar Works " + tag, "9 Pine St", "0003" + tag, null);
        Business byAddress = saved("Dogwood Dental " + tag, "4 Ash Ave", null, null);
        saved("Elm Electric " + tag, "7 Fir St", null, "(206) 555-" + tag.substring(0, 4).replaceAll("\\D", "1"));
        String elmPhone = "206.555." + tag.substring(0, 4).replaceAll("\\D", "1");
        ImportPlan plan = dryRun(row("Cedar Works Renamed " + tag, "", "9 Pine St", "0003" + tag, "40"),
                row("\"Dogwood Dental, LLC " + tag + "\"", "", "4 Ash Ave.", "", "7"),
                rowWithPhone("Elm Electrical Contractors " + tag, elmPhone),
                rowWithPhone("Elm Two " + tag, elmPhone));
        assertThat(plan.updates()).extracting(ImportPlan.Draft::existingId)
                .containsExactly(byId.getId(), byAddress.getId());
        assertThat(plan.lookalikes()).extracting(ImportPlan.Lookalike::line).containsExactly(4, 5);
        assertThat(plan.lookalikes().get(0).reason()).startsWith("Same phone as Elm Electric");

        ImportResult result = imports.commit(plan, new ImportChoices(false, Set.of(4)), (done, total) -> { });
        assertThat(result.updated()).isEqualTo(2);
        assertThat(result.created()).isEqualTo(1);
        assertThat(result.lookalikesSkipped()).isEqualTo(1);
        Business cedar = businesses.get(byId.getId());
        assertThat(cedar.getLegalName()).isEqualTo("Cedar Works Renamed " + tag);
        assertThat(cedar.getFigures().getCurrentEmployees()).isEqualTo(40);
        Business dogwood = businesses.get(byAddress.getId());
        assertThat(dogwood.getAddress().getStreet()).isEqualTo("4 Ash Ave.");
        assertThat(dogwood.getLegalName()).isEqualTo("Dogwood Dental, LLC " + tag);
        assertThat(dogwood.getFigures().getCurrentEmployees()).isEqualTo(7);
        assertThat(count("Elm Electrical Contractors " + tag)).isEqualTo(1);
        assertThat(count("Elm Two " + tag)).isZero();
    }

    @Test
    void duplicateRowsInsideTheFileAreSkippedWithTheLineTheyRepeat() {
        ImportPlan plan = dryRun(row("Fir Farms " + tag, "", "3 Lake Rd", "0005" + tag, "2"),
                row("FIR FARMS " + tag, "", "3  Lake Rd", "0005" + tag, "2"),
                row("Fir Farms Again " + tag, "", "8 Lake Rd", "0005" + tag, "2"));
        assertThat(plan.creates()).hasSize(1);
        assertThat(plan.duplicates()).extracting(ImportPlan.Duplicate::line, ImportPlan.Duplicate::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "Same as line 2"),
                        org.assertj.core.groups.Tuple.tuple(4, "Same external id as line 2"));
    }

    @Test
    void badRowsAreRejectedWithLineAndReasonAndTheGoodOnesImportOnlyWhenChosen() {
        ImportPlan plan = dryRun(row("Ginkgo Games " + tag, "", "5 Bay St", "", "about 20"),
                row("", "Nameless", "6 Bay St", "", ""),
                row("Hemlock Hats " + tag, "", "7 Bay St", "", "12"));
        assertThat(plan.rejections()).extracting(ImportPlan.Rejection::line, ImportPlan.Rejection::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "Employees must be a whole number, not \"about 20\"."),
                        org.assertj.core.groups.Tuple.tuple(3, "The legal name is empty."));
        assertThat(imports.rejectedRowsCsv(plan)).startsWith("line,reason,business_legal_name")
                .contains("2,\"Employees must be a whole number, not \"\"about 20\"\".\",Ginkgo Games");

        assertThatThrownBy(() -> imports.commit(plan, new ImportChoices(false, Set.of()), (d, t) -> { }))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("2 rows can't be imported");
        assertThat(count("Hemlock Hats " + tag)).isZero();

        ImportResult result = imports.commit(plan, new ImportChoices(true, Set.of()), (d, t) -> { });
        assertThat(result.created()).isEqualTo(1);
        assertThat(result.rejectedLeftOut()).isEqualTo(2);
        assertThat(count("Hemlock Hats " + tag)).isEqualTo(1);
    }

    @Test
    void invalidValuesAreRejectedWithTheFieldsOwnMessage() {
        ImportTable table = imports.read("codes.csv", ImportFiles.csv("business_legal_name,naics_code,zip_5",
                "Ivy Inks " + tag + ",ABC,V8V 2", "Ivy Two " + tag + ",311811,V8V 2"));
        ImportPlan plan = imports.dryRun(table, imports.guessMapping(table));
        assertThat(plan.creates()).extracting(d -> d.business().getAddress().getPostalCode()).containsExactly("V8V 2");
        assertThat(plan.rejections()).extracting(ImportPlan.Rejection::reason)
                .containsExactly("A NAICS code has 2 to 6 digits.");
    }

    @Test
    void aFailureMidCommitRollsBackEveryRow() {
        String[] rows = new String[1201];
        rows[0] = HEADER;
        for (int i = 1; i <= 1200; i++) {
            rows[i] = "Juniper " + i + " " + tag + ",,1 Rollback Way,Seattle,98101,,R" + i + tag + ",3";
        }
        ImportTable table = imports.read(fileName(), ImportFiles.csv(rows));
        ImportPlan plan = imports.dryRun(table, imports.guessMapping(table));
        assertThat(plan.creates()).hasSize(1200);
        assertThatThrownBy(() -> imports.commit(plan, new ImportChoices(false, Set.of()), (done, total) -> {
            throw new IllegalStateException("disk full after " + done);
        })).hasMessageContaining("disk full after 1000");
        assertThat(jdbc.queryForObject("select count(*) from business where legal_name like ?", Long.class,
                "Juniper % " + tag)).isZero();
        assertThat(auditCount("CREATE", "%" + fileName() + "%")).isZero();
    }

    @Test
    void aMappingWithoutTheLegalNameOrWithTwoColumnsForOneFieldIsRefused() {
        ImportTable table = imports.read("x.csv", ImportFiles.csv("company_title,town", "Kale Co,Seattle"));
        assertThat(imports.guessMapping(table).columns()).containsOnly(java.util.Map.entry(1, ImportField.CITY));
        assertThatThrownBy(() -> imports.dryRun(table, imports.guessMapping(table)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("legal name");
        assertThatThrownBy(() -> imports.dryRun(table, new ColumnMapping(
                java.util.Map.of(0, ImportField.LEGAL_NAME, 1, ImportField.LEGAL_NAME))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Only one column");
    }

    @Test
    void filesOverTenMegabytesWorkAndFilesOverTheLimitAreRefusedClearly() {
        StringBuilder big = new StringBuilder(HEADER).append("\r\n");
        for (int i = 0; big.length() < 11 * 1024 * 1024; i++) {
            big.append("Larch Lumber ").append(i).append(' ').append(tag)
                    .append(",\"Larch, the lumber people\",").append(i).append(" Long Street Northwest Suite 100,")
                    .append("Seattle,98101,206-555-0100,L").append(i).append(tag).append(",12\r\n");
        }
        ImportTable table = imports.read("big.csv", big.toString().getBytes());
        ImportPlan plan = imports.dryRun(table, imports.guessMapping(table));
        assertThat(plan.creates().size() + plan.lookalikes().size()).isEqualTo(table.rows().size())
                .isGreaterThan(50_000);

        assertThatThrownBy(() -> imports.read("huge.csv", new byte[26 * 1024 * 1024]))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("This file is 26.0 MB; files can be up to 25.0 MB. Split it into smaller files.");
    }

    @Test
    void onlyAdminsMayImport() {
        accounts.signIn("import-staff", Role.STAFF);
        assertThatThrownBy(() -> imports.read("a.csv", ImportFiles.csv(HEADER, row("A", "", "", "", ""))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void twoCommitsOfOneDryRunCreateEachRowOnceAndTheSecondSaysWhy() {
        ImportPlan plan = dryRun(row("Fir Forge " + tag, "", "3 Elm St", "0005" + tag, "12"),
                row("Gum Glass " + tag, "", "", "", ""));
        ImportPlan sameFileInAnotherTab = dryRun(row("Fir Forge " + tag, "", "3 Elm St", "0005" + tag, "12"),
                row("Gum Glass " + tag, "", "", "", ""));
        imports.commit(plan, new ImportChoices(false, Set.of()), (done, total) -> { });

        assertThatThrownBy(() -> imports.commit(plan, new ImportChoices(false, Set.of()), (done, total) -> { }))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("lines 2, 3")
                .hasMessageContaining("Nothing was imported");
        assertThatThrownBy(() -> imports.commit(sameFileInAnotherTab, new ImportChoices(false, Set.of()),
                (done, total) -> { })).isInstanceOf(RuleViolationException.class);
        assertThat(count("Fir Forge " + tag)).isEqualTo(1);
        assertThat(count("Gum Glass " + tag)).isEqualTo(1);
    }

    @Test
    void anExternalIdIsUniqueWhereSet() {
        saved("Hazel Hardware " + tag, "5 Elm St", "0006" + tag, null);
        Business other = saved("Holly Hats " + tag, "6 Elm St", null, null);
        saved("Ivy Inn " + tag, "7 Elm St", null, null);
        assertThatThrownBy(() -> jdbc.update("update business set external_id = ? where id = ?", "0006" + tag,
                other.getId())).isInstanceOf(DataIntegrityViolationException.class);
    }

    private ImportPlan dryRun(String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        ImportTable table = imports.read(fileName(), ImportFiles.csv(lines));
        return imports.dryRun(table, imports.guessMapping(table));
    }

    private String fileName() {
        return "licences-" + tag + ".csv";
    }

    private static String row(String name, String trade, String street, String account, String employees) {
        return String.join(",", name, trade, street, "Seattle", "98101", "", account, employees);
    }

    private static String rowWithPhone(String name, String phone) {
        return String.join(",", name, "", "", "Seattle", "98101", phone, "", "");
    }

    private Business saved(String name, String street, String externalId, String phone) {
        Business business = new Business();
        business.setLegalName(name);
        business.getAddress().setStreet(street);
        business.setExternalId(externalId);
        business.setPhone(phone);
        return businesses.save(business);
    }

    private Business find(String name) {
        List<Business> found = businesses.search(BusinessFilter.byText(name), PageRequest.of(0, 5));
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private long count(String legalName) {
        return jdbc.queryForObject("select count(*) from business where legal_name = ?", Long.class, legalName);
    }

    private long auditCount(String action, String detailsLike) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and details like ?",
                Long.class, action, detailsLike);
    }
}
