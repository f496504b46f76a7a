/** Macro-issues: cross-business issues, their linked businesses, action plans, comments, boards and heat. */
package org.groundwork.issue;
