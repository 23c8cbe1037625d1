"""Opening, migrating and writing the archive. All writes go through `Archive`."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

import sqlite_utils

from crawler.archive.inspect import remove_inspect_file
from crawler.archive.schema import APPLICATION_ID, LATEST, MIGRATIONS
from crawler.core import clock
from crawler.core.errors import DanvanError, is_disk_error
from crawler.core.items import Article
from crawler.core.registry import Portal, Registry
from crawler.core.text import fold

Outcome = Literal["new", "updated", "unchanged", "versioned"]


class Annotated(Protocol):
    """What the classifiers say about an article (see crawler.classify.annotate.Annotation)."""

    relevance: Any  # .score, .reasons
    topics: list[Any]  # .slug, .score
    mentions: list[Any]  # .name, .level, .key
    province_2025: str
    signature: bytes | None


@dataclass
class Pending:
    """An article for `Archive.store_articles`: stored with its capture pointer, or recorded as skipped."""

    article: Article
    portal: Portal
    annotation: Annotated | None = None
    skipped: tuple[float, str] | None = None  # (relevance score, reason): a row of `skipped` instead


class ArchiveError(DanvanError):
    """An archive that cannot be opened or written; the message is one line."""


class Archive:
    """A danvan archive file. Use `Archive.open(path)`."""

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.path = path
        self.db = sqlite_utils.Database(conn)
        self._counts_stale = False  # the inspect file was removed by this connection's first write

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = True, readonly: bool = False) -> Archive:
        """Open (and migrate) an archive; ArchiveError if it is not one or cannot be written."""
        path = Path(path)
        if not path.exists():
            if not create or readonly:
                raise ArchiveError(f"{path}: no archive here")
            parent = path.parent if str(path.parent) else Path(".")
            if not parent.is_dir():
                raise ArchiveError(f"{path}: folder {parent} does not exist")
            if not os.access(parent, os.W_OK):
                raise ArchiveError(f"{path}: cannot create the archive: folder {parent} is not writable")
        elif not readonly and not os.access(path, os.W_OK):
            raise ArchiveError(f"{path}: archive is not writable")
        try:
            uri = f"file:{path}?mode=ro" if readonly else str(path)
            conn = sqlite3.connect(uri, uri=readonly, timeout=30, isolation_level=None)
            conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                # Per connection, not stored in the file: without it every commit of a crawl
                # (a page, an article) waits for an fsync. In WAL mode NORMAL stays consistent;
                # a power cut can lose only the last commits, which the next crawl fetches again.
                conn.execute("PRAGMA synchronous = NORMAL")
            archive = cls(conn, path)
        except sqlite3.DatabaseError as exc:
            raise ArchiveError(f"{path}: cannot open the archive: {exc}") from None
        try:
            archive._check_and_migrate(readonly)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise ArchiveError(f"{path}: cannot open the archive: {exc}") from None
        except ArchiveError:
            conn.close()  # nothing of ours stays attached to a file we refused
            raise
        return archive

    def _check_and_migrate(self, readonly: bool) -> None:
        app_id = self.conn.execute("PRAGMA application_id").fetchone()[0]
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        tables = set(self.db.table_names())
        if app_id != APPLICATION_ID and tables:
            raise ArchiveError(f"{self.path}: not a danvan archive (it holds other tables)")
        if version > LATEST:
            raise ArchiveError(
                f"{self.path}: archive schema {version} is newer than this danvan ({LATEST}); upgrade danvan"
            )
        if version == LATEST or readonly:
            return
        if not tables:
            self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        for migration in MIGRATIONS:
            if migration.version <= version:
                continue
            with self.transaction():
                for statement in _statements(migration.sql):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                self.conn.execute(f"PRAGMA user_version = {migration.version}")

    def transaction(self):  # -> contextmanager
        if not self._counts_stale:
            # A write may change the counts Datasette would be given: they are no longer known.
            remove_inspect_file(self.path)
            self._counts_stale = True
        return _Transaction(self.conn)

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        self.conn.close()

    # -- portals ------------------------------------------------------------------
    def sync_portals(self, registry: Registry) -> None:
        """Record every registry portal (its latest unit) in `portals`."""
        with self.transaction():
            for portal in registry.portals:
                self._upsert_portal(portal)

    def _upsert_portal(self, portal: Portal) -> None:
        unit = portal.units[-1]
        self.conn.execute(
            """INSERT INTO portals (id, name, platform, status, base_url, start_urls, unit, unit_code,
                   unit_level, province, notes) VALUES (?,?,?,?,?,?,?,?,?,?,?)
               ON CONFLICT(id) DO UPDATE SET name=excluded.name, platform=excluded.platform,
                   status=excluded.status, base_url=excluded.base_url, start_urls=excluded.start_urls,
                   unit=excluded.unit, unit_code=excluded.unit_code, unit_level=excluded.unit_level,
                   province=excluded.province, notes=excluded.notes""",
            (portal.id, portal.name, portal.platform, portal.status, portal.base_url,
             json.dumps(portal.start_urls), unit.name, unit.code, unit.level, unit.province, portal.notes),
        )

    # -- articles -----------------------------------------------------------------
    def upsert_article(self, article: Article, portal: Portal, annotation: Annotated | None = None) -> Outcome:
        """Insert or update one article (keyed by URL); say whether it was new or changed.

        With an annotation (relevance, topics, mentioned units, signature), those are
        written too, also for an unchanged article (the taxonomy may have changed).
        """
        with self.transaction():
            row = self.conn.execute(
                "SELECT id, content_hash, captured_at FROM articles WHERE url = ?", (article.url,)
            ).fetchone()
            index: dict[int, tuple[str, str, str]] = {}
            outcome, _ = self._upsert(article, portal, annotation, row, index, in_skipped=True, capture=False)
            self._write_index(index)
            return outcome

    def store_articles(self, batch: Sequence[Pending]) -> list[str | Exception]:
        """Store a batch in one transaction, each article with its capture pointer (or its skip).

        Each article is written inside its own savepoint: one that fails rolls back alone and
        its place in the result holds the exception; the others' outcomes are "new",
        "updated", "unchanged", "versioned" or "skipped". A full disk (or any failure of the
        transaction itself) rolls back the whole batch and raises; earlier batches stay.
        The full-text entries are written last, in one statement: FTS5 writes its pending
        terms out at every savepoint, so entries added between savepoints cost a segment each.
        """
        results: list[str | Exception] = []
        index: dict[int, tuple[str, str, str]] = {}
        with self.transaction():
            urls = [p.article.url for p in batch if p.skipped is None]
            known = self._rows_by_url("SELECT url, id, content_hash, captured_at FROM articles", urls)
            in_skipped = set(self._rows_by_url("SELECT url FROM skipped", urls))
            for pending in batch:
                article = pending.article
                self.conn.execute("SAVEPOINT article")
                try:
                    if pending.skipped is not None:
                        self.record_skipped(article, pending.portal.id, *pending.skipped)
                        in_skipped.add(article.url)
                        outcome = "skipped"
                    else:
                        mine: dict[int, tuple[str, str, str]] = {}
                        outcome, row = self._upsert(article, pending.portal, pending.annotation,
                                                    known.get(article.url), mine, in_skipped=article.url in in_skipped,
                                                    capture=article.capture_file is not None, pending=index)
                    self.conn.execute("RELEASE article")
                except Exception as exc:
                    if is_disk_error(exc) or not self.conn.in_transaction:
                        raise
                    self.conn.execute("ROLLBACK TO article")
                    self.conn.execute("RELEASE article")
                    results.append(exc)
                    continue
                if pending.skipped is None:
                    known[article.url] = row
                    in_skipped.discard(article.url)
                    index.update(mine)
                results.append(outcome)
            self._write_index(index)
        return results

    def _rows_by_url(self, select: str, urls: list[str]) -> dict[str, tuple]:
        """The rows of `select` (its first column the URL) for these URLs, by URL."""
        found: dict[str, tuple] = {}
        for start in range(0, len(urls), 500):  # under SQLite's bound-parameter limit
            chunk = urls[start:start + 500]
            sql = f"{select} WHERE url IN ({','.join('?' * len(chunk))})"
            for row in self.conn.execute(sql, chunk):
                found[row[0]] = row[1:]
        return found

    def _upsert(self, article: Article, portal: Portal, annotation: Annotated | None, row: tuple | None,
                index: dict[int, tuple[str, str, str]], *, in_skipped: bool, capture: bool,
                pending: dict[int, tuple[str, str, str]] | None = None) -> tuple[Outcome, tuple | None]:
        """One article's rows, given its current (id, content_hash, captured_at) if archived.

        Its full-text entry goes into `index` (rowid -> folded title, sapo, body) for the
        caller to write; `pending` holds entries of the same batch not written yet. Returns
        the outcome and the article's row as it now stands.
        """
        digest = content_hash(article)
        seen = clock.now_iso()
        if row and row[1] == digest:
            self.conn.execute("UPDATE articles SET last_seen = ? WHERE id = ?", (seen, row[0]))
            if annotation is not None:
                self.write_annotation(row[0], annotation)
            if capture:
                self._set_capture_of(row[0], article)
            return "unchanged", row
        if row is not None and article.captured_at and (row[2] is None or article.captured_at > row[2]):
            # An archived capture never replaces an earlier one, nor a page crawled from the
            # portal itself: the earliest complete text stays, later differing ones are versions.
            self._add_capture_version(row[0], article, digest, seen)
            return "versioned", row  # a version keeps its own capture pointer
        values = _article_row(article, portal, digest)
        if row is None:
            values.update(first_seen=seen, last_seen=seen)
            if annotation is not None:  # in the same statement: one write of the row, not two
                values.update(_annotation_columns(annotation))
            if capture:
                values.update(capture_file=article.capture_file, capture_offset=article.capture_offset)
            columns = ", ".join(values)
            marks = ", ".join("?" * len(values))
            cursor = self.conn.execute(f"INSERT INTO articles ({columns}) VALUES ({marks})", tuple(values.values()))
            article_id = int(cursor.lastrowid or 0)
        else:
            article_id = row[0]
            self._keep_version(article_id, seen)
            values["last_seen"] = seen
            assignments = ", ".join(f"{k} = ?" for k in values)
            self.conn.execute(f"UPDATE articles SET {assignments} WHERE id = ?", (*values.values(), article_id))
            if pending is None or article_id not in pending:  # else its entry is not written yet
                self.conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (article_id,))
        self.conn.execute(
            "INSERT OR REPLACE INTO article_texts (article_id, body, images) VALUES (?, ?, ?)",
            (article_id, article.body, json.dumps([i.__dict__ for i in article.images], ensure_ascii=False)),
        )
        index[article_id] = _folded(article, annotation)
        if annotation is not None:
            if row is None:
                self._write_annotation_rows(article_id, annotation, new=True)
            else:
                self.write_annotation(article_id, annotation)
        if row is not None and capture:
            self._set_capture_of(article_id, article)
        if in_skipped:
            self.conn.execute("DELETE FROM skipped WHERE url = ?", (article.url,))
        return ("new" if row is None else "updated"), (article_id, digest, article.captured_at)

    def _write_index(self, index: dict[int, tuple[str, str, str]]) -> None:
        if index:
            self.conn.executemany(
                "INSERT INTO articles_fts (rowid, title, sapo, body) VALUES (?, ?, ?, ?)",
                [(rowid, *texts) for rowid, texts in index.items()],
            )

    def _set_capture_of(self, article_id: int, article: Article) -> None:
        self.conn.execute("UPDATE articles SET capture_file = ?, capture_offset = ? WHERE id = ?",
                          (article.capture_file, article.capture_offset, article_id))

    def _add_capture_version(self, article_id: int, article: Article, digest: str, seen: str) -> None:
        """Keep a later archived capture's differing text in `article_versions` (once per text)."""
        known = self.conn.execute(
            "SELECT 1 FROM article_versions WHERE article_id = ? AND content_hash = ?", (article_id, digest)
        ).fetchone()
        if known:
            return
        self.conn.execute(
            """INSERT INTO article_versions (article_id, title, kicker, sapo, body, published_at, content_hash,
                   first_seen, replaced_at, capture_file, capture_offset, captured_at, snapshot_url)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (article_id, article.title, article.kicker, article.sapo, article.body, article.published_at or None,
             digest, seen, seen, article.capture_file, article.capture_offset, article.captured_at,
             article.snapshot_url),
        )

    def _keep_version(self, article_id: int, replaced_at: str) -> None:
        """Copy an article's current text into `article_versions` before it is overwritten."""
        self.conn.execute(
            """INSERT INTO article_versions (article_id, title, kicker, sapo, body, published_at, content_hash,
                   first_seen, replaced_at, capture_file, capture_offset, captured_at, snapshot_url)
               SELECT a.id, a.title, a.kicker, a.sapo, t.body, a.published_at, a.content_hash,
                   a.first_seen, ?, a.capture_file, a.capture_offset, a.captured_at, a.snapshot_url
               FROM articles a LEFT JOIN article_texts t ON t.article_id = a.id WHERE a.id = ?""",
            (replaced_at, article_id),
        )

    # -- incremental crawling -------------------------------------------------------
    def seen_urls(self, portal_id: str, recent_since: str) -> tuple[set[str], set[str]]:
        """A portal's URLs already crawled (archived or skipped), and the recent ones among them.

        An article is recent when it was published on or after `recent_since` (an ISO
        date or time), or, lacking a date, first seen then: recent pages are re-fetched
        to catch edits, the others are not.
        """
        seen: set[str] = set()
        recent: set[str] = set()
        for table in ("articles", "skipped"):
            rows = self.conn.execute(
                f"SELECT url, coalesce(published_at, first_seen) >= ? FROM {table} WHERE portal = ?",
                (recent_since, portal_id),
            )
            for url, is_recent in rows:
                seen.add(url)
                if is_recent:
                    recent.add(url)
        return seen, recent

    def page_validators(self, portal_id: str) -> dict[str, tuple[str | None, str | None]]:
        """ETag and Last-Modified of a portal's fetched pages, by URL, for conditional requests."""
        rows = self.conn.execute(
            """SELECT url, etag, last_modified FROM pages
               WHERE portal = ? AND (etag IS NOT NULL OR last_modified IS NOT NULL)""",
            (portal_id,),
        )
        return {url: (etag, modified) for url, etag, modified in rows}

    def record_page(self, url: str, portal_id: str, kind: str, status: int,
                    etag: str | None = None, last_modified: str | None = None) -> None:
        """Remember a fetched page; a 304 keeps the validators the page was stored with."""
        now = clock.now_iso()
        with self.transaction():
            self.conn.execute(
                """INSERT INTO pages (url, portal, kind, status, etag, last_modified, first_fetched, last_fetched)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(url) DO UPDATE SET kind = excluded.kind, last_fetched = excluded.last_fetched,
                       status = CASE WHEN excluded.status = 304 THEN pages.status ELSE excluded.status END,
                       etag = CASE WHEN excluded.status = 304 THEN coalesce(excluded.etag, pages.etag)
                                   ELSE excluded.etag END,
                       last_modified = CASE WHEN excluded.status = 304 THEN pages.last_modified
                                            ELSE excluded.last_modified END""",
                (url, portal_id, kind, status, etag, last_modified, now, now),
            )

    def touch_article(self, url: str) -> bool:
        """Mark an unchanged (304) article or skipped page as seen now; False if neither is archived."""
        now = clock.now_iso()
        with self.transaction():
            changed = self.conn.execute("UPDATE articles SET last_seen = ? WHERE url = ?", (now, url)).rowcount
            changed += self.conn.execute("UPDATE skipped SET last_seen = ? WHERE url = ?", (now, url)).rowcount
        return bool(changed)

    def last_run_finished(self, portal_id: str) -> bool:
        """Whether the portal's latest crawl ran to its end without errors (a killed one never ends).

        Only then may a re-crawl trust that every listed article was stored and stop early.
        """
        row = self.conn.execute(
            """SELECT finished_at IS NOT NULL AND coalesce(finish_reason, '') = 'finished' AND status = 'ok'
               FROM crawl_runs WHERE portal = ? ORDER BY id DESC LIMIT 1""",
            (portal_id,),
        ).fetchone()
        return bool(row and row[0])

    def write_annotation(self, article_id: int, annotation: Annotated) -> None:
        """Relevance, topics (rows and a JSON copy), mentioned units, 2025 province, signature."""
        columns = _annotation_columns(annotation)
        self.conn.execute(
            f"UPDATE articles SET {', '.join(f'{k} = ?' for k in columns)} WHERE id = ?",
            (*columns.values(), article_id),
        )
        self._write_annotation_rows(article_id, annotation, new=False)

    def _write_annotation_rows(self, article_id: int, annotation: Annotated, *, new: bool) -> None:
        """Topic, unit and signature rows; a new article has none to clear."""
        if not new:
            self.conn.execute("DELETE FROM article_topics WHERE article_id = ?", (article_id,))
            self.conn.execute("DELETE FROM article_units WHERE article_id = ?", (article_id,))
        if annotation.topics:
            self.conn.executemany(
                "INSERT INTO article_topics (article_id, topic, score) VALUES (?, ?, ?)",
                [(article_id, t.slug, round(t.score, 3)) for t in annotation.topics],
            )
        if annotation.mentions:
            self.conn.executemany(
                "INSERT OR IGNORE INTO article_units (article_id, name, level, unit_key) VALUES (?, ?, ?, ?)",
                [(article_id, m.name, m.level, m.key) for m in annotation.mentions],
            )
        if annotation.signature is not None:
            self.conn.execute(
                "INSERT OR REPLACE INTO article_signatures (article_id, signature) VALUES (?, ?)",
                (article_id, annotation.signature),
            )

    def delete_article(self, url: str) -> None:
        """Remove an article with its text, index entry, topics, units and signature."""
        with self.transaction():
            row = self.conn.execute("SELECT id FROM articles WHERE url = ?", (url,)).fetchone()
            if row is None:
                return
            # Its copies are linked again (to the next of their cluster) by the next duplicate linking.
            self.conn.execute("INSERT OR IGNORE INTO duplicates_pending (article_id)"
                              " SELECT id FROM articles WHERE duplicate_of = ?", (row[0],))
            self.conn.execute("UPDATE articles SET duplicate_of = NULL WHERE duplicate_of = ?", (row[0],))
            self.conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (row[0],))
            self.conn.execute("DELETE FROM articles WHERE id = ?", (row[0],))

    def set_capture(self, url: str, capture_file: str, capture_offset: int | None) -> None:
        """Point an article at the WARC record of the page it was read from."""
        with self.transaction():
            self.conn.execute(
                "UPDATE articles SET capture_file = ?, capture_offset = ? WHERE url = ?",
                (capture_file, capture_offset, url),
            )

    def record_skipped(self, article: Article, portal_id: str, score: float, reason: str) -> None:
        """Remember a page that was not archived (below the relevance threshold), for audit."""
        seen = clock.now_iso()
        with self.transaction():
            self.conn.execute(
                """INSERT INTO skipped (url, portal, title, published_at, score, reason, first_seen, last_seen)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(url) DO UPDATE SET title = excluded.title, published_at = excluded.published_at,
                       score = excluded.score, reason = excluded.reason, last_seen = excluded.last_seen""",
                (article.url, portal_id, article.title, article.published_at or None, round(score, 3), reason,
                 seen, seen),
            )

    def sync_topics(self, topics: Iterable[Any]) -> None:
        """The taxonomy's topics (slug, label, description) in `topics`."""
        with self.transaction():
            for topic in topics:
                self.conn.execute(
                    """INSERT INTO topics (slug, label, description) VALUES (?, ?, ?)
                       ON CONFLICT(slug) DO UPDATE SET label = excluded.label, description = excluded.description""",
                    (topic.slug, topic.label, topic.description),
                )

    def ensure_units(self, rows: Callable[[], Iterable[Any]]) -> None:
        """Fill `units` once from the administrative-units library (`rows` is called only if empty)."""
        units = self.db["units"]
        if units.count:
            return
        with self.transaction():
            units.insert_all(
                ({"key": u.key, "code": u.code, "name": u.name, "level": u.level, "parent_key": u.parent_key,
                  "province_code": u.province_code, "valid_from": u.valid_from or None,
                  "valid_to": u.valid_to or None} for u in rows()),
                ignore=True, batch_size=1000,
            )

    def ensure_successors(self, pairs: Callable[[], Iterable[tuple[str, str]]]) -> None:
        """Fill `unit_successors` once (`pairs` is called only if it is empty)."""
        if self.conn.execute("SELECT 1 FROM unit_successors LIMIT 1").fetchone():
            return
        with self.transaction():
            self.conn.executemany("INSERT OR IGNORE INTO unit_successors (old_key, new_key) VALUES (?, ?)", pairs())

    def set_duplicates(self, links: dict[int, int]) -> int:
        """Point each copy at its original (and clear links no longer found); returns rows changed."""
        with self.transaction():
            current = dict(self.conn.execute(
                "SELECT id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL").fetchall())
            changed = 0
            for article_id in current.keys() - links.keys():
                self.conn.execute("UPDATE articles SET duplicate_of = NULL WHERE id = ?", (article_id,))
                changed += 1
            for article_id, original in links.items():
                if current.get(article_id) != original:
                    self.conn.execute("UPDATE articles SET duplicate_of = ? WHERE id = ?", (original, article_id))
                    changed += 1
        return changed

    def refresh_facet_counts(self) -> int:
        """Recount the articles per facet value (`facet_counts`); run after a crawl or a retag.

        The unfiltered article and search pages read these instead of grouping a million
        rows on every visit. Returns the number of articles counted.
        """
        with self.transaction():
            self.conn.execute("DELETE FROM facet_counts")
            self.conn.execute(
                """CREATE TEMP TABLE IF NOT EXISTS cell_totals (cell INTEGER PRIMARY KEY, articles INTEGER)""")
            self.conn.execute("DELETE FROM temp.cell_totals")
            self.conn.execute(
                "INSERT INTO temp.cell_totals SELECT cell, count(*) FROM article_cells GROUP BY cell")
            for facet in FACET_COLUMNS:
                self.conn.execute(
                    f"""INSERT INTO facet_counts (facet, value, articles)
                        SELECT '{facet}', c.{facet}, sum(t.articles) FROM temp.cell_totals t
                        JOIN facet_cells c ON c.cell = t.cell WHERE c.{facet} IS NOT NULL GROUP BY c.{facet}"""
                )
            self.conn.execute(
                """INSERT INTO facet_counts (facet, value, articles)
                   SELECT 'topic', topic, count(*) FROM article_topics GROUP BY topic""")
            total, top = self.conn.execute(
                "SELECT coalesce(sum(articles), 0), (SELECT coalesce(max(article_id), 0) FROM article_cells)"
                " FROM temp.cell_totals").fetchone()
            self.conn.execute(
                """INSERT OR REPLACE INTO facet_counts_state (id, articles, max_article_id, refreshed_at)
                   VALUES (1, ?, ?, ?)""", (total, top, clock.now_iso()))
            self.conn.execute("DROP TABLE temp.cell_totals")
        return int(total)

    # -- crawl runs ---------------------------------------------------------------
    def start_run(self, portal_id: str, mode: str) -> int:
        with self.transaction():
            cursor = self.conn.execute(
                "INSERT INTO crawl_runs (portal, mode, started_at) VALUES (?, ?, ?)",
                (portal_id, mode, clock.now_iso()),
            )
        return int(cursor.lastrowid or 0)

    def close_abandoned_runs(self) -> list[tuple[int, str, str]]:
        """Close the runs a killed process left open, as `killed` at the time they were last seen.

        Call only while holding the archive's writer lock and before starting runs: then no
        open run has a living writer. Last seen: the run's latest error row, or the latest
        time one of its portal's articles was seen since it started, or its start.
        Returns (run id, portal, last seen) of each.
        """
        rows = self.conn.execute(
            """SELECT r.id, r.portal, max(r.started_at,
                      coalesce((SELECT max(e.at) FROM errors e WHERE e.run_id = r.id), ''),
                      coalesce((SELECT max(a.last_seen) FROM articles a
                                WHERE a.portal = r.portal AND a.last_seen >= r.started_at), ''))
               FROM crawl_runs r WHERE r.finished_at IS NULL ORDER BY r.id"""
        ).fetchall()
        with self.transaction():
            for run_id, _portal, last_seen in rows:
                self.conn.execute(
                    "UPDATE crawl_runs SET finished_at = ?, status = 'killed', finish_reason = 'killed',"
                    " problems = ? WHERE id = ? AND finished_at IS NULL",
                    (last_seen, f"killed: the crawl process ended without closing its run (last seen {last_seen})",
                     run_id))
        return [(int(r[0]), str(r[1]), str(r[2])) for r in rows]

    def finish_run(self, run_id: int, status: str, counts: dict[str, int], finish_reason: str = "") -> None:
        columns = {k: v for k, v in counts.items() if k in _RUN_COUNTS}
        assignments = "".join(f", {k} = ?" for k in columns)
        with self.transaction():
            self.conn.execute(
                f"UPDATE crawl_runs SET finished_at = ?, status = ?, finish_reason = ?{assignments} WHERE id = ?",
                (clock.now_iso(), status, finish_reason, *columns.values(), run_id),
            )


