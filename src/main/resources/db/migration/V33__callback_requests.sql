-- Call-back requests (issue 16): a visitor asks an organization to call them back, with
-- consent. Which organizations take requests, and for how long they are kept, is set per
-- organization by an admin (callback_setting). What the visitor typed (name or alias,
-- phone or messenger handle, topic) is stored only encrypted (AES-256-GCM, the key in
-- PORTAL_CALLBACK_KEY); a request is deleted once delete_after has passed.

create table callback_setting (
    organization_id bigint not null constraint callback_setting_pk primary key
        constraint callback_setting_organization_fk references organization (id),
    accepts_requests boolean not null default false,
    retention_days integer not null default 30
        constraint callback_setting_retention_days_ck check (retention_days between 1 and 365),
    version bigint not null default 0,
    updated_by varchar(254),
    updated_at timestamptz not null default now()
);

create table callback_request (
    id bigint generated always as identity constraint callback_request_pk primary key,
    organization_id bigint not null constraint callback_request_organization_fk references organization (id),
    country varchar(10) not null constraint callback_request_country_ck check (country in ('GEORGIA', 'ARMENIA')),
    language varchar(16) not null,
    name_cipher text not null,
    contact_cipher text not null,
    topic_cipher text not null,
    state varchar(10) not null default 'NEW'
        constraint callback_request_state_ck check (state in ('NEW', 'CALLED', 'CLOSED')),
    created_at timestamptz not null,
    delete_after timestamptz not null,
    handled_at timestamptz,
    handled_by_id bigint,
    version bigint not null default 0
);

create index callback_request_queue_ix on callback_request (organization_id, state, created_at);
create index callback_request_delete_after_ix on callback_request (delete_after);
