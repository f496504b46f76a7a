package org.groundwork.business.imports;

import java.util.UUID;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What every import test needs: the service, an admin signed in, the database, and a word unique to the test. */
abstract class ImportTestBase {

    @Autowired
    BusinessImportService imports;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    /** A word unique to this test, so rows of other tests never match or look alike. */
    final String tag = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void signInAsAdmin() {
        accounts.signIn("import-admin", Role.ADMIN);
    }
}
