package org.groundwork.visit.flag.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import lombok.RequiredArgsConstructor;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessTab;
import org.groundwork.visit.flag.Flag;
import org.groundwork.visit.flag.FlagFilter;
import org.groundwork.visit.flag.FlagService;
import org.groundwork.visit.flag.FlagStatus;
import org.groundwork.visit.followup.ui.FollowUpDialogs;

/** The business page's "Flags" tab: its open flags (resolved ones on request), raise, resolve, follow up. */
@org.springframework.stereotype.Component
@RequiredArgsConstructor
class FlagsTab implements BusinessTab {

    private final FlagService flags;
    private final FollowUpDialogs followUps;

    @Override
    public String title() {
        return "Flags";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Component create(Business business) {
        FlagGrid grid = new FlagGrid(flags, followUps, false);
        Checkbox showResolved = new Checkbox("Show resolved flags too");
        Runnable refresh = () -> {
            FlagFilter filter = new FlagFilter(null, showResolved.getValue() ? null : FlagStatus.OPEN, null, null,
                    business.getId());
            grid.setItemsPageable(pageable -> flags.search(filter, FlagsView.newestFirst(pageable)),
                    pageable -> flags.count(filter));
        };
        grid.setOnChange(refresh);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No open flags.");
        showResolved.addValueChangeListener(e -> refresh.run());
        Button raise = new Button("Raise a flag", VaadinIcon.FLAG.create(),
                e -> new RaiseFlagDialog(flags, Flag.draft(business), refresh).open());
        HorizontalLayout toolbar = new HorizontalLayout(raise, showResolved);
        toolbar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        VerticalLayout tab = new VerticalLayout(toolbar, grid);
        tab.setPadding(false);
        refresh.run();
        return tab;
    }
}
