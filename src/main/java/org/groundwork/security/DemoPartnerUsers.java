package org.groundwork.security;

import java.util.EnumSet;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.RunAsSystem;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code demo} profile's partner sign-ins: {@code partner} at the chamber and {@code partner2} at the workforce
 * board, with the other demo users' password. Runs after the demo organizations exist ({@code DemoIssues}).
 */
@Component
@Profile("demo")
@Order(55)
@RequiredArgsConstructor
class DemoPartnerUsers implements ApplicationRunner {

    static final String CHAMBER = "Riverside Chamber of Commerce";
    static final String WORKFORCE_BOARD = "Tri-County Workforce Board";

    private final UserAccountRepository users;
    private final PartnerOrganizationService organizations;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transactions;

    @Override
    public void run(ApplicationArguments args) {
        Optional<Long> chamber = RunAsSystem.call(() -> organizations.named(CHAMBER, false)
                .map(PartnerOrganization::getId));
        Optional<Long> workforce = RunAsSystem.call(() -> organizations.named(WORKFORCE_BOARD, false)
                .map(PartnerOrganization::getId));
        transactions.executeWithoutResult(status -> {
            chamber.ifPresent(id -> partner("partner", "Pat Partner", "pat@chamber.example", id));
            workforce.ifPresent(id -> partner("partner2", "Wren Workforce", "wren@workforce.example", id));
        });
    }

    private void partner(String username, String fullName, String email, Long organizationId) {
        UserAccount account = users.findByUsername(username).orElseGet(() -> {
            UserAccount fresh = new UserAccount();
            fresh.setUsername(username);
            fresh.setFullName(fullName);
            fresh.setEmail(email);
            fresh.setRoles(EnumSet.of(Role.STAKEHOLDER));
            fresh.setPasswordHash(encoder.encode(DemoUsers.PASSWORD));
            return fresh;
        });
        if (account.getOrganizationId() == null) {
            account.setOrganizationId(organizationId);
            users.save(account);
        }
    }
}
