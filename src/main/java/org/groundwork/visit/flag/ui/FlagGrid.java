package org.groundwork.visit.flag.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.ZoneId;
import org.groundwork.base.Formats;
import org.groundwork.base.ui.ActionGrid;
import org.groundwork.visit.flag.Flag;
import org.groundwork.visit.flag.FlagService;
import org.groundwork.visit.followup.ui.FollowUpDialogs;

/** Flags with their colour, warning and who raised them; open ones offer "Resolve…" and "Follow up…". */
class FlagGrid extends ActionGrid<Flag> {

    FlagGrid(FlagService flags, FollowUpDialogs followUps, boolean showBusiness) {
        addComponentColumn(flag -> FlagChip.of(flag.getColour())).setHeader("Flag").setSortProperty("colour")
                .setAutoWidth(true).setFlexGrow(0);
        if (showBusiness) {
            addColumn(flag -> flag.getBusiness().getDisplayName()).setHeader("Business").setFlexGrow(2);
        }
        addColumn(Flag::getMessage).setHeader("Warning").setFlexGrow(3);
        addColumn(flag -> Formats.date(flag.getRaisedAt() == null ? null
                : flag.getRaisedAt().atZone(ZoneId.systemDefault()).toLocalDate()))
                .setHeader("Raised").setSortProperty("raisedAt").setAutoWidth(true);
        addColumn(Flag::raisedByLabel).setHeader("By").setAutoWidth(true);
        addColumn(flag -> flag.getStatus().label()).setHeader("Status").setSortProperty("status").setAutoWidth(true);
        addComponentColumn(flag -> actions(flags, followUps, flag)).setKey("actions").setAutoWidth(true).setFlexGrow(0);
    }

    private HorizontalLayout actions(FlagService flags, FollowUpDialogs followUps, Flag flag) {
        if (!flag.isOpen()) {
            return actions(new Span(flag.getResolutionNote()));
        }
        return actions(small("Resolve…", () -> new ResolveFlagDialog(flags, flag, this::changed).open()),
                small("Follow up…", () -> followUps.openNew(flag.getBusiness(), flag.getVisitId(), flag.getId(),
                        flag.getMessage(), this::changed)));
    }
}
