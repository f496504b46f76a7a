package org.groundwork.issue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.groundwork.base.Formats;
import org.groundwork.issue.CommentVisibility;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.issue.IssueComment;
import org.groundwork.issue.MacroIssue;

/** The issue's comments, oldest first, and a box to add one, internal or shared with partners. */
class CommentsPanel extends VerticalLayout {

    final Div comments = new Div();
    final TextArea body = new TextArea("Add a comment");
    final RadioButtonGroup<CommentVisibility> visibility = new RadioButtonGroup<>("Who may read it");
    final Button post = new Button("Post comment");
    private final transient IssueUiServices services;
    private final transient MacroIssue issue;

    CommentsPanel(MacroIssue issue, IssueUiServices services) {
        this.issue = issue;
        this.services = services;
        setPadding(false);
        body.setWidthFull();
        body.setHelperText("Type @ and a username to mention someone who may read the comment.");
        visibility.setItems(CommentVisibility.values());
        visibility.setItemLabelGenerator(CommentVisibility::label);
        visibility.setValue(CommentVisibility.INTERNAL);
        visibility.addValueChangeListener(e -> offerMentions());
        offerMentions();
        post.addClickListener(e -> SaveFailures.attempt(() -> services.comments().add(issue.getId(),
                body.getValue(), visibility.getValue()), rule -> FieldErrors.show(rule, Map.of("body", body)))
                .ifPresent(added -> {
                    body.clear();
                    body.setInvalid(false);
                    refresh();
                }));
        add(new H3("Comments"), comments, body, visibility, post);
        refresh();
    }

    /** Names only the people who may read a comment of the chosen visibility. */
    private void offerMentions() {
        List<String> offered = services.comments().mentionable(issue.getId(), visibility.getValue());
        visibility.setHelperText(visibility.getValue() == CommentVisibility.INTERNAL
                ? "Only program staff will see it." : "Staff and the partners this issue is shared with will see it.");
        body.setHelperText("Type @ and a username to mention someone who may read it: " + offered.stream()
                .map(u -> "@" + u).collect(Collectors.joining(", ")));
    }

    void refresh() {
        comments.removeAll();
        for (IssueComment comment : services.comments().commentsOn(issue.getId())) {
            Span who = new Span(comment.getAuthor() + " · " + Formats.dateTime(comment.getCreatedAt()) + " · "
                    + comment.getVisibility().label());
            who.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
            Div one = new Div(who, new Paragraph(comment.getBody()));
            one.addClassName("gw-comment");
            comments.add(one);
        }
    }
}
