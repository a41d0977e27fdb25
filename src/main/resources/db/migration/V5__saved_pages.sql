-- Saved web pages (HTML). A page's "lines" are its text blocks: each keeps the element it
-- came from, the line of the file it starts on, and its markup as the file holds it.
alter table source_lines add column element varchar(500);
alter table source_lines add column source_line integer;
alter table source_lines add column markup varchar(1048576);

-- Whether a document's source is a text copy or a saved page, and how many of its
-- non-blank lines (blocks) are page furniture.
alter table documents add column source_format varchar(10) default 'TEXT' not null;
alter table documents add column furniture_count integer default 0 not null;
