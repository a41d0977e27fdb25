-- The same page imported twice (say as a saved page and as a text copy): the slug of the
-- document this one is a copy of, kept when the report finds the same title and kind and
-- passages in common.
alter table documents add column copy_of varchar(200);
