package com.contas.demo;

import java.time.Instant;

/**
 * A demo load as recorded in {@code demo_load}.
 *
 * @param generatedAt the clock the rows were generated with
 */
public record DemoLoad(DemoSize size, long seed, Instant generatedAt) {}
