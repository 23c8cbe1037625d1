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

MIGRATIONS += (
    Migration(
        2,
        "relevance and skipped pages, topics, units and mentioned units, syndicated duplicates",
        """
        ALTER TABLE articles ADD COLUMN relevance REAL;
        ALTER TABLE articles ADD COLUMN relevance_reasons TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE articles ADD COLUMN topics TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE articles ADD COLUMN mentioned_units TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE articles ADD COLUMN province_code TEXT;
        ALTER TABLE articles ADD COLUMN province_2025 TEXT;
        ALTER TABLE articles ADD COLUMN duplicate_of INTEGER REFERENCES articles(id);
        CREATE INDEX articles_province ON articles(province);
        CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
        CREATE TABLE topics (
            slug TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            description TEXT
        );
        CREATE TABLE article_topics (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            topic TEXT NOT NULL REFERENCES topics(slug),
            score REAL NOT NULL,
            PRIMARY KEY (article_id, topic)
        );
        CREATE INDEX article_topics_topic ON article_topics(topic, article_id);
        CREATE TABLE units (
            key TEXT PRIMARY KEY,
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            level TEXT NOT NULL,
            parent_key TEXT,
            province_code TEXT,
            valid_from TEXT,
            valid_to TEXT
        );
        CREATE INDEX units_code ON units(code);
        CREATE TABLE article_units (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            level TEXT,
            unit_key TEXT REFERENCES units(key),
            PRIMARY KEY (article_id, name)
        );
        CREATE INDEX article_units_name ON article_units(name, article_id);
        CREATE TABLE article_signatures (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            signature BLOB NOT NULL
        );
        CREATE TABLE skipped (
            url TEXT PRIMARY KEY,
            portal TEXT NOT NULL,
            title TEXT,
            published_at TEXT,
            score REAL NOT NULL,
            reason TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL
        );
        ALTER TABLE crawl_runs ADD COLUMN articles_skipped INTEGER NOT NULL DEFAULT 0;
        CREATE VIEW articles_unique AS SELECT * FROM articles WHERE duplicate_of IS NULL;
        CREATE VIEW article_topic_rows AS
            SELECT a.id AS article_id, a.title, a.url, a.portal, a.unit, a.province, a.published_at,
                   a.year, a.year_month, t.topic, topics.label AS topic_label, t.score
            FROM article_topics t JOIN articles a ON a.id = t.article_id JOIN topics ON topics.slug = t.topic;
        CREATE VIEW article_unit_rows AS
            SELECT a.id AS article_id, a.title, a.url, a.portal, a.unit AS publishing_unit, a.province,
                   a.published_at, a.year, a.year_month, u.name AS mentioned_unit, u.level AS mentioned_level,
                   u.unit_key
            FROM article_units u JOIN articles a ON a.id = u.article_id;
        """,
    ),
)

MIGRATIONS += (
    Migration(
        3,
        "raw captures, article versions, fetched pages for incremental crawls, errors, portal health",
        """
        ALTER TABLE articles ADD COLUMN capture_file TEXT;
        ALTER TABLE articles ADD COLUMN capture_offset INTEGER;
        CREATE TABLE article_versions (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            title TEXT, kicker TEXT, sapo TEXT, body TEXT, published_at TEXT,
            content_hash TEXT NOT NULL,
            first_seen TEXT, replaced_at TEXT NOT NULL,
            capture_file TEXT, capture_offset INTEGER
        );
        CREATE INDEX article_versions_article ON article_versions(article_id);
        CREATE TABLE pages (
            url TEXT PRIMARY KEY,
            portal TEXT NOT NULL,
            kind TEXT NOT NULL,
            status INTEGER,
            etag TEXT,
            last_modified TEXT,
            first_fetched TEXT NOT NULL,
            last_fetched TEXT NOT NULL
        );
        CREATE INDEX pages_portal ON pages(portal, kind);
        CREATE TABLE errors (
            id INTEGER PRIMARY KEY,
            run_id INTEGER REFERENCES crawl_runs(id),
            portal TEXT,
            url TEXT,
            stage TEXT NOT NULL,
            reason TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX errors_run ON errors(run_id);
        ALTER TABLE crawl_runs ADD COLUMN responses_by_status TEXT NOT NULL DEFAULT '{}';
        ALTER TABLE crawl_runs ADD COLUMN broken INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE crawl_runs ADD COLUMN capture_file TEXT;
        CREATE VIEW portal_health AS
            SELECT p.id AS portal, p.name, p.status AS portal_status,
                   (SELECT max(finished_at) FROM crawl_runs r WHERE r.portal = p.id AND r.status = 'ok')
                       AS last_success,
                   (SELECT max(finished_at) FROM crawl_runs r WHERE r.portal = p.id
                       AND r.status IN ('failed', 'partial', 'broken')) AS last_problem,
                   (SELECT status FROM crawl_runs r WHERE r.portal = p.id ORDER BY id DESC LIMIT 1) AS last_status,
                   (SELECT max(published_at) FROM articles a WHERE a.portal = p.id) AS newest_article,
                   (SELECT count(*) FROM articles a WHERE a.portal = p.id) AS articles
            FROM portals p;
        """,
    ),
)

