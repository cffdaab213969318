"""The database schema as an ordered list of migrations.

Each migration runs once, in one transaction, and is recorded in the ``migrations`` table;
a database written by a newer sukien (a migration we do not know) is refused.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "articles, sentences with tokens, span layers, full-text index",
        """
        CREATE TABLE articles (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            source TEXT,
            content_hash TEXT NOT NULL,
            pipeline_version TEXT NOT NULL,
            title TEXT,
            byline TEXT,
            credits TEXT NOT NULL DEFAULT '[]',
            url TEXT,
            site TEXT,
            published TEXT,
            published_source TEXT,
            encoding TEXT,
            warnings TEXT NOT NULL DEFAULT '[]',
            original TEXT NOT NULL,
            text TEXT NOT NULL,
            blocks TEXT NOT NULL DEFAULT '[]',
            n_sentences INTEGER NOT NULL DEFAULT 0,
            n_tokens INTEGER NOT NULL DEFAULT 0,
            n_syllables INTEGER NOT NULL DEFAULT 0,
            ingested_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_hash ON articles(content_hash);

        CREATE TABLE sentences (
            article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            tokens TEXT NOT NULL DEFAULT '[]',
            PRIMARY KEY (article, idx)
        ) WITHOUT ROWID;

        CREATE TABLE entities (
            article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            type TEXT NOT NULL,
            name TEXT,
            country TEXT,
            kb_id TEXT,
            PRIMARY KEY (article, idx)
        ) WITHOUT ROWID;
        CREATE INDEX entities_kb ON entities(kb_id);

        CREATE TABLE times (
            article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            value TEXT,
            PRIMARY KEY (article, idx)
        ) WITHOUT ROWID;

        CREATE TABLE events (
            article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            type TEXT NOT NULL,
            mode TEXT,
            source TEXT NOT NULL DEFAULT '[]',
            target TEXT NOT NULL DEFAULT '[]',
            date TEXT,
            location TEXT,
            status TEXT NOT NULL,
            PRIMARY KEY (article, idx)
        ) WITHOUT ROWID;
        CREATE INDEX events_type ON events(type, date);

        CREATE TABLE quotes (
            article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            speaker TEXT,
            PRIMARY KEY (article, idx)
        ) WITHOUT ROWID;

        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, body, tokenize = 'unicode61 remove_diacritics 2'
        );
        """,
    ),
    (
        2,
        "entity indexes: identity key (kb_id, else name, else text), surface text, name",
        # the key expression must stay identical to ENTITY_KEY in sukien.store.entities,
        # or SQLite will not use the index
        """
        CREATE INDEX entities_key ON entities(coalesce(kb_id, name, text));
        CREATE INDEX entities_text ON entities(text);
        CREATE INDEX entities_name ON entities(name);
        """,
    ),
    (
        3,
        "references: people named by their office, resolved to a person when known",
        """
        CREATE TABLE refs (
            article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            role TEXT NOT NULL,
            country TEXT,
            name TEXT,
            kb_id TEXT,
            PRIMARY KEY (article, idx)
        ) WITHOUT ROWID;
        CREATE INDEX refs_kb ON refs(kb_id);
        """,
    ),
    (
        4,
        "how sure an inferred publication date is",
        """
        ALTER TABLE articles ADD COLUMN published_confidence TEXT;
        """,
    ),
    (
        5,
        "events: trigger, CAMEO code, cooperation-conflict score, evidence spans",
        # actors (events.source/target, quotes.speaker) are JSON objects and gain "kb_id"
        # without a schema change; older rows simply lack it
        """
        ALTER TABLE events ADD COLUMN "trigger" TEXT;
        ALTER TABLE events ADD COLUMN cameo TEXT;
        ALTER TABLE events ADD COLUMN score REAL;
        ALTER TABLE events ADD COLUMN evidence TEXT NOT NULL DEFAULT '[]';
        """,
    ),
    (
        6,
        "indexes for the API: events by ISO date with every filtered column, quotes by speaker, "
        "articles' dates and sites",
        # events_when covers every column the event filters, sorts and counts read, so that
        # they scan one small index instead of the table; its first expression must stay
        # identical to EVENT_WHEN in sukien.api.views (ORDER BY it walks the index and stops at
        # the page). articles_meta covers what search facets and filters read of an article.
        """
        CREATE INDEX events_when ON events(
            CASE WHEN date GLOB '[0-9][0-9][0-9][0-9]*' THEN date END,
            date, type, mode, status, score, location, source, target
        );
        CREATE INDEX quotes_speaker ON quotes(speaker);
        CREATE INDEX articles_meta ON articles(published, site, url);
        """,
    ),
]
