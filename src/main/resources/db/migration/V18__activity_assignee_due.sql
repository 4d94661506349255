-- The reminder bell counts the signed-in user's open activities due today or before, on every
-- screen and after every change anyone makes: one range of this index.
create index ix_activity_assignee_open on activity (assignee_id, done, deleted_at, due_date, due_time);
