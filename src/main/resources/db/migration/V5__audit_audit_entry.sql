-- Who did what to which record, when. Written by listeners of the modules' events; never updated.

create table audit_entry (
    id bigint generated always as identity constraint audit_entry_pk primary key,
    occurred_at timestamptz not null,
    actor_id bigint,
    actor_email varchar(254),
    action varchar(60) not null,
    subject_type varchar(40) not null,
    subject_id bigint,
    summary varchar(2000) not null default ''
);

create index audit_entry_occurred_at_ix on audit_entry (occurred_at desc);
create index audit_entry_actor_ix on audit_entry (actor_id);
create index audit_entry_subject_ix on audit_entry (subject_type, subject_id);
