package org.groundwork.business;

import java.util.Optional;

/**
 * Implemented by features that hold records of a business (visits, opportunities, issue links). A business may be
 * hard-deleted only if none of them objects; otherwise the admin is told why and can archive it instead.
 */
public interface BusinessReferences {

    /** A plain sentence such as "It has 3 visits." if this feature holds records of the business. */
    Optional<String> reasonToKeep(Long businessId);
}
