-- The referral services directory, modelled on Open Referral HSDS 3.0: organizations offer
-- services at locations, with phones, opening hours, languages spoken and categories from a
-- taxonomy. Every human-readable field has a translation row per locale.
--
-- The relational tables hold what the public sees (the published listing). Editors work on
-- a whole listing as one document: each save is a row of service_listing_revision, and publishing a
-- revision rewrites the relational rows from it, so the published listing stays online,
-- unchanged, while a change waits for review.

alter table organization
    add column hsds_id uuid not null default gen_random_uuid(),
    add column website varchar(500),
    add column email varchar(254),
    add constraint organization_hsds_id_uk unique (hsds_id);

alter table organization_translation
    add column slug varchar(120),
    add column description varchar(4000) not null default '';

create unique index organization_translation_locale_slug_uk on organization_translation (locale, slug)
    where slug is not null;

-- organizations keep their language-neutral key as their address in every language
update organization_translation ot set slug = o.content_key from organization o where o.id = ot.organization_id;

-- The categories: a fixed vocabulary whose names are translated in the message bundles.
create table taxonomy_term (
    id bigint generated always as identity constraint taxonomy_term_pk primary key,
    hsds_id uuid not null constraint taxonomy_term_hsds_id_uk unique,
    code varchar(60) not null constraint taxonomy_term_code_uk unique,
    position integer not null default 0
);

insert into taxonomy_term (hsds_id, code, position) values
    ('3f0c1d52-6a2b-4d8e-9b1a-0c6d1e2f3a01', 'legal-aid', 10),
    ('3f0c1d52-6a2b-4d8e-9b1a-0c6d1e2f3a02', 'shelter', 20),
    ('3f0c1d52-6a2b-4d8e-9b1a-0c6d1e2f3a03', 'medical', 30),
    ('3f0c1d52-6a2b-4d8e-9b1a-0c6d1e2f3a04', 'psycho-social', 40),
    ('3f0c1d52-6a2b-4d8e-9b1a-0c6d1e2f3a05', 'employment', 50),
    ('3f0c1d52-6a2b-4d8e-9b1a-0c6d1e2f3a06', 'return-reintegration', 60),
    ('3f0c1d52-6a2b-4d8e-9b1a-0c6d1e2f3a07', 'counter-trafficking', 70),
    ('3f0c1d52-6a2b-4d8e-9b1a-0c6d1e2f3a08', 'consular', 80),
    ('3f0c1d52-6a2b-4d8e-9b1a-0c6d1e2f3a09', 'documents', 90),
    ('3f0c1d52-6a2b-4d8e-9b1a-0c6d1e2f3a10', 'education', 100);

create table service_listing (
    id bigint generated always as identity constraint service_listing_pk primary key,
    hsds_id uuid not null constraint service_listing_hsds_id_uk unique,
    content_key varchar(100) constraint service_listing_content_key_uk unique,
    organization_id bigint not null constraint service_listing_organization_fk references organization (id),
    country_scope varchar(10) not null
        constraint service_listing_country_scope_ck check (country_scope in ('GEORGIA', 'ARMENIA', 'BOTH')),
    status varchar(20) not null
        constraint service_listing_status_ck check (status in ('ACTIVE', 'TEMPORARILY_CLOSED', 'INACTIVE')),
    free_of_charge boolean not null default false,
    email varchar(254),
    url varchar(500),
    time_zone varchar(40) not null,
    last_verified_on date,
    last_verified_by varchar(254),
    source_locale varchar(16) not null,
    -- the editorial side: the latest saved revision, the one the public sees, and where the
    -- latest one stands in review
    review_state varchar(20) not null default 'DRAFT'
        constraint service_listing_review_state_ck check (review_state in ('DRAFT', 'IN_REVIEW', 'PUBLISHED')),
    working_revision_id bigint,
    published_revision_id bigint,
    last_editor_id bigint,
    version bigint not null default 0,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    deleted_at timestamptz
);

create index service_listing_organization_ix on service_listing (organization_id);

create table service_listing_translation (
    id bigint generated always as identity constraint service_listing_translation_pk primary key,
    service_id bigint not null constraint service_listing_translation_service_fk references service_listing (id),
    locale varchar(16) not null,
    slug varchar(120) not null,
    name varchar(300) not null,
    description varchar(8000) not null default '',
    eligibility varchar(2000) not null default '',
    fees_description varchar(1000) not null default '',
    awaiting_native_review boolean not null default false,
    translated_from varchar(16),
    constraint service_listing_translation_service_locale_uk unique (service_id, locale),
    constraint service_listing_translation_locale_slug_uk unique (locale, slug)
);

