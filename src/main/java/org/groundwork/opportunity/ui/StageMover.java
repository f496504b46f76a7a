package org.groundwork.opportunity.ui;

import lombok.RequiredArgsConstructor;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.opportunity.OpportunityService;
import org.groundwork.opportunity.OpportunityStage;
import org.groundwork.opportunity.Outcome;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Moves an opportunity as the person saw it (id and version): won and lost first ask for the outcome. If someone
 * else moved or changed it meanwhile, the person is told and {@code afterMove} refreshes what they see.
 */
@RequiredArgsConstructor
final class StageMover {

    static final String CONFLICT = "Someone else moved or changed this opportunity while you were looking. "
            + "Nothing was lost: the latest is now shown. Move it again if it still needs moving.";

    private final OpportunityService opportunities;
    private final Runnable afterMove;

    void move(Long id, long version, String title, OpportunityStage from, OpportunityStage to) {
        if (from == to) {
            return;
        }
        if (to.isClosed()) {
            new OutcomeDialog(title, to, outcome -> apply(id, version, title, to, outcome)).open();
        } else {
            try {
                apply(id, version, title, to, null);
            } catch (RuleViolationException rule) {
                Notifications.error(rule.getMessage());
            }
        }
    }

    /** Rule refusals propagate so the outcome dialog can show them on its fields. */
    private void apply(Long id, long version, String title, OpportunityStage to, Outcome outcome) {
        try {
            opportunities.move(id, version, to, outcome);
            Notifications.success("Moved " + title + " to " + to.label() + ".");
        } catch (OptimisticLockingFailureException conflict) {
            Notifications.error(CONFLICT);
        } catch (RuleViolationException rule) {
            throw rule;
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
            return;
        }
        afterMove.run();
    }
}
