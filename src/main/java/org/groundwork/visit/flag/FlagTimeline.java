package org.groundwork.visit.flag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.KeepReasons;
import org.groundwork.base.Roles;
import org.groundwork.business.BusinessReferences;
import org.groundwork.business.TimelineEntry;
import org.groundwork.business.TimelineSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/** Flags on the business page's timeline (raised and resolved), and the reason a flagged business is kept. */
@Component
@PreAuthorize(Roles.IS_INTERNAL)
@RequiredArgsConstructor
class FlagTimeline implements TimelineSource, BusinessReferences {

    private final FlagService flags;

    @Override
    public List<TimelineEntry> entriesFor(Long businessId, int limit) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (Flag flag : flags.newestOf(businessId, limit)) {
            String colour = flag.getColour() == FlagColour.RED ? "Red flag" : "Yellow flag";
            entries.add(new TimelineEntry(flag.getRaisedAt(), "Flag", colour + ": " + flag.getMessage(),
                    "Raised by " + flag.raisedByLabel() + (flag.getNote() == null ? "" : ". " + flag.getNote()),
                    null));
            if (flag.getResolvedAt() != null) {
                entries.add(new TimelineEntry(flag.getResolvedAt(), "Flag resolved", "Resolved: "
                        + flag.getMessage(), flag.getResolvedBy() + ": " + flag.getResolutionNote(), null));
            }
        }
        return entries.stream().sorted(Comparator.comparing(TimelineEntry::at).reversed()).limit(limit).toList();
    }

    @Override
    public Optional<String> reasonToKeep(Long businessId) {
        return KeepReasons.counted(flags.countOf(businessId), "It has", "flag", "flags");
    }
}
