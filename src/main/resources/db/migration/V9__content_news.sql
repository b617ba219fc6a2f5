-- News items: dated (when the source gives a date), country-scoped, optionally featured, with
-- translations that go through the same editorial workflow, revisions and trash as pages.

create table news_item (
    id bigint generated always as identity constraint news_item_pk primary key,
    content_key varchar(100) not null constraint news_item_content_key_uk unique,
    country_scope varchar(10) not null
        constraint news_item_country_scope_ck check (country_scope in ('GEORGIA', 'ARMENIA', 'BOTH')),
    news_date date,
    featured boolean not null default false,
    cover_image varchar(500),
    organization_id bigint,
    position integer not null default 0,
    source_locale varchar(16) not null,
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz
);

create table news_item_translation (
    id bigint generated always as identity constraint news_item_translation_pk primary key,
    news_item_id bigint not null constraint news_item_translation_news_item_fk references news_item (id),
    locale varchar(16) not null,
    title varchar(200) not null,
    slug varchar(120) not null,
    summary varchar(500) not null default '',
    body_markdown text not null default '',
    body_html text not null default '',
    state varchar(20) not null
        constraint news_item_translation_state_ck check (state in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')),
    awaiting_native_review boolean not null default false,
    translated_from varchar(16),
    source_revision_id bigint constraint news_item_translation_source_revision_fk references translation_revision (id),
    published_at timestamptz,
    published_title varchar(200),
    published_slug varchar(120),
    published_summary varchar(500),
    published_body_html text,
    published_revision_id bigint constraint news_item_translation_published_revision_fk references translation_revision (id),
    last_editor_id bigint,
    publish_at timestamptz,
    unpublish_at timestamptz,
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint news_item_translation_item_locale_uk unique (news_item_id, locale),
    constraint news_item_translation_locale_slug_uk unique (locale, slug)
);

create unique index news_item_translation_published_slug_uk on news_item_translation (locale, published_slug)
    where published_slug is not null;
create index news_item_translation_live_ix on news_item_translation (locale, published_at desc)
    where published_title is not null;
