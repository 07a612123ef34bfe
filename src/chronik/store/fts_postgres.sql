-- chronik store, migration 2 ("sentence_search") for PostgreSQL: one tsvector per sentence,
-- kept by a trigger, with a GIN index.
--   weight A: the sentence text under the text search configuration of its article's
--             language (german, english; simple for any other) — PostgreSQL's own stemming,
--             used by PostgresStore.search_text(query, lang);
--   weight B: the `stemmed` shadow column (chronik's stems, the same ones SQLite's FTS5
--             indexes) — what the portable Store.search_sentences(stems) matches, so both
--             backends answer the same search with the same sentences.
-- Function bodies sit on one line each: the migration runner splits scripts at `;` line ends.
ALTER TABLE sentences ADD COLUMN tsv tsvector;

CREATE FUNCTION chronik_ts_config(lang TEXT) RETURNS regconfig LANGUAGE sql IMMUTABLE AS
$$ SELECT CASE lang WHEN 'de' THEN 'german'::regconfig WHEN 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END $$;

CREATE FUNCTION chronik_sentence_tsv() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN NEW.tsv := setweight(to_tsvector(chronik_ts_config((SELECT a.lang FROM articles a WHERE a.id = NEW.article_id)), NEW.text), 'A') || setweight(to_tsvector('simple', NEW.stemmed), 'B'); RETURN NEW; END $$;

CREATE TRIGGER sentences_tsv BEFORE INSERT OR UPDATE OF text, stemmed ON sentences
    FOR EACH ROW EXECUTE FUNCTION chronik_sentence_tsv();

CREATE INDEX sentences_tsv_index ON sentences USING GIN (tsv);
