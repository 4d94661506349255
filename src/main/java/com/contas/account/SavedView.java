package com.contas.account;

import java.io.Serializable;

/**
 * A named combination of the accounts' filters and sort ({@code query}, as the address bar holds
 * it) and, on the list, its columns; private or shared with the team.
 */
public record SavedView(
        long id,
        Screen screen,
        String name,
        String query,
        String columns,
        boolean shared,
        long ownerId,
        String ownerName,
        boolean mine,
        long version)
        implements Serializable {

    /** Where a view applies. */
    public enum Screen {
        LIST,
        BOARD
    }
}
