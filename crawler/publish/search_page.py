"""Datasette plugin: the staff search page at /-/tim-kiem, fast on a million articles.

The stock table page, searched for a common word, counts, sorts and facets every match
with one SQL query per facet, each seeking every matching row of `articles`: seconds at
a million articles, and facets time out. This page instead keeps a small index in memory
(the facet cell of every article, see migration 6; its topics as bits; its rank in
publication order), needs only the ids that match, and counts every facet with numpy.
Counts are the stock page's counts. The ids come from the ranking's stored word postings
(`crawler.archive.ranking.matching`; FTS5 for phrases, its pass split across the cores) and
are kept for the next request with the same words (`_Matches`, DANVAN_SEARCH_CACHE_MB). The index
is reloaded when another connection has committed since (`PRAGMA data_version`), so a
crawl's new articles show at once. Without a query or filter, the counts come from
`facet_counts`, refreshed after each crawl and retag, while they are current.

Parameters: `?q=` (accents optional, as the search box); `?sort=newest` (default),
`oldest` or `rank` (bm25, title first); facet filters `?unit=`, `?province=`, `?portal=`,
`?category=`, `?year=`, `?year_month=`, `?topic=`, each repeatable (values of one facet
are OR-ed, facets AND-ed); `?tu=YYYY-MM-DD&den=YYYY-MM-DD` (publication date, both ends
included); `?sau=` the cursor of the next page (the last row's publication time and id, or
for relevance the number of ranked articles already shown: never an OFFSET scan).

A facet with a chosen value keeps listing its other values, counted as if it had none
chosen (the rest of the selection applies), so a second value can be added; the facets
without a chosen value are counted over the selection, as the stock page counts them.

Formats: `/-/tim-kiem` (HTML), `/-/tim-kiem.json` (the page as data; with `_stream=on`
every article of the selection, streamed), `/-/tim-kiem.csv` (every article of the
selection, streamed) and `/-/tim-kiem.atom` (the newest 50 of the selection).

Every SQL statement runs under Datasette's `sql_time_limit_ms` (a progress handler on the
connection, Datasette's own `sqlite_timelimit`): a search that passes it answers a message.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import os
import re
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any
from urllib.parse import quote, quote_plus, urlencode

import numpy as np
from datasette import hookimpl
from datasette.utils import sqlite_timelimit
from datasette.utils.asgi import AsgiStream, Response
from markupsafe import Markup

from crawler.archive.ranking import FALLBACK_WINDOW, bm25_window, file_of, fts_matches, id_list, matching, rank
from crawler.archive.ranking import fingerprint as ranking_fingerprint
from crawler.archive.store import FACET_COLUMNS
from crawler.core import clock
from crawler.core.dates import iso_date
from crawler.publish.atom import FeedEntry, atom_response
from crawler.publish.plugin import ensure_article_access, http_url, may_read_articles
from crawler.publish.search import escape_fts

FACETS = (*FACET_COLUMNS, "topic")
# Listed newest first; the others by count.
DATE_FACETS = ("year", "year_month")
FACET_LABELS = {"unit": "Đơn vị", "province": "Tỉnh, thành phố", "portal": "Cổng", "category": "Chuyên mục",
                "year": "Năm", "year_month": "Tháng", "topic": "Chủ đề"}
SORTS = {"newest": "Mới nhất trước", "oldest": "Cũ nhất trước", "rank": "Liên quan nhất trước"}
PAGE_SIZE = 50
FEED_SIZE = 50
RANK_WINDOW = FALLBACK_WINDOW  # matches bm25 ranks itself where the stored ranking cannot serve
# Bounds on what a request may ask: longer input is refused with a message, never run.
MAX_QUERY = 500
MAX_VALUES = 50
MAX_VALUE_LENGTH = 300
MAX_QUERY_STRING = 20_000
# Facet values shown before "Xem thêm", and at most in the page (the JSON has them all).
FACET_SHOWN, FACET_MAX = 10, 200
EXPORT_CHUNK = 500
# Match lists of recent searches kept in memory (a very common word at a million articles: 4 MB).
DEFAULT_CACHE_MB = 128
CACHE_ENV = "DANVAN_SEARCH_CACHE_MB"
# Parts a full-text pass is cut into, one per core up to this many.
MAX_PARTS = 4
EXPORT_COLUMNS = ("id", "title", "unit", "portal", "category", "published_at", "url", "topics")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_VN = dt.timezone(dt.timedelta(hours=7))


class BadSearchError(Exception):
    """A request the page refuses (HTTP 400): the message says why, in Vietnamese, for staff."""


class SearchTimeoutError(Exception):
    """A search that passed Datasette's SQL time limit (HTTP 503)."""

    def __init__(self, limit_ms: int) -> None:
        seconds = f"{limit_ms / 1000:g}".replace(".", ",")
        super().__init__(f"Tìm kiếm này cần quá {seconds} giây (giới hạn thời gian của máy chủ) nên đã dừng. "
                         "Hãy thu hẹp: thêm từ khoá, chọn đơn vị, chủ đề hoặc khoảng ngày, rồi tìm lại.")


def _ids(conn: Any, sql: str, params: tuple[Any, ...] = ()) -> np.ndarray:
    """One column of integers as an array: SQLite joins them into one string, numpy parses it.

    Far faster than fetching a million rows into Python tuples.
    """
    return id_list(conn.execute(f"SELECT group_concat(v) FROM ({sql})", params).fetchone()[0])


Filters = Mapping[str, "str | Sequence[str]"]


def _wanted(values: str | Sequence[str]) -> list[str]:
    return [values] if isinstance(values, str) else [str(v) for v in values]


