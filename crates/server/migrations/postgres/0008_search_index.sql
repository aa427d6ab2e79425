-- The staff's text search by index: a trigram index of each case's
-- search_text (pg_trgm, shipped with PostgreSQL), which serves its
-- `LIKE '%…%'` for any text of three characters or more, in any script.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX cases_search_trigrams ON cases USING gin (search_text gin_trgm_ops);
