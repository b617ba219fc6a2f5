-- Organizations may be projects too: the EMERGE project (IOM, Armenia and Georgia) is named
-- by the sources and gets a public page of its own. Demo data and the "fee unknown" rule need
-- no column: sample rows already carry their flag, and a listing that is not free and says
-- nothing about its fees is shown as "fee unknown".
alter table organization drop constraint organization_kind_ck;
alter table organization add constraint organization_kind_ck
    check (kind in ('IOM_MISSION', 'NGO', 'STATE_AGENCY', 'PROJECT'));
