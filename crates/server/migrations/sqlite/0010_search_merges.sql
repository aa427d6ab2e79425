-- The search index's segments are merged by the server's housekeeping,
-- once a minute (`Store::tidy_search_index`), not by the writes that add to
-- it: with FTS5's automatic merging, a submission at a million cases paid
-- for merging segments of other cases, and intake fell by half. FTS5 still
-- merges at once if a level ever holds 16 segments (its `crisismerge`).
INSERT INTO cases_search (cases_search, rank) VALUES ('automerge', 0);