@dataclass
class FacetIndex:
    """Per-article facet cell, set of topics and publication rank, indexed by article id."""

    cell_of: np.ndarray  # article id -> cell (-1: no such article)
    rank_of: np.ndarray  # article id -> position in publication order (newest highest)
    # Topics by combination: article id -> its set of topics (a row of combo_topics, which
    # says which topics the set holds). Few distinct sets exist, so one histogram counts
    # every topic and one lookup filters by them.
    combo_of: np.ndarray
    combo_topics: np.ndarray
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
            raise ValueError("more than 63 topics: widen the topic bits")
        topic_bits = np.zeros(size, dtype=np.int64)
        for bit, topic in enumerate(topics):
            members = _ids(conn, "SELECT article_id AS v FROM article_topics WHERE topic = ?", (topic,))
            members = members[members < size]
            topic_bits[members] |= np.int64(1) << bit
        values["topic"] = topics
        combos, combo_of = np.unique(topic_bits, return_inverse=True)
        combo_topics = ((combos[:, None] >> np.arange(len(topics), dtype=np.int64)) & 1).astype(np.int64)
        return cls(cell_of, rank_of, combo_of.astype(np.int32), combo_topics, topics, values, value_of_cell,
                   _fingerprint(conn))

    def valid(self, ids: np.ndarray | None) -> np.ndarray:
        """`ids` (all articles when None) without those the index does not hold."""
        if ids is None:
            return np.flatnonzero(self.cell_of >= 0)
        if len(ids):
            # Index rows without an article (none, normally) are dropped; the masks cost a
            # pass over a million ids, so only when needed (ids come sorted from the index).
            if ids[-1] >= len(self.cell_of):
                ids = ids[ids < len(self.cell_of)]
            if len(ids) and self.cell_of[ids].min() < 0:
                ids = ids[self.cell_of[ids] >= 0]
        return ids

    def select(self, ids: np.ndarray | None, filters: Filters) -> np.ndarray:
        """The article ids among `ids` (all when None) that pass every facet filter.

        Several values of one facet: an article with any of them passes (OR); facets AND.
        """
        ids = self.valid(ids)
        for name, values in filters.items():
            wanted = _wanted(values)
            if name == "topic":
                columns = [self.topics.index(topic) for topic in wanted if topic in self.topics]
                combo_ok = self.combo_topics[:, columns].any(axis=1) if columns else None
                ids = ids[combo_ok[self.combo_of[ids]]] if combo_ok is not None else ids[:0]
                continue
            keep = set(wanted)
            matching = [i for i, v in enumerate(self.values[name]) if str(v) in keep]
            cell_ok = np.isin(self.value_of_cell[name], matching) if matching else None
            ids = ids[cell_ok[self.cell_of[ids]]] if cell_ok is not None else ids[:0]
        return ids

    def between(self, ids: np.ndarray, first: int, end: int) -> np.ndarray:
        """The ids whose place in publication order is in [first, end)."""
        ranks = self.rank_of[ids]
        return ids[(ranks >= first) & (ranks < end)]

    def counts(self, ids: np.ndarray, names: Sequence[str] = FACETS) -> dict[str, list[tuple[Any, int]]]:
        """Facets' (value, articles) over `ids`, most articles first, then by value."""
        result: dict[str, list[tuple[Any, int]]] = {}
        columns = [name for name in FACET_COLUMNS if name in names]
        if columns:
            per_cell = np.bincount(self.cell_of[ids], minlength=len(self.value_of_cell[FACET_COLUMNS[0]]))
            for name in columns:
                mapping = self.value_of_cell[name]
                known = mapping >= 0
                totals = np.bincount(mapping[known], weights=per_cell[known], minlength=len(self.values[name]))
                result[name] = _ordered(self.values[name], totals)
        if "topic" in names:
            per_combo = np.bincount(self.combo_of[ids], minlength=len(self.combo_topics))
            result["topic"] = _ordered(self.topics, per_combo @ self.combo_topics)
        return result

    def newest(self, ids: np.ndarray, limit: int) -> list[int]:
        """The `limit` newest of `ids` (publication time, then id), newest first."""
        return self._first(ids, -self.rank_of[ids], limit)

    def oldest(self, ids: np.ndarray, limit: int) -> list[int]:
        """The `limit` oldest of `ids` (publication time, then id), oldest first."""
        return self._first(ids, self.rank_of[ids], limit)

    @staticmethod
    def _first(ids: np.ndarray, keys: np.ndarray, limit: int) -> list[int]:
        if limit <= 0:
            return []
        if len(ids) > limit:
            chosen = np.argpartition(keys, limit - 1)[:limit]
            ids, keys = ids[chosen], keys[chosen]
        return [int(i) for i in ids[np.argsort(keys, kind="stable")]]

    def ordered(self, ids: np.ndarray, oldest_first: bool) -> np.ndarray:
        """All of `ids` in publication order (newest first unless `oldest_first`)."""
        ranks = self.rank_of[ids]
        return ids[np.argsort(ranks if oldest_first else -ranks, kind="stable")]

    def place(self, article_id: int) -> int:
        """The article's place in publication order, -1 when the index does not hold it."""
        return int(self.rank_of[article_id]) if 0 <= article_id < len(self.rank_of) else -1


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


# What a request asks for.


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts: after the row (published_at, id), or after `ranked` ranked articles."""

    published_at: str | None = None
    article_id: int = 0
    ranked: int = 0

    def encode(self, order: str) -> str:
        return str(self.ranked) if order == "rank" else f"{self.published_at or ''}~{self.article_id}"


@dataclass(frozen=True)
class Selection:
    """A search: words, order, facet values, publication dates and the page's cursor."""

    q: str = ""
    sort: str = "newest"
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    since: str | None = None  # tu: first publication date, included
    until: str | None = None  # den: last publication date, included
    after: Cursor | None = None

    @property
    def match(self) -> str | None:
        return escape_fts(self.q) if self.q.strip() else None

    @property
    def order(self) -> str:
        """The order rows come in: relevance needs words, so without any it is newest first."""
        return self.sort if self.sort != "rank" or self.match else "newest"

    @property
    def narrowed(self) -> bool:
        return bool(self.match or self.filters or self.since or self.until)

    def params(self, cursor: bool = False) -> list[tuple[str, str]]:
        """The selection as query-string pairs, in a stable order (the cursor only when asked)."""
        pairs: list[tuple[str, str]] = [("q", self.q)] if self.q else []
        if self.sort != "newest":
            pairs.append(("sort", self.sort))
        for name in FACETS:
            pairs += [(name, value) for value in self.filters.get(name, ())]
        pairs += [(key, value) for key, value in (("tu", self.since), ("den", self.until)) if value]
        if cursor and self.after is not None:
            pairs.append(("sau", self.after.encode(self.order)))
        return pairs

    def query_string(self, cursor: bool = False) -> str:
        return urlencode(self.params(cursor))


