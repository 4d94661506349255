-- The board's order inside a column (next activity date, then name) as an index, so that a
-- column's first cards are an index range scan, also for the accounts without activity.
create index ix_account_summary_board on account_summary (is_account, next_activity_date, search_name, organization_id);
