package org.groundwork.opportunity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import org.groundwork.base.ui.BoardColumn;
import org.groundwork.business.Business;
import org.groundwork.opportunity.Opportunity;
import org.groundwork.opportunity.OpportunityService;
import org.groundwork.opportunity.OpportunityStage;
import org.groundwork.opportunity.OpportunityType;
import org.groundwork.security.Role;
import org.groundwork.testing.DragAndDrop;
import org.groundwork.testing.TestBusinesses;
import org.groundwork.testing.TestOpportunities;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OpportunityBoardViewTest extends ViewTestBase {

    @Autowired
    OpportunityService opportunities;
    @Autowired
    TestBusinesses businesses;

    private Opportunity opportunity;
    private OpportunityBoardView board;

    @BeforeEach
    void openBoard() {
        signIn("board-staff", Role.STAFF);
        Business business = businesses.create("Board Metal", "332710", 25, 0);
        Opportunity draft = TestOpportunities.draft(business, "Mezzanine " + business.getId(),
                OpportunityType.EXPANSION);
        draft.setProjectedJobs(6);
        draft.setCapitalInvestment(new BigDecimal("400000"));
        opportunity = opportunities.save(draft);
        board = navigate(OpportunityBoardView.class);
    }

    @Test
    void eachStageShowsItsCardsAndTotals() {
        BoardColumn<OpportunityStage> identified = board.columns.get(OpportunityStage.IDENTIFIED);
        assertThat(card(OpportunityStage.IDENTIFIED)).isNotNull();
        assertThat(identified.summary.getText()).contains("new jobs expected").contains("$");
    }

    @Test
    void draggingToWonAsksForTheRealizedFiguresAndRefusesWithoutThem() {
        DragAndDrop.drag(card(OpportunityStage.IDENTIFIED), board.columns.get(OpportunityStage.WON));
        OutcomeDialog outcome = $(OutcomeDialog.class).single();
        test(outcome.form.reason).setValue("Financing closed");
        test(outcome.confirm).click();
        assertThat(outcome.form.realizedJobs.isInvalid()).isTrue();
        assertThat(outcome.isOpened()).isTrue();
        assertThat(opportunities.get(opportunity.getId()).getStage()).isEqualTo(OpportunityStage.IDENTIFIED);

        test(outcome.form.realizedJobs).setValue(5);
        test(outcome.form.realizedInvestment).setValue(new BigDecimal("380000"));
        test(outcome.confirm).click();
        assertThat(opportunities.get(opportunity.getId()).getStage()).isEqualTo(OpportunityStage.WON);
        assertThat(card(OpportunityStage.WON)).isNotNull();
    }

    @Test
    void aDropFromAStaleBoardIsRefusedAndTheBoardRefreshes() {
        Div stale = card(OpportunityStage.IDENTIFIED);
        opportunities.move(opportunity.getId(), opportunity.getVersion(), OpportunityStage.QUALIFIED, null);
        DragAndDrop.drag(stale, board.columns.get(OpportunityStage.ASSISTING));
        assertThat(notifications()).contains(StageMover.CONFLICT);
        assertThat(opportunities.get(opportunity.getId()).getStage()).isEqualTo(OpportunityStage.QUALIFIED);
        assertThat(card(OpportunityStage.QUALIFIED)).isNotNull();
    }

    @Test
    void negativeJobsInTheFormAreMarkedOnTheField() {
        test(board.newOpportunity).click();
        OpportunityDialog dialog = $(OpportunityDialog.class).single();
        test(dialog.form.title).setValue("Bad numbers");
        test(dialog.form.projectedJobs).setValue(-2);
        test(dialog.save).click();
        assertThat(dialog.form.projectedJobs.isInvalid()).isTrue();
        assertThat(dialog.form.projectedJobs.getErrorMessage()).isEqualTo("New jobs can't be negative.");
        assertThat(dialog.isOpened()).isTrue();
    }

    private Div card(OpportunityStage stage) {
        return board.columns.get(stage).cards.getChildren().filter(Div.class::isInstance).map(Div.class::cast)
                .filter(c -> String.valueOf(opportunity.getId()).equals(c.getElement().getAttribute("data-id")))
                .findFirst().orElse(null);
    }
}
