-- A document's title folded for case (upper case), indexed with its kind: the importer
-- looks up other copies of a page by kind and title (importer/PageCopies) with this key,
-- not by upper(title), which no index serves.
alter table documents add column title_key varchar(1000);
update documents set title_key = upper(title);
create index ix_documents_kind_title_key on documents (kind, title_key);
