package org.groundwork.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.stream.Collectors;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.base.Formats;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.issue.PartnerPortalService;
import org.groundwork.issue.PortalComment;
import org.groundwork.issue.PortalIssue;

/**
 * The comments shared with partners, and, when the share allows, a box to add one. The composer says who will read
 * it and offers only the people who may: program staff and the partners the issue is shared with.
 */
class PortalComments extends VerticalLayout {

    final Div list = new Div();
    final TextArea body = new TextArea("Add a comment");
    final Button post = new Button("Post comment");

    PortalComments(PortalIssue issue, PartnerPortalService portal, Runnable onPosted) {
        setPadding(false);
        add(new H3("Comments"), list);
        if (issue.comments().isEmpty()) {
            list.add(new Paragraph("No comments shared with partners yet."));
        }
        for (PortalComment comment : issue.comments()) {
            Span who = new Span(comment.author() + " · " + Formats.dateTime(comment.at()));
            who.addClassName("gw-comment-meta");
            Div one = new Div(who, new Paragraph(comment.body()));
            one.addClassName("gw-comment");
            list.add(one);
        }
        if (!issue.mayComment()) {
            add(new Paragraph("Your organization can read this issue but not comment on it."));
            return;
        }
        body.setWidthFull();
        body.setHelperText("Program staff and every partner this issue is shared with will read this. Mention "
                + "someone with @ and their username: " + issue.mentionable().stream().map(u -> "@" + u)
                .collect(Collectors.joining(", ")));
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.addClickListener(e -> SaveFailures.attempt(() -> portal.comment(issue.id(), body.getValue()),
                rule -> FieldErrors.show(rule, Map.of("body", body))).ifPresent(posted -> onPosted.run()));
        add(body, post);
    }
}