# The `articles` columns a facet cell names (see migration 6), in the order staff facet them.
FACET_COLUMNS = ("unit", "province", "portal", "category", "year", "year_month")

_RUN_COUNTS = {
    "requests", "responses", "listing_pages", "article_pages", "articles_new", "articles_skipped",
    "articles_updated", "articles_unchanged", "articles_rejected", "errors",
    "captures_listed", "captures_ignored", "captures_fetched", "captures_new", "captures_versioned",
}


def content_hash(article: Article) -> str:
    """What decides whether a re-crawled article changed."""
    text = "\x1f".join((article.kicker, article.title, article.sapo, article.body, article.published_at))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _annotation_columns(annotation: Annotated) -> dict[str, object]:
    """The `articles` columns an annotation sets."""
    return {
        "relevance": round(annotation.relevance.score, 3),
        "relevance_reasons": json.dumps(annotation.relevance.reasons, ensure_ascii=False),
        "topics": json.dumps([t.slug for t in annotation.topics]),
        "mentioned_units": json.dumps([m.name for m in annotation.mentions], ensure_ascii=False),
        "province_2025": annotation.province_2025,
    }


def search_entry(article: Article) -> tuple[str, str, str]:
    """An article's full-text entry: folded title (with kicker), sapo and body."""
    return fold(f"{article.kicker} {article.title}"), fold(article.sapo), fold(article.body)


