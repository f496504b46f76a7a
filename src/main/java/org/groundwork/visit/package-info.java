/** Visits, interview templates, flags, follow-ups and service standards. */
package org.groundwork.visit;