def _date(value: str, name: str) -> str:
    label = "Từ ngày (tu)" if name == "tu" else "Đến ngày (den)"
    if (day := iso_date(value)) is not None:
        return day
    shown = value if len(value) <= 40 else value[:40] + "…"
    raise BadSearchError(f"{label}: “{shown}” không phải một ngày. Nhập theo dạng năm-tháng-ngày (YYYY-MM-DD), "
                         "ví dụ 2024-05-31.")


def _cursor(value: str, order: str) -> Cursor:
    bad = BadSearchError("Tham số trang sau (sau) không hợp lệ. Hãy mở lại trang đầu của tìm kiếm này.")
    if order == "rank":
        if not value.isdigit() or len(value) > 9:
            raise bad
        return Cursor(ranked=int(value))
    published_at, sep, article_id = value.rpartition("~")
    if not sep or not article_id.isdigit() or len(article_id) > 18 or len(published_at) > 64:
        raise bad
    return Cursor(published_at=published_at or None, article_id=int(article_id))


def parse_selection(args: Any, query_string: str = "") -> Selection:
    """The selection a request asks for (`args`: Datasette's MultiParams); BadSearchError on bad input."""
    q = args.get("q") or ""
    if len(q) > MAX_QUERY:
        raise BadSearchError(f"Từ khoá quá dài: {_number(len(q))} ký tự, tối đa {MAX_QUERY} ký tự. "
                             "Hãy rút gọn từ khoá rồi tìm lại.")
    if len(query_string) > MAX_QUERY_STRING:
        raise BadSearchError(f"Địa chỉ tìm kiếm quá dài ({_number(len(query_string))} ký tự). "
                             "Hãy bỏ bớt giá trị đã chọn rồi tìm lại.")
    sort = args.get("sort") or "newest"
    if sort not in SORTS:
        shown = sort if len(sort) <= 40 else sort[:40] + "…"
        raise BadSearchError(f"Cách sắp xếp “{shown}” không có. Chọn sort=newest (mới nhất trước), "
                             "sort=oldest (cũ nhất trước) hoặc sort=rank (liên quan nhất trước).")
    filters: dict[str, tuple[str, ...]] = {}
    for name in FACETS:
        values = list(dict.fromkeys(v for v in args.getlist(name) if v != ""))
        if len(values) > MAX_VALUES:
            raise BadSearchError(f"Chọn quá nhiều giá trị cho “{FACET_LABELS[name]}”: {len(values)}, "
                                 f"tối đa {MAX_VALUES}.")
        if any(len(v) > MAX_VALUE_LENGTH for v in values):
            raise BadSearchError(f"Một giá trị của “{FACET_LABELS[name]}” quá dài (tối đa {MAX_VALUE_LENGTH} ký tự).")
        if values:
            filters[name] = tuple(values)
    since = _date(args["tu"], "tu") if args.get("tu") else None
    until = _date(args["den"], "den") if args.get("den") else None
    if since and until and since > until:
        raise BadSearchError(f"Khoảng ngày ngược: từ ngày {since} sau đến ngày {until}. Hãy đổi lại hai ngày.")
    selection = Selection(q=q, sort=sort, filters=filters, since=since, until=until)
    if args.get("sau"):
        selection = replace(selection, after=_cursor(args["sau"], selection.order))
    return selection


# The search itself (runs on a SQLite connection, in Datasette's SQL threads).


def _names(conn: Any) -> tuple[dict[str, str], dict[str, str]]:
    """Portal names by id and topic labels by slug, from the archive."""
    portals = {r[0]: r[1] for r in conn.execute("SELECT id, name FROM portals")}
    topics = {r[0]: r[1] for r in conn.execute("SELECT slug, label FROM topics")}
    return portals, topics


def _first_place(conn: Any, index: FacetIndex, published_at: str) -> int:
    """The place in publication order of the first article published at or after `published_at`."""
    for (article_id,) in conn.execute(
            "SELECT id FROM articles WHERE published_at >= ? ORDER BY published_at, id LIMIT 32", (published_at,)):
        place = index.place(article_id)
        if place >= 0:
            return place
    return len(index.rank_of) + 1  # none: past the end


def _in_dates(conn: Any, index: FacetIndex, ids: np.ndarray, since: str | None, until: str | None) -> np.ndarray:
    """The ids published between `since` and `until` (dates, both included).

    Publication order is `published_at` order, so a date range is one run of places in it:
    two index seeks find its ends. "0000" leaves out articles without a date.
    """
    if not since and not until:
        return ids
    first = _first_place(conn, index, since or "0000")
    if until:
        after = (dt.date.fromisoformat(until) + dt.timedelta(days=1)).isoformat()
        end = _first_place(conn, index, after)
    else:
        end = len(index.rank_of) + 1
    return index.between(ids, first, end)


