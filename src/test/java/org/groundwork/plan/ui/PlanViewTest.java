package org.groundwork.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import org.groundwork.plan.PlanFixtures;
import org.groundwork.plan.ProgramPlanService;
import org.groundwork.security.Role;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlanViewTest extends ViewTestBase {

    @Autowired
    ProgramPlanService plans;
    @Autowired
    PlanFixtures fixtures;

    @BeforeEach
    void aPlanExists() {
        signIn("planview-director", Role.DIRECTOR);
        fixtures.ensurePlan();
    }

    @Test
    void aDirectorRevisesThePlanAndSeesWhatChangedSideBySide() {
        int before = plans.latest().orElseThrow().getNumber();
        navigate(PlanView.class);
        test(button("Revise the plan")).click();
        PlanEditor editor = $(PlanEditor.class).single();
        NumberField admin = (NumberField) editor.fields.get("share.TIME.ADMIN");
        double adminShare = admin.getValue() == null ? 0 : admin.getValue();
        test(admin).setValue(adminShare + 10);
        test((TextArea) editor.fields.get("reason")).setValue("Fire-fighting is part of the job now");
        test(button("Save as a new revision")).click();
        assertThat(editor.fields.get("total.TIME").isInvalid()).isTrue();
        assertThat(plans.latest().orElseThrow().getNumber()).isEqualTo(before);

        NumberField visits = (NumberField) editor.fields.get("share.TIME.VISITS");
        test(visits).setValue(visits.getValue() - 10);
        test(button("Save as a new revision")).click();

        assertThat(plans.latest().orElseThrow().getNumber()).isEqualTo(before + 1);
        assertThat(notifications()).contains("Revision " + (before + 1) + " is saved.");
        RevisionComparison comparison = $(RevisionComparison.class).single();
        assertThat(comparison.getElement().getOuterHTML()).contains("gw-changed")
                .contains("Fire-fighting is part of the job now");
        assertThat(RevisionComparison.lines(plans.revisions().get(plans.revisions().size() - 2),
                plans.latest().orElseThrow()).stream().filter(RevisionComparison.Line::changed)
                .map(RevisionComparison.Line::label)).contains("Staff time by activity: Admin and fire-fighting",
                "Staff time by activity: Visits");
    }

    @Test
    void staffReadThePlanButCannotReviseIt() {
        signIn("planview-staff", Role.STAFF);
        navigate(PlanView.class);
        assertThat($(PlanSummary.class).all()).hasSize(1);
        assertThat($(Button.class).all()).noneMatch(b -> "Revise the plan".equals(b.getText()));
    }

    private Button button(String text) {
        return $(Button.class).all().stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }
}
