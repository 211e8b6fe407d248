"""The database schema as an ordered list of migrations.

``PRAGMA user_version`` records how many migrations a file has seen;
opening a file runs the missing ones inside one transaction. A file whose
version is higher than :data:`SCHEMA_VERSION` was written by a newer Fact
Browser and is refused rather than guessed at. ``PRAGMA application_id``
marks the file as ours, so an unrelated SQLite file is never modified.
"""

from __future__ import annotations

#: "FACT" in ASCII: tells our files from any other SQLite database.
APPLICATION_ID = 0x46414354

_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"
#: Prefix lengths FTS5 keeps ready-made doclists for. A prefix query whose
#: length has no index (every keystroke of search-as-you-type is one) first
#: merges the doclists of every matching term in memory: 20-35 ms for "inve"
#: or "investment" at a million facts, against ~2.5 ms for the first page with
#: an index. Lengths 1-12 cover nearly every word a person types; the price at
#: a million facts is +28% file size and +17% build time (tests/benchmarks).
_FACT_PREFIXES = "1 2 3 4 5 6 7 8 9 10 11 12"

MIGRATIONS: list[str] = [
    # 1: articles, entities, facts, and the full-text indexes over them.
    f"""
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        date TEXT,
        place TEXT,
        source TEXT,
        text TEXT NOT NULL,
        added_at TEXT NOT NULL
    );
    CREATE TABLE entities (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        aliases TEXT NOT NULL DEFAULT '[]',
        roles TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX entities_kind ON entities (kind);
    CREATE TABLE facts (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        article_id TEXT NOT NULL,
        topic TEXT NOT NULL,
        kind TEXT NOT NULL,
        statement TEXT NOT NULL,
        value REAL,
        unit TEXT,
        qualifier TEXT NOT NULL,
        period_start TEXT,
        period_end TEXT,
        period_label TEXT,
        date TEXT,
        t_start TEXT,  -- first day the fact speaks of (period start or date)
        t_end TEXT,    -- last day the fact speaks of (period end or date)
        entity_ids TEXT NOT NULL DEFAULT '[]',
        evidence_text TEXT NOT NULL,
        evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        origin TEXT NOT NULL,
        reviewed INTEGER NOT NULL DEFAULT 0,
        derived_from TEXT NOT NULL DEFAULT '[]',
        formula TEXT,
        search_names TEXT,  -- names, aliases and roles of its entities, as indexed
        search_extra TEXT   -- topic (first: searches anchor it), kind, unit, period, as indexed
    );
    CREATE INDEX facts_article ON facts (article_id);
    -- A filter on topic, kind or unit lists its facts in rowid (article) order
    -- with their time span beside them, so the first page of "topic:investment
    -- date>2006" is a walk down one index that stops after 200 hits: 0.2 ms at
    -- a million facts, where sorting the 260,000 matches found by time took
    -- 27-41 ms. A time filter that matches little walks the whole topic but
    -- reads no table row (≤ 30 ms for the biggest topic). The topic at the
    -- end lets the sidebar count "kind:quote" per topic from the index alone.
    CREATE INDEX facts_topic ON facts (topic, rowid, t_end, t_start);
    CREATE INDEX facts_kind ON facts (kind, rowid, t_end, t_start, topic);
    CREATE INDEX facts_unit ON facts (unit, rowid, t_end, t_start, topic);
    -- The same for a time filter alone ("date>2006", or "year:2" on the way to
    -- "year:2015"): for one that matches nothing, 45 ms instead of 180 ms.
    CREATE INDEX facts_row_time ON facts (rowid, t_end, t_start);
    CREATE INDEX facts_value ON facts (value);
    CREATE INDEX facts_t_start ON facts (t_start);
    -- A year or date filter is an interval test on two columns: these indexes
    -- answer it (alone, or with the topic or unit a sidebar or query adds)
    -- without reading table rows: a million-fact count of "topic:trade
    -- year:2020" takes 1 ms with them and 180 ms without. With the topic,
    -- they count "year:2015" per topic for the sidebar the same way.
    CREATE INDEX facts_t_end ON facts (t_end, t_start, topic);
    CREATE INDEX facts_topic_time ON facts (topic, t_end, t_start);
    CREATE INDEX facts_unit_time ON facts (unit, t_end, t_start, topic);
    CREATE TABLE fact_entities (
        fact_rowid INTEGER NOT NULL,
        entity_rowid INTEGER NOT NULL,
        PRIMARY KEY (fact_rowid, entity_rowid)
    ) WITHOUT ROWID;
    CREATE INDEX fact_entities_entity ON fact_entities (entity_rowid, fact_rowid);
    CREATE VIRTUAL TABLE facts_fts USING fts5(
        statement, evidence, names, extra, name_keys,
        content = '', {_TOKENIZE}, prefix = '{_FACT_PREFIXES}'
    );
    CREATE VIRTUAL TABLE entities_fts USING fts5(
        names, name_keys, content = '', {_TOKENIZE}, prefix = '1 2 3'
    );
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content = '', {_TOKENIZE}, prefix = '2 3'
    );
    """,
    # 2: find an article by its text and an entity by any of its names, so a
    # re-import adds nothing and a second article's "XUAR" is the first's
    # "Xinjiang". Both keys come from Python functions the connection
    # registers (database.register_functions), so old rows are keyed here too.
    """
    ALTER TABLE articles ADD COLUMN content_key TEXT;
    UPDATE articles SET content_key = fb_content_key(text);
    CREATE INDEX articles_content_key ON articles (content_key);
    -- "To review" (reviewed:no origin:extracted) is counted after every import.
    CREATE INDEX facts_review ON facts (reviewed, origin);
    CREATE TABLE entity_keys (
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        entity_rowid INTEGER NOT NULL,
        PRIMARY KEY (kind, key)
    ) WITHOUT ROWID;
    INSERT OR IGNORE INTO entity_keys (kind, key, entity_rowid)
        SELECT kind, fb_name_key(name), rowid FROM entities;
    INSERT OR IGNORE INTO entity_keys (kind, key, entity_rowid)
        SELECT e.kind, fb_name_key(a.value), e.rowid
        FROM entities AS e, json_each(e.aliases) AS a WHERE e.kind != 'person';
    """,
    # 3: each full-text index lets 8 segments of a level gather before it merges them (FTS5's
    # default is 4). Storing 1,000 wire articles then takes 10% fewer instructions (16.4
    # against 18.2 million an article, callgrind). At a million facts a full-text first page
    # reads the extra segments for 3-7% more instructions, under 0.1 ms, and the count and
    # the sidebar stay within the runs' noise (tests/benchmarks/bench_search.py on stores
    # built with each setting).
    """
    INSERT INTO facts_fts (facts_fts, rank) VALUES ('automerge', 8);
    INSERT INTO entities_fts (entities_fts, rank) VALUES ('automerge', 8);
    INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 8);
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
