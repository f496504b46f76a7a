package org.groundwork.business;

/** One global search result: a business, or a contact at one; either way it opens the business's page. */
public record SearchHit(Kind kind, Long businessId, String title, String detail) {

    public enum Kind { BUSINESS, CONTACT }
}
