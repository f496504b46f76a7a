package org.groundwork.ops;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import java.io.IOException;
import java.util.Optional;

/**
 * Vaadin's UIDL handling with the UI's kept answer inflated for the request (a replay of a lost answer reads it) and
 * deflated again once the new answer is written. Runs under the session lock, like the handler it extends.
 */
class DeflatingUidlRequestHandler extends UidlRequestHandler {

    @Override
    public Optional<ResponseWriter> synchronizedHandleRequest(VaadinSession session, VaadinRequest request,
            VaadinResponse response, String requestBody) throws IOException {
        UI ui = session.getService().findUI(request);
        if (ui == null) {
            return super.synchronizedHandleRequest(session, request, response, requestBody);
        }
        KeptAnswerDeflater.inflate(ui);
        try {
            return super.synchronizedHandleRequest(session, request, response, requestBody);
        } finally {
            KeptAnswerDeflater.deflate(ui);
        }
    }
}
