-- Who moved a record to the trash (their e-mail at the time, as the audit trail keeps it), shown
-- in the trash beside when; cleared again on restore.

alter table topic add column deleted_by varchar(254);
alter table content_page add column deleted_by varchar(254);
alter table news_item add column deleted_by varchar(254);
alter table service_listing add column deleted_by varchar(254);
alter table help_contact add column deleted_by varchar(254);
