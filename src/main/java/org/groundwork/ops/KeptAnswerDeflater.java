package org.groundwork.ops;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.springframework.stereotype.Component;

/**
 * Keeps each UI's last round-trip answer deflated between requests. Vaadin holds a UI's last answer (a JSON string,
 * 30-90 kB for a page, the largest thing a signed-in UI holds) only to replay it when the browser re-sends a request
 * whose answer was lost. JSON deflates about tenfold, so the answer is kept deflated and inflated again just before
 * Vaadin handles the UI's next request, where a replay would read it.
 */
@Component
class KeptAnswerDeflater implements VaadinServiceInitListener {

    /** The deflated answer, kept as the UI's data in place of Vaadin's string. */
    record Deflated(byte[] bytes) {
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Handlers added here run before Vaadin's own, so this one answers every UIDL request.
        event.addRequestHandler(new DeflatingUidlRequestHandler());
    }

    /** Replaces the UI's kept answer with its deflated bytes. */
    static void deflate(UI ui) {
        String answer = ui.getInternals().getLastRequestResponse();
        if (answer != null) {
            ComponentUtil.setData(ui, Deflated.class, new Deflated(deflate(answer)));
            ui.getInternals().setLastRequestResponse(null);
        }
    }

    /** Puts the UI's kept answer back as Vaadin keeps it, if it was deflated. */
    static void inflate(UI ui) {
        Deflated deflated = ComponentUtil.getData(ui, Deflated.class);
        if (deflated != null) {
            ui.getInternals().setLastRequestResponse(inflate(deflated.bytes()));
            ComponentUtil.setData(ui, Deflated.class, null);
        }
    }

    static byte[] deflate(String text) {
        byte[] input = text.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(input);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 8 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static String inflate(byte[] bytes) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 8);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int length = inflater.inflate(buffer);
                if (length == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("A kept answer was cut short");
                }
                out.write(buffer, 0, length);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException corrupt) {
            throw new IllegalStateException("A kept answer could not be inflated", corrupt);
        } finally {
            inflater.end();
        }
    }
}
