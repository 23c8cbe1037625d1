"""Benchmark: relevance ranking at 1,000,000 articles: bm25 itself (baseline, same run) against `rank()`.

The archive is bench/search_text.py's synthetic one (real corpus text), built once per size
and seed under bench/.cache/ and shared with bench/search_scale.py. The ranking's postings
are built on it once (`refresh_ranking`, timed; later runs reuse them).

For each kind of query (very common, common and rare words, phrases, several words), with
no filter and with three facet filters (the page hands `rank` the matching ids that pass
them, a list it computes anyway for its counts, so that list is not timed):

- baseline: bm25 over every match, `ORDER BY bm25(articles_fts, 10, 4, 1), published_at
  DESC, id DESC LIMIT 20` (the exact order; filters in the same SQL);
- design: `crawler.archive.ranking.rank(conn, match, allowed, 20)`;
- agreement: overlap@20 of the design's top 20 with the baseline's, and the share of
  queries whose first result is the same.

Also: bm25 over the 10,000 most recently archived matches (the search page's ranking before
`rank`), pending articles ranked from memory before a refresh, and the refresh itself.
Target: rank p95 ≤ 30 ms for every kind of query, with and without filters.
Usage: python -m bench.search_rank [--quick] [--articles N] [--seed S]
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from bench.search_scale import _progress, command_line, quantiles
from bench.search_scale import row as scale_row
from bench.search_text import cached
from crawler.archive import Archive
from crawler.archive.ranking import RANK_SQL, agreement, bm25_window, rank, refresh_ranking
from crawler.publish.search import escape_fts

FULL, QUICK, SEED = 1_000_000, 50_000, 20240317
TARGET_MS = 30.0
TOP = 20
QUERIES: tuple[tuple[str, str], ...] = (
    ("very common", "các"), ("very common", "dang"), ("very common", "Đảng"), ("very common", "doan vien"),
    ("common", "dân vận"), ("common", "dan van"), ("common", "ky luat"), ("common", "Mặt trận"),
    ("common", "ton giao"), ("common", "thanh nien"),
    ("rare", "khiêm"), ("rare", "website"), ("rare", "nghin"), ("rare", "phien"),
    ("phrase", '"công tác dân vận"'), ("phrase", '"cong tac dan van"'), ("phrase", '"mat tran to quoc"'),
    ("phrase", '"dân vận khéo"'), ("phrase", '"hoi nong dan"'),
    ("several words", "cong tac dan van"), ("several words", "mat tran to quoc"), ("several words", "hoi nong dan"),
    ("several words", "doan thanh nien"), ("several words", "cac website"),
    ("phrase with words", '"dan van" ky luat'), ("phrase with words", '"mat tran to quoc" ton giao'),
)
# The target's kinds; a phrase beside other words is measured too, and reported apart.
KINDS = ("very common", "common", "rare", "phrase", "several words")
EXTRA = ("phrase with words",)
PENDING = 1_000  # articles marked changed for the "before a refresh" measure
FORMAT = 2  # of the stored postings (2: with word pairs); a cached build of another is rebuilt


def row(name: str, value: float, baseline: float | None, target: float | None = None, unit: str = "ms",
        note: str = "") -> dict[str, Any]:
    """One result row (bench/search_scale.py's shape), agreements kept to three decimals."""
    return scale_row(name, value, baseline, target, unit, note, digits=3)


def table(rows: list[dict[str, Any]]) -> str:
    """The rows as a fixed-width table."""
    lines = [f"{'measure':72} {'value':>10} {'baseline':>10} {'ratio':>8}  target"]
    for r in rows:
        baseline = "" if r["baseline"] is None else f"{r['baseline']:,.1f}"
        ratio = "" if r["ratio"] is None else f"{r['ratio']:.3f}"
        target = "" if r["target"] is None else f"{r['target']}: {'met' if r['met'] else 'MISSED'}"
        note = f"  ({r['note']})" if r.get("note") else ""
        value = f"{r['value']:>8,.1f}" if r["unit"] in ("ms", "s", "MB") else f"{r['value']:>8.3f}"
        lines.append(f"{r['name']:72} {value} {r['unit']:<2}{baseline:>9} {ratio:>8}  {target}{note}")
    return "\n".join(lines)


def _ids(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...] = ()) -> np.ndarray:
    text = conn.execute(f"SELECT group_concat(v) FROM ({sql})", params).fetchone()[0]
    return np.fromstring(text, dtype=np.int64, sep=",") if text else np.zeros(0, dtype=np.int64)


