-- PostgreSQL only. Names sort the same as on H2 (byte order of the normalized name), whatever
-- the database's collation, and a substring search uses a trigram index instead of a scan.
alter table account_summary alter column search_name type varchar(255) collate "C";
create extension if not exists pg_trgm;
create index ix_account_summary_search_trgm on account_summary using gin (search_name gin_trgm_ops);
