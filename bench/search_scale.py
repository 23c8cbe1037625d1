"""Benchmark: search, facets and the staff search page on a synthetic archive of 1,000,000 articles.

The archive (bench/search_text.py) is built once per size and seed under bench/.cache/.
Every figure is a p50/p95 over a fixed set of queries (very common, common and rare
words, phrases, each typed with and without accents), with the stock design's figure
measured in the same run on the same file:

- FTS, ranked: stock = the `danvan search` query (bm25 over every match, joined to
  `articles`); design = bm25 over the 10,000 most recently archived matches.
- FTS, newest first: stock = Datasette's search (`rowid in (...) order by published_at
  desc`); design = the index read backwards (rowids follow publication order).
- Facets (unit, month, topic): stock = Datasette's facet SQL, one query per facet, and
  `json_each` over `articles.topics`; design = one pass over the matches with each
  article's facet cell (migration 6) counted in memory; without a query, `facet_counts`.
- Pages over HTTP, the real `danvan serve` configuration: stock = the `articles` table
  page with `_search` and every configured facet (its own time limits, then limits raised
  so facets finish); design = /-/tim-kiem (crawler/publish/search_page.py) with seven facets.
  Its rows with three units and two topics chosen, with a date range, and its second page
  (keyset cursor) are measured against the same searches' unfiltered first pages.

Targets: FTS p95 ≤ 30 ms, page p95 ≤ 300 ms.
Usage: python -m bench.search_scale [--quick] [--articles N] [--seed S]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import numpy as np

from bench.search_text import cached
from crawler.publish import serve as publish
from crawler.publish.search import escape_fts
from crawler.publish.search_page import CACHE_ENV, FacetIndex, Selection, ranked, search_page

FULL, QUICK, SEED = 1_000_000, 50_000, 20240317
FTS_TARGET_MS, PAGE_TARGET_MS = 30.0, 300.0
# (kind, query as staff type it). Frequencies measured on the synthetic text: very common
# words are in over 90% of articles, common ones in 5–80%, rare ones in under 1%.
QUERIES: tuple[tuple[str, str], ...] = (
    ("very common", "các"), ("very common", "dang"), ("very common", "Đảng"), ("very common", "doan vien"),
    ("common", "dân vận"), ("common", "dan van"), ("common", "ky luat"), ("common", "Mặt trận"),
    ("common", "ton giao"), ("common", "thanh nien"),
    ("rare", "khiêm"), ("rare", "website"), ("rare", "nghin"), ("rare", "phien"),
    ("phrase", '"công tác dân vận"'), ("phrase", '"cong tac dan van"'), ("phrase", '"mat tran to quoc"'),
    ("phrase", '"dân vận khéo"'), ("phrase", '"hoi nong dan"'),
)
# Datasette's own SQL for a searched table page (0.65.5), with the configured sort.
STOCK_NEWEST = ("SELECT id FROM articles WHERE rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
                " ORDER BY published_at DESC LIMIT 51")
STOCK_RANKED = """SELECT a.id, bm25(articles_fts, 10.0, 4.0, 1.0) AS score, t.body FROM articles_fts
    JOIN articles AS a ON a.id = articles_fts.rowid LEFT JOIN article_texts AS t ON t.article_id = a.id
    WHERE articles_fts MATCH ? ORDER BY score, a.published_at DESC, a.id DESC LIMIT 20"""
STOCK_FACET = """SELECT {col} AS value, count(*) AS count FROM (SELECT * FROM articles WHERE rowid IN
    (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)) WHERE {col} IS NOT NULL
    GROUP BY {col} ORDER BY count DESC, value LIMIT 31"""
STOCK_TOPIC = """SELECT j.value, count(*) FROM articles a, json_each(a.topics) j WHERE a.rowid IN
    (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?) GROUP BY j.value"""
STOCK_FACET_ALL = "SELECT {col} AS value, count(*) AS count FROM articles WHERE {col} IS NOT NULL GROUP BY {col}"
STOCK_TOPIC_ALL = "SELECT j.value, count(*) FROM articles a, json_each(a.topics) j GROUP BY j.value"
DESIGN_NEWEST = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT 50"
DESIGN_CELLS = """SELECT c.cell, count(*) FROM articles_fts JOIN article_cells c ON c.article_id = articles_fts.rowid
    WHERE articles_fts MATCH ? GROUP BY c.cell"""
# The facets staff see on the articles page (datasette_metadata.json).
FACETS = len(json.loads(publish.METADATA.read_text(encoding="utf-8"))["databases"]["archive"]["tables"]["articles"]
             .get("facets", []))
_LOCAL = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def timed(fn: Callable[[], Any]) -> float:
    """Milliseconds one call takes."""
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def quantiles(samples: list[float]) -> tuple[float, float]:
    """p50 and p95 (nearest rank) of millisecond samples."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, max(0, int(np.ceil(0.95 * len(ordered))) - 1))]
    return statistics.median(ordered), p95