def _cursor_place(conn: Any, index: FacetIndex, cursor: Cursor) -> float:
    """Where the cursor's row stands in publication order; between two places when it is gone."""
    place = index.place(cursor.article_id)
    if place >= 0:
        row = conn.execute("SELECT published_at FROM articles WHERE id = ?", (cursor.article_id,)).fetchone()
        if row is not None and (row[0] or None) == cursor.published_at:
            return float(place)
    # The row was deleted or re-dated: the nearest article before its key stands in for it
    # (undated articles come first in publication order, so they are looked at last).
    queries = [("SELECT id FROM articles WHERE published_at IS NULL AND id < ? ORDER BY id DESC LIMIT 32",
                (cursor.article_id if cursor.published_at is None else 1 << 62,))]
    if cursor.published_at is not None:
        queries.insert(0, ("SELECT id FROM articles WHERE (published_at, id) < (?, ?) "
                           "ORDER BY published_at DESC, id DESC LIMIT 32", (cursor.published_at, cursor.article_id)))
    for sql, params in queries:
        for (article_id,) in conn.execute(sql, params):
            if index.place(article_id) >= 0:  # one the index holds (a newer one waits for its reload)
                return index.place(article_id) + 0.5
    return -0.5


def ranked(conn: Any, match: str, allowed: np.ndarray | None, limit: int = PAGE_SIZE, after: int = 0) -> list[int]:
    """Ids by bm25 itself (title first; ties newest first) among the most recent RANK_WINDOW matches:
    the ranking's own fallback (crawler.archive.ranking.bm25_window), the benchmark's baseline.
    `allowed`: the ids that pass the page's filters; `after`: how many ranked ids to skip."""
    return bm25_window(conn, match, allowed, limit, after)


def rank_window_start(conn: Any, match: str) -> int | None:
    """The lowest rowid of the RANK_WINDOW most recently archived matches (None: fewer match)."""
    row = conn.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        (match, RANK_WINDOW - 1)).fetchone()
    return None if row is None else int(row[0])


def _ranked_ids(conn: Any, match: str, allowed: np.ndarray | None, limit: int, after: int,
                matches: np.ndarray | None = None) -> list[int]:
    """Ids in relevance order, skipping the first `after`: the one place the page asks for a ranking.

    bm25's order from the stored impact-ordered postings (crawler.archive.ranking), reading only
    what the top of the ranking needs; it falls back to `ranked` (bm25 over the most recent
    matches) where it cannot serve a query (prefix searches, a ranking not built yet).
    """
    return rank(conn, match, allowed, limit, after, matches)


@dataclass
class _Found:
    """The selection's articles as the index sees them."""

    index: FacetIndex
    base: np.ndarray  # matches within the dates, before facet filters
    selected: np.ndarray
    source: str  # where the matches came from (see _matching); "" without words


class _Matches:
    """The articles matching recent searches, by words: the next page, another facet value, another
    order or date range of the same words costs no pass over the full-text index.

    Bounded in bytes (DANVAN_SEARCH_CACHE_MB, 0: off), least recently used out first. An entry
    belongs to one state of the archive: its key holds the facet index's load and the ranking's
    fingerprint, which changes with every article added, edited or deleted.
    """

    def __init__(self, budget: int) -> None:
        self.lock = threading.Lock()
        self.budget = budget
        self.used = 0
        self.entries: OrderedDict[tuple[Any, ...], np.ndarray] = OrderedDict()

    def get(self, key: tuple[Any, ...]) -> np.ndarray | None:
        with self.lock:
            found = self.entries.get(key)
            if found is not None:
                self.entries.move_to_end(key)
            return found

    def put(self, key: tuple[Any, ...], ids: np.ndarray) -> None:
        if ids.nbytes > self.budget:
            return
        with self.lock:
            if key in self.entries:
                return
            self.entries[key] = ids
            self.used += ids.nbytes
            while self.used > self.budget:
                _, dropped = self.entries.popitem(last=False)
                self.used -= dropped.nbytes


def cache_budget(value: str | None) -> int:
    """Bytes for the match cache from DANVAN_SEARCH_CACHE_MB's value (unset: DEFAULT_CACHE_MB); ValueError says why."""
    text = (value or "").strip()
    if not text:
        return DEFAULT_CACHE_MB * 2**20
    try:
        megabytes = float(text)
    except ValueError:
        megabytes = -1.0
    if not 0 <= megabytes <= 2**20:
        raise ValueError(f"{CACHE_ENV}={value!r}: give the megabytes of memory for recent searches' matches, "
                         f"a number from 0 (no cache) up, e.g. {CACHE_ENV}={DEFAULT_CACHE_MB}")
    return int(megabytes * 2**20)


def _budget_from_environment() -> int:
    try:
        return cache_budget(os.environ.get(CACHE_ENV))
    except ValueError:
        return DEFAULT_CACHE_MB * 2**20  # `danvan serve` refuses a bad value before starting; never fail a page


MATCHES = _Matches(_budget_from_environment())


class _Helpers:
    """Spare read connections per archive file, lent to a search so FTS5's pass runs on every core.

    Opened as Datasette opens the file (read-only, or immutable), each lent to one search
    at a time under the same SQL time limit as the search's own connection. Only idle cores
    are lent: a pass cut in parts costs 10–50% more work in all, which pays when the cores
    would wait anyway and slows every request when other searches keep them busy.
    """

    def __init__(self, count: int, cores: int | None = None) -> None:
        self.count = count
        self.cores = cores or os.cpu_count() or 1
        self.lock = threading.Lock()
        self.idle: dict[str, list[sqlite3.Connection]] = {}
        self.running = 0  # threads in lent searches: each search's own, plus the helpers it was lent

    @contextmanager
    def lent(self, conn: Any) -> Iterator[list[sqlite3.Connection]]:
        context = getattr(_RUNNING, "context", None)
        path = file_of(conn)
        if not self.count or context is None or path.startswith("memory:"):
            yield []  # outside a page's run (a test's own connection, an in-memory archive): one pass
            return
        limit_ms, query_string = context
        key = path + query_string
        with self.lock:
            wanted = max(0, min(self.count, self.cores - self.running - 1))
            self.running += 1 + wanted
            idle = self.idle.setdefault(key, [])
            taken = [idle.pop() for _ in range(min(wanted, len(idle)))]
        try:
            try:
                while len(taken) < wanted:
                    taken.append(sqlite3.connect(f"file:{quote(path)}{query_string}", uri=True,
                                                 check_same_thread=False))
            except sqlite3.Error:
                pass  # a spare connection is an optimisation: the search runs on those it has
            with ExitStack() as limits:
                for helper in taken:
                    limits.enter_context(sqlite_timelimit(helper, limit_ms))
                yield taken
        finally:
            with self.lock:
                self.running -= 1 + wanted
                self.idle.setdefault(key, []).extend(taken)


