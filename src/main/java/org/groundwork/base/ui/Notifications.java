package org.groundwork.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The three kinds of message the app shows after an action, placed and timed the same everywhere. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String message) {
        show(message, NotificationVariant.LUMO_SUCCESS, 3000);
    }

    public static void info(String message) {
        show(message, NotificationVariant.LUMO_CONTRAST, 4000);
    }

    /** Errors stay until dismissed by a click, so nobody misses that something was not saved. */
    public static void error(String message) {
        Notification notification = new Notification(message, 0, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.getElement().addEventListener("click", e -> notification.close());
        notification.open();
    }

    private static void show(String message, NotificationVariant variant, int duration) {
        Notification notification = Notification.show(message, duration, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }
}
