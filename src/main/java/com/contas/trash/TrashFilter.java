package com.contas.trash;

import java.io.Serializable;

/** Which part of the trash to show: one kind (null: all) and text in the item's name (optional). */
public record TrashFilter(String type, String search) implements Serializable {

    public static final TrashFilter ALL = new TrashFilter(null, null);
}
