-- Editorial workflow: a translation's working copy (title ... body_html, state) is what editors
-- change; the published copy (published_*) is what the public reads. A published page that gets
-- a new draft stays online unchanged until the draft is approved.

alter table topic_translation
    add column published_title varchar(200),
    add column published_slug varchar(120),
    add column published_summary varchar(500),
    add column published_body_html text,
    add column published_revision_id bigint constraint topic_translation_published_revision_fk references translation_revision (id),
    add column last_editor_id bigint,
    add column publish_at timestamptz,
    add column unpublish_at timestamptz;

alter table content_page_translation
    add column published_title varchar(200),
    add column published_slug varchar(120),
    add column published_summary varchar(500),
    add column published_body_html text,
    add column published_revision_id bigint constraint content_page_translation_published_revision_fk references translation_revision (id),
    add column last_editor_id bigint,
    add column publish_at timestamptz,
    add column unpublish_at timestamptz;

update topic_translation t
set published_title = t.title, published_slug = t.slug, published_summary = t.summary,
    published_body_html = t.body_html,
    published_revision_id = (select max(r.id) from translation_revision r
                             where r.subject_type = 'TOPIC' and r.translation_id = t.id)
where t.state = 'PUBLISHED';

update content_page_translation t
set published_title = t.title, published_slug = t.slug, published_summary = t.summary,
    published_body_html = t.body_html,
    published_revision_id = (select max(r.id) from translation_revision r
                             where r.subject_type = 'PAGE' and r.translation_id = t.id)
where t.state = 'PUBLISHED';

create unique index topic_translation_published_slug_uk on topic_translation (locale, published_slug)
    where published_slug is not null;
create unique index content_page_translation_published_slug_uk on content_page_translation (locale, published_slug)
    where published_slug is not null;
create index content_page_translation_publish_at_ix on content_page_translation (publish_at) where publish_at is not null;
create index content_page_translation_unpublish_at_ix on content_page_translation (unpublish_at) where unpublish_at is not null;

-- The organization that maintains a page (null: IOM). NGO editors work only on their own.
alter table content_page add column organization_id bigint;

-- Per-country editorial settings; four_eyes: the approver must not be the last editor.
create table country_setting (
    country_scope varchar(10) not null constraint country_setting_pk primary key
        constraint country_setting_country_scope_ck check (country_scope in ('GEORGIA', 'ARMENIA', 'BOTH')),
    four_eyes boolean not null default false,
    version bigint not null default 0,
    updated_at timestamptz not null default now()
);

insert into country_setting (country_scope, four_eyes) values ('GEORGIA', false), ('ARMENIA', false), ('BOTH', false);

-- Who saved a revision, as they were known then (accounts are referred to by id elsewhere).
alter table translation_revision add column author_email varchar(254);
