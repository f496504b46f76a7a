package org.groundwork.security;

/**
 * Which people the signed-in partner may know of, which is only ever to mention them in a comment: staff while
 * their organization may comment on something shared with it, and the users of another organization while both
 * organizations have an issue in common that theirs may comment on. Answered by the one access filter (issue
 * module), which knows the shares; people inside the EDO don't ask.
 */
public interface MentionVisibility {

    boolean partnerMayMentionStaff();

    boolean partnerMayMentionUsersOf(Long organizationId);
}
