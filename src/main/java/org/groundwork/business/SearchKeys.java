package org.groundwork.business;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Comparable forms of a business's names, phone and website, derived whenever those change: they find likely
 * duplicates (see {@link DuplicateKeys}; the address's key sits with the {@link Address}) and let global search
 * find a name by prefix or a number however it was typed. Indexed columns; nobody edits them.
 */
@Embeddable
public class SearchKeys {

    /** Lower-case letters and digits of the legal name. */
    @Column(name = "normalized_name", nullable = false, length = 200)
    private String normalizedName;

    @Column(name = "normalized_trade_name", length = 200)
    private String normalizedTradeName;

    @Column(name = "phone_digits", length = 40)
    private String phoneDigits;

    @Column(name = "website_host", length = 200)
    private String websiteHost;

    public String getNormalizedName() {
        return normalizedName;
    }

    public String getPhoneDigits() {
        return phoneDigits;
    }

    public String getWebsiteHost() {
        return websiteHost;
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
}
