package com.contas.organization;

import java.io.Serializable;

/** What a user types to create or change an organization. */
public record OrganizationInput(String name, String address, Long ownerId) implements Serializable {}
