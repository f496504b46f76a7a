package org.groundwork.visit.flag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.ZoneId;
import org.groundwork.base.Formats;
import org.groundwork.visit.flag.Flag;
import org.groundwork.visit.flag.FlagService;
import org.groundwork.visit.followup.ui.FollowUpDialogs;

/** Flags with their colour, warning and who raised them; open ones offer "Resolve…" and "Follow up…". */
class FlagGrid extends Grid<Flag> {

    private transient Runnable onChange = () -> { };

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

    void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    private HorizontalLayout actions(FlagService flags, FollowUpDialogs followUps, Flag flag) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (flag.isOpen()) {
            actions.add(small("Resolve…", () -> new ResolveFlagDialog(flags, flag, () -> onChange.run()).open()));
            actions.add(small("Follow up…", () -> followUps.openNew(flag.getBusiness(), flag.getVisitId(),
                    flag.getId(), flag.getMessage(), () -> onChange.run())));
        } else {
            actions.add(new Span(flag.getResolutionNote()));
        }
        return actions;
    }

    private static Button small(String label, Runnable action) {
        Button button = new Button(label, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
