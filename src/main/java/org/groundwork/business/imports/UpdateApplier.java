package org.groundwork.business.imports;

import org.groundwork.business.Business;

/**
 * Copies the mapped fields of a draft onto the business it matched. An empty cell leaves the stored value alone:
 * a file that lacks a phone number must not erase one the staff entered.
 */
final class UpdateApplier {

    private UpdateApplier() {
    }

    static void apply(ImportPlan.Draft draft, ColumnMapping mapping, Business target) {
        Business from = draft.business();
        for (ImportField field : mapping.columns().values()) {
            switch (field) {
                case LEGAL_NAME -> target.setLegalName(from.getLegalName());
                case TRADE_NAME -> keep(from.getTradeName(), target::setTradeName);
                case EXTERNAL_ID -> keep(from.getExternalId(), target::setExternalId);
                case STATE_BUSINESS_ID -> keep(from.getStateBusinessId(), target::setStateBusinessId);
                case NAICS_CODE -> keep(from.getNaicsCode(), target::setNaicsCode);
                case OWNERSHIP_TYPE -> keep(from.getOwnershipType(), target::setOwnershipType);
                case STREET -> keep(from.getStreet(), target::setStreet);
                case CITY -> keep(from.getCity(), target::setCity);
                case REGION -> keep(from.getRegion(), target::setRegion);
                case POSTAL_CODE -> keep(from.getPostalCode(), target::setPostalCode);
                case PHONE -> keep(from.getPhone(), target::setPhone);
                case WEBSITE -> keep(from.getWebsite(), target::setWebsite);
                case NOTES -> keep(from.getNotes(), target::setNotes);
                case YEAR_ESTABLISHED -> keep(from.getYearEstablished(), target::setYearEstablished);
                case EMPLOYEES -> {
                    // Employee counts go into the dated history, not onto the record directly.
                }
            }
        }
    }

    private static <T> void keep(T value, java.util.function.Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }
}
