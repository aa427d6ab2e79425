-- Numbered alike with SQLite's migrations, whose 0010 stops FTS5's automatic
-- merging; PostgreSQL's trigram index keeps itself (its pending list is
-- merged by autovacuum).
SELECT 1;
