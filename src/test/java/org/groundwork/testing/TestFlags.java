package org.groundwork.testing;

import org.groundwork.business.Business;
import org.groundwork.visit.flag.Flag;
import org.groundwork.visit.flag.FlagColour;
import org.groundwork.visit.flag.FlagService;
import org.springframework.stereotype.Component;

/** Raises flags for tests by hand through the real service (the caller must be signed in as staff). */
@Component
public record TestFlags(FlagService flags) {

    public Flag raise(Business business, FlagColour colour, String message) {
        Flag draft = Flag.draft(business);
        draft.setColour(colour);
        draft.setMessage(message);
        return flags.raise(draft);
    }
}
