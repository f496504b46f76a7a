package org.groundwork.business.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.groundwork.base.Formats;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.EntityPicker;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessStatus;
import org.groundwork.business.FacilityTenure;
import org.groundwork.business.LocalOwnership;
import org.groundwork.business.Sector;
import org.groundwork.business.TargetTier;
import org.groundwork.security.StaffDirectory;
import org.groundwork.security.StaffMember;

/**
 * Every field of a business in one buffered form: nothing reaches the business until {@link #writeTo} succeeds,
 * and bean-validation and service-rule messages appear on the field they concern. The address, facility and
 * targeting fields bind to the business's parts ("address.city"), whose getters carry their limits.
 */
class BusinessForm extends FormLayout {

    final TextField legalName = new TextField("Legal name");
    final TextField tradeName = new TextField("Trade name (doing business as)");
    final TextField naicsCode = new TextField("NAICS code");
    final ComboBox<Sector> sector = new ComboBox<>("Sector");
    final TextField street = new TextField("Street address");
    final TextField city = new TextField("City");
    final TextField region = new TextField("State or province");
    final TextField postalCode = new TextField("Postal code");
    final TextField phone = new TextField("Phone");
    final TextField website = new TextField("Website");
    final TextField ownershipType = new TextField("Ownership type");
    final RadioButtonGroup<LocalOwnership> localOwnership = new RadioButtonGroup<>("Local or branch");
    final RadioButtonGroup<FacilityTenure> facilityTenure = new RadioButtonGroup<>("Facility");
    final DatePicker leaseExpiry = new DatePicker("Lease ends");
    final IntegerField yearEstablished = new IntegerField("Year established");
    final Select<TargetTier> tier = new Select<>();
    final Checkbox keyCompany = new Checkbox("Key company");
    final TextArea keyCompanyReason = new TextArea("Why it is a key company");
    final ComboBox<StaffMember> owner;
    final Checkbox consentToName = new Checkbox("May be named to partner organizations");
    final Select<BusinessStatus> status = new Select<>();
    final TextField tags = new TextField("Tags");
    final TextArea notes = new TextArea("Notes");
    private final BeanValidationBinder<Business> binder = new BeanValidationBinder<>(Business.class);

    BusinessForm(StaffDirectory staff) {
        owner = EntityPicker.single("Owner", staff, StaffMember::fullName);
        owner.setHelperText("The staff member who looks after this business.");
        configureFields();
        binder.forField(keyCompanyReason)
                .withValidator(reason -> !keyCompany.getValue() || !reason.isBlank(), "Say why this is a key company.")
                .bind("targeting.keyCompanyReason");
        // Empty means "no code": bean validation must see null, not an empty string that fails the pattern.
        binder.forField(naicsCode).withNullRepresentation("").bind("naicsCode");
        binder.forField(owner).bind(b -> b.getOwnerId() == null ? null : staff.find(b.getOwnerId()).orElse(null),
                (b, member) -> b.setOwnerId(member == null ? null : member.id()));
        binder.forField(tags).withConverter(Converter.from(BusinessForm::parseTags, set -> String.join(", ", set)))
                .bind(Business::getTags, Business::setTags);
        // The parts' fields bind by path; bindInstanceFields matches only the business's own properties.
        binder.bind(street, "address.street");
        binder.bind(city, "address.city");
        binder.bind(region, "address.region");
        binder.bind(postalCode, "address.postalCode");
        binder.bind(facilityTenure, "facility.tenure");
        binder.bind(leaseExpiry, "facility.leaseExpiry");
        binder.bind(tier, "targeting.tier");
        binder.bind(keyCompany, "targeting.keyCompany");
        binder.bindInstanceFields(this);
        add(legalName, tradeName, naicsCode, sector, street, city, region, postalCode, phone, website,
                ownershipType, yearEstablished, localOwnership, facilityTenure, leaseExpiry, tier, status, owner,
                keyCompany, consentToName, keyCompanyReason, tags, notes);
        setColspan(keyCompanyReason, 2);
        setColspan(notes, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    private void configureFields() {
        naicsCode.setHelperText("2 to 6 digits; sets the sector.");
        naicsCode.addValueChangeListener(e -> Sector.ofNaics(e.getValue()).ifPresent(sector::setValue));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(Sector::label);
        postalCode.setHelperText("Any country's format.");
        website.setPlaceholder("example.com");
        ownershipType.setHelperText("For example: family-owned, private, public, cooperative, non-profit.");
        localOwnership.setItems(LocalOwnership.values());
        localOwnership.setItemLabelGenerator(LocalOwnership::label);
        facilityTenure.setItems(FacilityTenure.values());
        facilityTenure.setItemLabelGenerator(FacilityTenure::label);
        facilityTenure.addValueChangeListener(e -> leaseExpiry.setVisible(e.getValue() == FacilityTenure.LEASED));
        leaseExpiry.setVisible(false);
        tier.setLabel("Target tier");
        tier.setItems(TargetTier.values());
        tier.setItemLabelGenerator(t -> t == null ? "Not tiered" : t.label());
        tier.setEmptySelectionAllowed(true);
        tier.setEmptySelectionCaption("Not tiered");
        status.setLabel("Status");
        status.setItems(BusinessStatus.values());
        status.setItemLabelGenerator(BusinessStatus::label);
        keyCompany.addValueChangeListener(e -> keyCompanyReason.setVisible(e.getValue()));
        keyCompanyReason.setVisible(false);
        tags.setHelperText("Separate tags with commas, e.g. exporter, family-owned.");
    }

    void read(Business business) {
        binder.readBean(business);
        consentToName.setHelperText(business.getConsentRecordedAt() == null
                ? "Without it, partners see this business only inside counts."
                : "Recorded by " + business.getConsentRecordedBy() + " on "
                        + Formats.dateTime(business.getConsentRecordedAt())
                        + ". Clearing it hides the name from partners at once.");
    }

    /** Copies the form into the business if every field is valid; otherwise marks the fields and returns false. */
    boolean writeTo(Business business) {
        return binder.writeBeanIfValid(business);
    }

    boolean hasChanges() {
        return binder.hasChanges();
    }

    /** Shows a service's refusal on the field it names, or as a notification when it names none. */
    void show(RuleViolationException rule) {
        FieldErrors.show(rule, Map.of("legalName", legalName, "keyCompanyReason", keyCompanyReason,
                "naicsCode", naicsCode, "phone", phone, "website", website));
    }

    private static Result<Set<String>> parseTags(String text) {
        Set<String> parsed = Arrays.stream(text == null ? new String[0] : text.split(","))
                .map(String::trim).filter(t -> !t.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        return parsed.stream().anyMatch(t -> t.length() > 50) ? Result.error("Keep each tag under 50 characters.")
                : Result.ok(parsed);
    }
}
