package com.contas.bench;

import com.contas.security.DemoUser;
import com.contas.testsupport.MockUi;
import com.contas.testsupport.SessionSerialization;
import com.contas.testsupport.TestData;
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

    /** The serialized size of the VaadinSession (see {@link SessionSerialization}). */
    static long sessionBytes() {
        SessionSerialization session = SessionSerialization.ofCurrentSession();
        System.out.println("bench session: not serializable, written as null: " + session.notSerializable());
        return session.bytes();
    }
}
