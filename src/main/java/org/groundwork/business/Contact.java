package org.groundwork.business;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.groundwork.base.AbstractEntity;
import org.groundwork.base.EmailAddress;
import org.groundwork.base.Texts;

/** A person at a business. One contact per business may be the primary one. */
@Entity
@Table(name = "contact")
public class Contact extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "business_id", nullable = false)
    private Business business;

    @NotBlank(message = "Enter the contact's name.")
    @Size(max = 150, message = "Keep the name under 150 characters.")
    @Column(name = "full_name", nullable = false, length = 150)
    private String fullName;

    @Size(max = 150, message = "Keep the title under 150 characters.")
    @Column(length = 150)
    private String title;

    @EmailAddress
    @Column(length = 150)
    private String email;

    /** Digits with the usual separators, at least seven digits in all (checked by the pattern's look-ahead). */
    @Pattern(regexp = "(?=(?:\\D*\\d){7})[0-9+()./ x-]{7,40}",
            message = "Enter a phone number such as (206) 555-0100.")
    @Column(length = 40)
    private String phone;

    /** Search copies of name, email and phone (see {@link SearchText}), so global search can use indexes. */
    @Column(name = "search_name", length = 150)
    private String searchName;

    @Column(name = "search_email", length = 150)
    private String searchEmail;

    @Column(name = "phone_digits", length = 40)
    private String phoneDigits;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    protected Contact() {
    }

    public Contact(Business business) {
        this.business = business;
    }

    public Business getBusiness() {
        return business;
    }

    void moveTo(Business survivor) {
        this.business = survivor;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null ? null : fullName.trim();
        this.searchName = SearchText.normalize(this.fullName);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = Texts.trimmed(title);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = Texts.trimmed(email);
        this.searchEmail = SearchText.email(this.email);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = Texts.trimmed(phone);
        this.phoneDigits = SearchText.digits(this.phone);
    }

    public boolean isPrimary() {
        return primary;
    }

    public void setPrimary(boolean primary) {
        this.primary = primary;
    }
}
