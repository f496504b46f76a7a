package org.groundwork.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * The routing data source on two real databases, each holding a row that names it: two in-memory H2 databases, or
 * under -Pmysql two throw-away schemas on the MySQL server. Calls go through the same advice chain as in the
 * application: replica choice first, then the transaction.
 */
class ReplicaRoutingTest {

    private static final boolean MYSQL = Boolean.getBoolean("groundwork.test.mysql");
    private static final String SUFFIX = "_" + ProcessHandle.current().pid();

    private static DataSource primary;
    private static DataSource replica;
    private static Queries queries;

    @BeforeAll
    static void twoDatabases() throws SQLException {
        primary = database("gw_routing_primary" + SUFFIX, "primary");
        replica = database("gw_routing_replica" + SUFFIX, "replica");
        DataSource routed = new ReplicaDataSourceConfiguration().dataSource(primary, replica);
        ProxyFactory proxy = new ProxyFactory(new Queries(new JdbcTemplate(routed)));
        proxy.addAdvisor(ReplicaReadConfiguration.replicaReadAdvisor());
        proxy.addAdvice(new TransactionInterceptor(new DataSourceTransactionManager(routed),
                new AnnotationTransactionAttributeSource()));
        proxy.setProxyTargetClass(true);
        queries = (Queries) proxy.getProxy();
    }

    @AfterAll
    static void dropDatabases() throws SQLException {
        if (MYSQL) {
            admin("drop database if exists gw_routing_primary" + SUFFIX);
            admin("drop database if exists gw_routing_replica" + SUFFIX);
        }
    }

    @Test
    void aReplicaReadGoesToTheReplica() {
        assertThat(queries.report()).isEqualTo("replica");
    }

    @Test
    void everythingElseGoesToThePrimary() {
        assertThat(queries.plainRead()).isEqualTo("primary");
        assertThat(queries.write()).isEqualTo("primary");
    }

    @Test
    void afterAReplicaReadTheThreadIsBackOnThePrimary() {
        queries.report();
        assertThat(queries.plainRead()).isEqualTo("primary");
    }

    @Test
    void aReplicaReadInsideAPrimaryTransactionStaysOnItsConnection() {
        assertThat(queries.writeThenReport()).isEqualTo("primary");
    }

    static class Queries {
        private final JdbcTemplate jdbc;

        Queries(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @ReplicaRead
        @Transactional(readOnly = true)
        public String report() {
            return whichDatabase();
        }

        @Transactional(readOnly = true)
        public String plainRead() {
            return whichDatabase();
        }

        @Transactional
        public String write() {
            jdbc.update("update marker set read_count = read_count + 1");
            return whichDatabase();
        }

        /** A report method reached from inside a write: the transaction's primary connection is already taken. */
        @Transactional
        public String writeThenReport() {
            jdbc.update("update marker set read_count = read_count + 1");
            try {
                return ReplicaRouting.onReplica(this::whichDatabase);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        private String whichDatabase() {
            return jdbc.queryForObject("select name from marker", String.class);
        }
    }

    private static DataSource database(String name, String marker) throws SQLException {
        String url;
        if (MYSQL) {
            admin("create database " + name);
            url = "jdbc:mysql://" + mysqlServer() + "/" + name;
        } else {
            url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        }
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, user(), password());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("create table marker (name varchar(20) not null, read_count int not null)");
        jdbc.update("insert into marker (name, read_count) values (?, 0)", marker);
        return dataSource;
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://" + mysqlServer() + "/", user(),
                password()); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String mysqlServer() {
        return System.getenv().getOrDefault("GROUNDWORK_TEST_MYSQL", "127.0.0.1:3306");
    }

    private static String user() {
        return MYSQL ? System.getenv().getOrDefault("GROUNDWORK_DB_USER", "root") : "sa";
    }

    private static String password() {
        return MYSQL ? System.getenv().getOrDefault("GROUNDWORK_DB_PASSWORD", "") : "";
    }
}
