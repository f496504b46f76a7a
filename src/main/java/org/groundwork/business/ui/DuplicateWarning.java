package org.groundwork.business.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.groundwork.base.Formats;
import org.groundwork.business.Address;
import org.groundwork.business.Business;
import org.groundwork.business.SearchKeys;

/**
 * Shown before a new business is created when it looks like one already on file: the person can open the
 * existing one, merge the new details into it, or create the new business anyway.
 */
class DuplicateWarning extends Dialog {

    final Grid<Business> grid = new Grid<>();
    final Button createAnyway = new Button("Create anyway");

    DuplicateWarning(Business candidate, List<Business> duplicates, Consumer<Business> open,
                     Consumer<Business> mergeInto, Runnable create) {
        setHeaderTitle("This business may already be on file");
        setWidth("min(100vw, 56rem)");
        grid.addColumn(Business::getDisplayName).setHeader("Business").setAutoWidth(true);
        grid.addColumn(b -> address(b.getAddress())).setHeader("Address");
        grid.addColumn(b -> whyAlike(candidate, b)).setHeader("Same");
        grid.addComponentColumn(b -> {
            Button openButton = new Button("Open", e -> {
                close();
                open.accept(b);
            });
            Button merge = new Button("Merge into this one", e -> {
                close();
                mergeInto.accept(b);
            });
            merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            return new HorizontalLayout(openButton, merge);
        }).setHeader("").setAutoWidth(true);
        grid.setItems(duplicates);
        grid.setAllRowsVisible(true);
        add(new Paragraph("These look like the business you are adding. Open one to check it, merge your new "
                + "details into it (its own values are kept, empty fields are filled), or create a new "
                + "business anyway."), grid);
        createAnyway.addClickListener(e -> {
            close();
            create.run();
        });
        getFooter().add(new Button("Back to the form", e -> close()), createAnyway);
    }

    private static String address(Address address) {
        return address.getStreet() == null ? Formats.EMPTY
                : address.getStreet() + ", " + Objects.requireNonNullElse(address.getPostalCode(), "");
    }

    /** Which keys matched, in words: "name, phone". */
    static String whyAlike(Business candidate, Business existing) {
        SearchKeys mine = candidate.getSearchKeys();
        SearchKeys theirs = existing.getSearchKeys();
        List<String> same = new ArrayList<>();
        if (Objects.equals(mine.getNormalizedName(), theirs.getNormalizedName())) {
            same.add("name");
        }
        if (mine.getPhoneDigits() != null && mine.getPhoneDigits().equals(theirs.getPhoneDigits())) {
            same.add("phone");
        }
        if (mine.getWebsiteHost() != null && mine.getWebsiteHost().equals(theirs.getWebsiteHost())) {
            same.add("website");
        }
        String addressKey = candidate.getAddress().getKey();
        if (addressKey != null && addressKey.equals(existing.getAddress().getKey())) {
            same.add("address");
        }
        return String.join(", ", same);
    }
}
