-- What several nodes on one database share besides the data.

-- ShedLock: a scheduled job (scheduled publishing, clean-ups) runs on one node at a time.
create table scheduled_job_lock (
    name varchar(64) not null,
    lock_until timestamp not null,
    locked_at timestamp not null,
    locked_by varchar(255) not null,
    constraint scheduled_job_lock_pk primary key (name)
);

-- Bucket4j's token buckets (search and public form posts per client, audit of refusals),
-- keyed by a hash of the truncated client address, never the address itself.
create table rate_limit_bucket (
    id varchar(200) not null,
    state bytea,
    expires_at bigint,
    constraint rate_limit_bucket_pk primary key (id)
);

create index rate_limit_bucket_expires_at_ix on rate_limit_bucket (expires_at);

-- Failed logins per account (the e-mail typed, hashed) and per client (a hash of the truncated
-- address): past the limit each further failure doubles the wait, up to a cap, so nobody is
-- locked out for ever; an admin can clear an account's row.
create table login_throttle (
    throttle_key varchar(200) not null,
    failures integer not null,
    last_failure_at timestamp with time zone not null,
    blocked_until timestamp with time zone,
    constraint login_throttle_pk primary key (throttle_key)
);
