"""The benchmark mirror and the benchmark table: a real crawl of a small benchmark mirror
over HTTP reads every article of every platform, the mirror is the same for the same seed,
and the table says which targets were met."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from bench import large_mirror
from bench.crawl import FIRST, SECOND, crawl
from bench.report import Row, table


def _digest(root: Path) -> str:
    h = hashlib.sha256()
    for path in sorted((root / "sites").rglob("*")):
        if path.is_file():
            h.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def test_mirror_spreads_articles_over_every_platform_deterministically(tmp_path: Path) -> None:
    assert large_mirror.shares(10_000) == dict.fromkeys(large_mirror.PLATFORMS, 2_000)
    large_mirror.build(tmp_path / "a", 60)
    large_mirror.build(tmp_path / "b", 60)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    for platform, (host, pattern) in large_mirror.ARTICLE_FILES.items():
        articles = [p for p in (tmp_path / "a" / "sites" / host).glob(pattern) if "@" not in p.name]
        assert len(articles) == 12, platform


def test_crawl_of_the_mirror_reads_every_article_then_recrawls_almost_nothing(tmp_path: Path) -> None:
    registry = large_mirror.build(tmp_path, 100)
    db = tmp_path / "archive.db"
    first = crawl(db, tmp_path, registry, FIRST)
    assert first.article_pages == 100 and first.peak_rss_mib > 0
    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM skipped)").fetchone()[0]
        extractors = {row[0] for row in conn.execute("SELECT DISTINCT extractor FROM articles")}
        portals = conn.execute("SELECT count(*) FROM crawl_runs WHERE status = 'ok'").fetchone()[0]
    assert stored == 100 and portals == 5
    assert len(extractors) >= 4  # the platforms' own extractors, not a fallback for all
    again = crawl(db, tmp_path, registry, SECOND)
    assert again.article_pages == 0 and again.requests <= 5


def test_table_marks_targets_met_and_missed() -> None:
    rows = [Row("fast", 90, "pages/min", 100, "base", True, 0.8), Row("slow", 70, "pages/min", 100, "base", True, 0.8),
            Row("small", 0.2, "ms", 1, "base", False, 0.3),
            {"name": "other", "value": 5, "unit": "ms", "baseline": 10, "ratio": 0.5, "target": "≤ 30 ms",
             "met": True}]
    lines = table(rows).splitlines()
    assert lines[2].endswith("| ≥ 0.8× | yes |") and "0.9×" in lines[2]
    assert lines[3].endswith("| ≥ 0.8× | **no** |")
    assert lines[4].endswith("| ≤ 0.3× | yes |")
    assert lines[5].endswith("| ≤ 30 ms | yes |") and "0.5×" in lines[5]
