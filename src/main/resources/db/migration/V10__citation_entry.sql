-- A footnote marker ("[3]") of a saved wiki page points to its works-cited entry: the anchor of
-- the entry's passage in the same document ("w3"); null for every other citation.
alter table citations add column entry_anchor varchar(40);
