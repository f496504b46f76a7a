package org.groundwork.business;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import org.groundwork.base.Texts;

/**
 * How much attention the program gives the business: its target tier and whether it is a key company, with the
 * reason. The grid, its filter and the target list query these as {@code targeting.tier} and
 * {@code targeting.keyCompany}. The field names are the audit trail's names, as before they moved here.
 */
@Embeddable
public class Targeting {

    @Enumerated(EnumType.STRING)
    @Column(length = 1)
    private TargetTier tier;

    @Column(name = "key_company", nullable = false)
    private boolean keyCompany;

    @Column(name = "key_company_reason", length = 500)
    private String keyCompanyReason;

    public TargetTier getTier() {
        return tier;
    }

    public void setTier(TargetTier tier) {
        this.tier = tier;
    }

    public boolean isKeyCompany() {
        return keyCompany;
    }

    public void setKeyCompany(boolean keyCompany) {
        this.keyCompany = keyCompany;
    }

    @Size(max = 500, message = "Keep the reason under 500 characters.")
    public String getKeyCompanyReason() {
        return keyCompanyReason;
    }

    public void setKeyCompanyReason(String keyCompanyReason) {
        this.keyCompanyReason = Texts.trimmed(keyCompanyReason);
    }
}
