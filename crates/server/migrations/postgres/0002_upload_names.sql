-- The customer's name for an uploaded document, shown back on their case
-- page. Uploads stored before this have none.
ALTER TABLE uploads ADD COLUMN name TEXT;
