-- Spring Modulith's event publication registry: an event a listener has not yet handled
-- successfully stays here and is resubmitted, so no audit entry is lost.

create table event_publication (
    id uuid not null constraint event_publication_pk primary key,
    listener_id text not null,
    event_type text not null,
    serialized_event text not null,
    publication_date timestamptz not null,
    completion_date timestamptz,
    status text,
    completion_attempts integer,
    last_resubmission_date timestamptz
);

create index event_publication_by_completion_date_ix on event_publication (completion_date);

create table event_publication_archive (
    id uuid not null constraint event_publication_archive_pk primary key,
    listener_id text not null,
    event_type text not null,
    serialized_event text not null,
    publication_date timestamptz not null,
    completion_date timestamptz,
    status text,
    completion_attempts integer,
    last_resubmission_date timestamptz
);
