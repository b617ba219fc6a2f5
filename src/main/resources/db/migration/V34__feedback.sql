-- Visitors' answers to "Was this useful?" on a page, topic, news item or service: the
-- target by kind and id (no foreign key: the rows belong to other modules), the language,
-- yes or no, an optional short text with likely personal data already removed, and the
-- day only. No address, browser or cookie is kept.
create table feedback (
    id bigint generated always as identity constraint feedback_pk primary key,
    target_kind varchar(16) not null
        constraint feedback_target_kind_ck check (target_kind in ('PAGE', 'TOPIC', 'NEWS', 'SERVICE')),
    target_id bigint not null,
    locale varchar(16) not null,
    useful boolean not null,
    comment varchar(1000),
    received_on date not null
);

create index feedback_target_ix on feedback (target_kind, target_id, id);
