-- What the company found (upheld, partly_upheld, not_upheld), recorded
-- with the step that ends its handling of a complaint: the regulator's
-- return counts the complaints upheld.
ALTER TABLE case_events ADD COLUMN outcome TEXT;
