package org.groundwork.issue;

import java.time.LocalDate;

/**
 * An action plan step as a partner sees it. Notes are shown only on steps their own organization owns
 * ({@code mine}), which are also the only ones they may change.
 */
public record PortalActionItem(Long id, long version, String description, String owner, LocalDate dueDate,
                               ActionStatus status, String notes, boolean mine) {
}
