-- A user's sessions end when their password (or role) changes: each session remembers the epoch
-- it signed in with, and a request whose epoch is behind the user's is signed out
-- (DeactivatedUserFilter, one primary-key lookup per request, as for the active flag).
alter table app_user add column session_epoch int default 0 not null;
