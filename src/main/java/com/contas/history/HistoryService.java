package com.contas.history;

import com.contas.history.domain.ChangeRecord;
import com.contas.history.domain.ChangeRecordRepository;
import com.contas.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change history. Records are written in the caller's transaction, so a change that rolls
 * back leaves no history behind.
 */
@Service
public class HistoryService {

    static final int MAX_VALUE_LENGTH = 1000;

    private final ChangeRecordRepository records;
    private final CurrentUser currentUser;
    private final Clock clock;

    HistoryService(ChangeRecordRepository records, CurrentUser currentUser, Clock clock) {
        this.records = records;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records one field change, if the value really changed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(String entityType, long entityId, Long organizationId, String field, Object oldValue,
            Object newValue) {
        String before = text(oldValue);
        String after = text(newValue);
        if (Objects.equals(before, after)) {
            return;
        }
        records.save(new ChangeRecord(entityType, entityId, organizationId, field, before, after,
                currentUser.idOrNull(), clock.instant()));
    }

    /** The newest changes about one organization (its own fields and its deals and activities). */
    @Transactional(readOnly = true)
    public List<ChangeEntry> forOrganization(long organizationId, int limit) {
        return records.findByOrganizationIdOrderByChangedAtDescIdDesc(organizationId, PageRequest.of(0, limit))
                .stream().map(HistoryService::toEntry).toList();
    }

    @Transactional(readOnly = true)
    public List<ChangeEntry> forEntity(String entityType, long entityId) {
        return records.findByEntityTypeAndEntityIdOrderByChangedAtDescIdDesc(entityType, entityId)
                .stream().map(HistoryService::toEntry).toList();
    }

    private static ChangeEntry toEntry(ChangeRecord r) {
        return new ChangeEntry(r.getId(), r.getEntityType(), r.getEntityId(), r.getOrganizationId(), r.getField(),
                r.getOldValue(), r.getNewValue(), r.getChangedBy(), r.getChangedAt());
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
        return s.length() <= MAX_VALUE_LENGTH ? s : s.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }
}
