package org.groundwork.business;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.groundwork.base.AbstractEntity;
import org.groundwork.base.Texts;

/**
 * A business the program looks after. Codes and account numbers are text (leading zeros matter). The current
 * employee count, risk level and last contact date are kept here for fast grids ({@link DerivedFigures}, never
 * written by saving the business); their history lives in {@link EmployeeCount}, the visit module's flags and its
 * visits. The {@link Address}, the {@link Facility}, the {@link Targeting} and the {@link SearchKeys} are parts of
 * their own, read and changed through their getters; the parts' size limits sit on the parts' getters, validated
 * with the business ({@code @Valid}).
 */
@Entity
@Table(name = "business")
public class Business extends AbstractEntity {

    @NotBlank(message = "Enter the business's legal name.")
    @Size(max = 200, message = "Keep the legal name under 200 characters.")
    @Column(name = "legal_name", nullable = false, length = 200)
    private String legalName;

    @Size(max = 200, message = "Keep the trade name under 200 characters.")
    @Column(name = "trade_name", length = 200)
    private String tradeName;

    @Pattern(regexp = "\\d{2,6}", message = "A NAICS code has 2 to 6 digits.")
    @Column(name = "naics_code", length = 6)
    private String naicsCode;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Sector sector;

    @Valid
    @Embedded
    private Address address = new Address();

    @Size(max = 40, message = "Keep the phone number under 40 characters.")
    @Column(length = 40)
    private String phone;

    @Size(max = 200, message = "Keep the website under 200 characters.")
    @Column(length = 200)
    private String website;

    @Size(max = 100, message = "Keep the ownership type under 100 characters.")
    @Column(name = "ownership_type", length = 100)
    private String ownershipType;

    @Enumerated(EnumType.STRING)
    @Column(name = "local_ownership", nullable = false, length = 20)
    private LocalOwnership localOwnership = LocalOwnership.UNKNOWN;

    /** Never null, unlike the address: the tenure column always holds a value, so Hibernate always builds it. */
    @Embedded
    private Facility facility = new Facility();

    @Min(value = 1700, message = "Enter a year from 1700 on.")
    @NotAFutureYear
    @Column(name = "year_established")
    private Integer yearEstablished;

    /** Never null: the key-company column always holds a value. */
    @Valid
    @Embedded
    private Targeting targeting = new Targeting();

    /** The staff member responsible for the relationship (a user id from the security module). */
    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "consent_to_name", nullable = false)
    private boolean consentToName;

    /** Who recorded the business's latest consent decision (given or withdrawn), and when. */
    @Column(name = "consent_recorded_by", length = 100)
    private String consentRecordedBy;

    @Column(name = "consent_recorded_at")
    private Instant consentRecordedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BusinessStatus status = BusinessStatus.ACTIVE;

    /** A licence account number or another register's id, used to match rows on re-import. */
    @Size(max = 50, message = "Keep the external id under 50 characters.")
    @Column(name = "external_id", length = 50)
    private String externalId;

    @Size(max = 50, message = "Keep the state business id under 50 characters.")
    @Column(name = "state_business_id", length = 50)
    private String stateBusinessId;

    /** Never null, like the figures: each has a not-null column. */
    @Embedded
    private SearchKeys searchKeys = new SearchKeys();

    @Embedded
    private DerivedFigures figures = new DerivedFigures();

    @Size(max = 4000, message = "Keep the notes under 4,000 characters.")
    @Column(length = 4000)
    private String notes;

    @ElementCollection
    @CollectionTable(name = "business_tag", joinColumns = @JoinColumn(name = "business_id"))
    @Column(name = "tag", nullable = false, length = 50)
    private Set<String> tags = new LinkedHashSet<>();

    @Column(name = "archived_at")
    private Instant archivedAt;

    /** The name people know it by: the trade name where there is a real one, else the legal name. */
    public String getDisplayName() {
        return tradeName == null || tradeName.isBlank() ? legalName : tradeName;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    void archive(Instant at) {
        archivedAt = at;
    }

    void restore() {
        archivedAt = null;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = Texts.trimmed(legalName);
        searchKeys.legalName(this.legalName);
    }

    public String getTradeName() {
        return tradeName;
    }

    public void setTradeName(String tradeName) {
        this.tradeName = Texts.trimmed(tradeName);
        searchKeys.tradeName(this.tradeName);
    }

    public String getNaicsCode() {
        return naicsCode;
    }

    /** Setting a NAICS code also sets the sector it belongs to. */
    public void setNaicsCode(String naicsCode) {
        this.naicsCode = Texts.trimmed(naicsCode);
        Sector.ofNaics(this.naicsCode).ifPresent(this::setSector);
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = Texts.trimmed(phone);
        searchKeys.phone(this.phone);
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = Texts.trimmed(website);
        searchKeys.website(this.website);
    }

    public String getOwnershipType() {
        return ownershipType;
    }

    public void setOwnershipType(String ownershipType) {
        this.ownershipType = Texts.trimmed(ownershipType);
    }

    public LocalOwnership getLocalOwnership() {
        return localOwnership;
    }

    public void setLocalOwnership(LocalOwnership localOwnership) {
        this.localOwnership = localOwnership == null ? LocalOwnership.UNKNOWN : localOwnership;
    }

    public Integer getYearEstablished() {
        return yearEstablished;
    }

    public void setYearEstablished(Integer yearEstablished) {
        this.yearEstablished = yearEstablished;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public boolean isConsentToName() {
        return consentToName;
    }

    public void setConsentToName(boolean consentToName) {
        this.consentToName = consentToName;
    }

    public String getConsentRecordedBy() {
        return consentRecordedBy;
    }

    public Instant getConsentRecordedAt() {
        return consentRecordedAt;
    }

    void consentRecorded(String by, Instant at) {
        this.consentRecordedBy = by;
        this.consentRecordedAt = at;
    }

    public BusinessStatus getStatus() {
        return status;
    }

    public void setStatus(BusinessStatus status) {
        this.status = status == null ? BusinessStatus.ACTIVE : status;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = Texts.trimmed(externalId);
    }

    public String getStateBusinessId() {
        return stateBusinessId;
    }

    public void setStateBusinessId(String stateBusinessId) {
        this.stateBusinessId = Texts.trimmed(stateBusinessId);
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = Texts.trimmed(notes);
    }

    public Set<String> getTags() {
        return tags;
    }

    /** Each tag trimmed; blank ones dropped. */
    public void setTags(Set<String> tags) {
        replaceInPlace(this.tags, tags == null ? null
                : tags.stream().map(Texts::trimmed).filter(Objects::nonNull).toList());
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    /** Hibernate leaves an embedded part null when all its columns are; a blank part reads as empty values. */
    public Address getAddress() {
        if (address == null) {
            address = new Address();
        }
        return address;
    }

    public Facility getFacility() {
        return facility;
    }

    public Targeting getTargeting() {
        return targeting;
    }

    public SearchKeys getSearchKeys() {
        return searchKeys;
    }

    public DerivedFigures getFigures() {
        return figures;
    }
}
