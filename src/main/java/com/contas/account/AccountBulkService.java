package com.contas.account;

import com.contas.activity.ActivityInput;
import com.contas.activity.ActivityService;
import com.contas.common.ValidationException;
import com.contas.organization.OrganizationService;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk actions on accounts: chosen ones, or every one a filter finds. The work goes in chunks of
 * {@value #CHUNK} accounts, each its own transaction (a long action never holds one transaction, nor
 * its locks, for all of it), each chunk one live update for its accounts and one history record per
 * account.
 */
@Service
public class AccountBulkService {

    public static final int CHUNK = 1_000;
    /** More than this many follow-ups at once is a mistake, not a plan. */
    public static final int MAX_FOLLOW_UPS = 2_000;

    private final AccountQueries accounts;
    private final OrganizationService organizations;
    private final ActivityService activities;
    private final TransactionTemplate chunks;

    AccountBulkService(
            AccountQueries accounts,
            OrganizationService organizations,
            ActivityService activities,
            PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.activities = activities;
        this.chunks = new TransactionTemplate(transactions);
    }

    /** What a bulk action acts on: the accounts chosen one by one, or all the filter finds. */
    public record Target(Set<Long> ids, AccountFilter filter) implements Serializable {

        public static Target chosen(Set<Long> ids) {
            return new Target(Set.copyOf(ids), null);
        }

        public static Target allMatching(AccountFilter filter) {
            return new Target(null, filter);
        }
    }

    /** A reassignment done, kept for its Undo: who owned each account before. */
    public record Reassignment(long ownerId, Map<Long, Long> previousOwners) implements Serializable {

        public int count() {
            return previousOwners.size();
        }
    }

    /** How many accounts the target names (for the confirmation). */
    @Transactional(readOnly = true)
    public int count(Target target) {
        return target.ids() != null ? target.ids().size() : (int) accounts.count(target.filter());
    }

    /** Gives every targeted account a new owner, a chunk per transaction. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Reassignment reassign(Target target, long ownerId) {
        Map<Long, Long> previous = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(ids(target))) {
            previous.putAll(chunks.execute(status -> organizations.reassign(chunk, ownerId)));
        }
        return new Reassignment(ownerId, previous);
    }

    /** Takes a reassignment back, except for accounts whose owner changed again since. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int undo(Reassignment done) {
        int restored = 0;
        List<Map.Entry<Long, Long>> entries =
                new ArrayList<>(done.previousOwners().entrySet());
        for (int from = 0; from < entries.size(); from += CHUNK) {
            Map<Long, Long> chunk = new LinkedHashMap<>();
            entries.subList(from, Math.min(entries.size(), from + CHUNK))
                    .forEach(e -> chunk.put(e.getKey(), e.getValue()));
            restored += chunks.execute(status -> organizations.restoreOwners(chunk, done.ownerId()));
        }
        return restored;
    }

    /**
     * Schedules the same activity for every targeted account ({@code template}'s organization is
     * replaced by each account), a chunk per transaction; refused beyond {@value #MAX_FOLLOW_UPS}.
     *
     * @return how many were scheduled
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int scheduleForEach(Target target, ActivityInput template) {
        List<Long> ids = ids(target);
        if (ids.size() > MAX_FOLLOW_UPS) {
            throw new ValidationException("target", "validation.bulk.tooMany", MAX_FOLLOW_UPS);
        }
        int scheduled = 0;
        for (List<Long> chunk : chunks(ids)) {
            scheduled += chunks.execute(status -> {
                for (Long id : chunk) {
                    activities.schedule(new ActivityInput(
                            template.type(),
                            template.subject(),
                            template.dueDate(),
                            template.dueTime(),
                            template.durationMinutes(),
                            template.note(),
                            id,
                            null,
                            null,
                            template.assigneeId()));
                }
                return chunk.size();
            });
        }
        return scheduled;
    }

    private List<Long> ids(Target target) {
        return target.ids() != null ? List.copyOf(target.ids()) : accounts.ids(target.filter(), AccountSort.BY_NAME);
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return chunks;
    }
}
