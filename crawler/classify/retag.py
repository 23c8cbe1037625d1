"""Re-apply relevance, topics, units and duplicate links to a whole archive from stored text."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from crawler.archive import Archive
from crawler.archive.inspect import write_inspect_file
from crawler.core import registry as registry_module
from crawler.core.items import Article
from crawler.core.registry import Portal, Unit


@dataclass
class RetagReport:
    articles: int = 0
    topics_changed: int = 0
    relevance_changed: int = 0
    below_threshold: int = 0
    pruned: int = 0
    mentions_changed: int = 0
    duplicates_changed: int = 0
    seconds: float = 0.0

    def lines(self) -> list[str]:
        return [
            f"articles retagged: {self.articles}",
            f"topics changed: {self.topics_changed}",
            f"relevance score changed: {self.relevance_changed}",
            f"now below the relevance threshold: {self.below_threshold}"
            + (f" (moved to skipped: {self.pruned})" if self.pruned else " (kept; --prune moves them to skipped)"),
            f"mentioned units changed: {self.mentions_changed}",
            f"duplicate links changed: {self.duplicates_changed}",
            f"time: {self.seconds:.1f} s",
        ]


# When this share of the signed articles awaits linking, linking everything again is cheaper.
FULL_RELINK_SHARE = 0.3


def link_duplicates(archive: Archive, *, full: bool = False) -> int:
    """Link every syndicated copy to the earliest article of its cluster; returns links changed.

    Between copies published at the same time the first URL is the original: arrival order
    (which a parallel crawl does not fix) must not decide it, so every crawl of the same
    pages links them the same way.

    Only what changed is compared: the articles whose signature is new or changed since
    the last linking (`duplicates_pending`, filled by triggers) are looked up in the stored
    LSH bands (`article_bands`), and the clusters they touch are linked again, as a
    linking of everything would link them. `full` (retag, reparse), or many pending
    articles, links everything and rebuilds the bands.
    """
    conn = archive.conn
    pending = [r[0] for r in conn.execute("SELECT article_id FROM duplicates_pending")]
    if not pending and not full:
        return 0
    signed = conn.execute("SELECT count(*) FROM article_signatures").fetchone()[0]
    if full or len(pending) >= FULL_RELINK_SHARE * signed:
        return _link_everything(archive)
    return _link_pending(archive, pending)


_SIGNED_ROWS = """SELECT a.id, coalesce(a.published_at, ''), a.url, s.signature
                  FROM articles a JOIN article_signatures s ON s.article_id = a.id"""


def _link_everything(archive: Archive) -> int:
    from crawler.classify.duplicates import band_keys, link_all

    rows = archive.conn.execute(_SIGNED_ROWS).fetchall()
    changed = archive.set_duplicates(link_all(rows))
    with archive.transaction():
        archive.conn.execute("DELETE FROM article_bands")
        archive.conn.executemany("INSERT OR IGNORE INTO article_bands (band, key, article_id) VALUES (?, ?, ?)",
                                 ((band, key, row[0]) for row in rows for band, key in band_keys(row[3])))
        archive.conn.execute("DELETE FROM duplicates_pending")
    return changed


def _link_pending(archive: Archive, pending: list[int]) -> int:
    from crawler.classify.duplicates import band_keys, link_all

    conn = archive.conn
    with archive.transaction():
        _temp_ids(conn, "pending_ids", pending)
        rows = conn.execute(f"{_SIGNED_ROWS} WHERE a.id IN (SELECT id FROM temp.pending_ids)").fetchall()
        conn.execute("DELETE FROM article_bands WHERE article_id IN (SELECT id FROM temp.pending_ids)")
        keys = [(band, key, row[0]) for row in rows for band, key in band_keys(row[3])]
        conn.executemany("INSERT OR IGNORE INTO article_bands (band, key, article_id) VALUES (?, ?, ?)", keys)
        # Candidates: articles sharing a band key with a pending one; then the whole clusters of all.
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS wanted_keys (band INTEGER, key INTEGER)")
        conn.execute("DELETE FROM temp.wanted_keys")
        conn.executemany("INSERT INTO temp.wanted_keys VALUES (?, ?)", [(b, k) for b, k, _ in keys])
        affected = set(pending) | {r[0] for r in conn.execute(
            "SELECT DISTINCT b.article_id FROM article_bands b JOIN temp.wanted_keys w"
            " ON b.band = w.band AND b.key = w.key")}
        _temp_ids(conn, "affected_ids", affected)
        roots = {r[0] for r in conn.execute(
            "SELECT coalesce(duplicate_of, id) FROM articles WHERE id IN (SELECT id FROM temp.affected_ids)")}
        _temp_ids(conn, "root_ids", roots)
        affected |= roots | {r[0] for r in conn.execute(
            "SELECT id FROM articles WHERE duplicate_of IN (SELECT id FROM temp.root_ids)")}
        _temp_ids(conn, "affected_ids", affected)
        rows = conn.execute(f"{_SIGNED_ROWS} WHERE a.id IN (SELECT id FROM temp.affected_ids)").fetchall()
        links = link_all(rows)
        current = dict(conn.execute(
            "SELECT id, duplicate_of FROM articles WHERE id IN (SELECT id FROM temp.affected_ids)").fetchall())
        changed = 0
        for article_id in (row[0] for row in rows):
            if current.get(article_id) != links.get(article_id):
                conn.execute("UPDATE articles SET duplicate_of = ? WHERE id = ?", (links.get(article_id), article_id))
                changed += 1
        conn.execute("DELETE FROM duplicates_pending WHERE article_id IN (SELECT id FROM temp.pending_ids)")
    return changed


def _temp_ids(conn: Any, name: str, ids: Iterable[int]) -> None:
    """A temporary table `name` of ids (no limit on how many, unlike a list of parameters)."""
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} (id INTEGER PRIMARY KEY)")
    conn.execute(f"DELETE FROM temp.{name}")
    conn.executemany(f"INSERT OR IGNORE INTO temp.{name} (id) VALUES (?)", ((i,) for i in ids))


def retag(db: str, *, registry_path: str | None = None, taxonomy_path: str | None = None,
          prune: bool = False) -> RetagReport:
    """Classify every stored article again (no network) and report what changed."""
    from crawler.classify.annotate import annotate
    from crawler.classify.topics import load_taxonomy
    from crawler.classify.units import successor_pairs, unit_rows

    started = time.perf_counter()
    taxonomy = load_taxonomy(taxonomy_path)
    portals = {p.id: p for p in registry_module.load(registry_path).portals}
    archive = Archive.open(db, create=False)
    report = RetagReport()
    try:
        archive.sync_topics(taxonomy.topics)
        archive.ensure_units(unit_rows)
        archive.ensure_successors(successor_pairs)
        signed = {r[0] for r in archive.conn.execute("SELECT article_id FROM article_signatures")}
        rows = archive.conn.execute(
            """SELECT a.id, a.url, a.portal, a.title, a.kicker, a.sapo, t.body, a.published_at,
                      a.relevance, a.topics, a.mentioned_units
               FROM articles a JOIN article_texts t ON t.article_id = a.id ORDER BY a.id"""
        ).fetchall()
        below: list[tuple[Article, str, float, str]] = []
        with archive.transaction():
            for (aid, url, portal_id, title, kicker, sapo, body, published, old_score, old_topics,
                 old_mentions) in rows:
                article = Article(url=url, title=title, kicker=kicker or "", sapo=sapo or "", body=body,
                                  published_at=published or "", portal=portal_id)
                portal = portals.get(portal_id) or _stored_portal(archive, portal_id)
                note = annotate(article, portal, taxonomy, with_signature=aid not in signed)
                report.articles += 1
                new_topics = [t.slug for t in note.topics]
                report.topics_changed += json.loads(old_topics or "[]") != new_topics
                report.relevance_changed += old_score is None or abs(old_score - round(note.relevance.score, 3)) > 1e-6
                report.mentions_changed += json.loads(old_mentions or "[]") != [m.name for m in note.mentions]
                archive.write_annotation(aid, note)
                if not note.relevance.relevant:
                    reason = "; ".join(note.relevance.reasons) or "no dân vận terms"
                    below.append((article, portal_id, note.relevance.score, reason))
        report.below_threshold = len(below)
        if prune:
            for article, portal_id, score, reason in below:
                archive.record_skipped(article, portal_id, score, reason)
                archive.delete_article(article.url)
            report.pruned = len(below)
        report.duplicates_changed = link_duplicates(archive, full=True)
        archive.refresh_facet_counts()  # topics may have changed
    finally:
        archive.close()
    write_inspect_file(db)  # the counts `danvan serve` gives Datasette
    report.seconds = time.perf_counter() - started
    return report


def _stored_portal(archive: Archive, portal_id: str) -> Portal:
    """A portal no longer in the registry, rebuilt from the archive's `portals` row."""
    row = archive.conn.execute(
        "SELECT name, platform, base_url, unit, unit_code, unit_level, province FROM portals WHERE id = ?",
        (portal_id,),
    ).fetchone()
    name, platform, base_url, unit, code, level, province = row
    province_code = archive.conn.execute(
        "SELECT province_code FROM articles WHERE portal = ? AND province_code IS NOT NULL LIMIT 1", (portal_id,)
    ).fetchone()
    return Portal(id=portal_id, name=name, platform=platform, base_url=base_url, start_urls=(),
                  allowed_domains=(), units=(Unit(unit, code, level, province, province_code[0] if province_code
                                                  else ""),))
