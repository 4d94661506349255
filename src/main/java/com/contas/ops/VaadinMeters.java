package com.contas.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Open Vaadin sessions, open UIs (browser tabs) and the UIs whose push connection is open, as gauges. */
@Component
class VaadinMeters {

    VaadinMeters(MeterRegistry meters, OpenUis open) {
        Gauge.builder("contas.vaadin.sessions", open, OpenUis::sessions)
                .description("Open Vaadin sessions on this instance")
                .register(meters);
        Gauge.builder("contas.vaadin.uis", open, OpenUis::count)
                .description("Open UIs (browser tabs) on this instance")
                .register(meters);
        Gauge.builder("contas.vaadin.push.connections", open, OpenUis::connected)
                .description("UIs whose push connection (WebSocket) is open")
                .register(meters);
    }
}
