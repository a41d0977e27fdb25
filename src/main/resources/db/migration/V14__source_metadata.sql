-- A saved page's own address as it states it (its canonical link), beside its byline.
alter table documents add column byline_url varchar(2000);

-- What a researcher supplies about a source in a metadata file beside it (name.txt.meta):
-- the facts a reference needs that the copy does not state. Read at every import; null
-- where the file does not say. Deleted with its document.
create table document_metadata (
    document_id  bigint primary key references documents (id) on delete cascade,
    file_name    varchar(255)  not null,
    title        varchar(1000),
    authors      varchar(4000),
    site         varchar(500),
    publisher    varchar(500),
    url          varchar(2000),
    published    varchar(10),
    accessed     date
);
