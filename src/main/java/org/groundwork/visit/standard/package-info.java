/**
 * Service standards and how they were met. Exposed to other modules so the report module reads the same
 * summary the service standards screen shows.
 */
@NamedInterface("standard")
package org.groundwork.visit.standard;

import org.springframework.modulith.NamedInterface;
