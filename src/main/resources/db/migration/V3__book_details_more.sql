-- What the second round of parsers reads: the ratings summary, genres and edition a book page
-- prints, the likes under a review, and comments that reply to others or are pingbacks.
-- One column a statement, so that the same script runs on H2 and PostgreSQL.

alter table book_details add column printed_average numeric(3, 2);
alter table book_details add column printed_ratings integer;
alter table book_details add column printed_reviews integer;
-- The genres as printed, one a line.
alter table book_details add column genres varchar(4000);
alter table book_details add column isbn varchar(40);
alter table book_details add column asin varchar(20);
alter table book_details add column language varchar(100);
alter table book_details add column publisher varchar(500);
alter table book_details add column series varchar(500);

alter table reviews add column likes integer;
alter table reviews add column comment_count integer;

-- The anchor of the comment a comment replies to, in the same document.
alter table comments add column reply_to varchar(40);
alter table comments add column pingback boolean default false not null;
