package org.groundwork.testing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.dnd.DragEndEvent;
import com.vaadin.flow.component.dnd.DragStartEvent;
import com.vaadin.flow.component.dnd.DropEvent;

/**
 * Drags one component onto another in a browserless test the way the browser reports it: drag start on the
 * source (which makes it the UI's active drag source), drop on the target, drag end on the source.
 */
public final class DragAndDrop {

    private DragAndDrop() {
    }

    public static void drag(Component source, Component target) {
        ComponentUtil.fireEvent(source, new DragStartEvent<>(source, true));
        ComponentUtil.fireEvent(target, new DropEvent<>(target, true, "move"));
        ComponentUtil.fireEvent(source, new DragEndEvent<>(source, true, "move"));
    }
}
