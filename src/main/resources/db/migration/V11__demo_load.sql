-- The demo load's progress (one row at most). Written when a load starts and marked complete at the
-- very end (rows, conversion rates, statistics and account summary), so that a restart after a crash
-- at any point finishes the load instead of keeping half of it: the rows are generated again from the
-- same size, seed and clock, and the chunks already committed are skipped.
create table demo_load (
    id           int                      primary key,
    size         varchar(16)              not null,
    seed         bigint                   not null,
    -- the clock the rows were generated with: a resumed load continues with the same one
    generated_at timestamp with time zone not null,
    completed_at timestamp with time zone,
    constraint ck_demo_load_single_row check (id = 1)
);
