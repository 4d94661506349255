package com.contas.trash;

import java.io.Serializable;
import java.time.Instant;

/**
 * Something in the trash: its kind (the services' entity name: Organization, Person, Deal,
 * Activity, Note, File), what it is called, who deleted it when, and when it will be purged.
 */
public record TrashRow(String type, long id, String label, Instant deletedAt, String deletedByName, Instant purgedAfter)
        implements Serializable {}
