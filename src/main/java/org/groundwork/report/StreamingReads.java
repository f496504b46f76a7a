package org.groundwork.report;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * A {@link JdbcClient} whose queries hand rows over as the database sends them, for reports that fill from the
 * open cursor. MySQL Connector/J otherwise reads a whole result set into the heap before the first row (tens of
 * megabytes for a year of at-risk flags); it streams row by row only with fetch size {@link Integer#MIN_VALUE}.
 * H2 refuses that value and keeps large results off the heap by itself, so it gets an ordinary fetch size. A
 * streaming connection runs no other statement until the rows are read: callers read nothing else meanwhile.
 */
final class StreamingReads {

    private static final int H2_FETCH_SIZE = 500;

    private StreamingReads() {
    }

    static JdbcClient client(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(isMysqlDriver(dataSource) ? Integer.MIN_VALUE : H2_FETCH_SIZE);
        return JdbcClient.create(new NamedParameterJdbcTemplate(template));
    }

    private static boolean isMysqlDriver(DataSource dataSource) {
        try {
            String driver = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDriverName);
            return driver != null && driver.startsWith("MySQL");
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Could not tell which database driver the reports read through", e);
        }
    }
}
