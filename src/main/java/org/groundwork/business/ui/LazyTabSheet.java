package org.groundwork.business.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A tab sheet that builds a tab's content the first time the tab is selected, then keeps it. A business page has
 * a dozen tabs, most with a grid of their own; built eagerly they made every open business page hold about
 * 0.8 MB of components and loaded rows for tabs the user never looks at (measured with ops/memory-per-session.sh).
 */
class LazyTabSheet extends TabSheet {

    private final Map<Tab, Runnable> unbuilt = new HashMap<>();

    LazyTabSheet() {
        addSelectedChangeListener(event -> build(event.getSelectedTab()));
    }

    /** Adds a tab whose content {@code content} makes when the tab is first selected (at once for the first tab). */
    Tab addLazily(String title, Supplier<? extends Component> content) {
        Div holder = new Div();
        holder.setWidthFull();
        Tab tab = add(title, holder);
        unbuilt.put(tab, () -> holder.add(content.get()));
        if (tab.equals(getSelectedTab())) {
            build(tab);
        }
        return tab;
    }

    private void build(Tab tab) {
        Runnable builder = unbuilt.remove(tab);
        if (builder != null) {
            builder.run();
        }
    }
}
