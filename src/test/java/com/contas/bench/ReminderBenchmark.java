package com.contas.bench;

import com.contas.activity.ActivityService;
import com.contas.testsupport.ContasTest;
import com.contas.testsupport.LargeDataSet;
import com.contas.testsupport.StatementCounter;
import com.contas.testsupport.TestData;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The reminder bell on the large data set ({@code ./mvnw -Pbench test -Dtest=ReminderBenchmark}),
 * for the user with the most open activities due today or before: the badge's count (up to 100)
 * and the bell's list (the first 50, oldest first). Both run on every screen of that user, the
 * count after every change anyone makes. Prints {@code bench reminder_count} and
 * {@code bench reminder_list} lines and how many activities the user has due.
 */
@ContasTest
@Tag("bench")
class ReminderBenchmark {

    @Autowired
    ApplicationContext context;

    @Autowired
    TestData data;

    @Autowired
    ActivityService activities;

    @Autowired
    StatementCounter statements;

    @Test
    void benchmark() {
        LargeDataSet.ensureLoaded(context);
        long busiest = data.jdbc()
                .queryForObject(
                        "select assignee_id from activity where done = false and deleted_at is null and due_date <= ? "
                                + "group by assignee_id order by count(*) desc, assignee_id limit 1",
                        Long.class,
                        activities.today());
        long due = activities.dueCount(busiest, Long.MAX_VALUE);
        System.out.printf(Locale.ROOT, "bench reminder_data user=%d due=%d%n", busiest, due);
        Bench bench = new Bench(statements, 10, 100);
        Runnable floor = () -> data.jdbc().queryForObject("select 1", Integer.class);
        bench.run("reminder_count", () -> activities.dueCount(busiest, 100), floor);
        bench.run("reminder_list", () -> activities.dueFor(busiest, 50).size(), floor);
    }
}
