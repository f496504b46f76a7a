/**
 * The visit tally (decision 022, TALLY.md): completed visits counted per business and per month, quarter and year,
 * kept on every write so that readers of whole periods (drift, reports, the dashboard) read a few hundred rows
 * instead of a year of visits. Exposed so that other features can keep it current ({@code VisitTally.refresh})
 * and rebuild it after bulk loads.
 */
@org.springframework.modulith.NamedInterface("tally")
package org.groundwork.visit.tally;
