"""The archive's schema, as numbered migrations; `PRAGMA user_version` records the last applied.

Article bodies live in `article_texts`, not in `articles`: Datasette's facet queries
select every column of the faceted table, so keeping bodies out keeps facets fast.
Search goes through `articles_fts`, an FTS5 index of *folded* text (no accents, đ→d,
lower case; see crawler.text.fold), with rowid = articles.id.
"""

from __future__ import annotations

from dataclasses import dataclass

APPLICATION_ID = 0x64616E76  # "danv": marks a file as a danvan archive


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    sql: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "portals, articles with texts and folded full-text index, crawl runs",
        """
        CREATE TABLE portals (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            platform TEXT NOT NULL,
            status TEXT NOT NULL,
            base_url TEXT NOT NULL,
            start_urls TEXT NOT NULL,
            unit TEXT, unit_code TEXT, unit_level TEXT, province TEXT,
            notes TEXT
        );
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            portal TEXT NOT NULL REFERENCES portals(id),
            unit TEXT, unit_code TEXT, unit_level TEXT, province TEXT,
            title TEXT NOT NULL,
            kicker TEXT, sapo TEXT, author TEXT, source_credit TEXT, category TEXT,
            published_at TEXT, published_date TEXT, time_known INTEGER NOT NULL DEFAULT 0,
            published_raw TEXT,
            year INTEGER, year_month TEXT,
            view_count INTEGER, image_count INTEGER NOT NULL DEFAULT 0,
            extractor TEXT,
            content_hash TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL
        );
        CREATE INDEX articles_portal ON articles(portal);
        CREATE INDEX articles_unit ON articles(unit);
        CREATE INDEX articles_published ON articles(published_at);
        CREATE INDEX articles_year_month ON articles(year_month);
        CREATE TABLE article_texts (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            body TEXT NOT NULL,
            images TEXT NOT NULL DEFAULT '[]'
        );
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, sapo, body, tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TABLE crawl_runs (
            id INTEGER PRIMARY KEY,
            portal TEXT NOT NULL,
            mode TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL DEFAULT 'running',
            finish_reason TEXT,
            requests INTEGER NOT NULL DEFAULT 0,
            responses INTEGER NOT NULL DEFAULT 0,
            listing_pages INTEGER NOT NULL DEFAULT 0,
            article_pages INTEGER NOT NULL DEFAULT 0,
            articles_new INTEGER NOT NULL DEFAULT 0,
            articles_updated INTEGER NOT NULL DEFAULT 0,
            articles_unchanged INTEGER NOT NULL DEFAULT 0,
            articles_rejected INTEGER NOT NULL DEFAULT 0,
            errors INTEGER NOT NULL DEFAULT 0
        );
        """,
    ),
)

LATEST = MIGRATIONS[-1].version
