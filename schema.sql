-- kiji database schema: the one definition of the database.
-- Embedded into the binary at build time (src/tools/mkschema.c) and applied
-- by store.c when PRAGMA user_version is below KIJI_SCHEMA_VERSION.
-- Offsets are byte offsets into documents.clean (start inclusive, end
-- exclusive) unless a column says otherwise.

-- Ids of documents, paragraphs and quotes are never reused (AUTOINCREMENT):
-- an id a user noted keeps naming the same row, and the full-text indexes
-- are fed by id ranges (store.c).
CREATE TABLE IF NOT EXISTS documents (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    hash        TEXT NOT NULL UNIQUE,      -- SHA-256 of the raw bytes
    source      TEXT NOT NULL,             -- path as given, "-" for stdin
    format      TEXT NOT NULL,             -- text, html, nitf, newsml, timeml
    title       TEXT,
    published   TEXT,                      -- YYYY-MM-DD, or NULL when unknown
    url         TEXT,
    site        TEXT,                      -- outlet
    language    TEXT,
    raw         BLOB NOT NULL,             -- the bytes as read, verbatim
    clean       TEXT NOT NULL,             -- the repaired text
    ingested    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX IF NOT EXISTS documents_source ON documents(source);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);

CREATE TABLE IF NOT EXISTS authors (
    doc_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    name        TEXT NOT NULL,
    PRIMARY KEY (doc_id, seq)
);
CREATE INDEX IF NOT EXISTS authors_name ON authors(name);

-- Every piece of the laid-out document: body, headline, byline, dateline,
-- caption, credit, link, other.
CREATE TABLE IF NOT EXISTS paragraphs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS paragraphs_doc ON paragraphs(doc_id, seq);

-- What repair changed: `before` at byte `offset` of the reader's input (the
-- raw bytes for plain text) became `after` at `clean_offset`, by `rule`.
CREATE TABLE IF NOT EXISTS repairs (
    doc_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    offset      INTEGER NOT NULL,
    clean_offset INTEGER NOT NULL,
    before      TEXT NOT NULL,
    after       TEXT NOT NULL,
    rule        TEXT NOT NULL,
    PRIMARY KEY (doc_id, seq)
);
CREATE INDEX IF NOT EXISTS repairs_rule ON repairs(rule);

-- One row per referent across the corpus (people and organisations merged by
-- name and type); aliases hold every other name seen for it.
CREATE TABLE IF NOT EXISTS entities (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    type        TEXT NOT NULL,             -- PERSON ORG GPE LOC MISC
    UNIQUE (name, type)
);
CREATE TABLE IF NOT EXISTS entity_aliases (
    entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias       TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (entity_id, alias)
);
CREATE INDEX IF NOT EXISTS entity_aliases_alias ON entity_aliases(alias);

-- The entities a document names, in order of first mention, with the name
-- as that document gives it (the corpus row may be named otherwise: "NATO"
-- here, "North Atlantic Treaty Organization" there).  An entity can have no
-- mention (an author named only in the metadata).
CREATE TABLE IF NOT EXISTS doc_entities (
    doc_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id   INTEGER NOT NULL REFERENCES entities(id),
    seq         INTEGER NOT NULL,
    name        TEXT NOT NULL,
    PRIMARY KEY (doc_id, entity_id)
);
CREATE INDEX IF NOT EXISTS doc_entities_entity ON doc_entities(entity_id);

CREATE TABLE IF NOT EXISTS mentions (
    doc_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id   INTEGER NOT NULL REFERENCES entities(id),
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    how         TEXT                       -- the evidence that found it
);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc_id);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);

-- A person's role and affiliation as a document gives it (roles change).
CREATE TABLE IF NOT EXISTS roles (
    doc_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id   INTEGER NOT NULL REFERENCES entities(id),
    role        TEXT NOT NULL,
    org         TEXT,
    PRIMARY KEY (doc_id, entity_id, role)
);

CREATE TABLE IF NOT EXISTS timexes (
    id          INTEGER PRIMARY KEY,
    doc_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    type        TEXT NOT NULL,             -- DATE TIME DURATION SET
    value       TEXT NOT NULL,             -- TIMEX3 value
    mod         TEXT,                      -- START MID END APPROX BEFORE AFTER
    anchor      TEXT                       -- the date it was resolved against
);
CREATE INDEX IF NOT EXISTS timexes_doc ON timexes(doc_id);
CREATE INDEX IF NOT EXISTS timexes_value ON timexes(value);

CREATE TABLE IF NOT EXISTS quotes (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    kind        TEXT NOT NULL,             -- direct partial indirect term
    speaker_id  INTEGER REFERENCES entities(id),
    speaker     TEXT,                      -- full name, organisation or group
    speaker_start INTEGER,                 -- the mention that named the speaker
    speaker_end INTEGER,
    cue         TEXT,
    rule        TEXT,
    confidence  REAL
);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_id);

CREATE TABLE IF NOT EXISTS events (
    id          INTEGER PRIMARY KEY,
    doc_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    date        TEXT NOT NULL,             -- TIMEX3 date value
    mod         TEXT,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    timex_id    INTEGER REFERENCES timexes(id) ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS events_date ON events(date);

-- Full-text indexes.  New rows are indexed in bulk when a write transaction
-- commits (store.c, fts_sync: much faster than a trigger per row); deletes
-- go through the triggers below.
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(
    text, content='quotes', content_rowid='id');
CREATE VIRTUAL TABLE IF NOT EXISTS paragraphs_fts USING fts5(
    text, content='paragraphs', content_rowid='id');

CREATE TRIGGER IF NOT EXISTS quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER IF NOT EXISTS paragraphs_ad AFTER DELETE ON paragraphs BEGIN
    INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

-- Who said what, when: one row per quote with its speaker, the speaker's
-- role in that document, and the document's title, outlet and date.
CREATE VIEW IF NOT EXISTS quote_view AS
SELECT q.id            AS quote_id,
       q.speaker       AS speaker,
       q.text          AS quote,
       q.kind          AS kind,
       r.role          AS role,
       r.org           AS org,
       d.published     AS published,
       d.title         AS title,
       d.site          AS outlet,
       d.source        AS source,
       q.cue           AS cue,
       q.rule          AS rule,
       q.confidence    AS confidence,
       q.doc_id        AS doc_id,
       q.speaker_id    AS speaker_id
FROM quotes q
JOIN documents d ON d.id = q.doc_id
LEFT JOIN roles r ON r.doc_id = q.doc_id AND r.entity_id = q.speaker_id;

-- Which documents mention an entity (by name or alias).
CREATE VIEW IF NOT EXISTS entity_docs AS
SELECT e.id AS entity_id, e.name AS name, e.type AS type, de.name AS name_here,
       d.id AS doc_id, d.title AS title, d.published AS published, d.source AS source,
       (SELECT count(*) FROM mentions m WHERE m.doc_id = d.id AND m.entity_id = e.id)
           AS mentions
FROM entities e
JOIN doc_entities de ON de.entity_id = e.id
JOIN documents d ON d.id = de.doc_id;

-- What roles each document gives an entity, with the organisation named in
-- the role: SELECT role, org, title FROM entity_roles WHERE name = 'Ana Lima'.
CREATE VIEW IF NOT EXISTS entity_roles AS
SELECT e.id AS entity_id, e.name AS name, e.type AS type, r.role AS role, r.org AS org,
       d.id AS doc_id, d.title AS title, d.published AS published, d.source AS source
FROM roles r
JOIN entities e ON e.id = r.entity_id
JOIN documents d ON d.id = r.doc_id;
