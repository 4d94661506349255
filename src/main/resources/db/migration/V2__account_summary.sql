-- The account read model's summary: one row per organization with the aggregates the accounts
-- list, board, drawer and export show, kept up to date in the same transaction as every write
-- that changes them (see AccountSummaryMaintainer) and checked by a reconciliation.

-- The rate in force today from each currency to the company's default currency (derived from
-- exchange_rate by CurrencyService; the default currency itself has rate 1). A currency with no
-- row here has no rate: its deals are counted apart, never silently dropped.
create table conversion_rate (
    currency varchar(3)     primary key references currency (code),
    rate     numeric(19, 8) not null,
    constraint ck_conversion_rate_positive check (rate > 0)
);
insert into conversion_rate (currency, rate) select default_currency, 1 from company_settings where id = 1;

create table account_summary (
    organization_id    bigint         primary key references organization (id),
    -- at least one won, non-deleted deal, and the organization is not deleted
    is_account         boolean        not null default false,
    -- lower case, accents removed: for search and for a case- and accent-insensitive name order
    search_name        varchar(255)   not null default '',
    won_count          int            not null default 0,
    won_value          numeric(19, 2) not null default 0,
    open_count         int            not null default 0,
    open_value         numeric(19, 2) not null default 0,
    -- won or open deals in a currency without a conversion rate (not in the values above)
    unconverted_count  int            not null default 0,
    people_count       int            not null default 0,
    account_since      timestamp with time zone,
    next_activity_id   bigint,
    next_activity_date date,
    next_activity_time time,
    last_activity_at   timestamp with time zone
);

-- One index per sort the list offers, led by is_account so that a page is an index range scan.
create index ix_account_summary_name on account_summary (is_account, search_name, organization_id);
create index ix_account_summary_won_value on account_summary (is_account, won_value, organization_id);
create index ix_account_summary_won_count on account_summary (is_account, won_count, organization_id);
create index ix_account_summary_open_value on account_summary (is_account, open_value, organization_id);
create index ix_account_summary_open_count on account_summary (is_account, open_count, organization_id);
create index ix_account_summary_people on account_summary (is_account, people_count, organization_id);
create index ix_account_summary_since on account_summary (is_account, account_since, organization_id);
create index ix_account_summary_next on account_summary (is_account, next_activity_date, next_activity_time, next_activity_id, organization_id);
create index ix_account_summary_last on account_summary (is_account, last_activity_at, organization_id);

-- The queries that recompute one organization's row.
create index ix_deal_organization_status_deleted on deal (organization_id, status, deleted_at);
create index ix_activity_organization_open on activity (organization_id, done, deleted_at, due_date, due_time, id);
-- superseded by the two above
drop index ix_deal_organization_status;
drop index ix_activity_organization_done_due;
