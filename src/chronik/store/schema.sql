-- chronik store, migration 1 ("initial"): the whole portable schema.
-- Plain SQL that SQLite and PostgreSQL both accept; backend-only parts (full-text search)
-- live in later, backend-specific migrations. Dates are ISO strings ('YYYY', 'YYYY-MM',
-- 'YYYY-MM-DD'); *_start/*_end are the first/last day of the period a value names.
-- Entity ids are global: `entity_id` is the current (merged) entity, `entity_orig` the one
-- resolution chose at ingest, so a merge can be undone.

CREATE TABLE articles (
    id TEXT PRIMARY KEY,                 -- the article id (content hash or the input's own id)
    content_hash TEXT NOT NULL UNIQUE,   -- same text+date+title => same hash => a duplicate
    date TEXT,                           -- publication date at the precision given
    date_refined TEXT,                   -- publication day inferred from the text
    precision TEXT,                      -- year | month | day | null
    lang TEXT,
    source TEXT,
    url TEXT,
    title TEXT,
    text TEXT NOT NULL,
    meta TEXT,                           -- JSON of unknown input fields
    origin TEXT,                         -- file[:line] it was read from
    pipeline_version TEXT,               -- null: stored without analysis
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_date ON articles (date);
CREATE INDEX articles_pipeline ON articles (pipeline_version);

CREATE TABLE sentences (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    stemmed TEXT NOT NULL,               -- stems of its words: what full-text search indexes
    UNIQUE (article_id, idx)
);

CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,            -- 'kb:Q1234' or 'name:<normalized name key>'
    kb TEXT,
    name TEXT NOT NULL,
    type TEXT,
    country TEXT,
    merged_into INTEGER REFERENCES entities (id)  -- set by `chronik entity-merge`
);

CREATE TABLE entity_names (
    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    name_key TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (entity_id, name_key)
);
CREATE INDEX entity_names_key ON entity_names (name_key);

CREATE TABLE entity_merges (
    id INTEGER PRIMARY KEY,
    winner INTEGER NOT NULL REFERENCES entities (id),
    loser INTEGER NOT NULL REFERENCES entities (id),
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL,
    undone_at TEXT
);

CREATE TABLE article_entities (       -- an article's entity (its local id e1, e2 ...)
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    entity_orig INTEGER NOT NULL REFERENCES entities (id),
    name TEXT NOT NULL,
    type TEXT,
    role TEXT,                           -- role valid at the article date
    PRIMARY KEY (article_id, local_id)
);
CREATE INDEX article_entities_entity ON article_entities (entity_id);

CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    entity_orig INTEGER NOT NULL REFERENCES entities (id),
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX mentions_entity ON mentions (entity_id);

CREATE TABLE timexes (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    value TEXT,
    anchor TEXT,
    mod TEXT,
    rule TEXT,
    PRIMARY KEY (article_id, local_id)
);

CREATE TABLE events (                   -- article-level event mentions
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    context TEXT,                        -- JSON list
    location INTEGER REFERENCES entities (id),
    date TEXT,                           -- when it happened (TIMEX3 value) or null
    date_timex TEXT,
    date_start TEXT,                     -- period of `date`, or null
    date_end TEXT,
    modality TEXT NOT NULL,
    confidence REAL NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence_text TEXT NOT NULL,
    trigger_start INTEGER,
    trigger_end INTEGER,
    trigger_text TEXT,
    cues TEXT,                           -- JSON list
    fusion_group INTEGER,                -- connected component fusion re-clusters as a whole
    timeline_event_id INTEGER,
    UNIQUE (article_id, local_id)
);
CREATE INDEX events_group ON events (fusion_group);
CREATE INDEX events_timeline ON events (timeline_event_id);

CREATE TABLE event_participants (       -- actors, recipients and cited sources of an event
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    role TEXT NOT NULL,                  -- actor | recipient | source
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    entity_orig INTEGER NOT NULL REFERENCES entities (id),
    PRIMARY KEY (event_id, role, entity_id)
);
CREATE INDEX event_participants_entity ON event_participants (entity_id);

CREATE TABLE fusion_keys (              -- the candidate index of incremental fusion
    entity_id INTEGER NOT NULL,
    type TEXT NOT NULL,
    period_start TEXT NOT NULL,          -- the event's date period, or article date +- window
    period_end TEXT NOT NULL,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE
);
CREATE INDEX fusion_keys_lookup ON fusion_keys (entity_id, type, period_start);
CREATE INDEX fusion_keys_event ON fusion_keys (event_id);

CREATE TABLE quotes (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    speaker INTEGER REFERENCES entities (id),
    speaker_text TEXT,
    cue TEXT,
    addressee INTEGER REFERENCES entities (id),
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE attributions (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    sources TEXT,                        -- JSON list of global entity ids
    via TEXT,                            -- JSON list of global entity ids
    source_text TEXT,
    cue TEXT,
    modality TEXT,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE timeline_events (          -- fused: one real-world event, many reports
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    mode TEXT,
    date TEXT,                           -- the fused date as given (month stays a month)
    date_start TEXT NOT NULL,            -- sort key 1: first day of the period (or reported day)
    date_end TEXT NOT NULL,              -- last day of the period
    date_span INTEGER NOT NULL,          -- sort key 2 (descending): days the period covers
    period_class INTEGER NOT NULL,       -- 0: a day, 1: up to 31 days, 2: longer (bounds range scans)
    precision TEXT NOT NULL,             -- day | week | month | quarter | season | half | year | reported
    location INTEGER REFERENCES entities (id),
    modality TEXT NOT NULL,
    confidence REAL NOT NULL,
    summary TEXT NOT NULL,               -- the evidence sentence that best reports it
    n_mentions INTEGER NOT NULL,
    n_articles INTEGER NOT NULL,
    n_sources INTEGER NOT NULL,
    first_reported TEXT,
    last_reported TEXT,
    fusion_group INTEGER NOT NULL
);
-- queries read each period class in order and merge: a range (--since) scans only as far back
-- as the longest period of that class, and the first page needs no sort of all matches
CREATE INDEX timeline_events_order ON timeline_events (period_class, date_start, date_span DESC, id);
CREATE INDEX timeline_events_type ON timeline_events (type, period_class, date_start, date_span DESC, id);
CREATE INDEX timeline_events_group ON timeline_events (fusion_group);

CREATE TABLE timeline_event_mentions (
    timeline_event_id INTEGER NOT NULL REFERENCES timeline_events (id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (timeline_event_id, event_id)
);
CREATE INDEX timeline_event_mentions_event ON timeline_event_mentions (event_id);

CREATE TABLE timeline_event_participants (
    timeline_event_id INTEGER NOT NULL REFERENCES timeline_events (id) ON DELETE CASCADE,
    role TEXT NOT NULL,                  -- actor | recipient
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    date_start TEXT NOT NULL,            -- copied from the event: one index answers a query
    date_span INTEGER NOT NULL,
    period_class INTEGER NOT NULL,
    PRIMARY KEY (timeline_event_id, role, entity_id)
);
CREATE INDEX timeline_event_participants_entity ON timeline_event_participants
    (entity_id, period_class, date_start, date_span DESC, timeline_event_id);

CREATE TABLE timeline_event_pairs (     -- every two participants of a fused event (dyad queries)
    timeline_event_id INTEGER NOT NULL REFERENCES timeline_events (id) ON DELETE CASCADE,
    entity_a INTEGER NOT NULL,           -- the smaller entity id
    entity_b INTEGER NOT NULL,
    date_start TEXT NOT NULL,
    date_span INTEGER NOT NULL,
    period_class INTEGER NOT NULL,
    PRIMARY KEY (timeline_event_id, entity_a, entity_b)
);
CREATE INDEX timeline_event_pairs_dyad ON timeline_event_pairs
    (entity_a, entity_b, period_class, date_start, date_span DESC, timeline_event_id);

CREATE TABLE timeline_event_sources (   -- publishers and cited sources of a fused event
    timeline_event_id INTEGER NOT NULL REFERENCES timeline_events (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,                  -- publisher | cited
    PRIMARY KEY (timeline_event_id, name, kind)
);
