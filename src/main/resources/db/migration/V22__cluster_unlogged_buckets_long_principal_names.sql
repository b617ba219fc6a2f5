-- A rate-limit check runs on every public search and form post. Its bucket row needs no
-- crash safety (after a crash every client simply starts with a full allowance, and the table
-- is not copied to replicas), so the table skips the write-ahead log: a check then commits
-- without waiting for a disk flush. bench/shared-state.sh, 3 interleaved rounds on the shared
-- test machine: 6.0-10.3 ms a check on a logged table, 2.7-4.0 ms unlogged.
alter table rate_limit_bucket set unlogged;

-- Sessions are indexed by the account's e-mail, which may be as long as 254 characters
-- (account.email); spring-session-jdbc's schema allows 100, and a longer one would fail the
-- login that stores it.
alter table spring_session alter column principal_name type varchar(254);
