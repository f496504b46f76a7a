package org.groundwork.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requests a browser makes to a Vaadin Flow application, as Gatling chains: sign in with the form, open a page by
 * address (the unload beacon for the page left behind, the bootstrap page, then the init request that creates the
 * server-side UI and returns its CSRF token and UI id), and UIDL round trips that carry that token and the running
 * {@code syncId}/{@code clientId}, exactly as the client engine sends them; a wrong token or sequence number makes
 * the server answer with an {@code appError} (synchronization error), which the checks count as a failed request.
 */
final class VaadinProtocol {

    /** What a browser reports with a click; ClickEvent reads every one of them. */
    private static final String CLICK_DATA = "{\"event.screenX\":0,\"event.screenY\":0,\"event.clientX\":0,"
            + "\"event.clientY\":0,\"event.detail\":1,\"event.button\":0,\"event.ctrlKey\":false,"
            + "\"event.shiftKey\":false,\"event.altKey\":false,\"event.metaKey\":false}";

    private VaadinProtocol() {
    }

    static ChainBuilder signIn(String username, String password) {
        return exec(http("sign-in page").get("/login").check(status().is(200)))
                .exec(http("sign in").post("/login")
                        .formParam("username", username).formParam("password", password)
                        .disableFollowRedirect()
                        .check(status().is(302), header("Location").transform(to -> to.contains("error")).is(false)));
    }

