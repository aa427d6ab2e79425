-- The staff's text search by index: the trigrams of each case's
-- search_text (FTS5's trigram tokenizer finds any text of three characters
-- or more, in any script), kept in step with the cases by triggers.
CREATE VIRTUAL TABLE cases_search USING fts5(search_text, content='cases', content_rowid='id', tokenize='trigram');
INSERT INTO cases_search (cases_search) VALUES ('rebuild');
CREATE TRIGGER cases_search_added AFTER INSERT ON cases BEGIN
    INSERT INTO cases_search (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER cases_search_removed AFTER DELETE ON cases BEGIN
    INSERT INTO cases_search (cases_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER cases_search_changed AFTER UPDATE OF search_text ON cases
WHEN old.search_text IS NOT new.search_text BEGIN
    INSERT INTO cases_search (cases_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO cases_search (rowid, search_text) VALUES (new.id, new.search_text);
END;
