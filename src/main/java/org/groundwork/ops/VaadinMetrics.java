package org.groundwork.ops;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Publishes what a Vaadin node is carrying: {@code groundwork.vaadin.sessions} and {@code groundwork.vaadin.uis}
 * (open sessions and browser tabs), and {@code groundwork.vaadin.requests}, a timer per request type
 * ({@code uidl} for server round trips, {@code heartbeat}, {@code init}, {@code other} for page loads and static files).
 */
@Component
class VaadinMetrics implements VaadinServiceInitListener, VaadinRequestInterceptor {

    private static final String STARTED = VaadinMetrics.class.getName() + ".started";

    private final transient MeterRegistry registry;
    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    VaadinMetrics(MeterRegistry registry) {
        this.registry = registry;
        registry.gauge("groundwork.vaadin.sessions", sessions);
        registry.gauge("groundwork.vaadin.uis", uis);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        service.addSessionInitListener(init -> sessions.incrementAndGet());
        service.addSessionDestroyListener(destroy -> sessions.decrementAndGet());
        service.addUIInitListener(init -> {
            uis.incrementAndGet();
            init.getUI().addDetachListener(detach -> uis.decrementAndGet());
        });
        event.addVaadinRequestInterceptor(this);
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        request.setAttribute(STARTED, System.nanoTime());
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
            Exception exception) {
        record(request, exception.getClass().getSimpleName());
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        record(request, "none");
    }

    private void record(VaadinRequest request, String exception) {
        if (request.getAttribute(STARTED) instanceof Long started) {
            request.removeAttribute(STARTED);
            Timer.builder("groundwork.vaadin.requests")
                    .description("Time the server spent on a Vaadin request")
                    .tag("type", type(request)).tag("exception", exception)
                    .publishPercentileHistogram()
                    .register(registry)
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private static String type(VaadinRequest request) {
        String type = request.getParameter("v-r");
        return type == null ? "other" : type;
    }
}
