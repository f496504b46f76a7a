package org.groundwork.security;

import java.time.Instant;

/**
 * One line of the "Users and access" report.
 *
 * @param recentFailedSignIns failed sign-ins in the last 30 days
 * @param consecutiveFailures failures since the last successful sign-in that still count toward a lock
 */
public record UserAccessRow(String username, String fullName, String roles, boolean enabled,
                            boolean mustChangePassword, Instant lastLoginAt, long recentFailedSignIns,
                            int consecutiveFailures) {
}
