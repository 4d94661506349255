package com.contas.live;

import java.util.function.Consumer;

/** One instance: a change goes straight to this instance's screens. */
class LocalTransport implements LiveTransport {

    private volatile Consumer<AccountChange> receiver = change -> {};

    @Override
    public void send(AccountChange change) {
        receiver.accept(change);
    }

    @Override
    public void start(Consumer<AccountChange> receiver) {
        this.receiver = receiver;
    }

    @Override
    public boolean reachesOtherInstances() {
        return false;
    }

    @Override
    public void stop() {
        receiver = change -> {};
    }
}
