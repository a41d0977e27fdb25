-- Annotation layers: the register's entities and the mentions found in every passage. Runs on H2 and PostgreSQL.

-- A copy of the register (src/main/resources/annotation/register.csv), kept in step at start-up.
create table entities (
    id           varchar(100)  primary key,
    name         varchar(300)  not null,
    entity_type  varchar(20)   not null,
    description  varchar(2000),
    wikidata     varchar(20),
    source       varchar(1000) not null
);
create index ix_entities_type_name on entities (entity_type, name);

create table entity_variants (
    entity_id  varchar(100)  not null references entities (id) on delete cascade,
    position   integer       not null,
    variant    varchar(300)  not null,
    primary key (entity_id, position)
);

-- A mention of an entity or a date in a passage: [start_offset, end_offset) of the passage's text.
create table annotations (
    id            bigint primary key,
    document_id   bigint        not null references documents (id) on delete cascade,
    passage_id    bigint        not null references passages (id) on delete cascade,
    start_offset  integer       not null,
    end_offset    integer       not null,
    layer         varchar(20)   not null,
    entity_id     varchar(100)  references entities (id),
    matched_text  varchar(2000) not null,
    method        varchar(20)   not null,
    normalized    varchar(40),
    from_year     integer,
    to_year       integer
);
create index ix_annotations_passage on annotations (passage_id, start_offset);
create index ix_annotations_document on annotations (document_id, layer);
create index ix_annotations_entity on annotations (entity_id, document_id);

-- Every year a date annotation covers, for the timeline.
create table annotation_years (
    annotation_id  bigint   not null references annotations (id) on delete cascade,
    mention_year   integer  not null,
    primary key (annotation_id, mention_year)
);
create index ix_annotation_years_year on annotation_years (mention_year, annotation_id);

-- The register and rules the stored annotations were made with; a change re-annotates the corpus.
create table annotation_state (
    id             integer      primary key,
    fingerprint    varchar(200) not null,
    annotated_at   timestamp    not null
);

-- Ids come from pooled sequences (Hibernate takes 50 at a time), so inserts can be batched.
create sequence annotations_seq start with 1 increment by 50;
