/** Growth opportunities: the pipeline of chances to help a business grow, with jobs and investment. */
package org.groundwork.opportunity;
