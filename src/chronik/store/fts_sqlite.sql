-- chronik store, migration 2 ("sentence_search", SQLite only): FTS5 over the stemmed
-- shadow column of `sentences` (external content; triggers keep it in step).
CREATE VIRTUAL TABLE sentences_fts USING fts5(
    stemmed, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts (rowid, stemmed) VALUES (new.id, new.stemmed);
END;
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, stemmed) VALUES ('delete', old.id, old.stemmed);
END;
