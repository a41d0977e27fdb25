-- A passage belongs to exactly one of a section, a review or a comment.
alter table passages add constraint ck_passages_one_parent check (
    (case when section_id is null then 0 else 1 end)
  + (case when review_id is null then 0 else 1 end)
  + (case when comment_id is null then 0 else 1 end) = 1
);
