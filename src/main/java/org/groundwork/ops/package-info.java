/**
 * Running Groundwork on several nodes and watching it: the scheduler lock shared through the database, routing of
 * report and dashboard reads to a replica ({@link org.groundwork.ops.ReplicaRead}), and the metrics the
 * management port publishes.
 */
package org.groundwork.ops;
