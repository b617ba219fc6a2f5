-- When a revision's text itself last changed, as the public page shows it ("updated on").
-- An editor's save: the time of the save. Text from the initial import: the date its source
-- gives in the front matter, or null when the source gives none (the page then shows no
-- date rather than the day of the import).
alter table translation_revision
    add column text_changed_at timestamptz;

update translation_revision
set text_changed_at = created_at
where author_id is not null or note is distinct from 'Initial content';
