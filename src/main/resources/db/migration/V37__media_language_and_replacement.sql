-- A media file's own language (the words in a leaflet or an infographic; null when it has
-- none or several), chosen by staff rather than guessed, and who supplied the file's
-- current bytes: a file replaced by one person is reviewed by another where four eyes
-- apply, as its first upload was.

alter table media_asset add column document_language varchar(16);
alter table media_asset add column file_by_id bigint;
alter table media_asset add column file_replaced_at timestamptz;

-- the language documents showed until now: the one their first words were written in
update media_asset a set document_language = (
    select t.locale from media_asset_translation t where t.media_asset_id = a.id order by t.id limit 1)
where a.kind = 'DOCUMENT';

update media_asset set file_by_id = created_by_id;

create index media_asset_document_language_ix on media_asset (document_language);

-- the sizes of the WebP copies beside an image and its smaller copies (stored under the same
-- key with "-webp"); null where there is none (documents, large originals, files from before)
alter table media_asset add column webp_byte_size bigint;
alter table media_asset_variant add column webp_byte_size bigint;
