/**
 * Flags: warnings raised on businesses. Exposed to other modules so the staff dashboard can count the open flags
 * on a person's businesses through {@code FlagService}, with the same filter as the flags list it links to.
 */
@org.springframework.modulith.NamedInterface("flag")
package org.groundwork.visit.flag;
