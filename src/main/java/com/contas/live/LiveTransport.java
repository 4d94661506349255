package com.contas.live;

import java.util.function.Consumer;

/**
 * Carries committed changes to every app instance: in-process when there is one, through
 * PostgreSQL LISTEN/NOTIFY when several share the database.
 */
interface LiveTransport {

    /** Sends a change; every instance (this one too) hands it to the receiver given at start. */
    void send(AccountChange change);

    void start(Consumer<AccountChange> receiver);

    /** Whether a change sent here may reach screens of other instances. */
    boolean reachesOtherInstances();

    /** Whether changes from other instances can arrive now (always, when there are none). */
    default boolean connected() {
        return true;
    }

    void stop();
}
