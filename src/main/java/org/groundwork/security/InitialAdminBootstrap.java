package org.groundwork.security;

import java.util.EnumSet;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On first start (no users at all) creates the administrator. The password comes from
 * {@code GROUNDWORK_ADMIN_PASSWORD}; without it one is generated, printed once to the log and must be changed
 * at first sign-in.
 */
@Component
@Order(100)
@RequiredArgsConstructor
class InitialAdminBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(InitialAdminBootstrap.class);

    private final UserAccountRepository users;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final BootstrapProperties properties;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        String given = properties.initialPassword();
        boolean generated = given == null || given.isBlank();
        String password = generated ? TemporaryPasswords.generate() : given;
        policy.problemWith(password, properties.username()).ifPresent(problem -> {
            throw new IllegalStateException("GROUNDWORK_ADMIN_PASSWORD is not acceptable: " + problem);
        });
        UserAccount admin = new UserAccount();
        admin.setUsername(properties.username());
        admin.setFullName("Administrator");
        admin.setRoles(EnumSet.of(Role.ADMIN));
        admin.setPasswordHash(encoder.encode(password));
        admin.setMustChangePassword(generated);
        users.save(admin);
        if (generated) {
            LOG.warn("""

                    ==================================================================
                     First start: created the administrator account.
                       username: {}
                       password: {}
                     This password is shown only once; you must change it when you
                     sign in. Set GROUNDWORK_ADMIN_PASSWORD to choose it yourself.
                    ==================================================================""",
                    admin.getUsername(), password);
        } else {
            LOG.info("First start: created the administrator account '{}' with the password from "
                    + "GROUNDWORK_ADMIN_PASSWORD", admin.getUsername());
        }
    }
}
