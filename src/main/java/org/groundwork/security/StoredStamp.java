package org.groundwork.security;

/** The stored facts that decide whether a signed-in session may go on as it is. */
record StoredStamp(long securityStamp, boolean enabled, boolean mustChangePassword, String username) {
}
