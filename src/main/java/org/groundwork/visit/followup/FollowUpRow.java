package org.groundwork.visit.followup;

/** A follow-up with its owner's name (a staff member's or an organization's), for lists. */
public record FollowUpRow(FollowUp followUp, String ownerName) {
}
