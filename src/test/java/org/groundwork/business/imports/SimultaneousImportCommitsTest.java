package org.groundwork.business.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.groundwork.base.RuleViolationException;
import org.groundwork.security.Role;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.Test;

/**
 * Two commits of one dry run at the very same moment (two tabs, two nodes), for rows with no external id that the
 * unique index could catch: each row is created once, and the other commit says why it wrote nothing.
 */
@GroundworkTest
class SimultaneousImportCommitsTest extends ImportTestBase {

    private static final String HEADER = "business_legal_name,street_address,city,zip_5,employees";

    @Test
    void twoSimultaneousCommitsOfOneDryRunCreateEachRowOnce() {
        UserAccount admin = accounts.signIn("import-admin", Role.ADMIN);
        List<String> rows = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 40; i++) {
            rows.add(String.join(",", "Race Row " + i + " " + tag, i + " Cedar St", "Seattle", "98101", "5"));
        }
        ImportTable table = imports.read("race-" + tag + ".csv", ImportFiles.csv(rows.toArray(String[]::new)));
        ImportPlan plan = imports.dryRun(table, imports.guessMapping(table));
        assertThat(plan.creates()).hasSize(40);

        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<String>> commits = List.of(1, 2).stream()
                .map(tab -> CompletableFuture.supplyAsync(() -> {
                    accounts.signIn(admin);
                    try {
                        start.await();
                        return imports.commit(plan, new ImportChoices(false, Set.of()), (done, total) -> { })
                                .created() + " created";
                    } catch (RuleViolationException refused) {
                        return "refused: " + refused.getMessage();
                    } catch (Exception broken) {
                        throw new IllegalStateException(broken);
                    } finally {
                        accounts.signOut();
                    }
                })).toList();
        List<String> outcomes = commits.stream().map(CompletableFuture::join).toList();

        assertThat(outcomes).filteredOn(o -> o.equals("40 created")).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.startsWith("refused: ")).singleElement()
                .satisfies(o -> assertThat(o).contains("Nothing was imported"));
        assertThat(jdbc.queryForObject("select count(*) from business where legal_name like ?", Long.class,
                "Race Row % " + tag)).isEqualTo(40);
    }
}
