package org.groundwork.issue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.util.UUID;
import org.groundwork.business.Business;
import org.groundwork.issue.IssueCategory;
import org.groundwork.issue.IssueLinkService;
import org.groundwork.issue.MacroIssue;
import org.groundwork.issue.MacroIssueService;
import org.groundwork.security.Role;
import org.groundwork.testing.TestBusinesses;
import org.groundwork.testing.TestIssues;
import org.groundwork.testing.ViewTestBase;
import org.groundwork.visit.VisitContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The "Part of a wider issue…" visit action, as the visit page starts it from an answer. */
class WiderIssueDialogTest extends ViewTestBase {

    @Autowired
    WiderIssueActions.FromVisit action;
    @Autowired
    MacroIssueService issues;
    @Autowired
    IssueLinkService links;
    @Autowired
    TestIssues testIssues;
    @Autowired
    TestBusinesses businesses;

    private final String word = "zq" + UUID.randomUUID().toString().substring(0, 6);
    private Business business;
    private WiderIssueDialog dialog;

    @BeforeEach
    void startFromAnAnswer() {
        signIn("wider-staff", Role.STAFF);
        business = businesses.create("Answer Co", "541511", 9, 0);
        navigate(IssueBoardView.class);
        action.start(new VisitContext(77L, business.getId(), business.getDisplayName(), null,
                "What holds you back?", "Can't find " + word + " technicians"));
        dialog = $(WiderIssueDialog.class).single();
    }

    @Test
    void offeredOnAnswers() {
        assertThat(action.offeredOnAnswers()).isTrue();
    }

    @Test
    void existingIssuesWithASimilarTitleAreSuggestedAndCanBeLinked() {
        MacroIssue existing = testIssues.create("Shortage of " + word + " technicians", IssueCategory.WORKFORCE);

        test(dialog.title).setValue(word + " staff");
        Button linkTo = dialog.suggestions.getChildren().flatMap(row -> row.getChildren())
                .filter(Button.class::isInstance).map(Button.class::cast).findFirst().orElseThrow();
        assertThat(dialog.suggestions.getElement().getTextRecursively()).contains(existing.getTitle());
        test(linkTo).click();

        assertThat(links.linkedTo(existing.getId(), PageRequest.of(0, 5))).singleElement()
                .satisfies(l -> assertThat(l.sourceVisitId()).isEqualTo(77L));
    }

    @Test
    void aNewIssueIsCreatedAndLinkedWithTheVisit() {
        test(dialog.title).setValue("Nobody repairs " + word + " machines");
        test(dialog.category).selectItem("Supply chain");
        test(dialog.create).click();
        MacroIssue created = issues.similar(word, null, 1).getFirst();
        assertThat(created.getCategory()).isEqualTo(IssueCategory.SUPPLY_CHAIN);
        assertThat(links.linkedTo(created.getId(), PageRequest.of(0, 5))).singleElement()
                .satisfies(l -> assertThat(l.businessId()).isEqualTo(business.getId()));
    }
}
