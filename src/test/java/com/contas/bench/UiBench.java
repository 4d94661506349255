package com.contas.bench;

import com.contas.security.DemoUser;
import com.contas.testsupport.MockUi;
import com.contas.testsupport.SessionSerialization;
import com.contas.testsupport.TestData;
import org.springframework.context.ApplicationContext;

/** What the UI benchmarks share: a fresh signed-in UI, and the size of its session. */
final class UiBench {

    private UiBench() {}

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
        return new com.vaadin.flow.server.communication.UidlWriter()
                .createUidl(ui, false)
                .toString()
                .length();
    }

    /** The serialized size of the VaadinSession (see {@link SessionSerialization}). */
    static long sessionBytes() {
        SessionSerialization session = SessionSerialization.ofCurrentSession();
        System.out.println("bench session: not serializable, written as null: " + session.notSerializable());
        return session.bytes();
    }
}
