package com.contas.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A repository or service test: runs on H2 in {@code ./mvnw verify} and again on PostgreSQL in
 * the {@code postgres-tests} profile.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ContasTest
@Tag("db")
public @interface DbTest {}
