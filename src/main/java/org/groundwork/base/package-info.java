/**
 * Shared kernel: the entity base class, the audit trail, role names, the clock and the app shell in {@code ui}.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.groundwork.base;
