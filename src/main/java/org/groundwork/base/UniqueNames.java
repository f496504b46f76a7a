package org.groundwork.base;

import java.util.Optional;
import java.util.function.Function;

/**
 * The rule that two records of one kind (flag rules, service standards, partner organizations) never share a name,
 * whatever its case, with one wording for the refusal: There is already a rule called "Lease ends soon".
 */
public final class UniqueNames {

    private UniqueNames() {
    }

    /**
     * Refuses the name of {@code edited} when {@code sameName}, the record found under that name, is another one.
     *
     * @param kind the kind with its article, as in "a rule" or "an organization"
     */
    public static <T extends AbstractEntity> void require(Optional<T> sameName, T edited, String kind,
                                                          Function<T, String> nameOf) {
        sameName.filter(other -> !other.getId().equals(edited.getId())).ifPresent(other -> {
            throw new RuleViolationException("name", "There is already " + kind + " called \"" + nameOf.apply(other)
                    + "\".");
        });
    }
}
