package org.groundwork.testing;

import org.groundwork.security.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the tests of the visit tally, and of the drift figures read from it, share: accounts to sign in the staff
 * member who leads the visits, the visits written straight to the tables ({@link TestVisits}), and JDBC to change
 * or read rows past the services.
 */
@GroundworkTest
public abstract class TallyTestBase {

    @Autowired
    protected TestAccounts accounts;
    @Autowired
    protected TestVisits visits;
    @Autowired
    protected JdbcClient jdbc;
}
