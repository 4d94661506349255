package com.contas.ops;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.PushConnection;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Open Vaadin sessions, open UIs (browser tabs) and the UIs whose push connection is open, as
 * gauges. UIs are held weakly: a tab that goes away without a goodbye is dropped when Vaadin
 * forgets it (the session's heartbeat timeout), never kept alive by the meter.
 */
@Component
class VaadinMeters implements VaadinServiceInitListener {

    private final AtomicInteger sessions = new AtomicInteger();
    private final Set<UI> uis = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    VaadinMeters(MeterRegistry meters) {
        Gauge.builder("contas.vaadin.sessions", sessions, AtomicInteger::get)
                .description("Open Vaadin sessions on this instance")
                .register(meters);
        Gauge.builder("contas.vaadin.uis", this, VaadinMeters::openUis)
                .description("Open UIs (browser tabs) on this instance")
                .register(meters);
        Gauge.builder("contas.vaadin.push.connections", this, VaadinMeters::pushConnections)
                .description("UIs whose push connection (WebSocket) is open")
                .register(meters);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> sessions.decrementAndGet());
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            uis.add(ui);
            ui.addDetachListener(detach -> uis.remove(ui));
        });
    }

    double openUis() {
        return uis.size();
    }

    /** Reads each UI's push state without its session lock: a gauge may be a moment behind. */
    double pushConnections() {
        UI[] open;
        synchronized (uis) {
            open = uis.toArray(UI[]::new);
        }
        int connected = 0;
        for (UI ui : open) {
            PushConnection push = ui.getInternals().getPushConnection();
            if (push != null && push.isConnected()) {
                connected++;
            }
        }
        return connected;
    }
}
