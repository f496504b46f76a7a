package org.groundwork.security;

import java.util.EnumSet;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The {@code demo} profile's sign-ins, one per role, all with {@link #PASSWORD} (see the README). */
@Component
@Profile("demo")
@Order(10)
@RequiredArgsConstructor
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "demo-pass-2026";

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String hash = encoder.encode(PASSWORD);
        add("admin", "Alex Admin", "admin@groundwork.example", Role.ADMIN, hash);
        add("director", "Dana Director", "dana@groundwork.example", Role.DIRECTOR, hash);
        add("staff", "Sam Staff", "sam@groundwork.example", Role.STAFF, hash);
        add("riley", "Riley Retention", "riley@groundwork.example", Role.STAFF, hash);
        add("partner", "Pat Partner", "pat@chamber.example", Role.STAKEHOLDER, hash);
    }

    private void add(String username, String fullName, String email, Role role, String hash) {
        if (users.existsByUsername(username)) {
            return;
        }
        UserAccount account = new UserAccount();
        account.setUsername(username);
        account.setFullName(fullName);
        account.setEmail(email);
        account.setRoles(EnumSet.of(role));
        account.setPasswordHash(hash);
        users.save(account);
    }
}