HELPERS = _Helpers(max(0, min(MAX_PARTS, os.cpu_count() or 1) - 1))
_RUNNING = threading.local()  # the running page's SQL time limit and how its database is opened


def _matching(conn: Any, index: FacetIndex, database: str, match: str) -> tuple[np.ndarray, str]:
    """The ids matching `match` that the facet index holds, ascending, and where they came from:
    "cache", "postings" (the ranking's stored word lists, FTS5 for phrases) or "fts" (FTS5 alone)."""
    try:
        state = ranking_fingerprint(conn)
    except sqlite3.OperationalError:
        state = None  # an archive from before the ranking tables: nothing to key on, no cache
    key = (database, file_of(conn), index.loaded_at, state, match)
    if state is not None and (found := MATCHES.get(key)) is not None:
        return found, "cache"
    with HELPERS.lent(conn) as helpers:
        found, source = (matching(conn, match, helpers) if state is not None else None), "postings"
        if found is None:
            found, source = fts_matches(conn, match, helpers), "fts"
    found = index.valid(found)
    if found.dtype != np.int32 and (not len(found) or found[-1] < 2**31):
        found = found.astype(np.int32)  # half the bytes held; ids index numpy arrays either way
    if state is not None:
        MATCHES.put(key, found)
    return found, source


def _find(conn: Any, database: str, selection: Selection) -> _Found:
    index = INDEXES.get(database, conn)
    match = selection.match
    # Matches come valid (see _matching); without words, every article the index holds.
    found, source = _matching(conn, index, database, match) if match else (index.valid(None), "")
    base = _in_dates(conn, index, found, selection.since, selection.until)
    return _Found(index, base, index.select(base, selection.filters), source)


def search_page(conn: Any, database: str, selection: Selection, limit: int = PAGE_SIZE) -> dict[str, Any]:
    """Count, facets and one page of articles for a selection (runs on a SQLite connection)."""
    started = time.perf_counter()
    portals, topics = _names(conn)
    order = selection.order
    if not selection.narrowed and selection.after is None:
        precomputed = _precomputed(conn)
        if precomputed is not None:
            total = int(conn.execute("SELECT articles FROM facet_counts_state WHERE id = 1").fetchone()[0])
            direction = "" if order == "oldest" else " DESC"
            ids = [r[0] for r in conn.execute(
                f"SELECT id FROM articles ORDER BY published_at{direction}, id{direction} LIMIT {int(limit) + 1}")]
            return _result(conn, selection, total, precomputed, ids, limit, 0, "facet_counts", started,
                           portals, topics)
    found = _find(conn, database, selection)
    index, selected = found.index, found.selected
    facets = index.counts(selected)
    for name in selection.filters:
        # A chosen facet lists its other values: counted without its own filter.
        others = {k: v for k, v in selection.filters.items() if k != name}
        facets[name] = index.counts(index.select(found.base, others), (name,))[name]
    cursor, shown_before = selection.after, 0
    if order == "rank":
        assert selection.match is not None
        skip = cursor.ranked if cursor else 0
        allowed = selected if (selection.filters or selection.since or selection.until) else None
        ids = _ranked_ids(conn, selection.match, allowed, limit + 1, skip, found.selected)
        shown_before = skip
    else:
        rest = selected
        if cursor is not None:
            place = _cursor_place(conn, index, cursor)
            ranks = index.rank_of[selected]
            rest = selected[ranks < place] if order == "newest" else selected[ranks > place]
            shown_before = len(selected) - len(rest)
        ids = index.newest(rest, limit + 1) if order == "newest" else index.oldest(rest, limit + 1)
    result = _result(conn, selection, len(selected), facets, ids, limit, shown_before, "index", started,
                     portals, topics)
    result["matches_from"] = found.source
    return result


def _articles(conn: Any, ids: Sequence[int], portals: dict[str, str], topics: dict[str, str],
              sapo: bool = False) -> list[dict[str, Any]]:
    """The rows of `ids`, in that order, with portal names and topic labels."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    extra = ", sapo, first_seen" if sapo else ""
    found = {r[0]: r for r in conn.execute(
        f"SELECT id, title, unit, portal, category, published_at, url, topics{extra} FROM articles "
        f"WHERE id IN ({marks})", list(ids))}
    articles = []
    for article_id in ids:
        if article_id not in found:
            continue
        row = found[article_id]
        try:
            slugs = [s for s in json.loads(row[7] or "[]") if isinstance(s, str)]
        except ValueError:
            slugs = []
        article = {
            "id": row[0], "title": row[1], "unit": row[2], "portal": row[3], "portal_name": portals.get(row[3], row[3]),
            "category": row[4], "published_at": row[5], "url": row[6],
            "topics": [{"slug": s, "label": topics.get(s, s)} for s in slugs],
        }
        if sapo:
            article["sapo"], article["first_seen"] = row[8], row[9]
        articles.append(article)
    return articles


def _facet_items(name: str, pairs: list[tuple[Any, int]], chosen: Sequence[str], portals: dict[str, str],
                 topics: dict[str, str]) -> list[dict[str, Any]]:
    """A facet's values for display: names for ids, date facets newest first, chosen ones marked."""
    items = [{"value": value, "count": count} for value, count in pairs]
    listed = {str(item["value"]) for item in items}
    items += [{"value": value, "count": 0} for value in chosen if value not in listed]
    if name in DATE_FACETS:
        items.sort(key=lambda item: str(item["value"]), reverse=True)
    for item in items:
        item["label"] = _value_label(name, item["value"], portals, topics)
        item["selected"] = str(item["value"]) in chosen
    return items


