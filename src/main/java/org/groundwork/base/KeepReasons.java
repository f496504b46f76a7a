package org.groundwork.base;

import java.util.Optional;

/**
 * The sentence a feature gives when its records keep a business or a partner organization from being deleted,
 * such as "It has 3 visits.": one wording for every feature, with the noun in the singular for one record.
 */
public final class KeepReasons {

    private KeepReasons() {
    }

    /** "{verb} {count} {one or many}.", or nothing when there are no records. */
    public static Optional<String> counted(long count, String verb, String one, String many) {
        return count == 0 ? Optional.empty() : Optional.of(verb + " " + count + " " + (count == 1 ? one : many) + ".");
    }
}
