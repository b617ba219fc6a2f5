-- The public directory's read model: for each language the site serves and each listing with
-- a published translation, the translation a visitor of that language is shown (their own,
-- else the first along the fallback chain) and its sort key in that language's alphabet
-- (java.text.Collator). Lets the directory filter, order and page in the database.
-- Derived data: written with the published tables, rebuilt at start when the languages change.
create table directory_entry (
    site_locale varchar(16) not null,
    service_id bigint not null constraint directory_entry_service_fk references service_listing (id),
    shown_locale varchar(16) not null,
    slug varchar(120) not null,
    name varchar(300) not null,
    sort_key bytea not null,
    fees_described boolean not null,
    constraint directory_entry_pk primary key (site_locale, service_id)
);

create index directory_entry_order_ix on directory_entry (site_locale, sort_key, service_id);
create index directory_entry_service_ix on directory_entry (service_id);

-- what the entries were built for (the languages and their fallback chains); a start with other
-- settings rebuilds them
create table directory_entry_basis (
    id smallint not null constraint directory_entry_basis_pk primary key
        constraint directory_entry_basis_single_ck check (id = 1),
    basis varchar(1000) not null
);
