package org.groundwork.business;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@GroundworkTest
class TargetListServiceTest {

    @Autowired
    TargetListService targets;
    @Autowired
    BusinessService businesses;
    @Autowired
    TestAccounts accounts;
    @Autowired
    MutableClock clock;

    private final String name = "Target " + UUID.randomUUID().toString().substring(0, 8);
    private UserAccount owner;

    @BeforeEach
    void signIn() {
        accounts.signIn("target-staff", Role.STAFF);
        owner = accounts.ensure("target-owner-" + name.substring(7), Role.STAFF);
    }

    @Test
    void keyAndTierABusinessesComeLongestWithoutContactFirstAndStaleOnesAreOverdue() {
        LocalDate today = LocalDate.now(clock);
        Business recent = target("Recent", TargetTier.A, false, today.minusMonths(2));
        Business stale = target("Stale", TargetTier.B, true, today.minusMonths(13));
        Business never = target("Never", TargetTier.A, false, null);
        target("Tier B only", TargetTier.B, false, null);
        Business archived = target("Archived", TargetTier.A, false, null);
        businesses.archive(archived.getId());
        Business closed = target("Closed", TargetTier.A, false, null);
        Business loaded = businesses.get(closed.getId());
        loaded.setStatus(BusinessStatus.CLOSED);
        businesses.save(loaded);

        TargetFilter mine = new TargetFilter(null, owner.getId(), false);
        assertThat(targets.find(mine, PageRequest.of(0, 10)))
                .extracting(row -> row.business().getId(), TargetRow::overdue, TargetRow::ownerName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(never.getId(), true, owner.getFullName()),
                        org.assertj.core.groups.Tuple.tuple(stale.getId(), true, owner.getFullName()),
                        org.assertj.core.groups.Tuple.tuple(recent.getId(), false, owner.getFullName()));
        assertThat(targets.count(mine)).isEqualTo(3);
        assertThat(targets.countOverdue(mine)).isEqualTo(2);
        assertThat(targets.find(new TargetFilter(null, owner.getId(), true), PageRequest.of(0, 10)))
                .extracting(row -> row.business().getId()).containsExactly(never.getId(), stale.getId());
        assertThat(targets.find(new TargetFilter(TargetTier.B, owner.getId(), false), PageRequest.of(0, 10)))
                .extracting(row -> row.business().getId()).containsExactly(stale.getId());
    }

    @Test
    void theListPagesInTheDatabase() {
        for (int i = 0; i < 5; i++) {
            target("Paged " + i, TargetTier.A, false, LocalDate.now(clock).minusDays(i));
        }
        TargetFilter mine = new TargetFilter(null, owner.getId(), false);
        assertThat(targets.find(mine, PageRequest.of(1, 2))).extracting(row -> row.business().getLegalName())
                .containsExactly(name + " Paged 2", name + " Paged 1");
    }

    private Business target(String label, TargetTier tier, boolean key, LocalDate lastContact) {
        Business business = new Business();
        business.setLegalName(name + " " + label);
        business.getTargeting().setTier(tier);
        business.getTargeting().setKeyCompany(key);
        business.getTargeting().setKeyCompanyReason(key ? "Anchor employer" : null);
        business.setOwnerId(owner.getId());
        Business saved = businesses.save(business);
        if (lastContact != null) {
            businesses.recordContact(saved.getId(), lastContact);
        }
        return saved;
    }
}
