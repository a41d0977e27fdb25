-- Who wrote a document, when, and on which blog or site, as its source states it (a saved
-- blog post's byline and date); null where the source does not say.
alter table documents add column byline_author varchar(500);
alter table documents add column byline_published date;
alter table documents add column byline_site varchar(500);
