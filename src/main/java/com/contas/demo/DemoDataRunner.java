package com.contas.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the demo data on the first start of demo mode ({@code contas.demo.enabled=true}), after
 * the initial users, or finishes a demo load that a crash interrupted (see {@link DemoLoader}).
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "contas.demo.enabled", havingValue = "true")
class DemoDataRunner implements ApplicationRunner {

    private final DemoLoader loader;
    private final DemoProperties properties;

    DemoDataRunner(DemoLoader loader, DemoProperties properties) {
        this.loader = loader;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        loader.loadIfEmpty(properties.size());
    }
}
