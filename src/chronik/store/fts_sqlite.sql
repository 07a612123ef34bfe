-- chronik store, migration 2 ("sentence_search", SQLite only): FTS5 over the stemmed
-- shadow column of `sentences` (external content). New sentences are indexed a batch at a
-- time by SQLiteStore.index_sentences (one INSERT ... SELECT is ~3x faster than a row trigger);
-- the delete trigger keeps the index in step when an article's sentences are replaced.
CREATE VIRTUAL TABLE sentences_fts USING fts5(
    stemmed, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, stemmed) VALUES ('delete', old.id, old.stemmed);
END;
