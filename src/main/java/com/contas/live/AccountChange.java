package com.contas.live;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A committed change to accounts, as open screens hear of it: which organizations (or all of them),
 * who did it, a sentence saying what ({@code messageKey}, always a key of the bundles, with {@code
 * args}, each either text shown as it is or a key, see {@link NoticeArg}), and where it came from, so that the screen that made
 * it does not redraw twice. The id makes delivery idempotent.
 *
 * @param origin the UI that made the change ("session/ui"), or null for work without a screen
 */
public record AccountChange(
        UUID id,
        Set<Long> organizationIds,
        boolean everything,
        Long actorId,
        String actorName,
        String messageKey,
        List<NoticeArg> args,
        String origin)
        implements Serializable {

    /** Every account may have changed (rates, settings, a lost connection): screens reload fully. */
    public static AccountChange everything(String messageKey) {
        return new AccountChange(UUID.randomUUID(), Set.of(), true, null, null, messageKey, List.of(), null);
    }

    public boolean concerns(long organizationId) {
        return everything || organizationIds.contains(organizationId);
    }
}
