package org.groundwork.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/**
 * The plain HTML tables of figures on the plan and drift pages (the figures, the plan read as a document, two
 * revisions side by side): a table of a style class, and rows of text cells, {@code th} for a header row.
 */
final class Tables {

    private Tables() {
    }

    static Element table(String styleClass) {
        Element table = new Element("table");
        table.getClassList().add(styleClass);
        return table;
    }

    /** A row of cells of one tag ("th" or "td"), each holding one text. */
    static Element row(String tag, String... texts) {
        Element row = new Element("tr");
        for (String text : texts) {
            Element cell = new Element(tag);
            cell.setText(text);
            row.appendChild(cell);
        }
        return row;
    }

    /** The table in a box that scrolls sideways on a narrow screen instead of widening the page. */
    static Div scrolling(Element table) {
        Div wrapper = new Div();
        wrapper.addClassName("gw-scroll");
        wrapper.getElement().appendChild(table);
        return wrapper;
    }
}
