-- Staff accounts of the back-office. Passwords are Argon2id hashes ({argon2@...} prefixed by
-- Spring Security's DelegatingPasswordEncoder). An account without an organization, or with an
-- IOM mission, works across its country; an NGO account only on its organization's records.

create table account (
    id bigint generated always as identity constraint account_pk primary key,
    email varchar(254) not null,
    display_name varchar(200) not null,
    password_hash varchar(500) not null,
    role varchar(20) not null constraint account_role_ck check (role in ('EDITOR', 'REVIEWER', 'ADMIN')),
    country_scope varchar(10) not null
        constraint account_country_scope_ck check (country_scope in ('GEORGIA', 'ARMENIA', 'BOTH')),
    organization_id bigint,
    enabled boolean not null default true,
    ui_locale varchar(16),
    last_login_at timestamptz,
    password_changed_at timestamptz not null default now(),
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create unique index account_email_uk on account (lower(email));
