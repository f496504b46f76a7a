package org.groundwork.ops;

import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

/**
 * Sends connections taken inside a {@link ReplicaRead} call to the replica and all others to the primary. The
 * choice is made when a connection is taken, so the data source in front of it must take connections lazily.
 */
class ReplicaRouting extends AbstractRoutingDataSource {

    enum Target { PRIMARY, REPLICA }

    private static final ThreadLocal<Boolean> READING_REPLICA = ThreadLocal.withInitial(() -> false);

    @Override
    protected Object determineCurrentLookupKey() {
        return READING_REPLICA.get() ? Target.REPLICA : Target.PRIMARY;
    }

    /** Runs a call with replica reads switched on, restoring the caller's setting afterwards. */
    static <T> T onReplica(ThrowingSupplier<T> call) throws Throwable {
        boolean before = READING_REPLICA.get();
        READING_REPLICA.set(true);
        try {
            return call.get();
        } finally {
            READING_REPLICA.set(before);
        }
    }

    @FunctionalInterface
    interface ThrowingSupplier<T> {
        T get() throws Throwable;
    }
}
