package org.groundwork.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/** One figure of a dashboard, a link to the records behind it. */
class Tile extends Anchor {

    final Span value = new Span();

    Tile(String label, String value, String target) {
        super(target, "");
        addClassName("gw-card");
        this.value.setText(value);
        this.value.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("display", "block");
        add(this.value, new Span(label));
        getStyle().set("min-width", "12rem").set("text-decoration", "none");
    }
}
