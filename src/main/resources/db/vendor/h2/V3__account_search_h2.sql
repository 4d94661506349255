-- H2: its default comparison is already byte order, and a substring search scans; nothing to add.
-- (Kept so that both databases have the same migration versions.)
select 1;
