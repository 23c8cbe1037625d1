"""The archive's schema, as numbered migrations; `PRAGMA user_version` records the last applied.

Article bodies live in `article_texts`, not in `articles`: Datasette's facet queries
select every column of the faceted table, so keeping bodies out keeps facets fast.
Search goes through `articles_fts`, an FTS5 index of *folded* text (no accents, đ→d,
lower case; see crawler.core.text.fold), with rowid = articles.id.
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

MIGRATIONS += (
    Migration(
        4,
        "web-archive captures: capture time and snapshot of articles and versions, listing progress, run counters",
        """
        ALTER TABLE articles ADD COLUMN captured_at TEXT;
        ALTER TABLE articles ADD COLUMN snapshot_url TEXT;
        ALTER TABLE article_versions ADD COLUMN captured_at TEXT;
        ALTER TABLE article_versions ADD COLUMN snapshot_url TEXT;
        ALTER TABLE crawl_runs ADD COLUMN captures_listed INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE crawl_runs ADD COLUMN captures_ignored INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE crawl_runs ADD COLUMN captures_fetched INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE crawl_runs ADD COLUMN captures_new INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE crawl_runs ADD COLUMN captures_versioned INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE wayback_progress (
            portal TEXT NOT NULL,
            prefix TEXT NOT NULL,
            resume_key TEXT,
            pages INTEGER NOT NULL DEFAULT 0,
            captures INTEGER NOT NULL DEFAULT 0,
            done INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (portal, prefix)
        );
        CREATE TABLE wayback_captures (
            portal TEXT NOT NULL,
            url TEXT NOT NULL,
            original TEXT NOT NULL,
            timestamp TEXT NOT NULL,
            digest TEXT,
            listed_at TEXT NOT NULL,
            fetched_at TEXT,
            PRIMARY KEY (portal, original, timestamp)
        );
        CREATE INDEX wayback_captures_url ON wayback_captures(url);
        """,
    ),
)

MIGRATIONS += (
    Migration(
        7,
        "extraction layers and run health: which layer gave each field, selector drift and problems per run",
        """
        ALTER TABLE articles ADD COLUMN field_sources TEXT;
        ALTER TABLE crawl_runs ADD COLUMN platform_misses INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE crawl_runs ADD COLUMN drift_pages INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE crawl_runs ADD COLUMN problems TEXT;
        CREATE INDEX articles_portal_published ON articles(portal, published_at);
        DROP VIEW portal_health;
        CREATE VIEW portal_health AS
            SELECT p.id AS portal, p.name, p.status AS portal_status,
                   (SELECT max(finished_at) FROM crawl_runs r WHERE r.portal = p.id AND r.status = 'ok')
                       AS last_success,
                   (SELECT max(finished_at) FROM crawl_runs r WHERE r.portal = p.id
                       AND r.status NOT IN ('ok', 'running')) AS last_problem,
                   (SELECT status FROM crawl_runs r WHERE r.portal = p.id ORDER BY id DESC LIMIT 1) AS last_status,
                   (SELECT problems FROM crawl_runs r WHERE r.portal = p.id ORDER BY id DESC LIMIT 1)
                       AS last_problems,
                   (SELECT drift_pages FROM crawl_runs r WHERE r.portal = p.id ORDER BY id DESC LIMIT 1)
                       AS last_drift_pages,
                   (SELECT max(published_at) FROM articles a WHERE a.portal = p.id) AS newest_article,
                   (SELECT count(*) FROM articles a WHERE a.portal = p.id) AS articles
            FROM portals p;
        """,
    ),
)

MIGRATIONS += (
    Migration(
        8,
        "the wards and communes that succeeded each district on 1 July 2025, and a former district's articles",
        """
        CREATE TABLE unit_successors (
            old_key TEXT NOT NULL,
            new_key TEXT NOT NULL,
            PRIMARY KEY (old_key, new_key)
        );
        CREATE INDEX unit_successors_new ON unit_successors(new_key);
        CREATE VIEW former_unit_articles AS
            SELECT u.key AS former_unit_key, u.name AS former_unit, 'đơn vị cũ' AS via,
                   a.id AS article_id, a.title, a.published_at, a.unit, a.portal
            FROM units u JOIN articles a ON a.unit_code = u.code
            WHERE u.key LIKE 'old:%' AND u.parent_key != ''
              AND (a.published_date IS NULL OR a.published_date <= '2025-06-30')
            UNION ALL
            SELECT s.old_key, u.name, 'đơn vị kế thừa', a.id, a.title, a.published_at, a.unit, a.portal
            FROM unit_successors s JOIN units u ON u.key = s.old_key JOIN units w ON w.key = s.new_key
            JOIN articles a ON a.unit_code = w.code AND a.published_date >= '2025-07-01';
        """,
    ),
)

MIGRATIONS += (
    Migration(
        9,
        "each article with its full text for analysts, and articles by when they were first archived (feeds)",
        """
        CREATE INDEX articles_first_seen ON articles(first_seen);
        CREATE VIEW article_full_texts AS
            SELECT a.id, a.url, a.portal, a.unit, a.province, a.category, a.published_at, a.published_date,
                   a.first_seen, a.title, a.kicker, a.sapo, a.author, a.source_credit, a.topics,
                   a.mentioned_units, a.duplicate_of, t.body
            FROM articles a LEFT JOIN article_texts t ON t.article_id = a.id;
        """,
    ),
)

MIGRATIONS += (
    Migration(
        10,
        "relevance ranking: impact-ordered postings per word (crawler/archive/ranking.py), pending articles",
        """
        CREATE TABLE rank_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            generation INTEGER NOT NULL,
            avgdl REAL NOT NULL,
            built_at TEXT NOT NULL,
            refreshed_at TEXT NOT NULL
        );
        CREATE TABLE rank_segments (
            segment INTEGER PRIMARY KEY,
            articles BLOB NOT NULL,
            lengths BLOB NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE rank_postings (
            term TEXT NOT NULL,
            segment INTEGER NOT NULL,
            block INTEGER NOT NULL,
            top REAL NOT NULL,
            articles BLOB NOT NULL,
            weights BLOB NOT NULL,
            PRIMARY KEY (term, segment, block)
        );
        CREATE TABLE rank_terms (
            term TEXT PRIMARY KEY,
            articles INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE rank_pending (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            article_id INTEGER NOT NULL UNIQUE
        );
        CREATE TRIGGER rank_pending_insert AFTER INSERT ON articles BEGIN
            INSERT OR REPLACE INTO rank_pending (article_id) VALUES (new.id);
        END;
        CREATE TRIGGER rank_pending_update AFTER UPDATE OF content_hash ON articles
        WHEN new.content_hash IS NOT old.content_hash BEGIN
            INSERT OR REPLACE INTO rank_pending (article_id) VALUES (new.id);
        END;
        CREATE TRIGGER rank_pending_delete AFTER DELETE ON articles BEGIN
            INSERT OR REPLACE INTO rank_pending (article_id) VALUES (old.id);
        END;
        INSERT INTO rank_pending (article_id) SELECT id FROM articles ORDER BY id;
        """,
    ),
)

# Migrations may be appended out of order; they run, and LATEST is taken, by version.
MIGRATIONS += (
    Migration(
        11,
        "near-duplicate linking that compares only new articles: stored LSH band keys and the articles to link",
        """
        CREATE TABLE article_bands (
            band INTEGER NOT NULL,
            key INTEGER NOT NULL,
            article_id INTEGER NOT NULL,
            PRIMARY KEY (band, key, article_id)
        ) WITHOUT ROWID;
        CREATE INDEX article_bands_article ON article_bands(article_id);
        CREATE TABLE duplicates_pending (article_id INTEGER PRIMARY KEY);
        -- A new or changed signature, or a removed original, is what the next linking looks at.
        CREATE TRIGGER article_signatures_pending AFTER INSERT ON article_signatures BEGIN
            INSERT OR IGNORE INTO duplicates_pending (article_id) VALUES (new.article_id);
        END;
        CREATE TRIGGER article_signatures_updated AFTER UPDATE ON article_signatures BEGIN
            INSERT OR IGNORE INTO duplicates_pending (article_id) VALUES (new.article_id);
        END;
        CREATE TRIGGER article_signatures_deleted AFTER DELETE ON article_signatures BEGIN
            DELETE FROM article_bands WHERE article_id = old.article_id;
        END;
        CREATE TRIGGER articles_deleted_copies AFTER DELETE ON articles BEGIN
            INSERT OR IGNORE INTO duplicates_pending (article_id)
                SELECT id FROM articles WHERE duplicate_of = old.id;
            DELETE FROM duplicates_pending WHERE article_id = old.id;
        END;
        INSERT INTO duplicates_pending (article_id) SELECT article_id FROM article_signatures;
        """,
    ),
)

MIGRATIONS = tuple(sorted(MIGRATIONS, key=lambda m: m.version))
LATEST = MIGRATIONS[-1].version


# What every table and column holds, for docs/schema.md (`python -m crawler.archive.docs` writes it;
# a test fails when a column has no description here, or when the file is not current).
# A view's columns fall back to the description of the same column in the table it reads.
TABLE_DOCS: dict[str, str] = {
    "portals": "The registry's portals (crawler/core/portals.toml), one row each, with their latest unit.",
    "articles": "One row per archived article (canonical URL): where and when it was published, its "
                "classification and its text fields except the body.",
    "article_texts": "The body and images of each article, kept out of `articles` so facets stay fast.",
    "articles_fts": "FTS5 index of folded (accent-free, lower-case) text; rowid = `articles.id`. Its shadow "
                    "tables (`articles_fts_*`) belong to SQLite.",
    "crawl_runs": "One row per portal per crawl: times, outcome and counters.",
    "topics": "The topic taxonomy (crawler/classify/taxonomy.toml).",
    "article_topics": "Topic assignments: one row per article and topic.",
    "units": "Vietnam's administrative units before and after 1 July 2025.",
    "article_units": "Administrative units an article's text mentions.",
    "article_signatures": "MinHash signatures of sapo and body, for near-duplicate detection.",
    "skipped": "Pages crawled but not archived (below the relevance threshold), for audit.",
    "article_versions": "Earlier texts of articles a portal edited: one row per replaced version.",
    "pages": "Every fetched listing and article page, with HTTP validators for incremental crawls.",
    "errors": "Crawl errors: one row per failure, with its run, page and stage.",
    "facet_cells": "Each distinct combination of facet values (portal, unit, province, category, year, month).",
    "article_cells": "The facet cell of each article.",
    "facet_counts": "Article counts per facet value, refreshed after each crawl and retag.",
    "facet_counts_state": "When `facet_counts` was last refreshed, and over how many articles.",
    "wayback_progress": "Progress through a web archive's capture index, per portal and URL prefix.",
    "wayback_captures": "Web-archive captures listed for a portal, and whether they were fetched.",
    "articles_unique": "View: `articles` without syndicated copies (`duplicate_of IS NULL`).",
    "article_topic_rows": "View: one row per article and topic, with the topic's label.",
    "article_unit_rows": "View: one row per article and mentioned unit.",
    "unit_successors": "The wards and communes of 1 July 2025 that took in (the main part of) each former "
                       "district-level unit, from the official list (vietnamadminunits).",
    "former_unit_articles": "View: the articles of each former district-level unit — published by it until "
                            "30 June 2025, and by its successor wards and communes from 1 July 2025 — for "
                            "staff who follow a former district across the reform.",
    "portal_health": "View: per portal, last success, last problem, last status and its problems, selector "
                     "drift, newest article, article count.",
    "article_full_texts": "View: each article with its body (from `article_texts`), one row per article, for "
                          "analysts who read or export the text with SQL.",
}

COLUMN_DOCS: dict[str, dict[str, str]] = {
    "article_full_texts": {
        "body": "Body paragraphs, separated by a blank line (`article_texts.body`; null when none was stored).",
    },
    "unit_successors": {
        "old_key": "The former unit (`units.key`, `old:<code>`).",
        "new_key": "A ward or commune of 1 July 2025 that succeeded it (`units.key`, `2025:<code>`).",
    },
    "former_unit_articles": {
        "former_unit_key": "The former district-level unit (`units.key`).",
        "former_unit": "Its name.",
        "via": "`đơn vị cũ` (published by the unit itself) or `đơn vị kế thừa` (by a successor after the reform).",
        "article_id": "The article.",
        "title": "The article's title.",
        "published_at": "Publication time (ISO 8601, +07:00) or date.",
        "unit": "The publishing unit as it was named on the publication date.",
        "portal": "Portal id (`portals.id`).",
    },
    "portals": {
        "id": "Registry id of the portal (e.g. `ngoquyen`).",
        "name": "Vietnamese name of the portal.",
        "platform": "CMS platform, i.e. the spider that crawls it.",
        "status": "`active`, `closed` or `unidentified`.",
        "base_url": "Live base URL.",
        "start_urls": "JSON list of start URLs (category listings, sitemaps, feeds).",
        "unit": "Name of the portal's latest publishing unit.",
        "unit_code": "Official code of that unit.",
        "unit_level": "Level of that unit (thành phố, quận, huyện, phường, xã...).",
        "province": "Province of that unit.",
        "notes": "Notes on the source.",
    },
    "articles": {
        "id": "Article id (also the rowid of `articles_fts` and the key of `article_texts`).",
        "url": "Canonical URL on the portal; unique.",
        "portal": "Portal id (`portals.id`).",
        "unit": "Publishing unit as it was named on the publication date.",
        "unit_code": "Official code of the publishing unit on the publication date.",
        "unit_level": "Level of the publishing unit.",
        "province": "Province of the publishing unit on the publication date.",
        "title": "Title.",
        "kicker": "Line above the title, if any.",
        "sapo": "Lead paragraph.",
        "author": "Author as printed.",
        "source_credit": "Source credit as printed (e.g. “Theo CTTĐT”).",
        "category": "The portal's category name.",
        "published_at": "Publication time, ISO 8601 with +07:00; a bare date when the portal gave no time.",
        "published_date": "Publication date (YYYY-MM-DD).",
        "time_known": "1 when the portal printed a time, 0 for a date only.",
        "published_raw": "The date line as printed.",
        "year": "Publication year.",
        "year_month": "Publication month (YYYY-MM).",
        "view_count": "View count printed on the page at the last crawl.",
        "image_count": "Number of images in the article.",
        "extractor": "Extractor that read the page (the platform, or `generic`).",
        "field_sources": "JSON object: which extraction layer gave each field: `platform` (the platform's "
                         "selectors), `metadata` (what the page declares: Open Graph, JSON-LD, microdata, "
                         "`<time>`, meta description, canonical link) or `generic` (the generic extractor).",
        "content_hash": "Hash of the content fields; a change means the portal edited the article.",
        "first_seen": "When the article was first archived (UTC).",
        "last_seen": "When a crawl last saw it (UTC).",
        "relevance": "Relevance score for dân vận work.",
        "relevance_reasons": "JSON list of the reasons for the score (terms and fields).",
        "topics": "JSON list of topic slugs (a copy of `article_topics` for display and array facets).",
        "mentioned_units": "JSON list of the unit names the text mentions (a copy of `article_units`).",
        "province_code": "Province code on the publication date.",
        "province_2025": "Province after the 2025 mergers.",
        "duplicate_of": "For a syndicated copy, the earliest article of its cluster (`articles.id`).",
        "capture_file": "WARC file holding the page's last capture (relative to the archive's folder).",
        "capture_offset": "Offset of the response record in that WARC file.",
        "captured_at": "For an article read from a web-archive capture, the capture's time.",
        "snapshot_url": "For an article read from a web-archive capture, the snapshot's URL.",
    },
    "article_texts": {
        "article_id": "The article (`articles.id`).",
        "body": "Body paragraphs, separated by a blank line.",
        "images": "JSON list of images: `url` and `caption`.",
    },
    "articles_fts": {
        "title": "Folded kicker and title.",
        "sapo": "Folded sapo.",
        "body": "Folded body.",
    },
    "crawl_runs": {
        "id": "Run id.",
        "portal": "Portal id.",
        "mode": "`live` (the portals) or `offline` (the mirror).",
        "started_at": "Start time (UTC).",
        "finished_at": "End time (UTC).",
        "status": "`running`; `ok`; `degraded` (archived, but the platform's selectors missed fields or "
                  "disagreed with the page, or a monitor failed); `partial` (pages failed, or a cap stopped "
                  "the crawl); `broken` (most pages needed the lower layers); `failed` (nothing usable); "
                  "`stopped` (SIGTERM or Ctrl-C: its state is saved, the next run resumes); `killed` (the "
                  "process died; closed by the next writer at the time it was last seen); `interrupted` (ended "
                  "early for another reason) or `disk_full`.",
        "platform_misses": "Article pages whose platform selectors found no title, date or body (lower layers "
                           "filled them).",
        "drift_pages": "Article pages where the platform's selectors and the page's own declarations "
                       "disagreed on the title or date.",
        "problems": "JSON list: why the run is not `ok`, one line each.",
        "finish_reason": "Scrapy's finish reason.",
        "requests": "Requests sent.",
        "responses": "Responses received.",
        "listing_pages": "Listing pages read.",
        "article_pages": "Article pages read.",
        "articles_new": "New articles.",
        "articles_updated": "Articles whose content changed.",
        "articles_unchanged": "Articles seen again unchanged.",
        "articles_rejected": "Pages rejected (no title, date or body).",
        "errors": "Errors recorded.",
        "articles_skipped": "Pages below the relevance threshold (not archived).",
        "responses_by_status": "JSON object: responses per HTTP status.",
        "broken": "1 when most article pages needed the generic extractor (the platform's selectors broke).",
        "capture_file": "WARC file of the run's captures.",
        "captures_listed": "Web-archive captures listed.",
        "captures_ignored": "Web-archive captures ignored.",
        "captures_fetched": "Web-archive captures fetched.",
        "captures_new": "Articles added from web-archive captures.",
        "captures_versioned": "Web-archive captures kept as earlier versions.",
    },
    "topics": {
        "slug": "Topic slug.",
        "label": "Vietnamese label.",
        "description": "What the topic covers.",
    },
    "article_topics": {
        "article_id": "The article.",
        "topic": "Topic slug (`topics.slug`).",
        "score": "Match score.",
    },
    "units": {
        "key": "`old:<code>` (before 1 July 2025) or `2025:<code>` (after).",
        "code": "Official code.",
        "name": "Name.",
        "level": "Level (tỉnh, thành phố, quận, huyện, thị xã, phường, xã...).",
        "parent_key": "Parent unit (`units.key`).",
        "province_code": "Province code.",
        "valid_from": "First day valid.",
        "valid_to": "Last day valid.",
    },
    "article_units": {
        "article_id": "The article.",
        "name": "Unit name as resolved.",
        "level": "Its level.",
        "unit_key": "The unit (`units.key`) when the name is unambiguous in the province at that date.",
    },
    "article_signatures": {
        "article_id": "The article.",
        "signature": "MinHash signature (bytes).",
    },
    "skipped": {
        "url": "Page URL.",
        "portal": "Portal id.",
        "title": "Title extracted.",
        "published_at": "Publication time extracted.",
        "score": "Relevance score.",
        "reason": "Why it was not archived.",
        "first_seen": "First crawled (UTC).",
        "last_seen": "Last crawled (UTC).",
    },
    "article_versions": {
        "id": "Version id.",
        "article_id": "The article.",
        "title": "Title of that version.",
        "kicker": "Kicker of that version.",
        "sapo": "Sapo of that version.",
        "body": "Body of that version.",
        "published_at": "Publication time that version gave.",
        "content_hash": "Content hash of that version.",
        "first_seen": "When that version was first archived.",
        "replaced_at": "When a newer text replaced it.",
        "capture_file": "WARC file of that version's page.",
        "capture_offset": "Offset of its record.",
        "captured_at": "Web-archive capture time of that version, if read from one.",
        "snapshot_url": "Web-archive snapshot URL of that version, if read from one.",
    },
    "pages": {
        "url": "Page URL.",
        "portal": "Portal id.",
        "kind": "`listing` or `article`.",
        "status": "HTTP status of the last fetch.",
        "etag": "ETag sent by the server.",
        "last_modified": "Last-Modified sent by the server.",
        "first_fetched": "First fetched (UTC).",
        "last_fetched": "Last fetched (UTC).",
    },
    "errors": {
        "id": "Error id.",
        "run_id": "The crawl run (`crawl_runs.id`).",
        "portal": "Portal id.",
        "url": "Page concerned.",
        "stage": "`download`, `http`, `extract`, `validate`, `store` or `monitor`.",
        "reason": "What went wrong.",
        "at": "When (UTC).",
    },
    "facet_cells": {
        "cell": "Cell id.",
        "portal": "Portal id.", "unit": "Publishing unit.", "province": "Province.", "category": "Category.",
        "year": "Year.", "year_month": "Month (YYYY-MM).",
    },
    "article_cells": {"article_id": "The article.", "cell": "Its facet cell (`facet_cells.cell`)."},
    "facet_counts": {"facet": "Facet column.", "value": "Facet value.", "articles": "Articles with that value."},
    "facet_counts_state": {
        "id": "Always 1.", "articles": "Articles counted.", "max_article_id": "Highest article id counted.",
        "refreshed_at": "When the counts were refreshed (UTC).",
    },
    "wayback_progress": {
        "portal": "Portal id.", "prefix": "URL prefix listed.", "resume_key": "Where listing resumes.",
        "pages": "Index pages read.", "captures": "Captures listed.", "done": "1 when the prefix is fully listed.",
        "updated_at": "Last update (UTC).",
    },
    "wayback_captures": {
        "portal": "Portal id.", "url": "Snapshot URL.", "original": "Original page URL.",
        "timestamp": "Capture timestamp.", "digest": "Payload digest.", "listed_at": "When listed (UTC).",
        "fetched_at": "When fetched (UTC), if fetched.",
    },
    "article_topic_rows": {
        "article_id": "The article.",
        "topic": "Topic slug.",
        "topic_label": "Topic label (Vietnamese).",
        "score": "Match score.",
    },
    "article_unit_rows": {
        "article_id": "The article.",
        "publishing_unit": "Unit that published the article.",
        "mentioned_unit": "Unit the text mentions.",
        "mentioned_level": "Level of the mentioned unit.",
        "unit_key": "The mentioned unit (`units.key`), when resolved.",
    },
    "portal_health": {
        "portal": "Portal id.",
        "name": "Portal name.",
        "portal_status": "Registry status (`active`, `closed`, `unidentified`).",
        "last_success": "End of the last `ok` run.",
        "last_problem": "End of the last run that was not `ok`.",
        "last_status": "Status of the latest run.",
        "last_problems": "JSON list: why the latest run was not `ok`.",
        "last_drift_pages": "Pages of the latest run where selectors and the page's declarations disagreed.",
        "newest_article": "Publication time of the newest article.",
        "articles": "Articles archived.",
    },
}
# The relevance ranking's stored data (migration 10; crawler/archive/ranking.py keeps it).
TABLE_DOCS.update({
    "rank_state": "The relevance ranking's last build: the average length its impacts use, when it ran.",
    "rank_segments": "The articles each segment of ranking postings covers (its newest segment holds an "
                     "article's current text), with their lengths.",
    "rank_postings": "Ranking postings: per word and segment, the articles containing it with their weighted "
                     "frequency, highest bm25 impact first, in blocks.",
    "rank_terms": "Articles containing each word, for bm25's inverse document frequency.",
    "rank_pending": "Articles inserted, edited or deleted since the ranking was last refreshed (filled by triggers).",
})
COLUMN_DOCS.update({
    "rank_state": {
        "id": "Always 1.", "generation": "Full builds so far (counted from 0).",
        "avgdl": "Average article length in tokens at the last full build (bm25's avgdl, frozen until the next).",
        "built_at": "When the postings were last built in full (UTC).",
        "refreshed_at": "When the postings were last refreshed (UTC).",
    },
    "rank_segments": {
        "segment": "Segment id (later segments supersede earlier ones).",
        "articles": "Article ids covered, ascending (little-endian uint32).",
        "lengths": "Their lengths in tokens, title, sapo and body together; 0 for a deleted article (uint32).",
        "created_at": "When the segment was written (UTC).",
    },
    "rank_postings": {
        "term": "The word (folded, as the full-text index holds it).",
        "segment": "The segment (`rank_segments.segment`).",
        "block": "Block number: 256 postings, then four times more in each next block.",
        "top": "bm25 impact of the block's first posting, the highest of the block and of those after it.",
        "articles": "Article ids (little-endian uint32), in impact order.",
        "weights": "Weighted frequencies: 10 × in title and kicker + 4 × in sapo + 1 × in body (uint16).",
    },
    "rank_terms": {"term": "The word.", "articles": "Articles containing it at the last refresh."},
    "rank_pending": {"seq": "Order of the change.", "article_id": "The article changed."},
})
# Incremental near-duplicate linking (migration 11; crawler/classify/retag.py link_duplicates).
TABLE_DOCS.update({
    "article_bands": "Locality-sensitive hashing bands of each signature: articles sharing a band key are "
                     "compared; a new article is compared with those only.",
    "duplicates_pending": "Articles whose signature is new or changed, or whose original was removed, since "
                          "the last duplicate linking (filled by triggers).",
})
COLUMN_DOCS.update({
    "article_bands": {"band": "Band number (0 to the band count).",
                      "key": "Hash of the band's MinHash values (signed 64-bit).", "article_id": "The article."},
    "duplicates_pending": {"article_id": "The article to link."},
})
# Views read these tables: their other columns mean what they mean there.
VIEW_SOURCES: dict[str, str] = {
    "articles_unique": "articles", "article_topic_rows": "articles", "article_unit_rows": "articles",
    "portal_health": "portals", "article_full_texts": "articles",
}
