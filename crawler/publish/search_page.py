"""Datasette plugin: the staff search page at /-/tim-kiem, fast on a million articles.

The stock table page, searched for a common word, counts, sorts and facets every match
with one SQL query per facet, each seeking every matching row of `articles`: seconds at
a million articles, and facets time out. This page instead keeps a small index in memory
(the facet cell of every article, see migration 6; its topics as bits; its rank in
publication order), asks SQLite only for the ids that match (one pass over the full-text
index), and counts every facet with numpy. Counts are the stock page's counts. The index
is reloaded when another connection has committed since (`PRAGMA data_version`), so a
crawl's new articles show at once. Without a query or filter, the counts come from
`facet_counts`, refreshed after each crawl and retag, while they are current.

`?q=` (accents optional, as the search box), `?sort=rank` (bm25, title first) or newest
first (default), facet filters `?unit=`, `?province=`, `?portal=`, `?category=`,
`?year=`, `?year_month=`, `?topic=`; `/-/tim-kiem.json` answers JSON.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import numpy as np
from datasette import hookimpl
from datasette.utils.asgi import Response

from crawler.archive.store import FACET_COLUMNS
from crawler.publish.plugin import ensure_article_access, may_read_articles
from crawler.publish.search import escape_fts

FACETS = (*FACET_COLUMNS, "topic")
PAGE_SIZE = 50
RANK_WINDOW = 10_000
# The search box weighs title and kicker above the sapo, the sapo above the body.
RANK_SQL = "bm25(articles_fts, 10.0, 4.0, 1.0)"


def _ids(conn: Any, sql: str, params: tuple[Any, ...] = ()) -> np.ndarray:
    """One column of integers as an array: SQLite joins them into one string, numpy parses it.

    Far faster than fetching a million rows into Python tuples.
    """
    text = conn.execute(f"SELECT group_concat(v) FROM ({sql})", params).fetchone()[0]
    if not text:
        return np.zeros(0, dtype=np.int64)
    return np.fromstring(text, dtype=np.int64, sep=",")


@dataclass
class FacetIndex:
    """Per-article facet cell, topic bits and publication rank, indexed by article id."""

    cell_of: np.ndarray  # article id -> cell (-1: no such article)
    rank_of: np.ndarray  # article id -> position in publication order (newest highest)
    topic_bits: np.ndarray  # article id -> bit i set for topic i
    topics: list[str]
    values: dict[str, list[Any]]  # facet -> its distinct non-null values
    value_of_cell: dict[str, np.ndarray]  # facet -> cell -> index into values (-1: null)
    fingerprint: tuple[int, ...] = ()
    loaded_at: float = field(default_factory=time.time)

    @classmethod
    def load(cls, conn: Any) -> FacetIndex:
        """Read the index in one read transaction, so its parts agree with each other."""
        outer = not conn.in_transaction
        if outer:
            conn.execute("BEGIN")
        try:
            return cls._read(conn)
        finally:
            if outer:
                conn.execute("COMMIT")

    @classmethod
    def _read(cls, conn: Any) -> FacetIndex:
        articles, cells = _ids(conn, "SELECT article_id AS v FROM article_cells"), _ids(
            conn, "SELECT cell AS v FROM article_cells")
        size = int(articles.max()) + 1 if len(articles) else 1
        cell_of = np.full(size, -1, dtype=np.int32)
        cell_of[articles] = cells
        order = _ids(conn, "SELECT id AS v FROM articles ORDER BY published_at, id")
        order = order[order < size]
        rank_of = np.full(size, -1, dtype=np.int32)
        rank_of[order] = np.arange(len(order), dtype=np.int32)
        rows = conn.execute(f"SELECT cell, {', '.join(FACET_COLUMNS)} FROM facet_cells").fetchall()
        ncells = max((r[0] for r in rows), default=0) + 1
        values: dict[str, list[Any]] = {}
        value_of_cell: dict[str, np.ndarray] = {}
        for column, name in enumerate(FACET_COLUMNS, start=1):
            distinct = sorted({r[column] for r in rows if r[column] is not None}, key=lambda v: (str(type(v)), v))
            position = {v: i for i, v in enumerate(distinct)}
            mapping = np.full(ncells, -1, dtype=np.int32)
            for r in rows:
                if r[column] is not None:
                    mapping[r[0]] = position[r[column]]
            values[name], value_of_cell[name] = distinct, mapping
        topics = [r[0] for r in conn.execute("SELECT DISTINCT topic FROM article_topics ORDER BY topic")]
        if len(topics) > 63:
            raise ValueError("more than 63 topics: widen topic_bits")
        topic_bits = np.zeros(size, dtype=np.int64)
        for bit, topic in enumerate(topics):
            members = _ids(conn, "SELECT article_id AS v FROM article_topics WHERE topic = ?", (topic,))
            members = members[members < size]
            topic_bits[members] |= np.int64(1) << bit
        values["topic"] = topics
        return cls(cell_of, rank_of, topic_bits, topics, values, value_of_cell, _fingerprint(conn))

    def select(self, ids: np.ndarray | None, filters: dict[str, str]) -> np.ndarray:
        """The article ids among `ids` (all when None) that pass every facet filter."""
        if ids is None:
            ids = np.flatnonzero(self.cell_of >= 0)
        elif len(ids):
            # Index rows without an article (none, normally) are dropped; the masks cost a
            # pass over a million ids, so only when needed (ids come sorted from the index).
            if ids[-1] >= len(self.cell_of):
                ids = ids[ids < len(self.cell_of)]
            if len(ids) and self.cell_of[ids].min() < 0:
                ids = ids[self.cell_of[ids] >= 0]
        for name, wanted in filters.items():
            if name == "topic":
                bit = self.topics.index(wanted) if wanted in self.topics else -1
                ids = ids[((self.topic_bits[ids] >> bit) & 1).astype(bool)] if bit >= 0 else ids[:0]
                continue
            matching = [i for i, v in enumerate(self.values[name]) if str(v) == wanted]
            cell_ok = np.isin(self.value_of_cell[name], matching) if matching else None
            ids = ids[cell_ok[self.cell_of[ids]]] if cell_ok is not None else ids[:0]
        return ids

    def counts(self, ids: np.ndarray) -> dict[str, list[tuple[Any, int]]]:
        """Every facet's (value, articles) over `ids`, most articles first, then by value."""
        per_cell = np.bincount(self.cell_of[ids], minlength=len(self.value_of_cell[FACET_COLUMNS[0]]))
        result: dict[str, list[tuple[Any, int]]] = {}
        for name in FACET_COLUMNS:
            mapping = self.value_of_cell[name]
            known = mapping >= 0
            totals = np.bincount(mapping[known], weights=per_cell[known], minlength=len(self.values[name]))
            result[name] = _ordered(self.values[name], totals)
        # Topic counts a byte of bits at a time: one histogram of byte values per 8 topics.
        bits = self.topic_bits[ids]
        totals = np.zeros(8 * ((len(self.topics) + 7) // 8), dtype=np.int64)
        for byte in range(len(totals) // 8):
            histogram = np.bincount((bits >> (8 * byte)) & 255, minlength=256)
            totals[8 * byte:8 * byte + 8] = histogram @ _BIT_OF_BYTE
        result["topic"] = _ordered(self.topics, totals[:len(self.topics)])
        return result

    def newest(self, ids: np.ndarray, limit: int) -> list[int]:
        """The `limit` newest of `ids` (publication time, then id), newest first."""
        if len(ids) > limit:
            ids = ids[np.argpartition(-self.rank_of[ids], limit - 1)[:limit]]
        return [int(i) for i in ids[np.argsort(-self.rank_of[ids], kind="stable")]]


# _BIT_OF_BYTE[v, b] = 1 when bit b of the byte value v is set.
_BIT_OF_BYTE = ((np.arange(256)[:, None] >> np.arange(8)) & 1).astype(np.int64)


def _ordered(values: list[Any], totals: np.ndarray) -> list[tuple[Any, int]]:
    pairs = [(values[i], int(totals[i])) for i in np.flatnonzero(totals)]
    return sorted(pairs, key=lambda p: (-p[1], str(p[0])))


def _fingerprint(conn: Any) -> tuple[int, ...]:
    """What a reload would change, cheaply: articles counted and the newest id, topic rows."""
    cells = conn.execute("SELECT count(*), coalesce(max(article_id), 0) FROM article_cells").fetchone()
    return (*cells, conn.execute("SELECT count(*) FROM article_topics").fetchone()[0])


class _Indexes:
    """One FacetIndex per database, reloaded when a connection sees another's commit.

    `PRAGMA data_version` changes on a connection when another one committed since it last
    asked; a connection seen for the first time compares the archive's fingerprint instead.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.by_db: dict[str, FacetIndex] = {}
        self.seen: dict[tuple[str, int], int] = {}  # (database, connection) -> data_version

    def get(self, database: str, conn: Any) -> FacetIndex:
        version = conn.execute("PRAGMA data_version").fetchone()[0]
        key = (database, id(conn))
        with self.lock:
            index, last = self.by_db.get(database), self.seen.get(key)
        if index is not None and (last == version or (last is None and _fingerprint(conn) == index.fingerprint)):
            with self.lock:
                self.seen[key] = version
            return index
        index = FacetIndex.load(conn)
        with self.lock:
            self.by_db[database] = index
            self.seen[key] = version
        return index


INDEXES = _Indexes()


def _precomputed(conn: Any) -> dict[str, list[tuple[Any, int]]] | None:
    """`facet_counts` when it still describes the archive (same articles as when counted), else None."""
    state = conn.execute("SELECT articles, max_article_id FROM facet_counts_state WHERE id = 1").fetchone()
    live = conn.execute("SELECT count(*), coalesce(max(article_id), 0) FROM article_cells").fetchone()
    if state is None or tuple(state) != tuple(live):
        return None
    result: dict[str, list[tuple[Any, int]]] = {name: [] for name in FACETS}
    for facet, value, articles in conn.execute("SELECT facet, value, articles FROM facet_counts"):
        if facet in result:
            result[facet].append((value, int(articles)))
    for name in result:
        result[name].sort(key=lambda p: (-p[1], str(p[0])))
    return result


def search_page(conn: Any, database: str, q: str, sort: str, filters: dict[str, str],
                limit: int = PAGE_SIZE) -> dict[str, Any]:
    """Count, facets and the first page of articles for a query and filters (runs on a SQLite connection)."""
    started = time.perf_counter()
    query = q.strip()
    if not query and not filters:
        precomputed = _precomputed(conn)
        if precomputed is not None:
            total = conn.execute("SELECT articles FROM facet_counts_state WHERE id = 1").fetchone()[0]
            rows = [r[0] for r in conn.execute(
                f"SELECT id FROM articles ORDER BY published_at DESC, id DESC LIMIT {int(limit)}")]
            return _result(conn, query, sort, filters, int(total), precomputed, rows, "facet_counts", started)
    index = INDEXES.get(database, conn)
    match = escape_fts(query) if query else None
    found = _ids(conn, "SELECT rowid AS v FROM articles_fts WHERE articles_fts MATCH ?", (match,)) if match else None
    selected = index.select(found, filters)
    if match and sort == "rank":
        rows = ranked(conn, match, selected if filters else None, limit)
    else:
        rows = index.newest(selected, limit)
    return _result(conn, query, sort, filters, len(selected), index.counts(selected), rows, "index", started)


def rank_window_start(conn: Any, match: str) -> int | None:
    """The lowest rowid of the RANK_WINDOW most recently archived matches (None: fewer match)."""
    row = conn.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        (match, RANK_WINDOW - 1)).fetchone()
    return None if row is None else int(row[0])


def ranked(conn: Any, match: str, allowed: np.ndarray | None, limit: int = PAGE_SIZE) -> list[int]:
    """Ids by relevance (bm25, title first; ties newest first) among the most recent RANK_WINDOW matches.

    bm25 reads every match's positions: a word in most articles would cost seconds at a
    million, so relevance ranks the RANK_WINDOW most recently archived matches (all of them
    when fewer match). `allowed`: the ids that pass the page's filters.
    """
    start = rank_window_start(conn, match)
    bound, params = ("AND articles_fts.rowid >= ?", (match, start)) if start is not None else ("", (match,))
    sql = f"""SELECT articles_fts.rowid FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
              WHERE articles_fts MATCH ? {bound} ORDER BY {RANK_SQL}, a.published_at DESC, a.id DESC"""
    if allowed is None:
        return [r[0] for r in conn.execute(f"{sql} LIMIT {int(limit)}", params)]
    keep = set(allowed.tolist())
    found: list[int] = []
    for (article_id,) in conn.execute(sql, params):
        if article_id in keep:
            found.append(article_id)
            if len(found) == limit:
                break
    return found


def _result(conn: Any, q: str, sort: str, filters: dict[str, str], total: int,
            facets: dict[str, list[tuple[Any, int]]], ids: list[int], source: str, started: float) -> dict[str, Any]:
    articles: list[dict[str, Any]] = []
    if ids:
        marks = ",".join("?" * len(ids))
        found = {r[0]: r for r in conn.execute(
            f"SELECT id, title, unit, portal, category, published_at, url FROM articles WHERE id IN ({marks})", ids)}
        names = ("id", "title", "unit", "portal", "category", "published_at", "url")
        articles = [dict(zip(names, found[i], strict=True)) for i in ids if i in found]
    return {
        "q": q, "sort": sort, "filters": filters, "total": total, "articles": articles,
        "facets": {name: [{"value": v, "count": c} for v, c in facets.get(name, [])] for name in FACETS},
        "counts_from": source, "ms": round((time.perf_counter() - started) * 1000, 1),
    }


async def tim_kiem(datasette: Any, request: Any) -> Response:
    """The search page (HTML) or its data (.json)."""
    db = datasette.get_database()
    # Behind the instance's login like the articles table: titles, units and counts are its content.
    await ensure_article_access(datasette, request.actor, db.name)
    args = request.args
    q = args.get("q", "")
    sort = "rank" if args.get("sort") == "rank" else "newest"
    filters = {name: args[name] for name in FACETS if args.get(name)}
    result = await db.execute_fn(lambda conn: search_page(conn, db.name, q, sort, filters))
    if (request.url_vars or {}).get("format") == ".json":
        return Response.json(result)
    labels = {"unit": "Đơn vị", "province": "Tỉnh, thành phố", "portal": "Cổng", "category": "Chuyên mục",
              "year": "Năm", "year_month": "Tháng", "topic": "Chủ đề"}
    base = {"q": q, "sort": sort, **filters}
    links = {name: [{**item, "href": "?" + urlencode({**base, name: item["value"]})}
                    for item in result["facets"][name][:30]] for name in FACETS}
    html = await datasette.render_template(
        "tim_kiem.html",
        {"result": result, "labels": labels, "links": links, "database": db.name,
         "json_url": request.path + ".json" + ("?" + request.query_string if request.query_string else "")},
        request=request,
    )
    return Response.html(html)


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    """/-/tim-kiem (HTML) and /-/tim-kiem.json."""
    return [(r"^/-/tim-kiem(?P<format>\.json)?$", tim_kiem)]


@hookimpl
def menu_links(datasette: Any, actor: dict[str, Any] | None) -> Any:
    """The search page in Datasette's menu, for those who may open it."""

    async def inner() -> list[dict[str, str]]:
        if not await may_read_articles(datasette, actor, datasette.get_database().name):
            return []
        return [{"href": datasette.urls.path("/-/tim-kiem"), "label": "Tìm kiếm bài viết"}]

    return inner
