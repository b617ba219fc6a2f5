-- Organizations: IOM missions, partner NGOs and state agencies. Staff accounts belong to one;
-- records an NGO maintains carry its id. The referral directory will add HSDS fields here.

create table organization (
    id bigint generated always as identity constraint organization_pk primary key,
    content_key varchar(100) not null constraint organization_content_key_uk unique,
    kind varchar(20) not null
        constraint organization_kind_ck check (kind in ('IOM_MISSION', 'NGO', 'STATE_AGENCY')),
    country_scope varchar(10) not null
        constraint organization_country_scope_ck check (country_scope in ('GEORGIA', 'ARMENIA', 'BOTH')),
    position integer not null default 0,
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz
);

create table organization_translation (
    id bigint generated always as identity constraint organization_translation_pk primary key,
    organization_id bigint not null constraint organization_translation_organization_fk references organization (id),
    locale varchar(16) not null,
    name varchar(300) not null,
    awaiting_native_review boolean not null default false,
    translated_from varchar(16),
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint organization_translation_organization_locale_uk unique (organization_id, locale)
);
