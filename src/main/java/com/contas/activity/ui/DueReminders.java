package com.contas.activity.ui;

import com.contas.activity.ActivityRow;
import com.contas.activity.ActivityService;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Tells open screens when one of their user's activities becomes due, at its time in the company's
 * time zone. Every instance checks for its own screens (one query every half minute, however many
 * screens are open), so no screen polls.
 */
@SpringComponent
public class DueReminders {

    private static final Logger log = LoggerFactory.getLogger(DueReminders.class);

    private final ActivityService activities;
    private final Clock clock;
    private final Map<Long, Set<ReminderBell>> bells = new ConcurrentHashMap<>();
    private volatile Instant checkedUpTo;

    DueReminders(ActivityService activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    /** A bell on screen for {@code userId}, told until the registration is removed. */
    Registration register(long userId, ReminderBell bell) {
        bells.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).add(bell);
        return () -> bells.computeIfPresent(userId, (id, set) -> {
            set.remove(bell);
            return set.isEmpty() ? null : set;
        });
    }

    @Scheduled(
            initialDelayString = "${contas.reminders.check-interval-ms:30000}",
            fixedDelayString = "${contas.reminders.check-interval-ms:30000}")
    void scheduledCheck() {
        try {
            check();
        } catch (RuntimeException e) {
            log.warn("Due reminders could not be checked; the next check tries again", e);
        }
    }

    /** Finds what became due since the last check and tells the screens of its assignees. */
    public void check() {
        Instant now = clock.instant();
        Instant from = checkedUpTo;
        checkedUpTo = now;
        if (from == null || bells.isEmpty() || !now.isAfter(from)) {
            return;
        }
        List<ActivityRow> due = activities.becameDue(from, now);
        for (ActivityRow row : due) {
            for (ReminderBell bell : bells.getOrDefault(row.assigneeId(), Set.of())) {
                bell.getUI().ifPresent(ui -> ui.access(() -> bell.dueNow(row)));
            }
        }
    }
}
