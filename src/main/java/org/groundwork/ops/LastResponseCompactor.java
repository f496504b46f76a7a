package org.groundwork.ops;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * Halves the memory of the answer each UI keeps. Vaadin holds a UI's last server round-trip answer (a JSON string,
 * 30–90 kB for a page) to replay it if the browser re-sends a request whose answer was lost. Java stores a string
 * with one character beyond Latin-1 (an em dash for an empty value, "…" on a button, a name in another script) at
 * two bytes per character; this rewrites those characters as JSON {@code \}{@code uXXXX} escapes after each round
 * trip, so the same JSON is kept at one byte per character and replays unchanged.
 */
@Component
class LastResponseCompactor implements VaadinServiceInitListener, VaadinRequestInterceptor {

    private static final char LATIN_1_MAX = 0xFF;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(this);
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        // only the end of a round trip matters
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
            Exception exception) {
        // the answer Vaadin keeps is compacted at the request's end either way
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        String uiId = request.getParameter("v-uiId");
        if (session == null || uiId == null || !"uidl".equals(request.getParameter("v-r"))) {
            return;
        }
        session.lock();
        try {
            UI ui = session.getUIById(Integer.parseInt(uiId));
            if (ui != null) {
                String kept = ui.getInternals().getLastRequestResponse();
                String compact = latin1(kept);
                if (compact != kept) {
                    ui.getInternals().setLastRequestResponse(compact);
                }
            }
        } catch (NumberFormatException notAnId) {
            // Vaadin has already answered such a request with an error; there is nothing kept to compact
        } finally {
            session.unlock();
        }
    }

    /**
     * The same JSON with every character beyond Latin-1 written as a {@code \}{@code uXXXX} escape, or the very
     * string given when it has none. Such characters only occur inside JSON strings, where the escape means the
     * same character.
     */
    static String latin1(String json) {
        if (json == null) {
            return null;
        }
        int first = 0;
        while (first < json.length() && json.charAt(first) <= LATIN_1_MAX) {
            first++;
        }
        if (first == json.length()) {
            return json;
        }
        StringBuilder escaped = new StringBuilder(json.length() + 64).append(json, 0, first);
        for (int i = first; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c <= LATIN_1_MAX) {
                escaped.append(c);
            } else {
                escaped.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
                        .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
            }
        }
        return escaped.toString();
    }
}
