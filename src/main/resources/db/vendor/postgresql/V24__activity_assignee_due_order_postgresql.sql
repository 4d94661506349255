-- The reminder bell lists the signed-in user's open activities due today or before, oldest first
-- (due date, then id), and counts them. V18's index ends in due_time, so the list's order by
-- (due_date, id) could not come from it: on the large data set, with one user holding most
-- activities, PostgreSQL walked ix_activity_due from the oldest date and filtered 1.4 million rows
-- (3.8 s, past the statement timeout on a busy machine). This index serves both the list (a range
-- read in order, 4 ms) and the count (an index-only range, 0.1 ms).
create index ix_activity_assignee_due on activity (assignee_id, done, due_date, id) where deleted_at is null;
drop index ix_activity_assignee_open;
