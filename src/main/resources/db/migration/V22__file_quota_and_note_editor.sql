-- Security and integrity, round two (issue 17).

-- 17.3 A user's storage quota counts every file they stored, the trash included (its bytes stay
-- until the purge). An upload checks it holding this user's row locked (select ... for update), so
-- that parallel uploads of one user take turns instead of all passing the same check; the sum is
-- read from stored_file itself, so nothing can drift from what is stored and a purge frees the room
-- by deleting the rows. A row is made for a user at their first upload; the existing uploaders get
-- theirs here.
create table file_quota_lock (
    user_id bigint primary key references app_user (id)
);
insert into file_quota_lock (user_id) select distinct uploader_id from stored_file;
create index ix_stored_file_uploader on stored_file (uploader_id, size_bytes);

-- 17.4 Who last edited a note's text, and when (pinning is not an edit). Notes never edited have
-- neither.
alter table note add column edited_by bigint references app_user (id);
alter table note add column edited_at timestamp with time zone;
