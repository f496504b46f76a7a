package org.groundwork.business.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;

/**
 * An admin's "Delete for good": allowed only when no feature holds records of the business. Otherwise the
 * dialog says why, in the features' own words, and offers to archive the business instead.
 */
final class BusinessRemoval {

    private BusinessRemoval() {
    }

    static ConfirmDialog dialog(BusinessService businesses, Business business, Runnable onArchived) {
        List<String> reasons = businesses.reasonsToKeep(business.getId());
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setCancelable(true);
        if (reasons.isEmpty()) {
            dialog.setHeader("Delete " + business.getDisplayName() + " for good?");
            dialog.setText("The business, its contacts and its employee history are removed and can't be restored. "
                    + "Archiving keeps everything and can be undone.");
            dialog.setConfirmText("Delete for good");
            dialog.setConfirmButtonTheme("error primary");
            dialog.addConfirmListener(e -> delete(businesses, business));
        } else {
            dialog.setHeader(business.getDisplayName() + " can't be deleted");
            dialog.setText(String.join(" ", reasons) + " Deleting it would lose that work; archive it instead: "
                    + "it leaves lists and searches but keeps its history.");
            dialog.setConfirmText("Archive instead");
            dialog.addConfirmListener(e -> {
                businesses.archive(business.getId());
                Notifications.success("Archived " + business.getDisplayName() + ".");
                onArchived.run();
            });
        }
        return dialog;
    }

    private static void delete(BusinessService businesses, Business business) {
        try {
            businesses.delete(business.getId());
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
            return;
        }
        Notifications.success("Deleted " + business.getDisplayName() + ".");
        UI.getCurrent().navigate("businesses");
    }
}