def _value_label(name: str, value: Any, portals: dict[str, str], topics: dict[str, str]) -> str:
    if name == "portal":
        return portals.get(str(value), str(value))
    if name == "topic":
        return topics.get(str(value), str(value))
    if name == "year_month" and isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}", value):
        return f"{value[5:]}/{value[:4]}"
    return str(value)


def _result(conn: Any, selection: Selection, total: int, facets: dict[str, list[tuple[Any, int]]],
            ids: list[int], limit: int, shown_before: int, source: str, started: float,
            portals: dict[str, str], topics: dict[str, str]) -> dict[str, Any]:
    more = len(ids) > limit
    articles = _articles(conn, ids[:limit], portals, topics)
    following = None
    if more and articles:
        last = articles[-1]
        following = (Cursor(ranked=shown_before + len(articles)) if selection.order == "rank"
                     else Cursor(published_at=last["published_at"] or None, article_id=last["id"]))
    return {
        "q": selection.q, "sort": selection.sort, "order": selection.order,
        "filters": {name: list(values) for name, values in selection.filters.items()},
        "tu": selection.since, "den": selection.until,
        "total": total, "first": shown_before + 1 if articles else 0, "last": shown_before + len(articles),
        "articles": articles,
        "facets": {name: _facet_items(name, facets.get(name, []), selection.filters.get(name, ()), portals, topics)
                   for name in FACETS},
        "next": following.encode(selection.order) if following else None,
        "counts_from": source, "matches_from": "", "ms": round((time.perf_counter() - started) * 1000, 1),
    }


def selection_ids(conn: Any, database: str, selection: Selection, limit: int | None = None) -> list[int]:
    """Every article of the selection (or its `limit` first), in publication order (newest first unless oldest)."""
    found = _find(conn, database, selection)
    oldest = selection.order == "oldest"
    if limit is not None:
        return found.index.oldest(found.selected, limit) if oldest else found.index.newest(found.selected, limit)
    return [int(i) for i in found.index.ordered(found.selected, oldest)]


# Datasette: running under the SQL time limit, the routes.


async def _run(datasette: Any, db: Any, fn: Callable[[Any], Any]) -> Any:
    """Run `fn(conn)` in Datasette's SQL threads, every statement under the SQL time limit, in one snapshot."""
    limit_ms = int(datasette.setting("sql_time_limit_ms") or 1000)

    # How Datasette opens this file, for the spare connections a search may borrow.
    opened = "?mode=ro" if db.is_mutable else "?immutable=1"

    def in_thread(conn: Any) -> Any:
        began = not conn.in_transaction
        if began:
            conn.execute("BEGIN")
        _RUNNING.context = (limit_ms, opened)
        try:
            with sqlite_timelimit(conn, limit_ms):
                return fn(conn)
        except sqlite3.OperationalError as exc:
            if "interrupt" in str(exc):
                raise SearchTimeoutError(limit_ms) from None
            raise
        finally:
            _RUNNING.context = None
            # After the time limit is lifted: the read transaction must end whatever happened.
            if began and conn.in_transaction:
                conn.execute("COMMIT")

    return await db.execute_fn(in_thread)


def _json(data: Any, status: int = 200) -> Response:
    """JSON with Vietnamese text as text (Datasette's Response.json escapes every accented letter)."""
    return Response(json.dumps(data, ensure_ascii=False, default=str), status=status,
                    content_type="application/json; charset=utf-8")


def _page_url(path: str, pairs: list[tuple[str, str]]) -> str:
    return path + ("?" + urlencode(pairs) if pairs else "")


def _toggle(selection: Selection, name: str, value: str) -> Selection:
    values = selection.filters.get(name, ())
    changed = tuple(v for v in values if v != value) if value in values else (*values, value)
    filters = {k: v for k, v in selection.filters.items() if k != name}
    if changed:
        filters[name] = changed
    return replace(selection, filters=filters, after=None)


@lru_cache(maxsize=65_536)
def _encoded(value: str, label: str) -> tuple[str, str, str]:
    """A facet value for a query string and for HTML, and its label for HTML: the same values come on every page."""
    return quote_plus(value), html.escape(value), html.escape(label)


def _facet_block(path: str, selection: Selection, name: str, items: list[dict[str, Any]]) -> dict[str, Any]:
    """A facet's values as list items, each a link that adds its value (or removes it, when chosen).

    Written here rather than in the template: a month facet has over a hundred values, and
    Jinja's async rendering of one macro call per value cost more than the search itself.
    """
    pairs = selection.params()
    # The query string around this facet's values, encoded once; each link only adds or drops a value.
    before = urlencode([p for p in pairs if p[0] in ("q", "sort") or (p[0] in FACETS and FACETS.index(p[0]) <
                                                                      FACETS.index(name))])
    after = urlencode([p for p in pairs if p[0] in ("tu", "den") or (p[0] in FACETS and FACETS.index(p[0]) >
                                                                     FACETS.index(name))])
    chosen = selection.filters.get(name, ())
    key = quote_plus(name)
    encoded = {value: f"{key}={quote_plus(value)}" for value in chosen}
    lines: list[str] = []  # plain text escaped here, made Markup once: hundreds of links a page
    for item in items[:FACET_MAX]:
        value = str(item["value"])
        quoted, value_html, label_html = _encoded(value, str(item["label"]))
        values = [encoded[v] for v in chosen if v != value] if item["selected"] else [
            *encoded.values(), f"{key}={quoted}"]
        query = "&".join(part for part in (before, *values, after) if part)
        href = html.escape(path + ("?" + query if query else ""))
        if item["selected"]:
            opening, mark, tick = '<li class="selected">', ' aria-pressed="true" title="Bỏ chọn"', "✓ "
        else:
            opening, mark, tick = "<li>", "", ""
        lines.append(f'{opening}<a href="{href}" data-facet-value="{value_html}"{mark}>{tick}'
                     f'{label_html}</a> <span class="count">{_number(item["count"])}</span></li>')
    return {"name": name, "label": FACET_LABELS[name], "count": len(lines),
            "top": Markup("\n".join(lines[:FACET_SHOWN])), "rest": Markup("\n".join(lines[FACET_SHOWN:])),
            "more": max(0, len(lines) - FACET_SHOWN)}


