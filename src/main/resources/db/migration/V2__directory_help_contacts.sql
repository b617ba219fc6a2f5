-- Help contacts: hotlines, offices and services that the help page and the home page list.

create table help_contact (
    id bigint generated always as identity constraint help_contact_pk primary key,
    content_key varchar(100) not null constraint help_contact_content_key_uk unique,
    country_scope varchar(10) not null
        constraint help_contact_country_scope_ck check (country_scope in ('GEORGIA', 'ARMENIA', 'BOTH')),
    kind varchar(20) not null constraint help_contact_kind_ck check (kind in ('HOTLINE', 'OFFICE', 'SERVICE')),
    phone varchar(40),
    email varchar(200),
    around_the_clock boolean not null default false,
    sample boolean not null default false,
    position integer not null default 0,
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz
);

create table help_contact_translation (
    id bigint generated always as identity constraint help_contact_translation_pk primary key,
    contact_id bigint not null constraint help_contact_translation_contact_fk references help_contact (id),
    locale varchar(16) not null,
    name varchar(200) not null,
    description varchar(2000) not null default '',
    address varchar(500),
    awaiting_native_review boolean not null default false,
    translated_from varchar(16),
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint help_contact_translation_contact_locale_uk unique (contact_id, locale)
);
