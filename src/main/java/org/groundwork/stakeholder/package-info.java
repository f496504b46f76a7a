/** Partner organizations, stakeholder users, sharing and the stakeholder portal. */
package org.groundwork.stakeholder;
