package org.groundwork.stakeholder;

import java.util.List;
import org.groundwork.base.TextSearch;
import org.springframework.data.domain.Pageable;

/** Partner organizations (not retired) whose name contains the text, for the shared picker. */
public record OrganizationNameSearch(PartnerOrganizationService organizations)
        implements TextSearch<PartnerOrganization> {

    @Override
    public List<PartnerOrganization> search(String text, Pageable pageable) {
        return organizations.search(text, false, pageable);
    }

    @Override
    public long count(String text) {
        return organizations.count(text, false);
    }
}
