-- Links to set a new password after "Forgot your password?". Only the SHA-256 hash of the
-- random token is stored; a token works once, until it expires, and every token of an account
-- dies when its password is reset.

create table password_reset_token (
    id bigint generated always as identity constraint password_reset_token_pk primary key,
    account_id bigint not null
        constraint password_reset_token_account_fk references account (id) on delete cascade,
    token_hash varchar(64) not null constraint password_reset_token_hash_uk unique,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at timestamptz
);

create index password_reset_token_account_ix on password_reset_token (account_id);
