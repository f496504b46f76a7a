package org.groundwork.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator ({@code groundwork.admin.*}), created only when the database has no users.
 * {@code initialPassword} comes from {@code GROUNDWORK_ADMIN_PASSWORD}; when empty, one is generated and logged.
 */
@ConfigurationProperties("groundwork.admin")
record BootstrapProperties(String username, String initialPassword) {

    BootstrapProperties {
        username = username == null || username.isBlank() ? "admin" : username.trim().toLowerCase();
    }
}