def filters(conn: sqlite3.Connection) -> dict[str, tuple[str, tuple[Any, ...]]]:
    """Facet filters as SQL on `articles a`: the busiest unit, one month, a quiet unit in one year."""
    unit = conn.execute("SELECT unit FROM articles GROUP BY unit ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    month = conn.execute("SELECT year_month FROM articles GROUP BY year_month ORDER BY year_month DESC "
                         "LIMIT 1 OFFSET 12").fetchone()[0]
    quiet, year = conn.execute("SELECT unit, year FROM articles GROUP BY unit, year ORDER BY count(*) "
                               "LIMIT 1 OFFSET 20").fetchone()
    return {"none": ("", ()), f"unit ({unit})": ("AND a.unit = ?", (unit,)),
            f"month ({month})": ("AND a.year_month = ?", (month,)),
            f"quiet unit in one year ({quiet}, {year})": ("AND a.unit = ? AND a.year = ?", (quiet, year))}


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000, result


def ensure_ranking(db: Path, log: Callable[[str], None]) -> dict[str, Any]:
    """The ranking built on the cached archive (once; its build time kept beside the file)."""
    sidecar = db.with_suffix(".rank.json")
    archive = Archive.open(db)
    try:
        conn = archive.conn
        built = conn.execute("SELECT count(*) FROM rank_state").fetchone()[0]
        pending = conn.execute("SELECT count(*) FROM rank_pending").fetchone()[0]
        recorded = json.loads(sidecar.read_text()) if sidecar.exists() else {}
        current = recorded.get("format") == FORMAT
        if built and not pending and current:
            return recorded
        log(f"  building the ranking's postings for {db.name} (once; later runs reuse them)")
        conn.execute("PRAGMA cache_size = -1000000")
        result = refresh_ranking(conn, full=not built or not current)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = conn.execute("SELECT coalesce(sum(length(articles) + length(weights)), 0) FROM rank_postings"
                            ).fetchone()[0] + conn.execute(
            "SELECT coalesce(sum(length(articles) + length(lengths)), 0) FROM rank_segments").fetchone()[0]
        info = {"mode": result.mode, "seconds": result.seconds, "articles": result.articles, "bytes": size,
                "archive_bytes": os.path.getsize(db), "format": FORMAT}
        sidecar.write_text(json.dumps(info))
        return info
    finally:
        archive.close()


def run(quick: bool, count: int | None = None, seed: int = SEED,
        log: Callable[[str], None] = _progress) -> list[dict[str, Any]]:
    """Every measure as rows (name, value, unit, baseline, ratio, target, met) for one table."""
    count = count or (QUICK if quick else FULL)
    db, _ = cached(count, seed, log)
    info = ensure_ranking(db, log)
    rows = [row(f"ranking build: {info['articles']:,} articles tokenized, postings written (once)", info["seconds"],
                None, unit="s"),
            row("ranking postings stored", info["bytes"] / 1e6, info["archive_bytes"] / 1e6, unit="MB",
                note="baseline: the archive file")]
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    conn.execute("PRAGMA cache_size = -1000000")
    try:
        rows += _queries(conn, quick, log)
    finally:
        conn.close()
    rows += _pending(db, log)
    rows.append(row("machine load, 1-minute average at the end (2 cores)", os.getloadavg()[0], None, unit=""))
    return rows


