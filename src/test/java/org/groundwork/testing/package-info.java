/**
 * The test kit, in one place. Every service and view test runs in the one shared Spring context of
 * {@link org.groundwork.testing.GroundworkTest} (views: {@link org.groundwork.testing.ViewTestBase}), which signs
 * the thread out and puts the clock back after each test; {@link org.groundwork.testing.SignedInAs} signs a class's
 * account in before each test. Records are made through the real services by the fixtures named for what they
 * make: {@link org.groundwork.testing.TestBusinesses}, {@link org.groundwork.testing.TestOrganizations},
 * {@link org.groundwork.testing.TestIssues}, {@link org.groundwork.testing.TestFlags},
 * {@link org.groundwork.testing.TestFollowUps} and {@link org.groundwork.testing.TestOpportunities}; accounts by
 * {@code security.TestAccounts}, visits by {@code visit.VisitFixtures} (written straight to the tables, with the
 * visit tally, by {@link org.groundwork.testing.TestVisits}, which the tally and drift tests reach through
 * {@link org.groundwork.testing.TallyTestBase}), plans by {@code plan.PlanFixtures}, and two
 * partner organizations with what is shared with each by {@code issue.PartnerWorld}. Browser journeys extend
 * {@link org.groundwork.testing.BrowserJourney}.
 */
package org.groundwork.testing;
