package org.groundwork.business.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.groundwork.base.ui.EntityPicker;
import org.groundwork.business.BusinessFilter;
import org.groundwork.business.BusinessStatus;
import org.groundwork.business.RiskLevel;
import org.groundwork.business.Sector;
import org.groundwork.business.TargetTier;
import org.groundwork.security.StaffDirectory;
import org.groundwork.security.StaffMember;

/** The businesses grid's filters; tells the view when any of them changes. */
class BusinessFilterBar extends FlexLayout {

    final TextField text = new TextField();
    final ComboBox<Sector> sector = new ComboBox<>("Sector", Sector.values());
    final ComboBox<TargetTier> tier = new ComboBox<>("Tier", TargetTier.values());
    final ComboBox<Boolean> keyCompany = new ComboBox<>("Key company", List.of(true, false));
    final ComboBox<StaffMember> owner;
    final ComboBox<BusinessStatus> status = new ComboBox<>("Status", BusinessStatus.values());
    final TextField tag = new TextField("Tag");
    final ComboBox<RiskLevel> risk = new ComboBox<>("Risk level", RiskLevel.values());
    final Checkbox archived = new Checkbox("Show archived instead");
    private final transient StaffDirectory staff;
    private boolean quiet;

    BusinessFilterBar(StaffDirectory staff, Runnable onChange) {
        this.staff = staff;
        text.setLabel("Name or trade name");
        text.setPlaceholder("Search businesses");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        sector.setItemLabelGenerator(Sector::label);
        tier.setItemLabelGenerator(TargetTier::label);
        keyCompany.setItemLabelGenerator(key -> key ? "Key companies" : "Not key companies");
        status.setItemLabelGenerator(BusinessStatus::label);
        risk.setItemLabelGenerator(RiskLevel::label);
        owner = EntityPicker.single("Owner", staff, StaffMember::fullName);
        for (TextField field : List.of(text, tag)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
        }
        List<AbstractField<?, ?>> fields = List.of(text, sector, tier, keyCompany, owner, status, tag, risk,
                archived);
        fields.forEach(field -> field.addValueChangeListener(e -> {
            if (!quiet) {
                onChange.run();
            }
        }));
        List.of(sector, tier, keyCompany, status, risk).forEach(box -> box.setClearButtonVisible(true));
        add(text, sector, tier, keyCompany, owner, status, tag, risk, archived);
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.BASELINE);
        addClassName("gw-filters");
    }

    BusinessFilter value() {
        StaffMember member = owner.getValue();
        return new BusinessFilter(text.getValue(), sector.getValue(), tier.getValue(), keyCompany.getValue(),
                member == null ? null : member.id(), status.getValue(), tag.getValue(), risk.getValue(),
                archived.getValue());
    }

    /** Shows a saved filter without firing a refresh per field. */
    void show(BusinessFilter filter) {
        quiet = true;
        try {
            text.setValue(filter.text() == null ? "" : filter.text());
            sector.setValue(filter.sector());
            tier.setValue(filter.tier());
            keyCompany.setValue(filter.keyCompany());
            owner.setValue(staff.find(filter.ownerId()).orElse(null));
            status.setValue(filter.status());
            tag.setValue(filter.tag() == null ? "" : filter.tag());
            risk.setValue(filter.riskLevel());
            archived.setValue(filter.archived());
        } finally {
            quiet = false;
        }
    }
}
