package org.groundwork.business.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.groundwork.business.Business;

/**
 * A business field a file column can be imported into, with the header names it is usually found under. Notes
 * may take several columns ("Header: value" lines), the street several parts (house number, street name, in
 * column order); every other field takes at most one.
 */
public enum ImportField {
    LEGAL_NAME("Legal name", Business::setLegalName, "business_legal_name", "legal_name", "business_name",
            "company_name", "company", "name", "business", "business_legal", "legal_business_name", "entity_name",
            "organization_name"),
    TRADE_NAME("Trade name", Business::setTradeName, "trade_name", "dba", "doing_business_as", "dba_name",
            "trade_name_dba", "business_dba"),
    EXTERNAL_ID("External id (account or licence number)", Business::setExternalId, "city_account_number",
            "account_number", "license_number", "licence_number", "business_id", "external_id", "account",
            "license_no", "license_id", "licence_id", "business_license_number", "account_no"),
    STATE_BUSINESS_ID("State business id", Business::setStateBusinessId, "ubi", "state_business_id", "ubi_number"),
    NAICS_CODE("NAICS code", Business::setNaicsCode, "naics_code", "naics", "naics_primary",
            "primary_naics", "naics_code_primary"),
    OWNERSHIP_TYPE("Ownership type", Business::setOwnershipType, "ownership_type", "ownership", "entity_type"),
    STREET("Street address", (b, street) -> b.getAddress().setStreet(street), "street_address", "street",
            "address", "address_1", "address_line_1", "service_street", "service_address", "location_address",
            "business_address", "site_address", "house_number", "street_number", "address_number", "street_name"),
    CITY("City", (b, city) -> b.getAddress().setCity(city), "city", "town", "service_city", "location_city",
            "business_city"),
    REGION("State or province", (b, region) -> b.getAddress().setRegion(region), "state", "province", "region",
            "state_province", "service_state", "location_state"),
    POSTAL_CODE("Postal code", (b, code) -> b.getAddress().setPostalCode(code), "zip_5", "zip", "zip_code",
            "postal_code", "postcode", "service_zip", "service_zip_code", "location_zip", "zipcode"),
    PHONE("Phone", Business::setPhone, "phone", "phone_number", "telephone", "tel"),
    WEBSITE("Website", Business::setWebsite, "website", "web", "url", "web_site", "homepage"),
    YEAR_ESTABLISHED("Year established", null, "year_established", "established", "license_start_year",
            "year_founded", "founded"),
    EMPLOYEES("Employees", null, "employees", "employee_count", "number_of_employees", "num_employees",
            "headcount", "jobs", "full_time_employees", "total_employees", "fte", "ftes", "employees_total"),
    NOTES("Notes (one line per column)", null, "notes", "comments", "business_age_group");

    private final String label;
    private final BiConsumer<Business, String> setter;
    private final List<String> headers;

    ImportField(String label, BiConsumer<Business, String> setter, String... headers) {
        this.label = label;
        this.setter = setter;
        this.headers = List.of(headers);
    }

    public String label() {
        return label;
    }

    /** Whether several columns may feed this field: notes, and a street split into house number and name. */
    public boolean acceptsSeveralColumns() {
        return this == NOTES || this == STREET;
    }

    /** Plain text fields are copied as they are; years, employees and notes need parsing or joining. */
    Optional<BiConsumer<Business, String>> textSetter() {
        return Optional.ofNullable(setter);
    }

    /**
     * The field a header names, if it is one of the usual spellings ("Zip Code", "zip_code", "ZIP-CODE",
     * "ZipCode", "NAICS_Primary"): words are split at spaces, punctuation and CamelCase humps.
     */
    static Optional<ImportField> guess(String header) {
        String words = header == null ? "" : header.trim()
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2");
        String key = words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        for (ImportField field : values()) {
            if (field.headers.contains(key)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
