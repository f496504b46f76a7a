package org.groundwork.issue;

import org.groundwork.business.Sector;

/** How many of an issue's linked businesses are in one sector (null: sector unknown). */
public record SectorCount(Sector sector, long businesses) {
}
