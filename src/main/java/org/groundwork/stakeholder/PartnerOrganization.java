package org.groundwork.stakeholder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.groundwork.base.AbstractEntity;
import org.groundwork.base.EmailAddress;
import org.groundwork.base.Texts;

/**
 * A partner organization (the chamber, the workforce board, the utility, …). Visits, follow-ups, opportunities
 * and action items name them; stakeholder users belong to one, and issue shares are granted to one.
 */
@Entity
@Table(name = "partner_organization")
public class PartnerOrganization extends AbstractEntity {

    @NotBlank(message = "Enter the organization's name.")
    @Size(max = 200, message = "Keep the name under 200 characters.")
    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @NotNull(message = "Choose the kind of organization.")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrganizationType type = OrganizationType.OTHER;

    @Size(max = 200, message = "Keep the website under 200 characters.")
    @Column(length = 200)
    private String website;

    @Size(max = 40, message = "Keep the phone number under 40 characters.")
    @Column(length = 40)
    private String phone;

    @EmailAddress
    @Column(length = 150)
    private String email;

    @Size(max = 2000, message = "Keep the notes under 2,000 characters.")
    @Column(length = 2000)
    private String notes;

    /** Organizations are retired rather than deleted while records still name them. */
    @Column(name = "retired_at")
    private Instant retiredAt;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.trim();
    }

    public OrganizationType getType() {
        return type;
    }

    public void setType(OrganizationType type) {
        this.type = type;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = Texts.trimmed(email);
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    void retire(Instant at) {
        retiredAt = at;
    }

    void reinstate() {
        retiredAt = null;
    }
}
