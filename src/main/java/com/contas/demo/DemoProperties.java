package com.contas.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled create demo data on start-up when the database has no organizations (unset: with H2
 *     only; {@link com.contas.common.DemoMode} decides)
 * @param size    how much data; {@link DemoSize#SMALL} when not set
 * @param seed    seed of the random generator, so that every start creates the same data; 42 when not set
 */
@ConfigurationProperties("contas.demo")
public record DemoProperties(boolean enabled, DemoSize size, long seed) {

    public DemoProperties {
        if (size == null) {
            size = DemoSize.SMALL;
        }
        if (seed == 0) {
            seed = 42;
        }
    }
}
