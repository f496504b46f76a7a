package org.groundwork.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The heat refresh takes the shared lock, and keeps it for the interval, so other nodes skip their turn. */
@GroundworkTest
class IssueHeatRefresherLockTest {

    @Autowired
    IssueHeatRefresher refresher;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRefreshHoldsTheSharedLockForAtLeastTheRefreshInterval() {
        // The context is shared across the suite, so a scheduled refresh may have run already: one run here puts
        // ShedLock in that state (it knows the row, so it only updates it from now on, whatever the order of tests).
        refresher.refreshAll();
        jdbc.update("update shedlock set lock_until = timestampadd(minute, -1, current_timestamp) "
                + "where name = 'issue-heat-refresh'");

        refresher.refreshAll();

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select locked_by from shedlock where name = 'issue-heat-refresh' and lock_until > "
                        + "timestampadd(minute, 4, current_timestamp)");
        assertThat(rows).hasSize(1);
    }
}
