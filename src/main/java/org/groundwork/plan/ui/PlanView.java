package org.groundwork.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.groundwork.base.Roles;
import org.groundwork.base.ui.Notifications;
import org.groundwork.plan.PlanRevision;
import org.groundwork.plan.ProgramPlanService;
import org.groundwork.security.CurrentUser;
import org.groundwork.security.Role;

/**
 * The program plan: the revision in force, every earlier revision side by side with what changed, and for
 * directors the editor. With no plan yet, a director is guided through writing the founding plan.
 */
@Route("plan")
@PageTitle("Program plan")
@Menu(title = "Program plan", order = 410, icon = "vaadin:bullseye")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.STAFF})
@CssImport("./styles/plan.css")
class PlanView extends VerticalLayout {

    private final ProgramPlanService plans;
    private final boolean director;
    private final LocalDate today;

    PlanView(ProgramPlanService plans, CurrentUser currentUser, Clock clock) {
        this.plans = plans;
        this.director = currentUser.hasRole(Role.DIRECTOR);
        this.today = LocalDate.now(clock);
        show();
    }

    private void show() {
        removeAll();
        List<PlanRevision> revisions = plans.revisions();
        if (revisions.isEmpty()) {
            showSetUp();
            return;
        }
        PlanRevision current = plans.inForce(today).orElse(revisions.getFirst());
        HorizontalLayout actions = new HorizontalLayout();
        if (director) {
            Button revise = new Button("Revise the plan", e -> edit());
            revise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(revise);
        }
        add(new H2(current.isFounding() ? "The founding plan, in force since " + current.getEffectiveFrom()
                : "Revision " + current.getNumber() + ", in force since " + current.getEffectiveFrom()), actions,
                new PlanSummary(current), history(revisions, current));
    }

    private void showSetUp() {
        add(new H2("Describe the plan you started with"));
        if (!director) {
            add(new Paragraph("The program has no plan yet. A director writes it here; until then there is no goal "
                    + "drift to show."));
            return;
        }
        add(new Paragraph("Goal drift compares what the program does with what it set out to do. Write down the "
                        + "plan the program was founded on, as it was then: when it started, its mission, how staff "
                        + "time was meant to be spent, which sectors and tiers visits were meant to reach, and the "
                        + "yearly targets. Later changes become revisions; this founding plan stays the baseline."),
                editor());
    }

    private void edit() {
        removeAll();
        add(new H2("Revise the plan"), new Paragraph("Saving stores a new revision from the date you give; the "
                + "current plan and every earlier one stay as they are."), editor());
    }

    private PlanEditor editor() {
        return new PlanEditor(plans, today, saved -> {
            Notifications.success(saved.isFounding() ? "The founding plan is saved."
                    : "Revision " + saved.getNumber() + " is saved.");
            show();
        }, this::show);
    }

    private VerticalLayout history(List<PlanRevision> revisions, PlanRevision current) {
        VerticalLayout history = new VerticalLayout(new H3("Revisions"));
        history.setPadding(false);
        if (revisions.size() < 2) {
            history.add(new Paragraph("Only the founding plan so far."));
            return history;
        }
        Select<PlanRevision> left = revisionSelect("Compare", revisions);
        Select<PlanRevision> right = revisionSelect("with", revisions);
        left.setValue(revisions.get(revisions.size() - 2));
        right.setValue(revisions.getLast());
        VerticalLayout comparison = new VerticalLayout();
        comparison.setPadding(false);
        Runnable compare = () -> {
            comparison.removeAll();
            comparison.add(new RevisionComparison(left.getValue(), right.getValue()));
        };
        left.addValueChangeListener(e -> compare.run());
        right.addValueChangeListener(e -> compare.run());
        compare.run();
        history.add(new HorizontalLayout(left, right), comparison);
        return history;
    }

    private static Select<PlanRevision> revisionSelect(String label, List<PlanRevision> revisions) {
        Select<PlanRevision> select = new Select<>();
        select.setLabel(label);
        select.setItems(revisions);
        select.setItemLabelGenerator(r -> (r.isFounding() ? "Founding plan" : "Revision " + r.getNumber())
                + " (from " + r.getEffectiveFrom() + ")");
        select.setWidth("18rem");
        return select;
    }
}