def _folded(article: Article, annotation: Annotated | None) -> tuple[str, str, str]:
    """The full-text entry, as the classifier folded it if it did."""
    folded = getattr(annotation, "folded", None)
    return folded if folded is not None else search_entry(article)


def _article_row(article: Article, portal: Portal, digest: str) -> dict[str, object]:
    date = article.published_at[:10] if article.published_at else ""
    unit = portal.unit_on(date or None)
    return {
        "url": article.url, "portal": portal.id, "unit": unit.name, "unit_code": unit.code,
        "unit_level": unit.level, "province": unit.province, "province_code": unit.province_code,
        "title": article.title,
        "kicker": article.kicker, "sapo": article.sapo, "author": article.author,
        "source_credit": article.source_credit, "category": article.category,
        "published_at": article.published_at or None, "published_date": date or None,
        "time_known": int(article.time_known), "published_raw": article.published_raw,
        "year": int(date[:4]) if date else None, "year_month": date[:7] or None,
        "view_count": article.view_count, "image_count": len(article.images),
        "extractor": article.extractor, "content_hash": digest,
        "field_sources": json.dumps(article.field_sources, separators=(",", ":")) if article.field_sources else None,
        "captured_at": article.captured_at, "snapshot_url": article.snapshot_url,
    }


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (a trigger body's ';' stays inside its statement)."""
    statements: list[str] = []
    current = ""
    for piece in sql.split(";"):
        current += piece + ";"
        if sqlite3.complete_statement(current):
            if current.strip(" \t\n;"):
                statements.append(current.strip())
            current = ""
    if current.strip(" \t\n;"):
        statements.append(current.strip())
    return statements


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on error; nested use joins the outer one."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.outer = False

    def __enter__(self) -> sqlite3.Connection:
        self.outer = not self.conn.in_transaction
        if self.outer:
            self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if not self.outer:
            return
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")
