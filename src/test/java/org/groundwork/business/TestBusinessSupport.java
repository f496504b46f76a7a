package org.groundwork.business;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Stand-ins for the features that plug into businesses, for tests: a feature holding records of chosen
 * businesses, a listener that remembers merges, and an action offered on the target list.
 */
public final class TestBusinessSupport {

    private TestBusinessSupport() {
    }

    /** Objects to deleting the businesses a test names, as the visits feature does for businesses with visits. */
    @Component
    public static class HeldRecords implements BusinessReferences {

        private final Set<Long> held = ConcurrentHashMap.newKeySet();

        public void hold(Long businessId) {
            held.add(businessId);
        }

        @Override
        public Optional<String> reasonToKeep(Long businessId) {
            return held.contains(businessId) ? Optional.of("It has 2 visits.") : Optional.empty();
        }
    }

    @Component
    public static class RecordedMerges {

        private final List<BusinessesMerged> merges = new CopyOnWriteArrayList<>();

        @EventListener
        void on(BusinessesMerged merged) {
            merges.add(merged);
        }

        public List<BusinessesMerged> all() {
            return merges;
        }
    }

    @Component
    public static class PlanTestVisit implements BusinessAction {

        public static final String LABEL = "Plan a test visit";
        private final List<Long> started = new CopyOnWriteArrayList<>();

        @Override
        public String label() {
            return LABEL;
        }

        @Override
        public int order() {
            return 1000;
        }

        @Override
        public boolean offeredOnTargetList() {
            return true;
        }

        @Override
        public void start(Business business) {
            started.add(business.getId());
        }

        public List<Long> started() {
            return started;
        }
    }
}
