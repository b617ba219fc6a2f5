-- Content: topics and pages, one language-neutral root row and one translation row per locale.
-- Every translation carries its own version (optimistic locking) and workflow state, and the
-- revision of the source-language text it was made from, so outdated translations can be found.

create table topic (
    id bigint generated always as identity constraint topic_pk primary key,
    content_key varchar(100) not null constraint topic_content_key_uk unique,
    position integer not null default 0,
    source_locale varchar(16) not null,
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz
);

create table topic_translation (
    id bigint generated always as identity constraint topic_translation_pk primary key,
    topic_id bigint not null constraint topic_translation_topic_fk references topic (id),
    locale varchar(16) not null,
    title varchar(200) not null,
    slug varchar(120) not null,
    summary varchar(500) not null default '',
    body_markdown text not null default '',
    body_html text not null default '',
    state varchar(20) not null
        constraint topic_translation_state_ck check (state in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')),
    awaiting_native_review boolean not null default false,
    translated_from varchar(16),
    source_revision_id bigint,
    published_at timestamptz,
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint topic_translation_topic_locale_uk unique (topic_id, locale),
    constraint topic_translation_locale_slug_uk unique (locale, slug)
);

create table content_page (
    id bigint generated always as identity constraint content_page_pk primary key,
    content_key varchar(100) not null constraint content_page_content_key_uk unique,
    topic_id bigint not null constraint content_page_topic_fk references topic (id),
    country_scope varchar(10) not null
        constraint content_page_country_scope_ck check (country_scope in ('GEORGIA', 'ARMENIA', 'BOTH')),
    position integer not null default 0,
    source_locale varchar(16) not null,
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz
);

create index content_page_topic_ix on content_page (topic_id);

create table content_page_translation (
    id bigint generated always as identity constraint content_page_translation_pk primary key,
    page_id bigint not null constraint content_page_translation_page_fk references content_page (id),
    locale varchar(16) not null,
    title varchar(200) not null,
    slug varchar(120) not null,
    summary varchar(500) not null default '',
    body_markdown text not null default '',
    body_html text not null default '',
    state varchar(20) not null
        constraint content_page_translation_state_ck check (state in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')),
    awaiting_native_review boolean not null default false,
    translated_from varchar(16),
    source_revision_id bigint,
    published_at timestamptz,
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint content_page_translation_page_locale_uk unique (page_id, locale),
    constraint content_page_translation_locale_slug_uk unique (locale, slug)
);

-- Every save of a translation, of any kind of content (topics, pages, and later news), is kept here.
create table translation_revision (
    id bigint generated always as identity constraint translation_revision_pk primary key,
    subject_type varchar(20) not null
        constraint translation_revision_subject_type_ck check (subject_type in ('TOPIC', 'PAGE', 'NEWS')),
    translation_id bigint not null,
    locale varchar(16) not null,
    revision_number integer not null,
    title varchar(200) not null,
    slug varchar(120) not null,
    summary varchar(500) not null default '',
    body_markdown text not null default '',
    author_id bigint,
    note varchar(500),
    minor_change boolean not null default false,
    created_at timestamptz not null default now(),
    constraint translation_revision_number_uk unique (subject_type, translation_id, revision_number)
);

alter table topic_translation
    add constraint topic_translation_source_revision_fk foreign key (source_revision_id) references translation_revision (id);
alter table content_page_translation
    add constraint content_page_translation_source_revision_fk foreign key (source_revision_id) references translation_revision (id);

-- Old slugs keep answering (301 to the current one) after a rename.
create table slug_alias (
    id bigint generated always as identity constraint slug_alias_pk primary key,
    subject_type varchar(20) not null
        constraint slug_alias_subject_type_ck check (subject_type in ('TOPIC', 'PAGE', 'NEWS')),
    subject_id bigint not null,
    locale varchar(16) not null,
    slug varchar(120) not null,
    created_at timestamptz not null default now(),
    constraint slug_alias_uk unique (subject_type, locale, slug)
);