create table service_listing_category (
    service_id bigint not null constraint service_listing_category_service_fk references service_listing (id),
    term_id bigint not null constraint service_listing_category_term_fk references taxonomy_term (id),
    constraint service_listing_category_pk primary key (service_id, term_id)
);

create index service_listing_category_term_ix on service_listing_category (term_id);

-- languages spoken at the service, as ISO 639-1 codes (HSDS language)
create table service_listing_language (
    service_id bigint not null constraint service_listing_language_service_fk references service_listing (id),
    code varchar(12) not null,
    constraint service_listing_language_pk primary key (service_id, code)
);

create index service_listing_language_code_ix on service_listing_language (code);

-- A place where a service is offered (HSDS location + service_at_location); place_key and
-- region_key are language-neutral keys (e.g. tbilisi, adjara) that the public filter uses.
create table service_location (
    id bigint generated always as identity constraint service_location_pk primary key,
    hsds_id uuid not null constraint service_location_hsds_id_uk unique,
    service_at_location_hsds_id uuid not null constraint service_location_sal_hsds_id_uk unique,
    service_id bigint not null constraint service_location_service_fk references service_listing (id),
    country_code char(2) not null constraint service_location_country_ck check (country_code in ('GE', 'AM')),
    place_key varchar(60),
    region_key varchar(60),
    postal_code varchar(20),
    latitude numeric(9, 6),
    longitude numeric(9, 6),
    sample boolean not null default false,
    position integer not null default 0
);

create index service_location_service_ix on service_location (service_id);

create table service_location_translation (
    id bigint generated always as identity constraint service_location_translation_pk primary key,
    location_id bigint not null constraint service_location_translation_location_fk references service_location (id),
    locale varchar(16) not null,
    name varchar(300) not null default '',
    address varchar(500) not null default '',
    city varchar(120) not null default '',
    region varchar(120) not null default '',
    constraint service_location_translation_location_locale_uk unique (location_id, locale)
);

create table service_phone (
    id bigint generated always as identity constraint service_phone_pk primary key,
    hsds_id uuid not null constraint service_phone_hsds_id_uk unique,
    service_id bigint not null constraint service_phone_service_fk references service_listing (id),
    number varchar(40) not null,
    kind varchar(10) not null constraint service_phone_kind_ck check (kind in ('VOICE', 'CELL', 'TEXT', 'FAX')),
    hotline boolean not null default false,
    around_the_clock boolean not null default false,
    sample boolean not null default false,
    position integer not null default 0
);

create index service_phone_service_ix on service_phone (service_id);

create table service_phone_translation (
    id bigint generated always as identity constraint service_phone_translation_pk primary key,
    phone_id bigint not null constraint service_phone_translation_phone_fk references service_phone (id),
    locale varchar(16) not null,
    description varchar(300) not null default '',
    constraint service_phone_translation_phone_locale_uk unique (phone_id, locale)
);

-- Opening hours, one row per weekday and period, in the service's time zone. A period whose
-- closing time is not after its opening time runs past midnight into the next day; 00:00 to
-- 00:00 is the whole day.
create table service_opening_hours (
    id bigint generated always as identity constraint service_opening_hours_pk primary key,
    hsds_id uuid not null constraint service_opening_hours_hsds_id_uk unique,
    service_id bigint not null constraint service_opening_hours_service_fk references service_listing (id),
    weekday smallint not null constraint service_opening_hours_weekday_ck check (weekday between 1 and 7),
    opens_at time not null,
    closes_at time not null,
    sample boolean not null default false
);

create index service_opening_hours_service_ix on service_opening_hours (service_id);

-- Every saved state of a listing, as one JSON document (all fields, all languages).
create table service_listing_revision (
    id bigint generated always as identity constraint service_listing_revision_pk primary key,
    service_id bigint not null constraint service_listing_revision_service_fk references service_listing (id),
    revision_number integer not null,
    document text not null,
    author_id bigint,
    author_email varchar(254),
    note varchar(500) not null default '',
    created_at timestamptz not null,
    constraint service_listing_revision_service_number_uk unique (service_id, revision_number)
);

alter table service_listing
    add constraint service_listing_working_revision_fk foreign key (working_revision_id) references service_listing_revision (id),
    add constraint service_listing_published_revision_fk foreign key (published_revision_id) references service_listing_revision (id);

-- old slugs of a listing, answering 301 to the current one after a rename
create table service_listing_slug_alias (
    id bigint generated always as identity constraint service_listing_slug_alias_pk primary key,
    service_id bigint not null constraint service_listing_slug_alias_service_fk references service_listing (id),
    locale varchar(16) not null,
    slug varchar(120) not null,
    created_at timestamptz not null,
    constraint service_listing_slug_alias_locale_slug_uk unique (locale, slug)
);
