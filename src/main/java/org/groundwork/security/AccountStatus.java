package org.groundwork.security;

/** Whether the signed-in user may go on working, must first choose a new password, or was disabled. */
public enum AccountStatus {
    ACTIVE, MUST_CHANGE_PASSWORD, DISABLED
}