def _rows_html(datasette: Any, db_name: str, articles: list[dict[str, Any]]) -> Markup:
    """The result rows, each title linking to its readable article page.

    Written here for the reason facet links are (see _facet_block): fifty rows of Jinja's
    async rendering cost more than the search behind them.
    """
    rows = []
    for a in articles:
        topics = ", ".join(f'<span class="topic">{html.escape(str(t["label"]))}</span>' for t in a["topics"])
        rows.append(
            f'<tr data-id="{a["id"]}">'
            # str(): Datasette's URL strings look up every method call through dir().
            f'<td class="col-title"><a href="{html.escape(str(datasette.urls.row(db_name, "articles", a["id"])))}">'
            f'{html.escape(str(a["title"] or ""))}</a></td>'
            f'<td class="col-unit">{html.escape(str(a["unit"] or ""))}</td>'
            f'<td class="col-portal">{html.escape(str(a["portal_name"] or ""))}</td>'
            f'<td class="col-category">{html.escape(str(a["category"] or ""))}</td>'
            f'<td class="col-topics">{topics}</td>'
            f'<td class="col-published"><time datetime="{html.escape(str(a["published_at"] or ""))}">'
            f'{html.escape(a["published_text"])}</time></td></tr>')
    return Markup("\n".join(rows))


def _chips(path: str, selection: Selection, result: dict[str, Any]) -> list[dict[str, str]]:
    """The active filters, each with the link that removes it."""
    chips = []
    if selection.q:
        chips.append({"name": "Từ khoá", "value": f"“{selection.q}”",
                      "href": _page_url(path, replace(selection, q="", after=None).params())})
    labels = {name: {str(i["value"]): i["label"] for i in result["facets"][name]} for name in FACETS}
    for name in FACETS:
        for value in selection.filters.get(name, ()):
            chips.append({"name": FACET_LABELS[name], "value": labels[name].get(value, value),
                          "href": _page_url(path, _toggle(selection, name, value).params())})
    for key, label, value in (("since", "Từ ngày", selection.since), ("until", "Đến ngày", selection.until)):
        if value:
            chips.append({"name": label, "value": _vn_date(value),
                          "href": _page_url(path, replace(selection, **{key: None, "after": None}).params())})
    return chips


def _vn_date(value: str) -> str:
    return f"{value[8:10]}/{value[5:7]}/{value[:4]}"


def _vn_time(value: str | None) -> str:
    """A stored publication time as staff read it: 31/05/2024 08:30 (a bare date without a time)."""
    text = value or ""
    if not _DATE.match(text):
        return text
    shown = _vn_date(text)
    return f"{shown} {text[11:16]}" if len(text) >= 16 and text[10] == "T" else shown


def _number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


async def _error(datasette: Any, request: Any, fmt: str, status: int, message: str,
                 selection: Selection | None = None) -> Response:
    if fmt != "":
        if fmt == ".json":
            return _json({"ok": False, "status": status, "error": message}, status)
        return Response.text(message + "\n", status=status)
    shown = selection or Selection(q=(request.args.get("q") or "")[:MAX_QUERY])
    html = await datasette.render_template(
        "tim_kiem.html", {"error": message, "selection": shown, "sorts": SORTS, "page_path": request.path},
        request=request)
    return Response.html(html, status=status)


async def tim_kiem(datasette: Any, request: Any) -> Any:
    """The search page (HTML), its data (.json), every article of the selection (.csv, .json?_stream=on), its feed."""
    db = datasette.get_database()
    # Behind the instance's login like the articles table: titles, units and counts are its content.
    await ensure_article_access(datasette, request.actor, db.name)
    fmt = (request.url_vars or {}).get("format") or ""
    selection = None
    try:
        selection = parse_selection(request.args, request.query_string)
        if fmt == ".csv" or (fmt == ".json" and request.args.get("_stream") == "on"):
            return await _export(datasette, request, db, selection, "csv" if fmt == ".csv" else "json")
        if fmt == ".atom":
            return await _feed(datasette, request, db, selection)
        result = await _run(datasette, db, lambda conn: search_page(conn, db.name, selection))
    except BadSearchError as exc:
        return await _error(datasette, request, fmt, 400, str(exc), selection)
    except SearchTimeoutError as exc:
        return await _error(datasette, request, fmt, 503, str(exc), selection)
    path = request.path.removesuffix(fmt)
    if result["next"]:
        result["next_url"] = _page_url(path + fmt, [*selection.params(), ("sau", result["next"])])
    if fmt == ".json":
        return _json(result)
    for article in result["articles"]:
        article["published_text"] = _vn_time(article["published_at"])
    rank_note = None
    if selection.order == "rank" and not result["next"] and result["last"] < result["total"]:
        rank_note = (f"Mức liên quan được xếp cho {_number(RANK_WINDOW)} bài khớp mới lưu nhất; "
                     f"{_number(result['total'] - result['last'])} bài khớp cũ hơn không có trong thứ tự này.")
    html = await datasette.render_template(
        "tim_kiem.html",
        {
            "result": result, "selection": selection, "sorts": SORTS, "labels": FACET_LABELS,
            "rows_html": _rows_html(datasette, db.name, result["articles"]),
            "facets": [_facet_block(path, selection, name, result["facets"][name]) for name in FACETS],
            "chips": _chips(path, selection, result), "db_name": db.name, "page_path": path,
            "total_text": _number(result["total"]), "clear_url": path,
            "first_url": _page_url(path, selection.params()) if selection.after else None,
            "hidden": [(name, value) for name in FACETS for value in selection.filters.get(name, ())],
            "json_url": _page_url(path + ".json", selection.params(cursor=True)),
            "csv_url": _page_url(path + ".csv", selection.params()),
            "export_json_url": _page_url(path + ".json", [*selection.params(), ("_stream", "on")]),
            "atom_url": _page_url(path + ".atom", selection.params()),
            "save_params": selection.query_string(),
            "range_text": f"{_number(result['first'])}–{_number(result['last'])} trên {_number(result['total'])}",
            "rank_note": rank_note, "newest_url": _page_url(path, replace(selection, sort="newest").params()),
        },
        request=request,
    )
    return Response.html(html)


