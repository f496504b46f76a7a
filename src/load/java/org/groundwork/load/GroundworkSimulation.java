package org.groundwork.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * Staff browsing and filtering businesses and opening business pages, directors opening the dashboard and a report
 * on screen, and partners reading the portal's board and a shared issue, against one node on the loopback address
 * ({@code -Dload.port}). {@code load.users} concurrent users (70% staff, 20% directors, 10% partners) ramp up over
 * {@code load.ramp} seconds and keep working for {@code load.minutes} more; the run then stops wherever it is
 * (bounded in time). Leaving a page
 * sends the browser's unload beacon, so each user holds one UI at a time, as in a browser tab. With
 * {@code -Dload.jdbc} (and {@code load.jdbc.user}, {@code load.jdbc.password}) the run first writes
 * {@link LoadFixture}: an account per simulated user and planned visits in the past, and every third round a
 * staff member also completes an interview (opens a visit, answers its required questions, completes it). Without
 * it every simulated user signs in with the demo's shared account and no interviews are done.
 */
public class GroundworkSimulation extends Simulation {

    private static final int PORT = Integer.getInteger("load.port", 8096);
    private static final int USERS = Integer.getInteger("load.users", 200);
    private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("load.ramp", 60));
    private static final Duration STEADY = Duration.ofMinutes(Integer.getInteger("load.minutes", 5));
    private static final String PASSWORD = "demo-pass-2026";
    /** The node's database, for the planned visits staff complete; without it staff do no interviews. */
    private static final String JDBC = System.getProperty("load.jdbc", "");
    private static final int INTERVIEW_EVERY = 3;
    /** More than a staff member gets through in a run (a round takes 15-30 s; one in three has an interview). */
    private static final int VISITS_PER_STAFF = 10;

    private final LoadFixture fixture = new LoadFixture();

    private final HttpProtocolBuilder protocol = http.baseUrl("http://127.0.0.1:" + PORT)
            .acceptHeader("*/*").userAgentHeader("groundwork-load").disableCaching();

    private final ScenarioBuilder staff = scenario("staff")
            .exec(session -> session.set("businessId", 1 + session.userId() % 50))
            .exec(session -> session.set("username", username("staff", session.userId())))
            .exec(VaadinProtocol.signIn("#{username}", PASSWORD))
            .exec(VaadinProtocol.open("dashboard", ""))
            .forever("round").on(exec(VaadinProtocol.open("businesses", "businesses"))
                    .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
                    .exec(VaadinProtocol.filterBusinesses("harbor"))
                    .pause(Duration.ofSeconds(1), Duration.ofSeconds(4))
                    .exec(VaadinProtocol.open("business page", "businesses/#{businessId}"))
                    .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
                    .exec(VaadinProtocol.heartbeat())
                    .exec(session -> {
                        Long visit = session.getInt("round") % INTERVIEW_EVERY == 0 ? fixture.take(session.getString("username")) : null;
                        return visit == null ? session.remove("visitId") : session.set("visitId", visit);
                    })
                    .doIf(session -> session.contains("visitId")).then(completeInterview()));

    /** The fixture's own account for this simulated user, or the demo's shared one without a fixture. */
    private static String username(String role, long userId) {
        return JDBC.isBlank() ? role : LoadFixture.username(role, userId);
    }

    /** Opens a planned visit of the past, answers its two required questions and completes it. */
    private static ChainBuilder completeInterview() {
        return exec(VaadinProtocol.open("interview", "visits/#{visitId}",
                VaadinProtocol.answerInput("employees_now", "employeesInput"),
                VaadinProtocol.answerInput("local_services_rating", "ratingInput")))
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
                .exec(VaadinProtocol.completeInterview("employeesInput", "ratingInput"))
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    private final ScenarioBuilder directors = scenario("director")
            .exec(session -> session.set("username", username("director", session.userId())))
            .exec(VaadinProtocol.signIn("#{username}", PASSWORD))
            .forever().on(exec(VaadinProtocol.open("dashboard", ""))
                    .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
                    .exec(VaadinProtocol.open("reports", "reports"))
                    .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
                    .exec(VaadinProtocol.click("reports: show a report on screen", "Show on screen",
                            substring("vaadin-grid").exists()))
                    .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
                    .exec(VaadinProtocol.heartbeat()));

    private final ScenarioBuilder partners = scenario("partner")
            .exec(session -> session.set("username", username("partner", session.userId())))
            .exec(VaadinProtocol.signIn("#{username}", PASSWORD))
            .forever().on(exec(VaadinProtocol.open("portal board", "portal"))
                    .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
                    .exec(VaadinProtocol.open("portal issue", "portal/issues/1"))
                    .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
                    .exec(VaadinProtocol.heartbeat()));

    @Override
    public void before() {
        if (!JDBC.isBlank()) {
            fixture.create(JDBC, System.getProperty("load.jdbc.user", "sa"),
                    System.getProperty("load.jdbc.password", ""), USERS, VISITS_PER_STAFF);
        }
    }

    {
        int directorUsers = Math.max(1, USERS / 5);
        int partnerUsers = Math.max(1, USERS / 10);
        // Every user loops until the end: after the ramp, USERS are signed in and working at once.
        setUp(staff.injectOpen(rampUsers(USERS - directorUsers - partnerUsers).during(RAMP)),
                directors.injectOpen(rampUsers(directorUsers).during(RAMP)),
                partners.injectOpen(rampUsers(partnerUsers).during(RAMP)))
                .protocols(protocol)
                .maxDuration(RAMP.plus(STEADY))
                .assertions(global().failedRequests().count().is(0L),
                        global().responseTime().percentile(95).lte(300));
    }
}
