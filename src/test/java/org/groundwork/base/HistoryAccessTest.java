package org.groundwork.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.groundwork.business.Business;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.TestBusinesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** The change history of a record is read only by those who may read that kind of record. */
@GroundworkTest
class HistoryAccessTest {

    private static final PageRequest PAGE = PageRequest.of(0, 20);

    @Autowired
    AuditService audit;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestBusinesses businesses;
    @Autowired
    EntityManagerFactory entities;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private Business business;
    private UserAccount account;

    @BeforeEach
    void records() {
        accounts.signIn("history-staff-" + suffix, Role.STAFF);
        business = businesses.create("History Hardware " + suffix, "444130", 12, 0);
        account = accounts.ensure("history-subject-" + suffix, Role.STAFF);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void staffReadBusinessHistoryButNotAUsersOrTimeEntriesOrAMixOfBoth() {
        accounts.signIn("history-staff-" + suffix, Role.STAFF);
        assertThat(audit.historyOf("Business", business.getId(), PAGE).getContent()).isNotEmpty();
        assertRefused(() -> audit.historyOf("UserAccount", account.getId(), PAGE));
        assertRefused(() -> audit.historyOf("TimeEntry", 1L, PAGE));
        assertRefused(() -> audit.historyOf("NoSuchRecord", 1L, PAGE));
        assertRefused(() -> audit.historyOf(Map.of("Business", List.of(business.getId()),
                "UserAccount", List.of(account.getId())), PAGE));
    }

    @Test
    void directorsAlsoReadTimeEntriesButNotUsersAndAccess() {
        accounts.signIn("history-director-" + suffix, Role.DIRECTOR);
        assertThat(audit.historyOf(Map.of("Business", List.of(business.getId())), PAGE).getContent()).isNotEmpty();
        // Let in: an id no time entry has (other tests' entries have history) answers an empty page, not a refusal.
        assertThat(audit.historyOf("TimeEntry", Long.MAX_VALUE, PAGE).getContent()).isEmpty();
        assertRefused(() -> audit.historyOf("UserAccount", account.getId(), PAGE));
    }

    @Test
    void adminsReadEveryHistory() {
        accounts.signIn("history-admin-" + suffix, Role.ADMIN);
        assertThat(audit.historyOf("UserAccount", account.getId(), PAGE).getContent()).isNotEmpty();
        assertThat(audit.historyOf("Business", business.getId(), PAGE).getContent()).isNotEmpty();
        assertThat(audit.historyOf("NoSuchRecord", 1L, PAGE).getContent()).isEmpty();
    }

    @Test
    void partnersReadNoHistoryAtAll() {
        accounts.signIn("history-partner-" + suffix, Role.STAKEHOLDER);
        assertRefused(() -> audit.historyOf("Business", business.getId(), PAGE));
        assertRefused(() -> audit.historyOf("MacroIssue", 1L, PAGE));
    }

    @Test
    void everyTypeNamedInTheRulesIsARealRecordType() {
        var known = entities.getMetamodel().getEntities().stream().map(EntityType::getJavaType)
                .map(Class::getSimpleName).collect(Collectors.toSet());
        assertThat(known).containsAll(HistoryReaders.BY_TYPE.keySet());
    }

    private static void assertRefused(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
    }
}
