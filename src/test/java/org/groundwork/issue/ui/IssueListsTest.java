package org.groundwork.issue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.groundwork.issue.IssueCategory;
import org.groundwork.issue.MacroIssue;
import org.groundwork.issue.Severity;
import org.groundwork.security.Role;
import org.groundwork.testing.TestBusinesses;
import org.groundwork.testing.TestIssues;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class IssueListsTest extends ViewTestBase {

    @Autowired
    TestIssues issues;
    @Autowired
    TestBusinesses businesses;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private MacroIssue hot;
    private MacroIssue mild;

    @BeforeEach
    void create() {
        signIn("issue-lists", Role.DIRECTOR);
        hot = issues.create("Housing shortage " + suffix, IssueCategory.HOUSING);
        mild = issues.create("Childcare hours " + suffix, IssueCategory.CHILDCARE);
        issues.link(hot, businesses.create("H1", "236115", 200, 2), Severity.HIGH);
        issues.link(mild, businesses.create("C1", "624410", 4, 0), Severity.LOW);
    }

    @Test
    void theListFiltersByTitleAndCategory() {
        IssueListView list = navigate(IssueListView.class);
        test(list.filters.search).setValue(suffix);
        assertThat(test(list.grid).size()).isEqualTo(2);
        test(list.filters.category).selectItem("Housing");
        assertThat(test(list.grid).size()).isEqualTo(1);
        assertThat(test(list.grid).getCellText(0, 0)).isEqualTo(hot.getTitle());
    }

    @Test
    void theHeatViewRanksTheHottestFirst() {
        IssueHeatView heat = navigate(IssueHeatView.class);
        test(heat.filters.search).setValue(suffix);
        assertThat(test(heat.grid).size()).isEqualTo(2);
        assertThat(test(heat.grid).getCellText(0, 1)).isEqualTo(hot.getTitle());
        assertThat(test(heat.grid).getCellText(0, 0)).isEqualTo(String.valueOf(100 + 200 + 500));
    }
}
