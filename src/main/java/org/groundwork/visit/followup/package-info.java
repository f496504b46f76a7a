/**
 * Follow-ups owed to businesses. Exposed to other modules so the partner portal (issue module) can list and close
 * the follow-ups a partner organization owns, through {@code FollowUpService}'s own-organization methods.
 */
@org.springframework.modulith.NamedInterface("followup")
package org.groundwork.visit.followup;
