-- The second factor of staff accounts (TOTP, RFC 6238). The shared secret is stored encrypted
-- (AES-GCM with PORTAL_MFA_KEY); last_step is the last 30-second step whose code was accepted,
-- so the same code cannot be used twice. Recovery codes are stored as SHA-256 hashes, each used
-- once.

create table account_second_factor (
    account_id bigint constraint account_second_factor_pk primary key
        constraint account_second_factor_account_fk references account (id) on delete cascade,
    secret_cipher varchar(200) not null,
    last_step bigint not null default 0,
    enrolled_at timestamptz not null,
    version bigint not null default 0
);

create table account_recovery_code (
    id bigint generated always as identity constraint account_recovery_code_pk primary key,
    account_id bigint not null
        constraint account_recovery_code_account_fk references account (id) on delete cascade,
    code_hash varchar(64) not null,
    used_at timestamptz,
    created_at timestamptz not null,
    constraint account_recovery_code_uk unique (account_id, code_hash)
);
