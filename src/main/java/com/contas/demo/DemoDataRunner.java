package com.contas.demo;

import com.contas.common.DemoMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the demo data on the first start of demo mode ({@link DemoMode#data()}), after the
 * initial users, or finishes a demo load that a crash interrupted (see {@link DemoLoader}).
 */
@Component
@Order(100)
class DemoDataRunner implements ApplicationRunner {

    private final DemoLoader loader;
    private final DemoProperties properties;
    private final DemoMode demoMode;

    DemoDataRunner(DemoLoader loader, DemoProperties properties, DemoMode demoMode) {
        this.loader = loader;
        this.properties = properties;
        this.demoMode = demoMode;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoMode.data()) {
            loader.loadIfEmpty(properties.size());
        }
    }
}
