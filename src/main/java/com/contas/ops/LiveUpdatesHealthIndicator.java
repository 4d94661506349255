package com.contas.ops;

import com.contas.live.LiveUpdates;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * "liveUpdates" in the readiness group: down while the instance cannot hear other instances'
 * changes (its listening connection is lost and being re-opened), so that a balancer sends new
 * users elsewhere until screens here would again follow what the team does.
 */
@Component
class LiveUpdatesHealthIndicator implements HealthIndicator {

    private final LiveUpdates live;

    LiveUpdatesHealthIndicator(LiveUpdates live) {
        this.live = live;
    }

    @Override
    public Health health() {
        return live.connected() ? Health.up().build() : Health.down().build();
    }
}
