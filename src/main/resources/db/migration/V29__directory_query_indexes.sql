-- The public directory's queries at ten thousand services (bench/directory.sh).

-- The columns the directory filters and counts on, for the listings the public sees: the
-- page and the count read them from the index without visiting the table.
create index service_listing_public_ix on service_listing (id)
    include (organization_id, country_scope, status, free_of_charge, time_zone)
    where published_revision_id is not null and deleted_at is null and status <> 'INACTIVE';

-- the time zones of the public listings, for "open now" (read by skipping from one zone to
-- the next)
create index service_listing_public_zone_ix on service_listing (time_zone)
    where published_revision_id is not null and deleted_at is null and status <> 'INACTIVE';

-- the place filter matches a city or a region
create index service_location_place_ix on service_location (place_key, service_id) include (sample);
create index service_location_region_ix on service_location (region_key, service_id) include (sample);

-- Each period of opening hours as seconds of the week in the service's own time zone,
-- from Monday 00:00: [opens, closes), where a period that closes at or before it opens
-- ends the next day (00:00 to 00:00 is the whole day) and Sunday's may end past the end of
-- the week. "Open now" is then a range test on the local second of the week.
alter table service_opening_hours add column week_span int4range not null generated always as (int4range(
    (weekday - 1) * 86400 + cast(floor(extract(epoch from opens_at)) as int),
    (weekday - 1) * 86400 + cast(floor(extract(epoch from closes_at)) as int)
        + case when closes_at <= opens_at then 86400 else 0 end)) stored;

-- the periods that contain a moment of the week
create index service_opening_hours_week_span_ix on service_opening_hours using gist (week_span);
