-- The lists read a page at a time in the order of an index, whatever the size of the corpus.
-- Runs on H2 and PostgreSQL.

-- The citations page and its API list citations by their document's title: the title is
-- copied to each citation (a document's title never changes once written), so that one
-- index gives the order, the document's citations together and in their order.
alter table citations add column document_title varchar(1000);
update citations set document_title = (select d.title from documents d where d.id = citations.document_id);
alter table citations alter column document_title set not null;
create index ix_citations_list on citations (document_title, document_id, position);

-- The import report lists failed files first, then skipped paths, then the rest, each by
-- path; its totals are kept until a file's record is written again (the latest attempt).
create index ix_import_records_status_path on import_records (status, source_path);
create index ix_import_records_attempted on import_records (attempted_at);
