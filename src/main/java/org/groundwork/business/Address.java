package org.groundwork.business;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import org.groundwork.base.Texts;

/**
 * Where a business is: street, city, state or province and postal code, each trimmed (blank is none), and the
 * comparable key of street and postal code that finds likely duplicates ({@link DuplicateKeys#address}), derived
 * here whenever either changes. The size limits sit on the getters, where the form's bean validation looks for
 * them; the field names are the audit trail's names.
 */
@Embeddable
public class Address {

    @Column(length = 200)
    private String street;

    @Column(length = 100)
    private String city;

    @Column(length = 50)
    private String region;

    @Column(name = "postal_code", length = 20)
    private String postalCode;

    /** Indexed; nobody edits it. */
    @Column(name = "address_key", length = 230)
    private String addressKey;

    @Size(max = 200, message = "Keep the street address under 200 characters.")
    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = Texts.trimmed(street);
        addressKey = DuplicateKeys.address(this.street, postalCode);
    }

    @Size(max = 100, message = "Keep the city under 100 characters.")
    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = Texts.trimmed(city);
    }

    @Size(max = 50, message = "Keep the state or province under 50 characters.")
    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = Texts.trimmed(region);
    }

    /** Free text: US ZIP codes and foreign postal codes alike. */
    @Size(max = 20, message = "Keep the postal code under 20 characters.")
    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = Texts.trimmed(postalCode);
        addressKey = DuplicateKeys.address(street, this.postalCode);
    }

    public String getKey() {
        return addressKey;
    }
}
