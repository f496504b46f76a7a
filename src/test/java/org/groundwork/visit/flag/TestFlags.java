package org.groundwork.visit.flag;

import org.groundwork.business.Business;
import org.springframework.stereotype.Component;

/** Raises flags for tests by hand through the real service (the caller must be signed in as staff). */
@Component
public class TestFlags {

    private final FlagService flags;

    TestFlags(FlagService flags) {
        this.flags = flags;
    }

    public Flag raise(Business business, FlagColour colour, String message) {
        Flag draft = Flag.draft(business);
        draft.setColour(colour);
        draft.setMessage(message);
        return flags.raise(draft);
    }
}
