package org.groundwork.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The friendly page shown instead of a stack trace: a headline, one sentence and a way back. */
abstract class ErrorPage extends VerticalLayout {

    protected ErrorPage(String headline, String explanation) {
        addClassName("gw-error-page");
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        setSizeFull();
        add(new H2(headline), new Paragraph(explanation), new Anchor("", "Go to the dashboard"));
    }
}
