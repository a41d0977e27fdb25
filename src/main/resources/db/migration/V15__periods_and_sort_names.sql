-- Dates that name a period (a decade, a century) are one period on the timeline, not every
-- year they cover; the register's entries sort by a sort name (a person's surname first).
-- Runs on H2 and PostgreSQL. The register's rules changed with this version, so the next
-- start copies the register and annotates the corpus again (annotation/RegisterSync), which
-- fills both columns for every entry; until then an entry sorts by its name.
alter table annotations add column period boolean default false not null;

alter table entities add column sort_name varchar(300);
alter table entities add column sort_key varchar(300);
update entities set sort_name = name, sort_key = lower(name);
create index ix_entities_type_sort on entities (entity_type, sort_key);
