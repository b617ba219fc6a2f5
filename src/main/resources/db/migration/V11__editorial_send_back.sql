-- A reviewer sends a text or a listing back to its editor with a reason the editor sees;
-- it stays until the editor submits again.
alter table topic_translation add column sent_back_reason varchar(1000), add column sent_back_by varchar(254);
alter table content_page_translation add column sent_back_reason varchar(1000), add column sent_back_by varchar(254);
alter table news_item_translation add column sent_back_reason varchar(1000), add column sent_back_by varchar(254);
alter table service_listing add column sent_back_reason varchar(1000), add column sent_back_by varchar(254);
