-- Whether a staff member is e-mailed when work waits for them (a text to review, a text sent
-- back to them); on by default, each person switches it for themselves.
alter table account add column review_mail boolean not null default true;
