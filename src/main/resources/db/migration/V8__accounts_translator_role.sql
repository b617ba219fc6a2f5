-- Translators: a role below editors, limited to the target languages chosen for them.

alter table account drop constraint account_role_ck;
alter table account add constraint account_role_ck check (role in ('TRANSLATOR', 'EDITOR', 'REVIEWER', 'ADMIN'));
alter table account add column translation_locales varchar(200);
