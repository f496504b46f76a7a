package org.groundwork.issue;

import org.groundwork.business.Sector;

/** A business a partner may see by name, because it consented to be named to partners. */
public record NamedBusiness(String name, Sector sector, Integer employees) {
}
