package org.groundwork.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.groundwork.base.Formats;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.RouteIds;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.visit.InterviewService;
import org.groundwork.visit.MissingAnswersException;
import org.groundwork.visit.Visit;
import org.groundwork.visit.VisitAction;
import org.groundwork.visit.VisitContext;
import org.groundwork.visit.VisitReports;
import org.groundwork.visit.VisitSheet;
import org.groundwork.visit.VisitStatus;
import org.groundwork.visit.interview.TemplateQuestion;

/**
 * One visit: its interview, notes and rating, filled in on a desktop or a phone. Every answer is saved as it
 * is given, so reloading the page, losing the connection or closing the tab loses nothing.
 */
@Route("visits/:visitId([0-9]+)")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.STAFF})
class VisitView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 heading = new H2();
    final Paragraph summary = new Paragraph();
    final Button complete = new Button("Complete visit", VaadinIcon.CHECK.create());
    final Button cancelVisit = new Button("Cancel visit");
    final Div missing = new Div();
    final List<AnswerField> answers = new ArrayList<>();
    VisitDetailsForm details;
    private final transient InterviewService interviews;
    private final transient VisitReports reports;
    private final transient VisitUiServices services;
    private final transient List<VisitAction> actions;
    private transient VisitSheet sheet;

    VisitView(InterviewService interviews, VisitReports reports, VisitUiServices services,
                     List<VisitAction> actions) {
        this.interviews = interviews;
        this.services = services;
        this.reports = reports;
        this.actions = actions;
        addClassName("gw-visit");
        setMaxWidth("60rem");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        complete.addClickListener(e -> complete());
        cancelVisit.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancelVisit.addClickListener(e -> confirmCancel());
        missing.addClassName("gw-missing");
        missing.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = RouteIds.of(event, "visitId").orElse(null);
        if (id == null) {
            event.rerouteToError(NotFoundException.class, "There is no visit with that number.");
            return;
        }
        try {
            sheet = interviews.sheet(id);
        } catch (RuleViolationException gone) {
            add(new Paragraph(gone.getMessage()));
            return;
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return sheet == null ? "Visit" : "Visit: " + sheet.visit().getBusiness().getDisplayName();
    }

    private void render() {
        removeAll();
        answers.clear();
        Visit visit = sheet.visit();
        boolean open = visit.getStatus() == VisitStatus.PLANNED;
        heading.setText(visit.getBusiness().getDisplayName());
        summary.setText(summaryText());
        add(heading, summary, toolbar(open));
        details = new VisitDetailsForm(interviews, services, visit);
        details.setFormReadOnly(!open);
        add(details.conflict);
        if (sheet.template() != null) {
            add(new Paragraph("Questionnaire: " + sheet.template().getLabel()));
            sheet.template().getSections().forEach(section -> {
                add(new H3(section.getTitle()));
                section.getQuestions().forEach(question -> add(answerRow(question, open)));
            });
        }
        add(new H3("Write-up"), details, missing);
        if (open) {
            add(complete);
        }
    }

    private String summaryText() {
        Visit visit = sheet.visit();
        String when = Formats.date(visit.getVisitDate()) + (visit.getStartTime() == null ? "" : " at "
                + visit.getStartTime());
        String people = "Led by " + sheet.leadStaffName()
                + (sheet.staffNames().isEmpty() ? "" : ", with " + String.join(", ", sheet.staffNames()))
                + (sheet.organizationNames().isEmpty() ? "" : "; partners: "
                + String.join(", ", sheet.organizationNames()));
        String status = visit.getStatus().label() + (visit.getCancelReason() == null ? ""
                : " (" + visit.getCancelReason() + ")");
        return status + " · " + visit.getChannel().label() + " · " + when + " · " + people;
    }

    private FlexLayout toolbar(boolean open) {
        FlexLayout bar = new FlexLayout();
        bar.addClassName("gw-toolbar");
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = reports.pdf(sheet.visit().getId());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "visit-" + sheet.visit().getId() + ".pdf",
                    "application/pdf", bytes.length);
        }), "Visit report (PDF)");
        pdf.getElement().setAttribute("download", true);
        bar.add(pdf);
        VisitContext context = new VisitContext(sheet.visit().getId(), sheet.visit().getBusiness().getId(),
                sheet.visit().getBusiness().getDisplayName(), sheet.visit().getVisitDate(), null, null);
        actions.forEach(action -> bar.add(new Button(action.label(), e -> action.start(context))));
        if (open) {
            bar.add(cancelVisit);
        }
        return bar;
    }

    private Div answerRow(TemplateQuestion question, boolean open) {
        AnswerField field = new AnswerField(question, sheet.answer(question),
                values -> interviews.saveAnswer(sheet.visit().getId(), question.getId(), values));
        field.setReadOnly(!open);
        answers.add(field);
        actions.stream().filter(VisitAction::offeredOnAnswers).forEach(action -> {
            Button start = new Button(action.label(), e -> action.start(new VisitContext(sheet.visit().getId(),
                    sheet.visit().getBusiness().getId(), sheet.visit().getBusiness().getDisplayName(),
                    sheet.visit().getVisitDate(), question.getText(), field.displayValue())));
            start.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            field.add(start);
        });
        return field;
    }

    private void complete() {
        if (!details.save()) {
            Notifications.error("The write-up couldn't be saved, so the visit wasn't completed. See the "
                    + "message on the form.");
            return;
        }
        try {
            interviews.complete(sheet.visit().getId());
        } catch (MissingAnswersException incomplete) {
            showMissing(incomplete.getMissing());
            return;
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
            return;
        }
        Notifications.success("Visit completed. Thank you for writing it up.");
        sheet = interviews.sheet(sheet.visit().getId());
        render();
    }

    private void showMissing(List<String> questions) {
        missing.removeAll();
        UnorderedList list = new UnorderedList();
        questions.forEach(text -> list.add(new ListItem(text)));
        missing.add(new Paragraph("Before completing, please answer:"), list);
        missing.setVisible(true);
        answers.stream().filter(a -> questions.contains(a.question.getText())).forEach(AnswerField::markMissing);
        Notifications.error("Some required questions are still unanswered. They are listed above the "
                + "Complete button.");
    }

    private void confirmCancel() {
        TextField reason = new TextField("Why? (optional)");
        reason.setWidthFull();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Cancel this visit?");
        confirm.add(new Paragraph("It stays on record as cancelled, with its answers so far."), reason);
        confirm.setCancelable(true);
        confirm.setCancelText("Keep it");
        confirm.setConfirmText("Cancel visit");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                interviews.cancel(sheet.visit().getId(), reason.getValue());
            } catch (RuntimeException failure) {
                SaveFailures.show(failure);
                return;
            }
            Notifications.success("Visit cancelled.");
            sheet = interviews.sheet(sheet.visit().getId());
            render();
        });
        confirm.open();
    }
}
