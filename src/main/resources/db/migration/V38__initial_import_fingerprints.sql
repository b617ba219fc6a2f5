-- What each initial import (topics, pages and news; organizations; help contacts; service
-- listings; the job-offer check) last read: a fingerprint of its content files and of the
-- code that imported them. A start whose fingerprint matches skips that import, instead of
-- reading every file against the database again; new content or a new importer runs it once.
create table initial_import (
    name        varchar(60) primary key,
    fingerprint char(64)    not null,
    imported_at timestamptz not null
);
