-- PostgreSQL only: byte order, as on H2, whatever the database's collation.
alter table account_summary alter column owner_sort type varchar(255) collate "C";
