-- The name a source file has in the import report: its path relative to the configured source
-- folder, after that folder's own name ("seeds/blog/post.txt"), so that the report never shows
-- the server's paths. source_path stays the file's identity; older records have no name and
-- show their file's name until their next import.
alter table import_records add column source_name varchar(1000);