async def _export(datasette: Any, request: Any, db: Any, selection: Selection, kind: str) -> AsgiStream:
    """Every article of the selection, streamed a chunk at a time (each chunk's SQL under the time limit)."""
    ids = await _run(datasette, db, lambda conn: selection_ids(conn, db.name, selection))
    portals, topics = await _run(datasette, db, _names)

    async def stream(out: Any) -> None:
        if kind == "csv":
            # A byte-order mark: spreadsheet programs then read the Vietnamese text as UTF-8.
            await out.write("\ufeff" + _csv_line(EXPORT_COLUMNS))
        else:
            await out.write("[")
        first = True
        for start in range(0, len(ids), EXPORT_CHUNK):
            chunk = ids[start:start + EXPORT_CHUNK]
            try:
                rows = await _run(datasette, db, lambda conn, c=chunk: _articles(conn, c, portals, topics))
            except SearchTimeoutError:
                break  # the status line is sent: the file ends short rather than the server waiting
            text = []
            for article in rows:
                values = _export_row(article)
                if kind == "csv":
                    text.append(_csv_line(values.values()))
                else:
                    text.append(("" if first else ",\n") + json.dumps(values, ensure_ascii=False))
                    first = False
            await out.write("".join(text))
        if kind == "json":
            await out.write("]\n")

    name = "tim-kiem." + kind
    content_type = "text/csv; charset=utf-8" if kind == "csv" else "application/json; charset=utf-8"
    return AsgiStream(stream, headers={"Content-Disposition": f'attachment; filename="{name}"',
                                       "X-Total-Count": str(len(ids))}, content_type=content_type)


def _export_row(article: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": article["id"], "title": article["title"], "unit": article["unit"], "portal": article["portal_name"],
        "category": article["category"], "published_at": article["published_at"], "url": article["url"],
        "topics": [t["label"] for t in article["topics"]],
    }


def _csv_line(values: Any) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(
        ["; ".join(v) if isinstance(v, list) else ("" if v is None else v) for v in values])
    return buffer.getvalue()


def _atom_time(value: Any) -> str | None:
    """An RFC 3339 time for Atom from a stored time: a bare date is its midnight in Vietnam."""
    text = str(value or "").strip()
    if not text:
        return None
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=_VN)
    return when.isoformat(timespec="seconds")


def _selection_words(selection: Selection, portals: dict[str, str], topics: dict[str, str]) -> list[str]:
    parts = [f"tìm “{selection.q}”"] if selection.q else []
    for name in FACETS:
        values = selection.filters.get(name, ())
        if values:
            labels = [_value_label(name, v, portals, topics) for v in values]
            parts.append(f"{FACET_LABELS[name]}: {' hoặc '.join(labels)}")
    if selection.since:
        parts.append(f"từ ngày {_vn_date(selection.since)}")
    if selection.until:
        parts.append(f"đến ngày {_vn_date(selection.until)}")
    return parts


async def _feed(datasette: Any, request: Any, db: Any, selection: Selection) -> Response:
    """An Atom 1.0 feed of the selection's newest FEED_SIZE articles by publication."""

    def read(conn: Any) -> tuple[list[dict[str, Any]], dict[str, str], dict[str, str]]:
        portals, topics = _names(conn)
        ids = selection_ids(conn, db.name, replace(selection, sort="newest", after=None), FEED_SIZE)
        return _articles(conn, ids, portals, topics, sapo=True), portals, topics

    articles, portals, topics = await _run(datasette, db, read)
    path = request.path.removesuffix(".atom")
    page = datasette.absolute_url(request, _page_url(path, selection.params()))
    self_url = datasette.absolute_url(request, _page_url(path + ".atom", selection.params()))
    title = datasette.metadata("title") or "danvan"
    entries = []
    for article in articles:
        published = _atom_time(article["published_at"])
        entries.append(FeedEntry(
            link=datasette.absolute_url(request, datasette.urls.row(db.name, "articles", article["id"])),
            title=article["title"], updated=published or _atom_time(article["first_seen"]) or clock.now_iso(),
            published=published, original=http_url(article["url"]),
            author=article["unit"] or article["portal_name"],
            categories=[(topic["slug"], topic["label"]) for topic in article["topics"]], summary=article["sapo"]))
    # The feed changes when its newest entry does (entries come newest first by publication).
    words = _selection_words(selection, portals, topics)
    return atom_response(" — ".join([title, "Tìm kiếm bài viết", *words]), self_url, entries, alternate=page,
                         author=title)


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    """/-/tim-kiem (HTML), .json (the page; with _stream=on every article), .csv (every article), .atom (feed)."""
    return [(r"^/-/tim-kiem(?P<format>\.json|\.csv|\.atom)?$", tim_kiem)]


@hookimpl
def menu_links(datasette: Any, actor: dict[str, Any] | None) -> Any:
    """The search page in Datasette's menu, for those who may open it."""

    async def inner() -> list[dict[str, str]]:
        if not await may_read_articles(datasette, actor, datasette.get_database().name):
            return []
        return [{"href": datasette.urls.path("/-/tim-kiem"), "label": "Tìm kiếm bài viết"}]

    return inner
