-- Counts as the page prints them ("15.2k", "2m", "1.234") beside their values: an abbreviated
-- count is approximate, and is shown as printed. One column a statement, for H2 and PostgreSQL.

alter table book_details add column author_books_printed varchar(40);
alter table book_details add column author_followers_printed varchar(40);
alter table book_details add column currently_reading_printed varchar(40);
alter table book_details add column want_to_read_printed varchar(40);

alter table reviews add column reviewer_books_printed varchar(40);
alter table reviews add column reviewer_reviews_printed varchar(40);
alter table reviews add column reviewer_followers_printed varchar(40);
