package com.contas.ops;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.communication.PushConnection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * This instance's open Vaadin sessions and UIs (browser tabs), for the meters and for a drain. UIs
 * are held weakly: a tab that goes away without a goodbye is dropped when Vaadin forgets it (the
 * session's heartbeat timeout), never kept alive here.
 */
@Component
class OpenUis implements VaadinServiceInitListener {

    private final AtomicInteger sessions = new AtomicInteger();
    private final Set<UI> uis = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

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

    int sessions() {
        return sessions.get();
    }

    int count() {
        return uis.size();
    }

    /** UIs whose push connection (WebSocket) is open: tabs open in a browser now. */
    int connected() {
        int connected = 0;
        for (UI ui : snapshot()) {
            if (connected(ui)) {
                connected++;
            }
        }
        return connected;
    }

    /** Connected tabs of signed-in users (not a sign-in page): someone may be working there. */
    int working() {
        int working = 0;
        for (UI ui : snapshot()) {
            if (connected(ui) && signedIn(ui)) {
                working++;
            }
        }
        return working;
    }

    /** Read without the session lock: a moment behind at worst. */
    private static boolean connected(UI ui) {
        PushConnection push = ui.getInternals().getPushConnection();
        return push != null && push.isConnected();
    }

    private static boolean signedIn(UI ui) {
        VaadinSession session = ui.getSession();
        WrappedSession http = session == null ? null : session.getSession();
        if (http == null) {
            return false;
        }
        try {
            return http.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                            instanceof SecurityContext context
                    && context.getAuthentication() != null
                    && context.getAuthentication().isAuthenticated()
                    && !(context.getAuthentication() instanceof AnonymousAuthenticationToken);
        } catch (IllegalStateException invalidated) {
            return false; // signed out a moment ago
        }
    }

    /** The open UIs at this moment; read each one under its session lock ({@code ui.access}). */
    List<UI> snapshot() {
        synchronized (uis) {
            return List.copyOf(uis);
        }
    }
}
