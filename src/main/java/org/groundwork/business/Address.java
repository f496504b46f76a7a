package org.groundwork.business;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.groundwork.base.Texts;

/**
 * Where a business is: street, city, state or province and postal code, each trimmed (blank is none). The size
 * limits sit on {@link Business}'s getters, where the form's bean validation looks for them.
 */
@Embeddable
class Address {

    @Column(length = 200)
    private String street;

    @Column(length = 100)
    private String city;

    @Column(length = 50)
    private String region;

    @Column(name = "postal_code", length = 20)
    private String postalCode;

    String street() {
        return street;
    }

    void street(String street) {
        this.street = Texts.trimmed(street);
    }

    String city() {
        return city;
    }

    void city(String city) {
        this.city = Texts.trimmed(city);
    }

    String region() {
        return region;
    }

    void region(String region) {
        this.region = Texts.trimmed(region);
    }

    String postalCode() {
        return postalCode;
    }

    void postalCode(String postalCode) {
        this.postalCode = Texts.trimmed(postalCode);
    }
}
