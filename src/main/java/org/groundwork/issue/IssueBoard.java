package org.groundwork.issue;

import java.util.List;
import java.util.Map;

/** The issue board: per status, the most recently changed issues with their heat, and how many there are. */
public record IssueBoard(Map<IssueStatus, List<IssueHeat>> columns, Map<IssueStatus, Long> counts) {
}
