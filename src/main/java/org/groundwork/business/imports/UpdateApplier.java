package org.groundwork.business.imports;

import java.time.LocalDate;
import org.groundwork.business.Business;

/**
 * Copies the mapped fields of a draft onto the business it matched. An empty cell leaves the stored value alone:
 * a file that lacks a phone number must not erase one the staff entered. Notes are what staff wrote, so the
 * file's notes never replace them: they are added as one dated line that names the file.
 */
final class UpdateApplier {

    private UpdateApplier() {
    }

    static void apply(ImportPlan.Draft draft, ColumnMapping mapping, Business target, String fileName,
                      LocalDate today) {
        Business from = draft.business();
        for (ImportField field : mapping.columns().values()) {
            switch (field) {
                case LEGAL_NAME -> target.setLegalName(from.getLegalName());
                case TRADE_NAME -> keep(from.getTradeName(), target::setTradeName);
                case EXTERNAL_ID -> keep(from.getExternalId(), target::setExternalId);
                case STATE_BUSINESS_ID -> keep(from.getStateBusinessId(), target::setStateBusinessId);
                case NAICS_CODE -> keep(from.getNaicsCode(), target::setNaicsCode);
                case OWNERSHIP_TYPE -> keep(from.getOwnershipType(), target::setOwnershipType);
                case STREET -> keep(from.getAddress().getStreet(), target.getAddress()::setStreet);
                case CITY -> keep(from.getAddress().getCity(), target.getAddress()::setCity);
                case REGION -> keep(from.getAddress().getRegion(), target.getAddress()::setRegion);
                case POSTAL_CODE -> keep(from.getAddress().getPostalCode(), target.getAddress()::setPostalCode);
                case PHONE -> keep(from.getPhone(), target::setPhone);
                case WEBSITE -> keep(from.getWebsite(), target::setWebsite);
                case NOTES -> keep(from.getNotes(), notes -> target.setNotes(appended(target.getNotes(), notes,
                        fileName, today)));
                case YEAR_ESTABLISHED -> keep(from.getYearEstablished(), target::setYearEstablished);
                case EMPLOYEES -> {
                    // Employee counts go into the dated history, not onto the record directly.
                }
            }
        }
    }

    /** The stored notes with the file's added once: importing the same file again adds nothing. */
    static String appended(String stored, String fromFile, String fileName, LocalDate today) {
        String added = "From the import of " + fileName + ": " + fromFile.replace("\n", "; ");
        if (stored == null || stored.isBlank()) {
            return today + " " + added;
        }
        return stored.contains(added) ? stored : stored + "\n" + today + " " + added;
    }

    private static <T> void keep(T value, java.util.function.Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }
}
