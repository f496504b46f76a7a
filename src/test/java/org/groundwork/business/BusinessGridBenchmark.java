package org.groundwork.business;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.groundwork.security.Role;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.SignedInAs;
import org.groundwork.testing.Stopwatch;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The businesses grid and global search at 100,000 businesses (and 50,000 contacts), through the same service
 * calls the views make. Run with {@code ./mvnw verify -Pbenchmark} (H2) or {@code -Pbenchmark,mysql}; figures
 * go to BENCHMARKS.md, "Businesses grid and search".
 */
@Tag("benchmark")
@GroundworkTest
@SignedInAs(username = "benchmark-staff", roles = Role.STAFF)
class BusinessGridBenchmark {

    static final int BUSINESSES = 100_000;
    static final int CONTACTS = 50_000;
    static final int PAGE = 50;
    private static final int BATCH = 1_000;
    private static final String[] WORDS = {"Acme", "Cascade", "Rainier", "Evergreen", "Pioneer", "Harbor",
        "Summit", "Olympic", "Puget", "Columbia", "Northwest", "Emerald", "Pacific", "Alder", "Cedar", "Salmon",
        "Orca", "Ferry", "Timber", "Granite"};
    private static final String[] KINDS = {"Tool & Die", "Bakery", "Logistics", "Brewing", "Dental", "Software",
        "Plumbing", "Florist", "Printing", "Machining", "Coffee", "Builders"};
    private static final String[] CITIES = {"Seattle", "Tacoma", "Bellevue", "Everett", "Kent", "Renton",
        "Spokane", "Yakima", "Olympia", "Redmond"};
    private static final String[] NAICS = {"332710", "311811", "484110", "312120", "621210", "541511", "238220",
        "453110", "323111", "332710", "722515", "236220"};

    @Autowired
    BusinessService businesses;
    @Autowired
    GlobalSearchService search;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void gridPagesFiltersAndGlobalSearchAt100kBusinesses() {
        long start = System.nanoTime();
        generate();
        System.out.printf("BENCHMARK generated %,d businesses and %,d contacts in %.1f s%n", BUSINESSES, CONTACTS,
                (System.nanoTime() - start) / 1e9);
        if (Boolean.getBoolean("groundwork.test.mysql")) {
            // InnoDB recomputes a table's statistics in the background some time after 10% of its rows changed; a
            // benchmark that starts right after a bulk load met them stale or fresh by chance, and the name filter's
            // plan (merge the two name-prefix indexes, or walk the legal-name index until 50 rows match) followed.
            // A live table's statistics are current, so the benchmark makes them current before it measures.
            jdbc.execute("analyze table business, contact");
        }
        Stopwatch.section("Businesses grid and search, " + BUSINESSES + " businesses");
        BusinessFilter all = BusinessFilter.all();
        long total = businesses.count(all);
        Sort byName = BusinessGridState.gridSort(List.of());
        int lastPage = (int) ((total - 1) / PAGE);
        Stopwatch.measure("Count all (grid header)", 3, 15, () -> businesses.count(all));
        Stopwatch.measure("First page by legal name", 3, 15,
                () -> businesses.search(all, PageRequest.of(0, PAGE, byName)));
        Stopwatch.measure("Middle page by legal name", 3, 15,
                () -> businesses.search(all, PageRequest.of(lastPage / 2, PAGE, byName)));
        Stopwatch.measure("Last page by legal name", 3, 15,
                () -> businesses.search(all, PageRequest.of(lastPage, PAGE, byName)));
        Sort byEmployees = BusinessGridState.gridSort(List.of(Sort.Order.desc("figures.currentEmployees")));
        Stopwatch.measure("Last page by employees, descending", 3, 15,
                () -> businesses.search(all, PageRequest.of(lastPage, PAGE, byEmployees)));
        BusinessFilter filtered = new BusinessFilter(null, Sector.MANUFACTURING, TargetTier.A, null, null,
                BusinessStatus.ACTIVE, null, null, false);
        Stopwatch.measure("Filter sector + tier + status: count and first page", 3, 15, () -> {
            businesses.count(filtered);
            return businesses.search(filtered, PageRequest.of(0, PAGE, byName));
        });
        BusinessFilter text = BusinessFilter.byText("harbor bak");
        Stopwatch.measure("Filter name text \"harbor bak\": count and first page", 3, 15, () -> {
            businesses.count(text);
            return businesses.search(text, PageRequest.of(0, PAGE, byName));
        });
        Stopwatch.measure("Global search \"casc\" (10 hits)", 3, 15, () -> search.search("casc", 10));
        Stopwatch.measure("Global search \"rainier flo\"", 3, 15, () -> search.search("rainier flo", 10));
        Stopwatch.measure("Global search phone \"206-555-01\"", 3, 15, () -> search.search("206-555-01", 10));
        explain("select id from business where archived_at is null order by legal_name, id limit 50 offset 99950");
        // The name filter's page of ids: its time differs between runs when the plan does (index merge of the two
        // name prefixes, or a walk of the legal-name index until 50 matches); printing it shows which one ran.
        explain("select id from business where archived_at is null and (normalized_name like 'harborbak%' "
                + "or normalized_trade_name like 'harborbak%') order by legal_name, id limit 50");
        explain("select id from business where archived_at is null and normalized_name like 'casc%' "
                + "order by normalized_name, id limit 10");
        explain("select id from contact where search_name like 'casc%' and business_id not in "
                + "(select id from business where archived_at is not null) order by search_name, id limit 10");
        explain("select count(id) from business where archived_at is null");
    }

