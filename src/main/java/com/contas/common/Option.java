package com.contas.common;

import java.io.Serializable;

/** Something to pick in a form (an organization, a person): its id and the name the user sees. */
public record Option(long id, String label) implements Serializable {}
