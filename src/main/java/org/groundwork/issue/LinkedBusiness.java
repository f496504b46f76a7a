package org.groundwork.issue;

import org.groundwork.business.Sector;

/** A business linked to an issue, as the issue page lists it, read in one query with the business's facts. */
public record LinkedBusiness(Long linkId, Long businessId, String name, Sector sector, Integer employees,
                             int openRedFlags, Severity severity, Long sourceVisitId, Long sourceFlagId) {
}