    /** Prints the database's plan, so a slow figure can be traced to its index (or the lack of one). */
    private void explain(String sql) {
        System.out.println("PLAN " + sql);
        jdbc.queryForList("explain " + sql).forEach(row -> System.out.println("PLAN   " + row));
    }

    /** Bulk insert with multi-row JDBC inserts: the benchmark measures reads, so loading goes around the services. */
    private void generate() {
        Integer existing = jdbc.queryForObject("select count(*) from business", Integer.class);
        if (existing != null && existing >= BUSINESSES) {
            return;
        }
        Random random = new Random(42);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>(BATCH);
        for (int i = 0; i < BUSINESSES; i++) {
            rows.add(business(i, random, now));
            if (rows.size() == BATCH) {
                insertBusinesses(rows);
                rows.clear();
            }
        }
        insertBusinesses(rows);
        Long firstId = jdbc.queryForObject("select min(id) from business", Long.class);
        rows.clear();
        for (int i = 0; i < CONTACTS; i++) {
            String first = WORDS[random.nextInt(WORDS.length)];
            String name = first + " " + KINDS[random.nextInt(KINDS.length)].split(" ")[0] + "son";
            String email = first.toLowerCase() + i + "@example.com";
            String phone = "(425) 555-" + String.format("%04d", i % 10_000);
            rows.add(new Object[] {now, now, firstId + random.nextInt(BUSINESSES), name, email, phone, i % 3 == 0,
                SearchText.normalize(name), email, SearchText.digits(phone)});
            if (rows.size() == BATCH) {
                insertContacts(rows);
                rows.clear();
            }
        }
        insertContacts(rows);
    }

    private static Object[] business(int i, Random random, Timestamp now) {
        String legal = WORDS[random.nextInt(WORDS.length)] + " " + KINDS[i % KINDS.length] + " " + i + " LLC";
        String trade = i % 3 == 0 ? WORDS[random.nextInt(WORDS.length)] + " " + KINDS[random.nextInt(KINDS.length)]
                : null;
        String naics = NAICS[i % KINDS.length];
        String phone = "(206) 555-" + String.format("%04d", i % 10_000);
        String tier = i % 10 == 0 ? "A" : i % 3 == 0 ? "B" : i % 2 == 0 ? "C" : null;
        String status = i % 20 == 0 ? "CLOSED" : "ACTIVE";
        String risk = i % 50 == 0 ? "ACT_NOW" : i % 15 == 0 ? "WATCH" : "NONE";
        Date lastContact = i % 4 == 0 ? Date.valueOf(LocalDate.of(2024, 1, 1).plusDays(i % 900)) : null;
        return new Object[] {now, now, legal, trade, BusinessNames.normalize(legal),
            trade == null ? null : BusinessNames.normalize(trade), naics,
            Sector.ofNaics(naics).map(Enum::name).orElse(null), CITIES[random.nextInt(CITIES.length)], phone,
            SearchText.digits(phone), tier, i % 40 == 0, status, random.nextInt(500), risk, lastContact};
    }

    private void insertBusinesses(List<Object[]> rows) {
        insert("""
                insert into business (version, created_at, updated_at, legal_name, trade_name, normalized_name,
                  normalized_trade_name, naics_code, sector, city, phone, phone_digits, tier, key_company, status,
                  current_employees, risk_level, last_contact_date, local_ownership, facility_tenure,
                  consent_to_name, open_red_flags, open_yellow_flags) values\s""",
                "(0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'UNKNOWN', 'UNKNOWN', false, 0, 0)", rows);
    }

    private void insertContacts(List<Object[]> rows) {
        insert("""
                insert into contact (version, created_at, updated_at, business_id, full_name, email, phone,
                  is_primary, search_name, search_email, phone_digits) values\s""",
                "(0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** One multi-row INSERT per batch: a round trip per 1,000 rows instead of per row (MySQL's driver would
     *  otherwise send a JDBC batch row by row). */
    private void insert(String head, String tuple, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = head + String.join(", ", java.util.Collections.nCopies(rows.size(), tuple));
        jdbc.update(sql, rows.stream().flatMap(java.util.Arrays::stream).toArray());
    }
}
