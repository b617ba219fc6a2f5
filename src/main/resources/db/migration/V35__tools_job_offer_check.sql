-- The job-offer check (issue 16): its questions and introduction are editorial content.
-- A question is a language-neutral root row (order, on or off) with one translation per
-- language, each with its own workflow state, a working copy editors change and a
-- published copy the public reads, and every saved state kept as a revision.

create table job_offer_question (
    id bigint generated always as identity,
    content_key varchar(100) not null,
    part varchar(20) not null,
    position integer not null default 0,
    enabled boolean not null default true,
    version bigint not null default 0,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    constraint job_offer_question_pk primary key (id),
    constraint job_offer_question_content_key_uk unique (content_key),
    constraint job_offer_question_part_ck check (part in ('INTRO', 'QUESTION'))
);

create table job_offer_question_translation (
    id bigint generated always as identity,
    question_id bigint not null,
    locale varchar(35) not null,
    question text not null,
    warning text not null default '',
    advice text not null default '',
    state varchar(20) not null,
    published_question text,
    published_warning text,
    published_advice text,
    published_revision_id bigint,
    working_revision_id bigint,
    awaiting_native_review boolean not null default false,
    translated_from varchar(35),
    last_editor_id bigint,
    sent_back_reason text,
    sent_back_by varchar(254),
    published_at timestamp with time zone,
    version bigint not null default 0,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    constraint job_offer_question_translation_pk primary key (id),
    constraint job_offer_question_translation_question_fk foreign key (question_id)
        references job_offer_question (id),
    constraint job_offer_question_translation_locale_uk unique (question_id, locale),
    constraint job_offer_question_translation_state_ck
        check (state in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'UNPUBLISHED'))
);

create table job_offer_question_revision (
    id bigint generated always as identity,
    translation_id bigint not null,
    revision_number integer not null,
    question text not null,
    warning text not null,
    advice text not null,
    author_id bigint,
    author_email varchar(254),
    note text not null default '',
    created_at timestamp with time zone not null,
    constraint job_offer_question_revision_pk primary key (id),
    constraint job_offer_question_revision_translation_fk foreign key (translation_id)
        references job_offer_question_translation (id),
    constraint job_offer_question_revision_number_uk unique (translation_id, revision_number)
);