    /**
     * A page opened by address: the unload beacon for the page the user leaves (Vaadin closes that UI at once, as
     * it does for a browser), the bootstrap document, Vaadin's init request (creates the UI; returns its id and
     * CSRF token), then the client router's navigation round trip, which builds the view.
     */
    static ChainBuilder open(String name, String location, CheckBuilder... viewChecks) {
        return exec(leave())
                .exec(http(name + ": page").get("/" + location).check(status().is(200)))
                .exec(http(name + ": init").get("/?v-r=init&location=" + location + "&query=")
                        .check(status().is(200))
                        .check(regex("\"Vaadin-Security-Key\":\"([^\"]+)\"").saveAs("csrf"))
                        .check(regex("\"v-uiId\":(\\d+)").saveAs("uiId")))
                .exec(session -> session.set("syncId", 0).set("clientId", 0))
                .exec(uidl(name + ": view", "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                        + "\"data\":{\"route\":\"" + location + "\",\"query\":\"\",\"appShellTitle\":\"\","
                        + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}]",
                        viewChecks(regex("\"node\":(\\d+),\"type\":\"put\",\"key\":\"placeholder\",\"feat\":1,"
                                + "\"value\":\"Search businesses\"").optional().saveAs("nameFilter"), viewChecks)));
    }

    private static CheckBuilder[] viewChecks(CheckBuilder nameFilter, CheckBuilder... more) {
        CheckBuilder[] all = new CheckBuilder[more.length + 1];
        all[0] = nameFilter;
        System.arraycopy(more, 0, all, 1, more.length);
        return all;
    }

    /** Saves the node id of the answer input for the question {@code key} (its {@code data-question} attribute). */
    static CheckBuilder answerInput(String key, String saveAs) {
        return regex("\"node\":(\\d+),\"type\":\"put\",\"key\":\"data-question\",\"feat\":\\d+,\"value\":\""
                + key + "\"").saveAs(saveAs);
    }

    /**
     * Answers the interview opened last (nodes saved by {@link #answerInput}): a number typed into one field (a
     * value sync and its input event), a choice in a radio group (a value sync and its change event), each saved
     * by the app at once, then a click on its "Complete visit" button.
     */
    static ChainBuilder completeInterview(String employeesNode, String ratingNode) {
        return exec(session -> session.set("completeButton", holderOf(session.getString("lastAnswer"),
                "Complete visit")))
                .exec(uidl("interview: answer a number", "[{\"type\":\"mSync\",\"node\":#{" + employeesNode + "},"
                + "\"feature\":1,\"property\":\"value\",\"value\":\"12\"},{\"type\":\"event\",\"node\":#{"
                + employeesNode + "},\"event\":\"input\",\"data\":{}}]", substring("\"Saved\"").exists()))
                .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                .exec(uidl("interview: choose a rating", "[{\"type\":\"mSync\",\"node\":#{" + ratingNode + "},"
                        + "\"feature\":1,\"property\":\"value\",\"value\":\"4\"},{\"type\":\"event\",\"node\":#{"
                        + ratingNode + "},\"event\":\"value-changed\",\"data\":{}}]", substring("\"Saved\"").exists()))
                .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                .exec(uidl("interview: complete", "[{\"type\":\"event\",\"node\":#{completeButton},"
                        + "\"event\":\"click\",\"data\":" + CLICK_DATA + "}]",
                        substring("Visit completed").exists()));
    }

    /** The beacon a browser sends from a page it leaves ({@code UNLOAD}); nothing when no page is open yet. */
    private static ChainBuilder leave() {
        return doIf(session -> session.contains("uiId")).then(exec(http("leave page (beacon)")
                .post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "text/plain;charset=UTF-8")
                .body(StringBody("{\"csrfToken\":\"#{csrf}\",\"rpc\":[],\"syncId\":#{syncId},"
                        + "\"clientId\":#{clientId},\"UNLOAD\":true}"))
                .check(status().is(200))));
    }

    /** Types into the businesses grid's name filter (a value sync plus its input event) and checks the grid updates. */
    static ChainBuilder filterBusinesses(String text) {
        return uidl("businesses: filter by name", "[{\"type\":\"mSync\",\"node\":#{nameFilter},\"feature\":1,"
                + "\"property\":\"value\",\"value\":\"" + text + "\"},{\"type\":\"event\",\"node\":#{nameFilter},"
                + "\"event\":\"input\",\"data\":{}}]", substring("\"key\":\"size\"").exists());
    }

    /**
     * Clicks the first button whose text is {@code text} in the UI as the last answer built it (its text node is
     * found, then the element that holds it), and checks the answer with {@code checks}.
     */
    static ChainBuilder click(String name, String text, CheckBuilder... checks) {
        return exec(session -> {
            String answer = session.getString("lastAnswer");
            String holder = answer == null ? "" : holderOf(answer, text);
            return holder.isEmpty() ? session.markAsFailed().set("target", "none") : session.set("target", holder);
        }).exitHereIfFailed().exec(uidl(name, "[{\"type\":\"event\",\"node\":#{target},\"event\":\"click\",\"data\":"
                + CLICK_DATA + "}]", checks));
    }

    /** The node id of the element holding the first text node {@code text} in an answer, or "" if there is none. */
    private static String holderOf(String answer, String text) {
        Matcher found = Pattern.compile("\"node\":(\\d+),\"type\":\"put\",\"key\":\"text\",\"feat\":\\d+,"
                + "\"value\":\"" + Pattern.quote(text) + "\"").matcher(answer);
        if (!found.find()) {
            return "";
        }
        Matcher holder = Pattern.compile("\"node\":(\\d+),\"type\":\"splice\",\"feat\":2,\"index\":\\d+,"
                + "\"addNodes\":\\[(\\d+,)*" + found.group(1) + "[,\\]]").matcher(answer);
        return holder.find() ? holder.group(1) : "";
    }

    /**
     * One UIDL round trip with the given RPC invocations (a JSON array; Gatling EL allowed), carrying the UI's CSRF
     * token and the current {@code syncId}/{@code clientId}; keeps the ones the server answers with, and the answer.
     */
    static ChainBuilder uidl(String name, String rpc, CheckBuilder... checks) {
        return exec(http(name).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody("{\"csrfToken\":\"#{csrf}\",\"rpc\":" + rpc
                        + ",\"syncId\":#{syncId},\"clientId\":#{clientId}}"))
                .check(status().is(200))
                .check(substring("appError").notExists())
                .check(regex("\"syncId\":(\\d+)").saveAs("syncId"))
                .check(regex("\"clientId\":(\\d+)").saveAs("clientId"))
                .check(bodyString().saveAs("lastAnswer"))
                .check(checks));
    }

    static ChainBuilder heartbeat() {
        return exec(http("heartbeat").post("/?v-r=heartbeat&v-uiId=#{uiId}")
                .header("Content-Type", "text/plain;charset=utf-8")
                .check(status().is(200)));
    }
}
