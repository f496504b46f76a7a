/** The program plan and its revisions, staff time entries, and goal drift: how far the work has moved from the plan. */
package org.groundwork.plan;
