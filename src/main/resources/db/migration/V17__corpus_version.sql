-- The corpus's version: one row, its number raised whenever an import or a change of the
-- register commits, so that the reading views' ETags and rendered pages (reading/) change
-- with what they show, on every instance serving the database.
create table corpus_version (
    id       integer primary key,
    version  bigint  not null
);

insert into corpus_version (id, version) values (1, 0);
