"""Re-apply relevance, topics, units and duplicate links to a whole archive from stored text."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

from crawler.archive import Archive
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


def link_duplicates(archive: Archive) -> int:
    """Link every syndicated copy to the earliest article of its cluster; returns links changed.

    Between copies published at the same time the first URL is the original: arrival order
    (which a parallel crawl does not fix) must not decide it, so every crawl of the same
    pages links them the same way.
    """
    from crawler.classify.duplicates import link_all

    rows = archive.conn.execute(
        """SELECT a.id, coalesce(a.published_at, ''), a.url, s.signature
           FROM articles a JOIN article_signatures s ON s.article_id = a.id
           ORDER BY a.published_at IS NULL, a.published_at, a.url"""
    ).fetchall()
    return archive.set_duplicates(link_all(rows))


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
        report.duplicates_changed = link_duplicates(archive)
        archive.refresh_facet_counts()  # topics may have changed
    finally:
        archive.close()
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
