-- The corpus: documents and everything parsed from them. Runs on H2 and PostgreSQL.

create table documents (
    id                bigint primary key,
    slug              varchar(200)  not null,
    source_path       varchar(1000) not null,
    source_file       varchar(255)  not null,
    kind              varchar(32)   not null,
    title             varchar(1000) not null,
    content_hash      varchar(64)   not null,
    byte_size         bigint        not null,
    line_count        integer       not null,
    lines_present     integer       not null,
    lines_accounted   integer       not null,
    passage_count     integer       not null,
    citation_count    integer       not null,
    review_count      integer       not null,
    comment_count     integer       not null,
    comments_claimed  integer,
    work_key          varchar(600),
    imported_at       timestamp     not null,
    constraint uk_documents_slug unique (slug),
    constraint uk_documents_source_path unique (source_path)
);
create index ix_documents_title on documents (title);
create index ix_documents_work_key on documents (work_key);

create table book_details (
    document_id            bigint primary key references documents (id) on delete cascade,
    author                 varchar(500),
    author_books           integer,
    author_followers       integer,
    pages                  integer,
    format                 varchar(200),
    first_published        date,
    first_published_text   varchar(200),
    currently_reading      integer,
    want_to_read           integer,
    stars5                 integer,
    stars4                 integer,
    stars3                 integer,
    stars2                 integer,
    stars1                 integer,
    percent5               integer,
    percent4               integer,
    percent3               integer,
    percent2               integer,
    percent1               integer,
    reviews_claimed        integer
);

create table sections (
    id            bigint primary key,
    document_id   bigint       not null references documents (id) on delete cascade,
    position      integer      not null,
    title         varchar(1000),
    heading_line  integer,
    role          varchar(20)  not null
);
create index ix_sections_document on sections (document_id, position);

create table reviews (
    id                  bigint primary key,
    document_id         bigint       not null references documents (id) on delete cascade,
    position            integer      not null,
    anchor              varchar(40)  not null,
    reviewer            varchar(500) not null,
    reviewer_is_author  boolean      not null,
    reviewer_books      integer,
    reviewer_reviews    integer,
    reviewer_followers  integer,
    review_date         date,
    rating              integer,
    shelf               varchar(100),
    spoiler             boolean      not null,
    text_length         integer      not null,
    first_line          integer      not null,
    last_line           integer      not null,
    constraint uk_reviews_anchor unique (document_id, anchor)
);
create index ix_reviews_document_rating on reviews (document_id, rating);
create index ix_reviews_document_date on reviews (document_id, review_date);

create table comments (
    id           bigint primary key,
    document_id  bigint       not null references documents (id) on delete cascade,
    position     integer      not null,
    anchor       varchar(40)  not null,
    number       integer,
    author       varchar(500),
    comment_date date,
    first_line   integer      not null,
    last_line    integer      not null,
    constraint uk_comments_anchor unique (document_id, anchor)
);
create index ix_comments_document on comments (document_id, position);

create table passages (
    id           bigint primary key,
    document_id  bigint          not null references documents (id) on delete cascade,
    section_id   bigint          references sections (id) on delete cascade,
    review_id    bigint          references reviews (id) on delete cascade,
    comment_id   bigint          references comments (id) on delete cascade,
    role         varchar(20)     not null,
    position     integer         not null,
    anchor       varchar(40)     not null,
    text         varchar(1048576) not null,
    first_line   integer         not null,
    last_line    integer         not null,
    constraint uk_passages_anchor unique (document_id, anchor)
);
create index ix_passages_document on passages (document_id, position);
create index ix_passages_section on passages (section_id);
create index ix_passages_review on passages (review_id);
create index ix_passages_comment on passages (comment_id);

create table citations (
    id            bigint primary key,
    document_id   bigint          not null references documents (id) on delete cascade,
    passage_id    bigint          not null references passages (id) on delete cascade,
    position      integer         not null,
    start_offset  integer         not null,
    end_offset    integer         not null,
    raw           varchar(10000)  not null,
    opener        varchar(1),
    closer        varchar(1),
    pub_year      integer,
    title         varchar(2000),
    publisher     varchar(1000),
    place         varchar(500),
    pages         varchar(100),
    isbn          varchar(40),
    isbn13        varchar(13),
    isbn_valid    boolean,
    isbn_problem  varchar(500),
    uncertain     varchar(500),
    work_key      varchar(600)    not null
);
create index ix_citations_document on citations (document_id, position);
create index ix_citations_passage on citations (passage_id);
create index ix_citations_work on citations (work_key);
create index ix_citations_isbn13 on citations (isbn13);

create table citation_contributors (
    citation_id  bigint        not null references citations (id) on delete cascade,
    position     integer       not null,
    role         varchar(20)   not null,
    family       varchar(300),
    given        varchar(300),
    literal      varchar(600)  not null,
    primary key (citation_id, position)
);

create table document_notes (
    id           bigint primary key,
    document_id  bigint         not null references documents (id) on delete cascade,
    position     integer        not null,
    line         integer,
    kind         varchar(40)    not null,
    message      varchar(2000)  not null
);
create index ix_document_notes_document on document_notes (document_id, position);

create table source_lines (
    document_id  bigint           not null references documents (id) on delete cascade,
    line         integer          not null,
    text         varchar(1048576) not null,
    role         varchar(20)      not null,
    label        varchar(200),
    anchor       varchar(40),
    primary key (document_id, line)
);

-- The outcome of the latest import of each source file, kept even when the file failed.
create table import_records (
    id               bigint primary key,
    source_path      varchar(1000) not null,
    source_file      varchar(255)  not null,
    kind             varchar(32),
    status           varchar(20)   not null,
    message          varchar(2000) not null,
    document_slug    varchar(200),
    lines_total      integer,
    lines_accounted  integer,
    attempted_at     timestamp     not null,
    constraint uk_import_records_source_path unique (source_path)
);

create table import_record_warnings (
    import_record_id  bigint         not null references import_records (id) on delete cascade,
    position          integer        not null,
    line              integer,
    message           varchar(2000)  not null,
    primary key (import_record_id, position)
);

create table import_record_unaccounted (
    import_record_id  bigint           not null references import_records (id) on delete cascade,
    position          integer          not null,
    line              integer          not null,
    text              varchar(1048576) not null,
    primary key (import_record_id, position)
);

-- Ids come from pooled sequences (Hibernate takes 50 at a time), so inserts can be batched.
create sequence documents_seq start with 1 increment by 50;
create sequence sections_seq start with 1 increment by 50;
create sequence reviews_seq start with 1 increment by 50;
create sequence comments_seq start with 1 increment by 50;
create sequence passages_seq start with 1 increment by 50;
create sequence citations_seq start with 1 increment by 50;
create sequence document_notes_seq start with 1 increment by 50;
create sequence import_records_seq start with 1 increment by 50;
