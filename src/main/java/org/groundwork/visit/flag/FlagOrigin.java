package org.groundwork.visit.flag;

/** Whether a rule raised the flag when a visit was completed, or a person raised it by hand. */
public enum FlagOrigin {
    RULE, MANUAL
}
