package org.groundwork.issue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.groundwork.base.Formats;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.issue.IssueComment;
import org.groundwork.issue.MacroIssue;

/** The issue's comments, oldest first, and a box to add one; {@code @username} mentions a staff member. */
class CommentsPanel extends VerticalLayout {

    final Div comments = new Div();
    final TextArea body = new TextArea("Add a comment");
    final Button post = new Button("Post comment");
    private final transient IssueUiServices services;
    private final transient MacroIssue issue;

    CommentsPanel(MacroIssue issue, IssueUiServices services) {
        this.issue = issue;
        this.services = services;
        setPadding(false);
        body.setWidthFull();
        body.setHelperText("Type @ and a username to mention a colleague; they'll see it in their mentions.");
        post.addClickListener(e -> {
            try {
                services.comments().add(issue.getId(), body.getValue());
            } catch (RuleViolationException rule) {
                FieldErrors.show(rule, Map.of("body", body));
                return;
            } catch (RuntimeException failure) {
                SaveFailures.show(failure);
                return;
            }
            body.clear();
            body.setInvalid(false);
            refresh();
        });
        add(new H3("Comments"), comments, body, post);
        refresh();
    }

    void refresh() {
        comments.removeAll();
        for (IssueComment comment : services.comments().commentsOn(issue.getId())) {
            Span who = new Span(comment.getAuthor() + " · " + Formats.dateTime(comment.getCreatedAt()));
            who.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
            Div one = new Div(who, new Paragraph(comment.getBody()));
            one.addClassName("gw-comment");
            comments.add(one);
        }
    }
}
