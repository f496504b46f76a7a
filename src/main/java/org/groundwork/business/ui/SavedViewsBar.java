package org.groundwork.business.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.business.BusinessGridState;
import org.groundwork.business.SavedView;
import org.groundwork.business.SavedViewService;

/** The signed-in user's saved views: pick one to apply it, save the grid as a new one, update, rename, delete. */
class SavedViewsBar extends HorizontalLayout {

    final ComboBox<SavedView> views = new ComboBox<>("Saved view");
    final Button saveAs = new Button("Save as new view…");
    final Button update = new Button("Update view");
    final Button rename = new Button("Rename…");
    final Button delete = new Button("Delete view");
    private final transient SavedViewService service;
    private boolean reloading;

    SavedViewsBar(SavedViewService service, Supplier<BusinessGridState> current, Consumer<BusinessGridState> apply) {
        this.service = service;
        views.setItemLabelGenerator(SavedView::getName);
        views.setPlaceholder("Choose a saved view");
        views.setClearButtonVisible(true);
        views.addValueChangeListener(e -> {
            enableButtons();
            if (!reloading && e.getValue() != null) {
                apply.accept(e.getValue().state());
            }
        });
        for (Button button : new Button[] {saveAs, update, rename, delete}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        saveAs.addClickListener(e -> new ViewNameDialog("Save this view", "", name -> {
            SavedView saved = service.create(name, current.get());
            reload(saved);
            Notifications.success("Saved the view \"" + saved.getName() + "\".");
        }).open());
        update.addClickListener(e -> run(() -> {
            SavedView saved = service.update(views.getValue().getId(), current.get());
            reload(saved);
            Notifications.success("Updated the view \"" + saved.getName() + "\".");
        }));
        rename.addClickListener(e -> new ViewNameDialog("Rename the view", views.getValue().getName(), name -> {
            reload(service.rename(views.getValue().getId(), name));
        }).open());
        delete.addClickListener(e -> run(() -> {
            SavedView gone = views.getValue();
            service.delete(gone.getId());
            reload(null);
            Notifications.info("Deleted the view \"" + gone.getName() + "\".");
        }));
        setAlignItems(Alignment.BASELINE);
        setSpacing(false);
        add(views, saveAs, update, rename, delete);
        reload(null);
    }

    /** Reloads the user's views and selects {@code selected} without applying it again. */
    private void reload(SavedView selected) {
        reloading = true;
        try {
            views.setItems(service.mine());
            views.setValue(selected == null ? null : views.getListDataView().getItems()
                    .filter(v -> v.getId().equals(selected.getId())).findFirst().orElse(null));
        } finally {
            reloading = false;
        }
        enableButtons();
    }

    private void enableButtons() {
        boolean chosen = views.getValue() != null;
        update.setEnabled(chosen);
        rename.setEnabled(chosen);
        delete.setEnabled(chosen);
    }

    private static void run(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
        }
    }
}
