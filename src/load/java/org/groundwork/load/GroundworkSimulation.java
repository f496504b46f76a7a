package org.groundwork.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * Staff browsing and filtering businesses and opening business pages, directors opening the dashboard and a report
 * on screen, and partners reading the portal's board and a shared issue, against one node on the loopback address
 * ({@code -Dload.port}). {@code load.users} concurrent users (70% staff, 20% directors, 10% partners) ramp up over
 * {@code load.ramp} seconds and keep working for {@code load.minutes} more; the run then stops wherever it is
 * (bounded in time). Users are the demo data's {@code staff}, {@code director} and {@code partner}. Leaving a page
 * sends the browser's unload beacon, so each user holds one UI at a time, as in a browser tab.
 */
public class GroundworkSimulation extends Simulation {

    private static final int PORT = Integer.getInteger("load.port", 8096);
    private static final int USERS = Integer.getInteger("load.users", 200);
    private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("load.ramp", 60));
    private static final Duration STEADY = Duration.ofMinutes(Integer.getInteger("load.minutes", 5));
    private static final String PASSWORD = "demo-pass-2026";

    private final HttpProtocolBuilder protocol = http.baseUrl("http://127.0.0.1:" + PORT)
            .acceptHeader("*/*").userAgentHeader("groundwork-load").disableCaching();

    private final ScenarioBuilder staff = scenario("staff")
            .exec(session -> session.set("businessId", 1 + session.userId() % 50))
            .exec(VaadinProtocol.signIn("staff", PASSWORD))
            .exec(VaadinProtocol.open("dashboard", ""))
            .forever().on(exec(VaadinProtocol.open("businesses", "businesses"))
                    .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
                    .exec(VaadinProtocol.filterBusinesses("harbor"))
                    .pause(Duration.ofSeconds(1), Duration.ofSeconds(4))
                    .exec(VaadinProtocol.open("business page", "businesses/#{businessId}"))
                    .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
                    .exec(VaadinProtocol.heartbeat()));

    private final ScenarioBuilder directors = scenario("director")
            .exec(VaadinProtocol.signIn("director", PASSWORD))
            .forever().on(exec(VaadinProtocol.open("dashboard", ""))
                    .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
                    .exec(VaadinProtocol.open("reports", "reports"))
                    .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
                    .exec(VaadinProtocol.click("reports: show a report on screen", "Show on screen",
                            substring("vaadin-grid").exists()))
                    .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
                    .exec(VaadinProtocol.heartbeat()));

    private final ScenarioBuilder partners = scenario("partner")
            .exec(VaadinProtocol.signIn("partner", PASSWORD))
            .forever().on(exec(VaadinProtocol.open("portal board", "portal"))
                    .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
                    .exec(VaadinProtocol.open("portal issue", "portal/issues/1"))
                    .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
                    .exec(VaadinProtocol.heartbeat()));

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
