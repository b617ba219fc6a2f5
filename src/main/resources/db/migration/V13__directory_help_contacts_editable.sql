-- Help contacts become an editable kind of the editorial workflow: each save is a revision holding
-- the whole contact as a JSON document (texts per language, phones with labels and flags, source),
-- and publishing points the contact at the revision the public sees. The contacts that exist are
-- converted into a first, published revision; nothing they held is lost.

alter table help_contact drop constraint help_contact_kind_ck;
alter table help_contact add constraint help_contact_kind_ck
    check (kind in ('EMERGENCY', 'HOTLINE', 'OFFICE', 'SERVICE'));

create table help_contact_revision (
    id bigint generated always as identity constraint help_contact_revision_pk primary key,
    contact_id bigint not null constraint help_contact_revision_contact_fk references help_contact (id),
    revision_number integer not null,
    document text not null,
    author_id bigint,
    author_email varchar(254),
    note varchar(500) not null default '',
    created_at timestamptz not null default now(),
    constraint help_contact_revision_number_uk unique (contact_id, revision_number)
);

alter table help_contact
    add column state varchar(20) not null default 'DRAFT'
        constraint help_contact_state_ck check (state in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'UNPUBLISHED')),
    add column published boolean not null default false,
    add column working_revision_id bigint constraint help_contact_working_revision_fk
        references help_contact_revision (id),
    add column published_revision_id bigint constraint help_contact_published_revision_fk
        references help_contact_revision (id),
    add column last_editor_id bigint,
    add column sent_back_reason varchar(1000),
    add column sent_back_by varchar(254),
    add column published_at timestamptz;

insert into help_contact_revision (contact_id, revision_number, document, note, created_at)
select c.id, 1,
       jsonb_build_object(
           'kind', c.kind,
           'country', c.country_scope,
           'position', c.position,
           'texts', coalesce((select jsonb_object_agg(t.locale, jsonb_build_object(
                                  'name', t.name,
                                  'description', t.description,
                                  'address', t.address,
                                  'openingHours', null,
                                  'awaitingNativeReview', t.awaiting_native_review,
                                  'translatedFrom', t.translated_from))
                              from help_contact_translation t where t.contact_id = c.id), '{}'::jsonb),
           'phones', case when c.phone is null then '[]'::jsonb
                     else jsonb_build_array(jsonb_build_object(
                         'number', c.phone, 'labels', '{}'::jsonb, 'hotline', c.kind = 'HOTLINE',
                         'aroundTheClock', c.around_the_clock, 'freeOfCharge', false, 'languages', '[]'::jsonb))
                     end,
           'email', c.email,
           'sample', c.sample)::text,
       'converted from the earlier help contact tables', now()
from help_contact c;

update help_contact c
set working_revision_id = r.id,
    published_revision_id = case when c.deleted_at is null then r.id end,
    published = c.deleted_at is null,
    published_at = case when c.deleted_at is null then now() end,
    state = case when c.deleted_at is null then 'PUBLISHED' else 'UNPUBLISHED' end
from help_contact_revision r
where r.contact_id = c.id;

drop table help_contact_translation;

alter table help_contact
    drop column phone,
    drop column email,
    drop column around_the_clock;