def _queries(conn: sqlite3.Connection, quick: bool, log: Callable[[str], None]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    repeat = 5
    ms_all: list[float] = []
    base_all: list[float] = []
    overlaps_all: list[float] = []
    tops_all: list[bool] = []
    rank(conn, escape_fts("khởi động"), None, TOP)  # the snapshot: loaded once per process, not per query
    for label, (where, params) in filters(conn).items():
        log(f"  filter: {label}")
        ms: dict[str, list[float]] = {k: [] for k in KINDS + EXTRA}
        base: dict[str, list[float]] = {k: [] for k in KINDS + EXTRA}
        overlaps: dict[str, list[float]] = {k: [] for k in KINDS + EXTRA}
        tops: list[bool] = []
        for kind, q in QUERIES:
            match = escape_fts(q)
            sql = f"""SELECT f.rowid FROM articles_fts f JOIN articles a ON a.id = f.rowid
                      WHERE articles_fts MATCH ? {where} ORDER BY {RANK_SQL}, a.published_at DESC, a.id DESC
                      LIMIT {TOP}"""
            arguments = (match, *params)
            spent, theirs = timed(lambda sql=sql, arguments=arguments: [r[0] for r in conn.execute(sql, arguments)])
            base[kind].append(spent)
            allowed = None
            if where:
                allowed = _ids(conn, f"""SELECT f.rowid AS v FROM articles_fts f JOIN articles a ON a.id = f.rowid
                                         WHERE articles_fts MATCH ? {where}""", (match, *params))
            ours = rank(conn, match, allowed, TOP)  # warm: the words' block lists, the phrase counts
            for _ in range(repeat):
                spent, ours = timed(lambda match=match, allowed=allowed: rank(conn, match, allowed, TOP))
                ms[kind].append(spent)
            overlaps[kind].append(agreement(ours, theirs))
            if kind in KINDS:
                tops.append(ours[:1] == theirs[:1])
        every = [m for k in KINDS for m in ms[k]]
        every_base = [m for k in KINDS for m in base[k]]
        for kind in KINDS + EXTRA:
            (a50, a95), (b50, b95) = quantiles(ms[kind]), quantiles(base[kind])
            rows.append(row(f"{label}: {kind}: rank p50", a50, b50))
            rows.append(row(f"{label}: {kind}: rank p95", a95, b95, TARGET_MS if kind in KINDS else None))
            rows.append(row(f"{label}: {kind}: overlap@{TOP} with bm25 (mean)", float(np.mean(overlaps[kind])),
                            None, unit="", note=f"lowest {min(overlaps[kind]):.2f}"))
        (a50, a95), (b50, b95) = quantiles(every), quantiles(every_base)
        rows.append(row(f"{label}: every query: rank p95", a95, b95, TARGET_MS, note=f"p50 {a50:.1f} ms"))
        rows.append(row(f"{label}: same first result as bm25 (share of queries)", sum(tops) / len(tops), None, unit=""))
        ms_all += every
        base_all += every_base
        overlaps_all += [o for k in KINDS for o in overlaps[k]]
        tops_all += tops
        log(table(rows[-(3 * len(KINDS + EXTRA) + 2):]))
    (a50, a95), (b50, b95) = quantiles(ms_all), quantiles(base_all)
    rows.append(row("ALL queries of the five kinds, all filters: rank p95", a95, b95, TARGET_MS,
                    note=f"p50 {a50:.1f} ms"))
    rows.append(row(f"ALL: overlap@{TOP} with bm25 (mean)", float(np.mean(overlaps_all)), None, unit="",
                    note=f"lowest {min(overlaps_all):.2f}"))
    rows.append(row("ALL: same first result as bm25 (share of queries)", sum(tops_all) / len(tops_all), None, unit=""))
    window = [timed(lambda q=q: bm25_window(conn, escape_fts(q), None, TOP))[0] for k, q in QUERIES if k in KINDS]
    rows.append(row("reference: bm25 over the 10,000 most recent matches (page before), no filter: p95",
                    quantiles(window)[1], b95))
    return rows


def _pending(db: Path, log: Callable[[str], None]) -> list[dict[str, Any]]:
    """Ranking with PENDING changed articles read from memory, and the refresh that writes them as a segment.

    The cached archive is left as it was: the test segment is removed again afterwards
    (frequencies do not change: the articles were covered already).
    """
    log(f"  {PENDING:,} articles changed, ranked before and after the refresh")
    archive = Archive.open(db)
    rows: list[dict[str, Any]] = []
    try:
        conn = archive.conn
        with archive.transaction():
            conn.execute("INSERT OR REPLACE INTO rank_pending (article_id) SELECT id FROM articles "
                         "ORDER BY id DESC LIMIT ?", (PENDING,))
        reader = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        load, _ = timed(lambda: rank(reader, escape_fts("khởi động"), None, TOP))
        rows.append(row(f"first ranking after {PENDING:,} articles changed (reads and tokenizes them)", load, None))
        pending = [timed(lambda q=q: rank(reader, escape_fts(q), None, TOP))[0]
                   for k, q in QUERIES if k in KINDS for _ in range(3)]
        rows.append(row(f"rank p95 with {PENDING:,} pending articles in memory", quantiles(pending)[1], None,
                        TARGET_MS))
        segment = refresh_ranking(conn)
        rows.append(row(f"refresh: {PENDING:,} pending articles written as a segment ({segment.mode})",
                        segment.seconds * 1000, None))
        load, _ = timed(lambda: rank(reader, escape_fts("khởi động"), None, TOP))
        rows.append(row("first ranking after the refresh (reads the segments' coverage again)", load, None))
        after = [timed(lambda q=q: rank(reader, escape_fts(q), None, TOP))[0]
                 for k, q in QUERIES if k in KINDS for _ in range(3)]
        rows.append(row("rank p95 with that segment", quantiles(after)[1], None, TARGET_MS))
        reader.close()
        with archive.transaction():
            last = conn.execute("SELECT max(segment) FROM rank_segments").fetchone()[0]
            if segment.mode == "segment" and last > 1:
                conn.execute("DELETE FROM rank_postings WHERE segment = ?", (last,))
                conn.execute("DELETE FROM rank_segments WHERE segment = ?", (last,))
    finally:
        archive.close()
    return rows


def main() -> None:
    command_line(__doc__, run, table)


if __name__ == "__main__":
    main()
