package org.groundwork.stakeholder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.groundwork.base.AbstractEntity;
import org.groundwork.base.EmailAddress;
import org.groundwork.base.Texts;

/** A person at a partner organization whom staff call about action items, visits and opportunities. */
@Entity
@Table(name = "partner_contact")
public class PartnerContact extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false, updatable = false)
    private PartnerOrganization organization;

    @NotBlank(message = "Enter the contact's name.")
    @Size(max = 150, message = "Keep the name under 150 characters.")
    @Column(nullable = false, length = 150)
    private String name;

    @Size(max = 150, message = "Keep the title under 150 characters.")
    @Column(length = 150)
    private String title;

    @EmailAddress
    @Column(length = 150)
    private String email;

    @Size(max = 40, message = "Keep the phone number under 40 characters.")
    @Column(length = 40)
    private String phone;

    protected PartnerContact() {
    }

    public PartnerContact(PartnerOrganization organization) {
        this.organization = organization;
    }

    public Long getOrganizationId() {
        return organization.getId();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.trim();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = Texts.trimmed(email);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
