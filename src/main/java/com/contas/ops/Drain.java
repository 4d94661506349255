package com.contas.ops;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Clock;
import java.time.Instant;
import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Draining this instance before a restart (README "Rolling restart"), on the management port only:
 * {@code POST /actuator/drain} turns readiness to "refusing traffic", which the readiness endpoint
 * answers with 404 (application.properties); HAProxy's {@code http-check disable-on-404} then sends
 * no new user here while the users already here (the stickiness cookie) keep working. Each open tab
 * is told that it will be asked to sign in again after the update. {@code GET} shows what is still
 * open ({@link DrainState}); {@code DELETE} cancels the drain. The operator stops the instance when
 * nobody is working there any more or the wait they allow is over; a stop ({@code SIGTERM}) finishes
 * the requests under way ({@code server.shutdown=graceful}).
 */
@Component
@Endpoint(id = "drain")
public class Drain {

    private final ApplicationEventPublisher events;
    private final OpenUis open;
    private final Clock clock;
    private volatile Instant since;

    Drain(ApplicationEventPublisher events, OpenUis open) {
        this.events = events;
        this.open = open;
        this.clock = Clock.systemUTC();
    }

    /**
     * Whether the instance is draining (since when) and what is still here: sessions (signed in or
     * not, until they time out), tabs open in a browser now (their push connection is open), and
     * of those the tabs of signed-in users, where someone may be working: the drain is done when
     * {@code working} is 0.
     */
    public record DrainState(boolean draining, Instant since, int sessions, int tabs, int working) {}

    @ReadOperation
    public DrainState state() {
        Instant started = since;
        return new DrainState(started != null, started, open.sessions(), open.connected(), open.working());
    }

    @WriteOperation
    public synchronized DrainState start() {
        if (since == null) {
            since = clock.instant();
            AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
            for (UI ui : open.snapshot()) {
                ui.access(() -> tell(ui));
            }
        }
        return state();
    }

    @DeleteOperation
    public synchronized DrainState cancel() {
        if (since != null) {
            since = null;
            AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
        }
        return state();
    }

    /** A notice that stays until the user closes it: they may be typing and look up later. */
    private static void tell(UI ui) {
        Notification notice = new Notification();
        Button close = new Button(ui.getTranslation("ops.draining.ok"), click -> notice.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout content = new HorizontalLayout(new Span(ui.getTranslation("ops.draining")), close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notice.add(content);
        notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        notice.setPosition(Notification.Position.TOP_CENTER);
        notice.setDuration(0);
        notice.addClassName("draining-notice");
        notice.open();
    }
}
