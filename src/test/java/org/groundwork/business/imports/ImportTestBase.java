package org.groundwork.business.imports;

import java.util.UUID;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What every import test needs: the service, an admin signed in, the database, and a word unique to the test. */
abstract class ImportTestBase {

    private final String admin;

    @Autowired
    BusinessImportService imports;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    /** A word unique to this test, so rows of other tests never match or look alike. */
    final String tag = UUID.randomUUID().toString().substring(0, 8);

    ImportTestBase() {
        this("import-admin");
    }

    /** A test that removes what it imported names its own admin, so it removes nothing of other tests. */
    ImportTestBase(String admin) {
        this.admin = admin;
    }

    @BeforeEach
    void signInAsAdmin() {
        accounts.signIn(admin, Role.ADMIN);
    }

    /** Deletes every business the admin of this test created, with its employee counts. */
    void removeImportedBusinesses() {
        jdbc.update("delete from employee_count where business_id in (select id from business where created_by = ?)",
                admin);
        jdbc.update("delete from business where created_by = ?", admin);
    }
}
