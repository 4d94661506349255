package com.contas.history;

import com.contas.common.NotFoundException;
import com.contas.common.SoftDeletable;
import com.contas.security.CurrentUser;
import java.time.Clock;
import java.util.function.Function;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving things to the trash and back, the same way for every kind of record: the version is
 * checked, who and when are kept, and the change is recorded in the history.
 */
@Component
public class TrashBin {

    private final HistoryService history;
    private final CurrentUser currentUser;
    private final Clock clock;

    TrashBin(HistoryService history, CurrentUser currentUser, Clock clock) {
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Moves {@code item} to the trash if it is still at {@code expectedVersion}.
     *
     * @param organizationId the organization whose history shows this, or null
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T extends SoftDeletable> void moveToTrash(
            JpaRepository<T, Long> repository, String entity, T item, long expectedVersion, Long organizationId) {
        item.checkVersion(expectedVersion);
        item.moveToTrash(clock.instant(), currentUser.idOrNull());
        history.recordChange(entity, item.getId(), organizationId, "deleted", null, "true");
        repository.saveAndFlush(item);
    }

    /**
     * Takes the record back out of the trash; only its owner, whoever deleted it, or an admin may.
     *
     * @param owner          who owns (or wrote) the record
     * @param organizationId the organization whose history shows this, or null
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T extends SoftDeletable> T restore(
            JpaRepository<T, Long> repository,
            String entity,
            long id,
            Function<T, Long> owner,
            Function<T, Long> organizationId) {
        T item = repository.findById(id).orElseThrow(() -> new NotFoundException(entity, id));
        currentUser.checkMayRestore(owner.apply(item), item.getDeletedBy());
        item.restoreFromTrash();
        history.recordChange(entity, id, organizationId.apply(item), "deleted", "true", null);
        return repository.saveAndFlush(item);
    }
}
