package com.contas.bench;

import com.contas.security.DemoUser;
import com.contas.testsupport.MockUi;
import com.contas.testsupport.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import org.springframework.context.ApplicationContext;

/** What the UI benchmarks share: a fresh signed-in UI, and the size of its session. */
final class UiBench {

    private UiBench() {
    }

    /** Ends the current mock UI (if any) and starts a new session and UI with the demo USER signed in. */
    static void freshUi(ApplicationContext context, TestData data) {
        MockUi.tearDown();
        MockUi.setUp(context);
        data.signIn(DemoUser.USER);
    }

    /**
     * What the server does to answer the browser after handling a request: runs what waits for the
     * response and writes the UI's changes as the JSON it sends back. Returns the JSON's length.
     * (Karibu's {@code clientRoundtrip()} runs the first part only, and then walks the whole
     * component tree to remove closed dialogs, which no server does: on a board that walk was half
     * of a move.)
     */
    static int respond() {
        return respond(com.vaadin.flow.component.UI.getCurrent());
    }

    static int respond(com.vaadin.flow.component.UI ui) {
        return new com.vaadin.flow.server.communication.UidlWriter().createUidl(ui, false).toString().length();
    }

    /**
     * The serialized VaadinSession, as session replication would write it. Karibu's fake servlet
     * objects are not serializable; they are written as null and listed, so that a
     * non-serializable object of the application would show up here too.
     */
    static long sessionBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        java.util.Set<String> skipped = new java.util.TreeSet<>();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes) {
            {
                enableReplaceObject(true);
            }

            @Override
            protected Object replaceObject(Object obj) {
                if (obj != null && !(obj instanceof java.io.Serializable)) {
                    String name = obj.getClass().getName();
                    skipped.add(name.contains("$$Lambda") ? name.substring(0, name.indexOf("$$Lambda")) + " (lambda)"
                            : name);
                    return null;
                }
                return obj;
            }
        }) {
            out.writeObject(com.vaadin.flow.server.VaadinSession.getCurrent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("bench session: not serializable, written as null: " + skipped);
        return bytes.size();
    }
}