def sample(queries: Iterable[tuple[str, str]], run: Callable[[str], Any], repeat: int,
           warm: bool = True) -> dict[str, list[float]]:
    """Milliseconds per query kind (and 'all'), each query warmed once (unless not `warm`), run `repeat` times."""
    found: dict[str, list[float]] = {"all": []}
    for kind, query in queries:
        if warm:
            run(query)
        for _ in range(repeat):
            ms = timed(lambda q=query: run(q))
            found.setdefault(kind, []).append(ms)
            found["all"].append(ms)
    return found


def row(name: str, value: float, baseline: float | None, target: float | None = None, unit: str = "ms",
        note: str = "", digits: int = 1) -> dict[str, Any]:
    """One result row for the `make bench` table (`value` rounded to `digits`)."""
    return {
        "name": name, "value": round(value, digits), "unit": unit,
        "baseline": None if baseline is None else round(baseline, 1),
        "ratio": None if not baseline else round(value / baseline, 4),
        "target": None if target is None else f"≤ {target:g} {unit}",
        "met": None if target is None else value <= target,
        "note": note,
    }


def fts_rows(conn: sqlite3.Connection, quick: bool) -> list[dict[str, Any]]:
    """FTS p50/p95 per kind: ranked and newest first, stock against design."""
    rows: list[dict[str, Any]] = []
    stock_repeat = 1 if not quick else 3
    measures = {
        "ranked": (lambda q: conn.execute(STOCK_RANKED, (escape_fts(q),)).fetchall(),
                   lambda q: ranked(conn, escape_fts(q), None, 20)),
        "newest first": (lambda q: conn.execute(STOCK_NEWEST, (escape_fts(q),)).fetchall(),
                         lambda q: conn.execute(DESIGN_NEWEST, (escape_fts(q),)).fetchall()),
    }
    every: list[float] = []
    every_stock: list[float] = []
    for label, (stock, design) in measures.items():
        before = sample(QUERIES, stock, stock_repeat, warm=quick)
        after = sample(QUERIES, design, 5)
        every += after["all"]
        every_stock += before["all"]
        for kind in ("very common", "common", "rare", "phrase", "all"):
            (b50, b95), (a50, a95) = quantiles(before[kind]), quantiles(after[kind])
            rows.append(row(f"FTS {label}, {kind}: p50", a50, b50))
            rows.append(row(f"FTS {label}, {kind}: p95", a95, b95, FTS_TARGET_MS if kind == "all" else None))
    passes = sample(QUERIES, lambda q: conn.execute(
        "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (escape_fts(q),)).fetchone(), 3)
    for kind in ("very common", "common", "phrase"):
        rows.append(row(f"  why ranked costs: one pass over every match (bm25's idf), {kind}: p95",
                        quantiles(passes[kind])[1], None))
    rows.append(row("FTS, every query (ranked and newest): p95", quantiles(every)[1], quantiles(every_stock)[1],
                    FTS_TARGET_MS))
    return rows


def facet_rows(conn: sqlite3.Connection, db_name: str, quick: bool) -> list[dict[str, Any]]:
    """Facet counts over a search (unit, month, topic) and over the whole archive, stock against design."""
    rows: list[dict[str, Any]] = []
    chosen = [q for q in QUERIES if q[1] in ("các", "dan van", "ky luat", "website", '"cong tac dan van"')]
    stock = {
        "unit": lambda q: conn.execute(STOCK_FACET.format(col="unit"), (escape_fts(q),)).fetchall(),
        "month": lambda q: conn.execute(STOCK_FACET.format(col="year_month"), (escape_fts(q),)).fetchall(),
        "topic (json_each)": lambda q: conn.execute(STOCK_TOPIC, (escape_fts(q),)).fetchall(),
    }
    per_facet = {name: sample(chosen, fn, 1, warm=quick) for name, fn in stock.items()}
    stock_all = {"all": [sum(per_facet[n]["all"][i] for n in stock) for i in range(len(chosen))]}
    for name in stock:
        rows.append(row(f"facet {name} over a search, stock SQL: p95", quantiles(per_facet[name]["all"])[1], None))
    cells = sample(chosen, lambda q: conn.execute(DESIGN_CELLS, (escape_fts(q),)).fetchall(), 3)
    rows.append(row("facets (6 columns) over a search, one SQL pass over cells: p95", quantiles(cells["all"])[1],
                    quantiles(stock_all["all"])[1], note="baseline: stock unit + month + topic"))
    index = FacetIndex.load(conn)

    def in_memory(q: str) -> None:
        found = np.fromstring(conn.execute(
            "SELECT group_concat(rowid) FROM articles_fts WHERE articles_fts MATCH ?", (escape_fts(q),)
        ).fetchone()[0] or "", dtype=np.int64, sep=",")
        index.counts(index.select(found, {}))

    design = sample(chosen, in_memory, 3)
    rows.append(row("facets (7 incl. topic) over a search, in-memory index: p95", quantiles(design["all"])[1],
                    quantiles(stock_all["all"])[1], note="baseline: stock unit + month + topic"))
    whole_stock = {
        "unit": timed(lambda: conn.execute(STOCK_FACET_ALL.format(col="unit")).fetchall()),
        "month": timed(lambda: conn.execute(STOCK_FACET_ALL.format(col="year_month")).fetchall()),
        "topic (json_each)": timed(lambda: conn.execute(STOCK_TOPIC_ALL).fetchall()),
    }
    for name, ms in whole_stock.items():
        rows.append(row(f"facet {name}, whole archive, stock SQL", ms, None))
    precomputed = [timed(lambda: search_page(conn, db_name, Selection())) for _ in range(5)]
    rows.append(row("whole-archive page data from facet_counts (7 facets + newest 50): p95",
                    quantiles(precomputed)[1], sum(whole_stock.values()),
                    note="baseline: stock unit + month + topic"))
    return rows


def get(url: str) -> bytes:
    with _LOCAL.open(url, timeout=600) as response:
        return response.read()


@contextmanager
def settings(**changes: str):
    """`danvan serve`'s Datasette settings with some changed, for the stock page with raised limits."""
    saved = dict(publish.SETTINGS)
    publish.SETTINGS.update(changes)
    try:
        yield
    finally:
        publish.SETTINGS.clear()
        publish.SETTINGS.update(saved)


@contextmanager
def match_cache(megabytes: int | None) -> Iterator[None]:
    """Servers started inside keep recent searches' matches in `megabytes` (0: none; None: the default)."""
    saved = os.environ.get(CACHE_ENV)
    if megabytes is None:
        os.environ.pop(CACHE_ENV, None)
    else:
        os.environ[CACHE_ENV] = str(megabytes)
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop(CACHE_ENV, None)
        else:
            os.environ[CACHE_ENV] = saved


def page_rows(db: Path, quick: bool, log: Callable[[str], None]) -> list[dict[str, Any]]:
    """The staff pages over HTTP: stock table page (search + configured facets) against /-/tim-kiem."""
    rows: list[dict[str, Any]] = []
    name = publish.database_name(db)
    stock_queries = [q for q in QUERIES if q[1] in ("các", "dan van", "ky luat", "website", '"cong tac dan van"')]
    timed_out: list[str] = []
    failed: list[str] = []
    # Without the match cache: each query is asked several times, and every ask should pay its search.
    with match_cache(0), publish.datasette_running(db) as base:
        def stock(q: str) -> None:
            # The JSON of the page: the same count, rows and facet queries, and which facets timed out.
            try:
                data = json.loads(get(f"{base}{name}/articles.json?{urlencode({'_search': q})}"))
            except urllib.error.HTTPError:  # the page's own query passed the SQL time limit
                failed.append(q)
                return
            timed_out.extend(data.get("facets_timed_out") or [])

        log("  stock table page (danvan serve settings)")
        before = sample(stock_queries, stock, 1, warm=quick)
        facets_missing: list[int] = []

        def design(q: str, sort: str = "newest") -> None:
            get(f"{base}-/tim-kiem?{urlencode({'q': q, 'sort': sort})}")
            data = json.loads(get(f"{base}-/tim-kiem.json?{urlencode({'q': q, 'sort': sort})}"))
            facets_missing.append(sum(1 for items in data["facets"].values() if not items and data["total"]))

        log("  /-/tim-kiem")
        after = sample(QUERIES, lambda q: get(f"{base}-/tim-kiem?{urlencode({'q': q})}"), 3)
        after_rank = sample(QUERIES, lambda q: get(f"{base}-/tim-kiem?{urlencode({'q': q, 'sort': 'rank'})}"), 1)
        # Several values per facet (three units, two topics: OR within, AND across) and a date range.
        landing_facets = json.loads(get(f"{base}-/tim-kiem.json"))["facets"]
        chosen = [("unit", str(i["value"])) for i in landing_facets["unit"][:3]]
        chosen += [("topic", str(i["value"])) for i in landing_facets["topic"][:2]]
        multi = sample(QUERIES, lambda q: get(f"{base}-/tim-kiem?{urlencode([('q', q), *chosen])}"), 1)
        dated = sample(QUERIES, lambda q: get(
            f"{base}-/tim-kiem?{urlencode({'q': q, 'tu': '2019-01-01', 'den': '2021-12-31'})}"), 1)

        def next_page(q: str) -> None:
            # The second page through its keyset cursor (the first page's JSON names it).
            first = json.loads(get(f"{base}-/tim-kiem.json?{urlencode({'q': q})}"))
            if first.get("next_url"):
                started = time.perf_counter()
                get(base.rstrip("/") + first["next_url"].replace(".json", "", 1))
                second.append((time.perf_counter() - started) * 1000)

        second: list[float] = []
        for _, q in QUERIES:
            next_page(q)
        for _, q in QUERIES:
            design(q)
        landing = [timed(lambda: get(f"{base}-/tim-kiem")) for _ in range(5)]
        stock_landing = [timed(lambda: get(f"{base}{name}/articles")) for _ in range(2 if not quick else 3)]
    stock50, stock95 = quantiles(before["all"])
    rows.append(row(f"page: stock articles search + {FACETS} facets (serve limits): p50", stock50, None,
                    note=f"pages failed (SQL time limit): {len(failed)} of {len(stock_queries)}; facets timed out"
                         f" on the others: {len(timed_out)}"))
    rows.append(row(f"page: stock articles search + {FACETS} facets (serve limits): p95", stock95, None))
    if not quick:
        log("  stock table page with limits raised so facets finish")
    with settings(facet_time_limit_ms="120000"), \
            publish.datasette_running(db, options=publish.ServeOptions(sql_time_limit_ms=120_000)) as base:
        raised_failed: list[str] = []

        def stock_raised(q: str) -> None:
            data = json.loads(get(f"{base}{name}/articles.json?{urlencode({'_search': q})}"))
            raised_failed.extend(data.get("facets_timed_out") or [])

        raised = sample(stock_queries[:3] if not quick else stock_queries, stock_raised, 1, warm=quick)
    raised50, raised95 = quantiles(raised["all"])
    rows.append(row(f"page: stock search + {FACETS} facets, limits raised (all computed): p95", raised95, None,
                    note=f"facets timed out: {len(raised_failed)}"))
    for kind in ("very common", "common", "rare", "phrase"):
        rows.append(row(f"page: /-/tim-kiem newest first, {kind}: p95", quantiles(after[kind])[1], None))
    rows.append(row("page: /-/tim-kiem search + 7 facets, newest first: p50", quantiles(after["all"])[0], raised50))
    rows.append(row("page: /-/tim-kiem search + 7 facets, newest first: p95", quantiles(after["all"])[1], raised95,
                    PAGE_TARGET_MS, note=f"facets not computed: {sum(facets_missing)}"))
    rows.append(row("page: /-/tim-kiem search + 7 facets, ranked: p95", quantiles(after_rank["all"])[1], raised95,
                    PAGE_TARGET_MS))
    plain95 = quantiles(after["all"])[1]
    rows.append(row("page: /-/tim-kiem search, 3 units + 2 topics (OR within, AND across): p95",
                    quantiles(multi["all"])[1], plain95, PAGE_TARGET_MS, note="baseline: the same searches unfiltered"))
    rows.append(row("page: /-/tim-kiem search, date range 2019-01-01 to 2021-12-31: p95", quantiles(dated["all"])[1],
                    plain95, PAGE_TARGET_MS, note="baseline: the same searches unfiltered"))
    if second:
        rows.append(row("page: /-/tim-kiem second page (keyset cursor), newest first: p95", quantiles(second)[1],
                        plain95, PAGE_TARGET_MS, note="baseline: the first pages"))
    rows.append(row("page: /-/tim-kiem, no query (facet_counts): p95", quantiles(landing)[1],
                    quantiles(stock_landing)[1], PAGE_TARGET_MS, note="baseline: stock articles page"))
    return rows


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run(quick: bool, count: int | None = None, seed: int = SEED,
        log: Callable[[str], None] = _progress) -> list[dict[str, Any]]:
    """Every measure as rows (name, value, unit, baseline, ratio, target, met) for one table."""
    count = count or (QUICK if quick else FULL)
    db, build_times = cached(count, seed, log)
    rows = [row(f"build: {count:,} articles into SQLite (once, cached)", build_times["total"], None, unit="s",
                note=f"FTS insert {build_times['fts']:.0f} s, optimize {build_times['fts_optimize']:.0f} s")]
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    conn.execute("PRAGMA cache_size = -1000000")
    try:
        share = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        kinds: dict[str, list[float]] = {}
        for kind, q in QUERIES:
            found = conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?",
                                 (escape_fts(q),)).fetchone()[0]
            kinds.setdefault(kind, []).append(found / share)
        log("  query kinds, share of articles matched: " + "; ".join(
            f"{k} {min(v):.1%}–{max(v):.1%}" for k, v in kinds.items()))
        log("  FTS queries")
        rows += fts_rows(conn, quick)
        log(table(rows))
        log("  facets")
        done = len(rows)
        rows += facet_rows(conn, publish.database_name(db), quick)
        log(table(rows[done:]))
    finally:
        conn.close()
    log("  pages over HTTP")
    rows += page_rows(db, quick, log)
    # Shared machines: the load says how far absolute times stand from an idle one.
    rows.append(row("machine load, 1-minute average at the end (2 cores)", os.getloadavg()[0], None, unit=""))
    return rows


def table(rows: list[dict[str, Any]]) -> str:
    """The rows as a fixed-width table."""
    lines = [f"{'measure':78} {'value':>10} {'baseline':>10} {'ratio':>8}  target"]
    for r in rows:
        baseline = "" if r["baseline"] is None else f"{r['baseline']:,.1f}"
        ratio = "" if r["ratio"] is None else f"{r['ratio']:.3f}"
        target = "" if r["target"] is None else f"{r['target']}: {'met' if r['met'] else 'MISSED'}"
        note = f"  ({r['note']})" if r.get("note") else ""
        lines.append(f"{r['name']:78} {r['value']:>8,.1f} {r['unit']:<2}{baseline:>9} {ratio:>8}  {target}{note}")
    return "\n".join(lines)


def command_line(doc: str | None, run_rows: Callable[[bool, int | None, int], list[dict[str, Any]]],
                 render: Callable[[list[dict[str, Any]]], str] | None = None) -> None:
    """A scale benchmark's command: --quick, --articles, --seed; its table (`render`, default `table`) and time."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"{QUICK:,} articles instead of {FULL:,}")
    parser.add_argument("--articles", type=int, help="another size")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    started = time.perf_counter()
    print((render or table)(run_rows(args.quick, args.articles, args.seed)))
    print(f"total {time.perf_counter() - started:.0f} s")


def main() -> None:
    command_line(__doc__, run)


if __name__ == "__main__":
    main()
