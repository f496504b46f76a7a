package org.groundwork.business.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.Command;
import java.util.ArrayList;
import java.util.List;
import org.groundwork.business.GlobalSearchService;
import org.groundwork.business.SearchHit;

/**
 * The top bar's search: Ctrl+K focuses it, typing lists matching businesses and contacts, the arrow keys move
 * through them, Enter opens the highlighted one's business and Esc closes the list.
 */
class GlobalSearchBox extends Div {

    static final int LIMIT = 10;

    final TextField field = new TextField();
    final Popover popover = new Popover();
    final Div results = new Div();
    private final transient GlobalSearchService search;
    private List<SearchHit> hits = new ArrayList<>();
    private int highlighted = -1;

    GlobalSearchBox(GlobalSearchService search) {
        this.search = search;
        addClassName("gw-global-search");
        field.setPlaceholder("Search (Ctrl+K)");
        field.setAriaLabel("Search businesses and contacts");
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(250);
        field.addValueChangeListener(e -> show(e.getValue()));
        field.addKeyDownListener(Key.ARROW_DOWN, e -> move(1));
        field.addKeyDownListener(Key.ARROW_UP, e -> move(-1));
        field.addKeyDownListener(Key.ENTER, e -> open(highlighted));
        field.addKeyDownListener(Key.ESCAPE, e -> close());
        Shortcuts.addShortcutListener(this, (Command) field::focus, Key.KEY_K, KeyModifier.CONTROL);
        results.addClassName("gw-search-results");
        results.getElement().setAttribute("role", "listbox");
        popover.setTarget(field);
        popover.setOpenOnClick(false);
        popover.setOpenOnFocus(false);
        popover.setAutofocus(false);
        popover.setPosition(PopoverPosition.BOTTOM_START);
        popover.add(results);
        add(field, popover);
    }

    private void show(String text) {
        hits = text == null || text.isBlank() ? List.of() : search.search(text, LIMIT);
        highlighted = hits.isEmpty() ? -1 : 0;
        results.removeAll();
        if (text == null || text.isBlank()) {
            popover.close();
            return;
        }
        if (hits.isEmpty()) {
            results.add(new Span("No business or contact starts with \"" + text.trim() + "\"."));
        }
        for (int i = 0; i < hits.size(); i++) {
            results.add(row(i));
        }
        paintHighlight();
        popover.open();
    }

    private Div row(int index) {
        SearchHit hit = hits.get(index);
        Span title = new Span(hit.title());
        title.addClassName("gw-search-title");
        Span detail = new Span(hit.detail());
        detail.addClassName("gw-search-detail");
        Div row = new Div(hit.kind() == SearchHit.Kind.BUSINESS ? VaadinIcon.BUILDING.create()
                : VaadinIcon.USER.create(), title, detail);
        row.addClassName("gw-search-hit");
        row.getElement().setAttribute("role", "option");
        row.addClickListener(e -> open(index));
        return row;
    }

    private void move(int step) {
        if (!hits.isEmpty()) {
            highlighted = Math.floorMod(highlighted + step, hits.size());
            paintHighlight();
        }
    }

    private void paintHighlight() {
        for (int i = 0; i < results.getComponentCount(); i++) {
            results.getComponentAt(i).getElement().setAttribute("aria-selected", String.valueOf(i == highlighted));
        }
    }

    private void open(int index) {
        if (index >= 0 && index < hits.size()) {
            Long businessId = hits.get(index).businessId();
            close();
            field.clear();
            getUI().ifPresent(ui -> ui.navigate("businesses/" + businessId));
        }
    }

    private void close() {
        popover.close();
        highlighted = -1;
    }

    List<SearchHit> hits() {
        return hits;
    }

    int highlighted() {
        return highlighted;
    }
}
