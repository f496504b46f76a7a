package org.groundwork.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessReferences;
import org.groundwork.business.TimelineEntry;
import org.groundwork.business.TimelineSource;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.MutableClock;
import org.groundwork.testing.TestBusinesses;
import org.groundwork.testing.TestFlags;
import org.groundwork.visit.flag.Flag;
import org.groundwork.visit.flag.FlagColour;
import org.groundwork.visit.flag.FlagService;
import org.groundwork.visit.followup.FollowUp;
import org.groundwork.visit.followup.FollowUpService;
import org.groundwork.visit.followup.FollowUpStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Flags and follow-ups appear on the business timeline in order, and keep a business from being deleted. */
@GroundworkTest
class FlagsAndFollowUpsTimelineTest {

    @Autowired
    List<TimelineSource> sources;
    @Autowired
    List<BusinessReferences> references;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestBusinesses businesses;
    @Autowired
    TestFlags testFlags;
    @Autowired
    FlagService flags;
    @Autowired
    FollowUpService followUps;
    @Autowired
    MutableClock clock;

    @Test
    void raisedResolvedAndFollowedUpInChronologicalOrder() {
        UserAccount me = accounts.signIn("timeline-" + UUID.randomUUID().toString().substring(0, 8), Role.STAFF);
        Business business = businesses.named("Timeline " + UUID.randomUUID());
        assertThat(reasons(business)).isEmpty();

        Flag flag = testFlags.raise(business, FlagColour.RED, "Layoffs planned");
        clock.advance(Duration.ofHours(1));
        FollowUp followUp = new FollowUp(business, null, flag.getId());
        followUp.setDescription("Call the workforce board about rapid response");
        followUp.setDueDate(LocalDate.now().plusDays(3));
        followUp.setOwnerStaffId(me.getId());
        FollowUp created = followUps.create(followUp);
        clock.advance(Duration.ofHours(1));
        followUps.close(created.getId(), created.getVersion(), FollowUpStatus.DONE, "Rapid response team booked.");
        clock.advance(Duration.ofHours(1));
        flags.resolve(flag.getId(), flags.find(flag.getId()).orElseThrow().getVersion(), "Layoffs avoided.");

        List<TimelineEntry> timeline = sources.stream().flatMap(s -> s.entriesFor(business.getId(), 10).stream())
                .sorted(Comparator.comparing(TimelineEntry::at).reversed()).toList();
        assertThat(timeline).extracting(TimelineEntry::kind)
                .containsExactly("Flag resolved", "Follow-up done", "Follow-up", "Flag");
        assertThat(timeline.getFirst().detail()).endsWith("Layoffs avoided.");
        assertThat(timeline.get(2).detail()).startsWith("For " + me.getFullName());
        assertThat(timeline.getLast().title()).isEqualTo("Red flag: Layoffs planned");
        assertThat(reasons(business)).containsExactlyInAnyOrder("It has 1 flag.", "It has 1 follow-up.");
    }

    private List<String> reasons(Business business) {
        return references.stream().map(r -> r.reasonToKeep(business.getId())).flatMap(Optional::stream).toList();
    }
}
