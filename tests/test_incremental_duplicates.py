"""Near-duplicate linking compares only what is new, and links as linking everything again would."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

from bench.synthetic import articles
from crawler.archive import Archive
from crawler.classify.duplicates import article_signature, band_keys, link_all
from crawler.classify.retag import link_duplicates
from crawler.core import registry as registry_module
from crawler.core.items import Article

REG = registry_module.load()
PORTALS = {p.id: p for p in REG.portals}


def corpus(count: int) -> list[tuple[Article, str]]:
    """Synthetic originals, and copies of some: later on another portal, or earlier (crawled first)."""
    rng = random.Random(7)
    found = list(articles(count, REG, seed=11))
    copies = []
    for n, (article, _portal) in enumerate(found[: count // 5]):
        day = article.published_at
        shifted = day.replace(day[:4], str(int(day[:4]) + (1 if n % 3 else -1)), 1)  # a third are earlier
        copies.append((dataclasses.replace(article, url=f"https://copy.invalid/{n}", published_at=shifted,
                                           body=article.body + "\n\nTheo CTTĐT"), rng.choice(list(PORTALS))))
    return found + copies


def store(archive: Archive, batch: list[tuple[Article, str]]) -> None:
    archive.sync_portals(REG)
    with archive.transaction():
        for article, portal_id in batch:
            archive.upsert_article(article, PORTALS[portal_id])
            article_id = archive.conn.execute("SELECT id FROM articles WHERE url = ?", (article.url,)).fetchone()[0]
            archive.conn.execute("INSERT OR REPLACE INTO article_signatures (article_id, signature) VALUES (?, ?)",
                                 (article_id, article_signature(article)))


def links(archive: Archive) -> dict[int, int]:
    return dict(archive.conn.execute("SELECT id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL"))


def everything(archive: Archive) -> dict[int, int]:
    return link_all(archive.conn.execute(
        "SELECT a.id, coalesce(a.published_at, ''), a.url, s.signature FROM articles a"
        " JOIN article_signatures s ON s.article_id = a.id").fetchall())


def test_linking_batch_by_batch_equals_linking_everything(tmp_path: Path) -> None:
    rows = corpus(500)
    random.Random(3).shuffle(rows)  # copies arrive before and after their originals
    archive = Archive.open(tmp_path / "a.db")
    store(archive, rows[:300])
    link_duplicates(archive)  # the first linking: everything
    for start in range(300, len(rows), 40):
        store(archive, rows[start:start + 40])
        pending = archive.conn.execute("SELECT count(*) FROM duplicates_pending").fetchone()[0]
        assert pending <= 40
        link_duplicates(archive)
        assert links(archive) == everything(archive)
    assert len(links(archive)) >= 80  # the copies are found, not merely both sides empty
    assert archive.conn.execute("SELECT count(*) FROM duplicates_pending").fetchone()[0] == 0
    stored_keys = archive.conn.execute("SELECT count(*) FROM article_bands").fetchone()[0]
    expected = sum(len(band_keys(s)) for (s,) in archive.conn.execute("SELECT signature FROM article_signatures"))
    assert stored_keys <= expected and stored_keys > 0.9 * expected  # equal keys of one article collapse
    archive.close()


def test_a_removed_original_hands_its_copies_to_the_next_one(tmp_path: Path) -> None:
    rows = corpus(200)
    archive = Archive.open(tmp_path / "a.db")
    store(archive, rows)
    link_duplicates(archive)
    copy_id, original_id = next(iter(links(archive).items()))
    url = archive.conn.execute("SELECT url FROM articles WHERE id = ?", (original_id,)).fetchone()[0]
    archive.delete_article(url)
    assert archive.conn.execute("SELECT count(*) FROM duplicates_pending").fetchone()[0] >= 1
    link_duplicates(archive)
    assert links(archive) == everything(archive)
    assert original_id not in links(archive).values()
    assert copy_id in {r[0] for r in archive.conn.execute("SELECT id FROM articles")}
    archive.close()


def test_nothing_pending_costs_nothing(tmp_path: Path) -> None:
    archive = Archive.open(tmp_path / "a.db")
    store(archive, corpus(100))
    link_duplicates(archive)
    assert link_duplicates(archive) == 0
    archive.close()