MIGRATIONS += (
    Migration(
        6,
        "facet cells: one small row per article naming its facet values, and counts refreshed after each crawl",
        """
        CREATE TABLE facet_cells (
            cell INTEGER PRIMARY KEY,
            portal TEXT, unit TEXT, province TEXT, category TEXT, year INTEGER, year_month TEXT
        );
        CREATE INDEX facet_cells_values ON facet_cells(portal, unit, province, category, year, year_month);
        CREATE TABLE article_cells (
            article_id INTEGER PRIMARY KEY,
            cell INTEGER NOT NULL
        );
        CREATE INDEX article_cells_cell ON article_cells(cell);
        CREATE TABLE facet_counts (
            facet TEXT NOT NULL,
            value,
            articles INTEGER NOT NULL
        );
        CREATE INDEX facet_counts_facet ON facet_counts(facet, articles DESC);
        CREATE TABLE facet_counts_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            articles INTEGER NOT NULL,
            max_article_id INTEGER NOT NULL,
            refreshed_at TEXT NOT NULL
        );
        CREATE TRIGGER articles_cell_insert AFTER INSERT ON articles BEGIN
            INSERT INTO facet_cells (portal, unit, province, category, year, year_month)
                SELECT new.portal, new.unit, new.province, new.category, new.year, new.year_month
                WHERE NOT EXISTS (SELECT 1 FROM facet_cells WHERE portal IS new.portal AND unit IS new.unit
                    AND province IS new.province AND category IS new.category AND year IS new.year
                    AND year_month IS new.year_month);
            INSERT OR REPLACE INTO article_cells (article_id, cell)
                SELECT new.id, cell FROM facet_cells WHERE portal IS new.portal AND unit IS new.unit
                    AND province IS new.province AND category IS new.category AND year IS new.year
                    AND year_month IS new.year_month;
        END;
        CREATE TRIGGER articles_cell_update AFTER UPDATE OF portal, unit, province, category, year, year_month
        ON articles BEGIN
            INSERT INTO facet_cells (portal, unit, province, category, year, year_month)
                SELECT new.portal, new.unit, new.province, new.category, new.year, new.year_month
                WHERE NOT EXISTS (SELECT 1 FROM facet_cells WHERE portal IS new.portal AND unit IS new.unit
                    AND province IS new.province AND category IS new.category AND year IS new.year
                    AND year_month IS new.year_month);
            INSERT OR REPLACE INTO article_cells (article_id, cell)
                SELECT new.id, cell FROM facet_cells WHERE portal IS new.portal AND unit IS new.unit
                    AND province IS new.province AND category IS new.category AND year IS new.year
                    AND year_month IS new.year_month;
        END;
        CREATE TRIGGER articles_cell_delete AFTER DELETE ON articles BEGIN
            DELETE FROM article_cells WHERE article_id = old.id;
        END;
        INSERT INTO facet_cells (portal, unit, province, category, year, year_month)
            SELECT DISTINCT portal, unit, province, category, year, year_month FROM articles;
        INSERT INTO article_cells (article_id, cell)
            SELECT a.id, c.cell FROM articles a JOIN facet_cells c ON c.portal IS a.portal AND c.unit IS a.unit
                AND c.province IS a.province AND c.category IS a.category AND c.year IS a.year
                AND c.year_month IS a.year_month;
        """,
    ),
)

# Migrations may be appended out of order; they run, and LATEST is taken, by version.
MIGRATIONS = tuple(sorted(MIGRATIONS, key=lambda m: m.version))
LATEST = MIGRATIONS[-1].version
