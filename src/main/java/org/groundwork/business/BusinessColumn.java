package org.groundwork.business;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;

/**
 * The columns of the businesses grid, in their default order: what the grid shows, sorts by and exports. The sort
 * property is an entity attribute the grid indexes cover (see 004-saved-views.yaml).
 */
@RequiredArgsConstructor
public enum BusinessColumn {
    LEGAL_NAME("Legal name", "legalName", true),
    TRADE_NAME("Trade name", "tradeName", true),
    SECTOR("Sector", "sector", true),
    NAICS("NAICS", "naicsCode", false),
    CITY("City", "address.city", true),
    TIER("Tier", "targeting.tier", true),
    KEY_COMPANY("Key company", "targeting.keyCompany", true),
    OWNER("Owner", "ownerId", true),
    STATUS("Status", "status", false),
    EMPLOYEES("Employees", "figures.currentEmployees", true),
    RISK_LEVEL("Risk level", "figures.riskLevel", true),
    LAST_CONTACT("Last contact", "figures.lastContactDate", true);

    private final String label;
    private final String sortProperty;
    private final boolean visibleByDefault;

    public String label() {
        return label;
    }

    public String sortProperty() {
        return sortProperty;
    }

    public static List<BusinessColumn> defaults() {
        return List.of(values()).stream().filter(column -> column.visibleByDefault).toList();
    }

    /** The column's plain text for one business (dates ISO, for spreadsheets); {@code ownerNames} turns an owner
     *  id into a person's name. */
    public String text(Business business, Function<Long, String> ownerNames) {
        return switch (this) {
            case LEGAL_NAME -> business.getLegalName();
            case TRADE_NAME -> business.getTradeName();
            case SECTOR -> business.getSector() == null ? null : business.getSector().label();
            case NAICS -> business.getNaicsCode();
            case CITY -> business.getAddress().getCity();
            case TIER -> Objects.toString(business.getTargeting().getTier(), null);
            case KEY_COMPANY -> business.getTargeting().isKeyCompany() ? "Yes" : "No";
            case OWNER -> business.getOwnerId() == null ? null : ownerNames.apply(business.getOwnerId());
            case STATUS -> business.getStatus().label();
            case EMPLOYEES -> Objects.toString(business.getFigures().getCurrentEmployees(), null);
            case RISK_LEVEL -> business.getFigures().getRiskLevel().label();
            case LAST_CONTACT -> Objects.toString(business.getFigures().getLastContactDate(), null);
        };
    }
}
