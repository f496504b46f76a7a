package org.groundwork.business;

/** One line of the target list: the business, its owner's name (or null) and whether contact is overdue. */
public record TargetRow(Business business, String ownerName, boolean overdue) {
}
