-- The media library: uploaded images and documents, one row per file, with a translation
-- row per language (title, alt text, caption) and the smaller copies made of each image.
-- The bytes live in the media storage under storage_key; the file name an upload came
-- with is kept for staff only and is never a path.

create table media_asset (
    id bigint generated always as identity constraint media_asset_pk primary key,
    kind varchar(10) not null constraint media_asset_kind_ck check (kind in ('IMAGE', 'DOCUMENT')),
    content_type varchar(100) not null,
    byte_size bigint not null constraint media_asset_byte_size_ck check (byte_size > 0),
    width integer,
    height integer,
    storage_key varchar(100) not null constraint media_asset_storage_key_uk unique,
    content_hash varchar(64) not null,
    original_filename varchar(255) not null default '',
    country_scope varchar(10) not null
        constraint media_asset_country_scope_ck check (country_scope in ('GEORGIA', 'ARMENIA', 'BOTH')),
    organization_id bigint,
    reviewed_at timestamptz,
    reviewed_by varchar(254),
    version bigint not null default 0,
    created_by_id bigint,
    created_by varchar(254),
    created_at timestamptz not null default now(),
    updated_by varchar(254),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    deleted_by varchar(254),
    constraint media_asset_image_size_ck check (kind <> 'IMAGE' or (width > 0 and height > 0))
);

create index media_asset_created_at_ix on media_asset (created_at desc, id desc);
create index media_asset_country_scope_ix on media_asset (country_scope);
create index media_asset_organization_ix on media_asset (organization_id);

create table media_asset_translation (
    id bigint generated always as identity constraint media_asset_translation_pk primary key,
    media_asset_id bigint not null constraint media_asset_translation_asset_fk references media_asset (id),
    locale varchar(16) not null,
    title varchar(300) not null default '',
    alt_text varchar(1000) not null default '',
    caption varchar(2000) not null default '',
    version bigint not null default 0,
    updated_by varchar(254),
    updated_at timestamptz not null default now(),
    constraint media_asset_translation_asset_locale_uk unique (media_asset_id, locale)
);

create index media_asset_translation_title_ix on media_asset_translation (lower(title));

create table media_asset_variant (
    media_asset_id bigint not null constraint media_asset_variant_asset_fk references media_asset (id),
    width integer not null constraint media_asset_variant_width_ck check (width > 0),
    height integer not null constraint media_asset_variant_height_ck check (height > 0),
    byte_size bigint not null,
    constraint media_asset_variant_pk primary key (media_asset_id, width)
);
