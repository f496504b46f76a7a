package org.groundwork.business;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How much attention the program gives the business: its target tier and whether it is a key company, with the
 * reason. The grid, its filter and the target list query these as {@code targeting.tier} and
 * {@code targeting.keyCompany}. The reason's size limit sits on {@link Business}'s getter, where the form's bean
 * validation looks for it; the field names are the audit trail's names, as before they moved here.
 */
@Embeddable
class Targeting {

    @Enumerated(EnumType.STRING)
    @Column(length = 1)
    private TargetTier tier;

    @Column(name = "key_company", nullable = false)
    private boolean keyCompany;

    @Column(name = "key_company_reason", length = 500)
    private String keyCompanyReason;

    TargetTier tier() {
        return tier;
    }

    void tier(TargetTier tier) {
        this.tier = tier;
    }

    boolean keyCompany() {
        return keyCompany;
    }

    void keyCompany(boolean keyCompany) {
        this.keyCompany = keyCompany;
    }

    String keyCompanyReason() {
        return keyCompanyReason;
    }

    void keyCompanyReason(String reason) {
        keyCompanyReason = reason;
    }
}
