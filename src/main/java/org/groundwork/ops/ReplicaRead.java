package org.groundwork.ops;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read-only report or dashboard query that may read from the replica database
 * ({@code GROUNDWORK_DB_REPLICA_URL}). Without a replica it changes nothing. Only for reads that tolerate a few
 * seconds of replication lag: never for a page that shows what its user has just saved. A call that joins a
 * transaction already holding a connection stays on that connection.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ReplicaRead {
}
