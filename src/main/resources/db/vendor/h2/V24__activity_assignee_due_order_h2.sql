-- See the PostgreSQL version: the reminder bell's list and count in (due date, id) order from one
-- index. H2 has no partial indexes; deleted rows stay in it.
create index ix_activity_assignee_due on activity (assignee_id, done, due_date, id);
drop index ix_activity_assignee_open;
