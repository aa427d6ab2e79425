-- A duplicate merged into another case of the same customer: it keeps its
-- history, answers and documents, its customer's look-up shows the case it
-- was merged into, and its stage is `merged`, which the queue leaves out.
ALTER TABLE cases ADD COLUMN merged_into_id BIGINT REFERENCES cases (id);
ALTER TABLE cases ADD COLUMN merged_at TEXT;
ALTER TABLE cases ADD COLUMN merged_by TEXT;
CREATE INDEX cases_merged_into ON cases (merged_into_id) WHERE merged_into_id IS NOT NULL;
