package com.contas.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that tests set; "now" stays where it is put. */
public class MutableClock extends Clock {

    public static final Instant DEFAULT_NOW = Instant.parse("2026-03-11T15:00:00Z");
    /** The day of {@link #DEFAULT_NOW} in the company's default time zone (São Paulo): a Wednesday. */
    public static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 3, 11);

    private volatile Instant now = DEFAULT_NOW;

    public void set(Instant instant) {
        this.now = instant;
    }

    public void reset() {
        this.now = DEFAULT_NOW;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
