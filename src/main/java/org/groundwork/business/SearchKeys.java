package org.groundwork.business;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Comparable forms of a business's names, phone, website and address, derived whenever those change: they find
 * likely duplicates (see {@link DuplicateKeys}) and let global search find a name by prefix or a number however it
 * was typed. Indexed columns; nobody edits them.
 */
@Embeddable
class SearchKeys {

    /** Lower-case letters and digits of the legal name. */
    @Column(name = "normalized_name", nullable = false, length = 200)
    private String normalizedName;

    @Column(name = "normalized_trade_name", length = 200)
    private String normalizedTradeName;

    @Column(name = "phone_digits", length = 40)
    private String phoneDigits;

    @Column(name = "website_host", length = 200)
    private String websiteHost;

    @Column(name = "address_key", length = 230)
    private String addressKey;

    String normalizedName() {
        return normalizedName;
    }

    String phoneDigits() {
        return phoneDigits;
    }

    String websiteHost() {
        return websiteHost;
    }

    String addressKey() {
        return addressKey;
    }

    void legalName(String legalName) {
        normalizedName = BusinessNames.normalize(legalName);
    }

    void tradeName(String tradeName) {
        normalizedTradeName = tradeName == null ? null : BusinessNames.normalize(tradeName);
    }

    void phone(String phone) {
        phoneDigits = DuplicateKeys.phone(phone);
    }

    void website(String website) {
        websiteHost = DuplicateKeys.website(website);
    }

    void address(String street, String postalCode) {
        addressKey = DuplicateKeys.address(street, postalCode);
    }
}
