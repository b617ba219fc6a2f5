-- A news item's cover image is a file of the media library, named by its id (media refers
-- to its files by id; a cover whose file is in the trash or not reviewed simply does not
-- show). The earlier free-text cover_image column stays, read-only, so the references
-- typed before can still be read and replaced by hand; nothing writes it any more.

alter table news_item add column cover_media_id bigint
    constraint news_item_cover_media_id_ck check (cover_media_id > 0);

create index news_item_cover_media_ix on news_item (cover_media_id) where cover_media_id is not null;

comment on column news_item.cover_image is 'Before V32: a typed path; read-only now, replaced by cover_media_id';
