package org.groundwork.visit.flag.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.groundwork.base.DefaultSort;
import org.groundwork.base.Roles;
import org.groundwork.base.ui.EntityPicker;
import org.groundwork.base.ui.FilterFields;
import org.groundwork.base.ui.RouteIds;
import org.groundwork.business.Sector;
import org.groundwork.security.StaffDirectory;
import org.groundwork.security.StaffMember;
import org.groundwork.visit.flag.FlagColour;
import org.groundwork.visit.flag.FlagFilter;
import org.groundwork.visit.flag.FlagService;
import org.groundwork.visit.flag.FlagStatus;
import org.groundwork.visit.followup.ui.FollowUpDialogs;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Every flag across businesses, newest first, filtered by colour, status, relationship owner and sector. The
 * address may name the owner, as in {@code flags?owner=12} (the staff dashboard's open flags on my businesses).
 */
@Route("flags")
@PageTitle("Flags")
@Menu(title = "Flags", order = 310, icon = "vaadin:flag")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.STAFF})
class FlagsView extends VerticalLayout implements BeforeEnterObserver {

    final Select<FlagColour> colour = FilterFields.anyOf("Colour", FlagColour.values(), FlagColour::label);
    final Select<FlagStatus> status = FilterFields.anyOf("Status", FlagStatus.values(), FlagStatus::label);
    final ComboBox<StaffMember> owner;
    final ComboBox<Sector> sector = new ComboBox<>("Sector");
    final FlagGrid grid;
    private final transient FlagService flags;
    private final transient StaffDirectory staff;

    FlagsView(FlagService flags, FollowUpDialogs followUps, StaffDirectory staff) {
        this.flags = flags;
        this.staff = staff;
        setSizeFull();
        status.setValue(FlagStatus.OPEN);
        owner = EntityPicker.single("Business owner", staff, StaffMember::fullName);
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(Sector::label);
        sector.setClearButtonVisible(true);
        FlexLayout filters = new FlexLayout(colour, status, owner, sector);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("gw-filters");
        colour.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        owner.addValueChangeListener(e -> refresh());
        sector.addValueChangeListener(e -> refresh());
        grid = new FlagGrid(flags, followUps, true);
        grid.setOnChange(this::refresh);
        grid.setSizeFull();
        grid.setEmptyStateText("No flags match.");
        add(filters, grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.ofQuery(event, "owner").flatMap(staff::find).ifPresent(owner::setValue);
    }

    FlagFilter filter() {
        return new FlagFilter(colour.getValue(), status.getValue(),
                owner.getValue() == null ? null : owner.getValue().id(), sector.getValue(), null);
    }

    void refresh() {
        FlagFilter filter = filter();
        grid.setItemsPageable(pageable -> flags.search(filter, newestFirst(pageable)),
                pageable -> flags.count(filter));
    }

    /** Newest first unless the person sorts otherwise (the business page's Flags tab too). */
    static Pageable newestFirst(Pageable pageable) {
        return DefaultSort.unlessSorted(pageable, Sort.by("raisedAt").descending());
    }
}
