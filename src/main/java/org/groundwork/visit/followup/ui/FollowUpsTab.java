package org.groundwork.visit.followup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.DefaultSort;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessTab;
import org.groundwork.visit.followup.FollowUpService;
import org.springframework.data.domain.Sort;

/** The business page's "Follow-ups" tab: everything owed to this business, newest request first. */
@org.springframework.stereotype.Component
@RequiredArgsConstructor
class FollowUpsTab implements BusinessTab {

    private final FollowUpService followUps;
    private final FollowUpDialogs dialogs;
    private final Clock clock;

    @Override
    public String title() {
        return "Follow-ups";
    }

    @Override
    public int order() {
        return 210;
    }

    @Override
    public Component create(Business business) {
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        FollowUpGrid grid = new FollowUpGrid(dialogs, () -> LocalDate.now(clock), false);
        Runnable refresh = () -> grid.setItemsPageable(
                pageable -> followUps.ofBusiness(business.getId(),
                        DefaultSort.unlessSorted(pageable, Sort.by("requestedAt").descending())),
                pageable -> followUps.countOfBusiness(business.getId()));
        grid.setOnChange(refresh);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No follow-ups yet.");
        Button add = new Button("Add follow-up", VaadinIcon.PLUS.create(),
                e -> dialogs.openNew(business, null, null, null, refresh));
        tab.add(add, grid);
        refresh.run();
        return tab;
    }
}
