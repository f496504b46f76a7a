package org.groundwork.business.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import org.groundwork.base.ui.EntityPicker;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessNameSearch;
import org.groundwork.business.BusinessService;

/**
 * Merges a duplicate into the business being looked at: the person picks the duplicate, sees what will happen,
 * and confirms. The survivor keeps its own values; the duplicate's contacts, history and records move over.
 */
class MergeDialog extends Dialog {

    final ComboBox<Business> duplicate;
    final Button merge = new Button("Merge into this business");
    private final transient BusinessService businesses;
    private final transient Business survivor;
    private final transient Consumer<Business> onMerged;

    MergeDialog(BusinessService businesses, Business survivor, Consumer<Business> onMerged) {
        this.businesses = businesses;
        this.survivor = survivor;
        this.onMerged = onMerged;
        duplicate = EntityPicker.single("The duplicate", new BusinessNameSearch(businesses),
                BusinessNameSearch::label);
        duplicate.setWidthFull();
        setHeaderTitle("Merge a duplicate into " + survivor.getDisplayName());
        setWidth("min(100vw, 36rem)");
        add(new Paragraph("The duplicate's contacts, employee history, visits and other records move to "
                + survivor.getDisplayName() + ". Fields left empty here are filled from the duplicate and tags are "
                + "combined. The duplicate is then archived, and the merge is recorded in the change history."),
                duplicate);
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        merge.addClickListener(e -> merge());
        getFooter().add(new Button("Cancel", e -> close()), merge);
    }

    private void merge() {
        if (duplicate.getValue() == null) {
            duplicate.setErrorMessage("Pick the duplicate to merge.");
            duplicate.setInvalid(true);
            return;
        }
        Business merged = duplicate.getValue();
        Business result;
        try {
            result = businesses.merge(survivor.getId(), merged.getId());
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
            return;
        }
        Notifications.success("Merged " + merged.getDisplayName() + " into " + result.getDisplayName() + ".");
        close();
        onMerged.accept(result);
    }
}
