-- Sign-in throttling (issue 17.2), shared by every instance: one row per user name and per client
-- address with recent failures. "failures" is forgotten at a steady rate (SignInThrottle.Rule), so
-- a row that nobody touches drains to nothing and is purged.
create table sign_in_throttle (
    throttle_key varchar(120) not null primary key, -- 'user:<lower-case name>' or 'address:<IP, IPv6 /64>'
    failures double precision not null,
    updated_at timestamp with time zone not null,
    next_attempt_at timestamp with time zone,       -- the delay after the last failure
    locked_until timestamp with time zone           -- a lock after too many failures
);

create index sign_in_throttle_updated_at on sign_in_throttle (updated_at);
