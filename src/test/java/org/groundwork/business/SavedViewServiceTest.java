package org.groundwork.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.groundwork.base.RuleViolationException;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@GroundworkTest
class SavedViewServiceTest {

    @Autowired
    SavedViewService views;
    @Autowired
    TestAccounts accounts;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aSavedViewKeepsFilterColumnsAndSort() {
        accounts.signIn("views-a-" + suffix, Role.STAFF);
        BusinessFilter filter = new BusinessFilter("acme", Sector.MANUFACTURING, TargetTier.A, true, null,
                BusinessStatus.ACTIVE, "export", RiskLevel.WATCH, false);
        BusinessGridState state = new BusinessGridState(filter,
                List.of(BusinessColumn.LEGAL_NAME, BusinessColumn.CITY), BusinessColumn.EMPLOYEES, true);
        views.create("Big makers", state);

        SavedView saved = views.mine().getFirst();
        assertThat(saved.getName()).isEqualTo("Big makers");
        assertThat(saved.state()).isEqualTo(state);
    }

    @Test
    void eachUserSeesAndChangesOnlyTheirOwnViews() {
        accounts.signIn("views-b-" + suffix, Role.STAFF);
        SavedView mine = views.create("Tier A", BusinessGridState.defaults());
        accounts.signIn("views-c-" + suffix, Role.DIRECTOR);
        assertThat(views.mine()).isEmpty();
        assertThatThrownBy(() -> views.rename(mine.getId(), "Stolen")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("no longer exists");
        assertThatThrownBy(() -> views.delete(mine.getId())).isInstanceOf(RuleViolationException.class);
        views.create("Tier A", BusinessGridState.defaults());
        accounts.signIn("views-b-" + suffix, Role.STAFF);
        assertThat(views.mine()).extracting(SavedView::getName).containsExactly("Tier A");
    }

    @Test
    void namesAreRequiredAndUniquePerUserIgnoringCase() {
        accounts.signIn("views-d-" + suffix, Role.STAFF);
        SavedView first = views.create("Key companies", BusinessGridState.defaults());
        SavedView second = views.create("Tier B", BusinessGridState.defaults());
        assertThatThrownBy(() -> views.create("key COMPANIES", BusinessGridState.defaults()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already have a view");
        assertThatThrownBy(() -> views.rename(second.getId(), "Key companies"))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> views.create("  ", BusinessGridState.defaults()))
                .isInstanceOf(RuleViolationException.class).hasMessage("Give the view a name.");
        assertThat(views.rename(first.getId(), "KEY companies").getName()).isEqualTo("KEY companies");
    }

    @Test
    void aViewCanBeUpdatedRenamedAndDeleted() {
        accounts.signIn("views-e-" + suffix, Role.ADMIN);
        SavedView view = views.create("Mine", BusinessGridState.defaults());
        BusinessGridState newer = new BusinessGridState(BusinessFilter.byText("bakery"),
                List.of(BusinessColumn.TRADE_NAME), BusinessColumn.CITY, false);
        views.update(view.getId(), newer);
        views.rename(view.getId(), "Bakeries");
        assertThat(views.mine()).singleElement().satisfies(v -> {
            assertThat(v.getName()).isEqualTo("Bakeries");
            assertThat(v.state()).isEqualTo(newer);
        });
        views.delete(view.getId());
        assertThat(views.mine()).isEmpty();
    }

    @Test
    void partnersHaveNoSavedViews() {
        accounts.signIn("views-partner-" + suffix, Role.STAKEHOLDER);
        assertThatThrownBy(() -> views.mine()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> views.create("x", BusinessGridState.defaults()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
