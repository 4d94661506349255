package com.contas.live;

import com.contas.common.AccountContentChanged;
import com.contas.common.OrganizationsTouched;
import com.contas.currency.ConversionRatesChanged;
import com.contas.security.CurrentUser;
import com.contas.security.UserSummary;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gathers what a transaction changed (the domain events it published) and, only once it has
 * committed, publishes one {@link AccountChange} for all of it. A rolled-back write tells nobody.
 */
@Component
public class ChangeCollector {

    private static final Object KEY = ChangeCollector.class;

    private final LiveUpdates live;
    private final CurrentUser currentUser;
    private final NamedParameterJdbcTemplate jdbc;

    ChangeCollector(LiveUpdates live, CurrentUser currentUser, NamedParameterJdbcTemplate jdbc) {
        this.live = live;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    @EventListener
    public void on(OrganizationsTouched event) {
        pending().organizationIds.addAll(event.organizationIds());
    }

    @EventListener
    public void on(AccountContentChanged event) {
        pending().organizationIds.addAll(event.organizationIds());
    }

    @EventListener
    public void on(ConversionRatesChanged event) {
        pending().everything = true;
    }

    /**
     * Says what the current transaction does, in words for other users ("{0} moved {1} to {2}": {0}
     * is the actor, {1} the account, {@code args} follow; text from the data is never a key).
     */
    public void describe(String messageKey, NoticeArg... args) {
        Pending pending = pending();
        pending.messageKey = messageKey;
        pending.args = Arrays.asList(args);
    }

    private Pending pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new Pending(); // no transaction: nothing was written through a service
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(KEY);
        if (pending == null) {
            Pending created = new Pending();
            created.actor = currentUser.get();
            UI ui = UI.getCurrent();
            created.origin = ui == null || ui.getSession() == null
                    ? null
                    : ui.getSession().getPushId() + "/" + ui.getUIId();
            TransactionSynchronizationManager.bindResource(KEY, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                    if (status == STATUS_COMMITTED) {
                        if (!created.organizationIds.isEmpty() || created.everything) {
                            live.changed();
                        }
                        // Not here: this thread's connection still belongs to the finished transaction.
                        live.later(() -> publish(created));
                    }
                }
            });
            pending = created;
        }
        return pending;
    }

    private void publish(Pending pending) {
        if ((pending.organizationIds.isEmpty() && !pending.everything) || !live.anyoneListening()) {
            return; // nothing changed, or no screen anywhere to tell: no name to look up, nothing to send
        }
        String actorName = pending.actor.map(UserSummary::displayName).orElse(null);
        int count = pending.organizationIds.size();
        String key = pending.messageKey != null
                ? pending.messageKey
                : pending.everything ? "live.changedAll" : count == 1 ? "live.changedOne" : "live.changedMany";
        // {0} is the actor (added by each reader), {1} the account's name or how many, then the rest.
        List<NoticeArg> args = new ArrayList<>();
        args.add(NoticeArg.text(
                count == 1 ? name(pending.organizationIds.iterator().next()) : Integer.toString(count)));
        args.addAll(pending.args);
        live.publish(new AccountChange(
                UUID.randomUUID(),
                Set.copyOf(pending.organizationIds),
                pending.everything,
                pending.actor.map(UserSummary::id).orElse(null),
                actorName,
                key,
                args,
                pending.origin));
    }

    private String name(long organizationId) {
        List<String> names = jdbc.queryForList(
                "select name from organization where id = :id",
                new MapSqlParameterSource("id", organizationId),
                String.class);
        return names.isEmpty() ? "" : names.get(0);
    }

    private static final class Pending {
        final Collection<Long> organizationIds = new TreeSet<>();
        boolean everything;
        Optional<UserSummary> actor = Optional.empty();
        String origin;
        String messageKey;
        List<NoticeArg> args = List.of();
    }
}
