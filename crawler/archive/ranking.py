"""Relevance ranking without a pass over every match: bm25's formula over stored, impact-ordered postings.

FTS5's `bm25()` first counts the documents of every phrase of the query (a pass over all
its matches, positions included) before it scores a single row: hundreds of milliseconds
for a common word at a million articles, whatever the page size. `rank()` gives bm25's
order (the search box's weights: title and kicker 10, sapo 4, body 1; ties newest first)
from data stored beside the index, reading only as much as the top of the ranking needs.

What is stored (migration 10):

- `rank_postings`: per word and segment, the articles containing it with their weighted
  frequency (10 × in title + 4 × in sapo + 1 × in body), ordered by bm25's impact
  `f·(k1+1) / (f + k1·(1 − b + b·length/avgdl))` and cut into blocks of 256, 1,024,
  4,096… postings, each with its first (highest) impact. Word pairs (`"dan van"`) get the
  same, kept to their BIGRAM_PREFIX best postings and a block without postings bounding
  the rest: a phrase occurs at most as often as each of its pairs, which bounds phrases
  tightly where positions are not stored;
- `rank_segments`: the articles each segment covers, with their length in tokens (a later
  segment supersedes an article's postings in earlier ones);
- `rank_terms`: document frequencies (bm25's idf); `rank_state`: the average length the
  impacts use, frozen from one full build to the next;
- `rank_pending`: articles inserted, edited or deleted since, filled by triggers on
  `articles`, so every writer of the archive keeps it without knowing about ranking.

Keeping it current: `refresh_ranking(conn)` after each crawl and retag, beside
`Archive.refresh_facet_counts()`. It writes the pending articles as a new segment, or
rebuilds everything in one (no build yet, `full=True`, MAX_SEGMENTS reached, or segments
past REBUILD_SHARE of the archive) in one write transaction. Until it runs, the serving
process reads the pending articles itself (up to TAIL_MAX) and ranks them with the rest,
so a crawl's new articles rank at once.

Ranking is the threshold algorithm. Each list is read block by block, highest impact first;
an article's bound is, per query term, its known impact or the impact where the unread
part of the list starts (for a phrase, the lowest over its words and pairs), weighted by
idf. An article with every word known has its exact score; one whose bound could still
reach the top is scored from its own folded text (word and phrase counts found with
str.find, checked at token boundaries). Once `after + limit` exact scores are known, an
article whose bound falls below the last of them is dropped, and a deep posting that
could not reach it is not even kept. Reading stops when that score beats every bound,
including that of articles no list has shown yet. Which list to read next, and whether to
read on or score texts, follows their costs. A phrase whose matches FTS5 lists cheaply
(its words rarely together) is listed once instead.

The order is bm25's own while document frequencies and the average length are those of
the last full build; between full builds they drift by the articles added (an edited
article's words are not recounted). A phrase beside other terms gets its document count
from the PHRASE_SAMPLE most recent articles (bm25 counts them all). Prefix searches
(`dang*`), queries of more than MAX_WORDS words, and archives never refreshed or with
more than TAIL_MAX pending articles are ranked by bm25 itself over the FALLBACK_WINDOW
most recently archived matches, as the search page did before.

The same postings list a query's matches (`matching`): a word's live postings are every
article holding it, read as raw ids instead of FTS5 decoding positions; only phrases are
left to FTS5 (`fts_matches`, which can split its pass across connections).
"""

from __future__ import annotations

import math
import re
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain, pairwise
from typing import Any

import numpy as np

from crawler.core import clock

K1, B = 1.2, 0.75  # FTS5's bm25 constants
WEIGHTS = (10.0, 4.0, 1.0)  # title (with kicker), sapo, body: the search box's weights
RANK_SQL = "bm25(articles_fts, 10.0, 4.0, 1.0)"
FIRST_BLOCK, GROWTH = 256, 4  # blocks of 256, 1,024, 4,096… postings: a shallow read stays small
TAIL_MAX = 20_000  # pending articles the serving process tokenizes itself before falling back
FALLBACK_WINDOW = 10_000
MAX_SEGMENTS = 8
REBUILD_SHARE = 0.25  # segments beyond the first covering more than this share of the archive: rebuild
RESOLVE_BATCH = 64
TIGHT = 0.05  # a bound this close to exact is settled from the text; a looser one by reading on
READ_PER_TEXT = 500  # postings read in the time one article is scored from its text
CHUNK = 20_000  # articles tokenized at a time while building
MAX_WEIGHT = 65_535  # weighted frequencies are stored as uint16; bm25 has saturated long before
# Word pairs (bigrams) bound phrases tightly. Only a pair's highest-impact postings are kept (a top k
# needs no more), then a block without postings whose top bounds the rest; pairs in fewer articles
# than BIGRAM_MIN are not stored (a phrase containing one is rare: FTS5 lists its matches).
BIGRAM_PREFIX, BIGRAM_MIN = 1_024, 16
PRUNE_AT = 12_000_000  # pair postings held while building before each pair is cut to its top
TOKEN = re.compile(r"[^\W_]+")  # unicode61's token characters (letters, digits) in folded text
_BOUNDARY_AFTER, _GAP = r"(?![^\W_])", r"[\W_]+"
_PHRASE = re.compile(r'\s*"([^"]*)"(\*?)')
_SEPARATOR = " \ua66e "  # a letter (Cyrillic ꙮ) between spaces: ends any phrase, matches no folded word
_TOMBSTONE = -(1 << 30)  # `newest` of a deleted article: no segment or tail chunk holds it


class RankingError(ValueError):
    """A ranking request that cannot be answered (bad limit or offset); the message says why."""


@dataclass(frozen=True)
class Element:
    """One phrase of a MATCH expression: its folded words; `prefix` when the last one ends in `*`."""

    words: tuple[str, ...]
    prefix: bool = False


def parse_match(match: str) -> list[Element] | None:
    """The phrases of a MATCH expression as `escape_fts` writes it (`"a b" "c"*`); None for anything else."""
    elements: list[Element] = []
    position = 0
    text = match.rstrip()
    while position < len(text):
        found = _PHRASE.match(text, position)
        if found is None:
            return None
        words = tuple(found[1].split())
        if any(not TOKEN.fullmatch(w) for w in words):
            return None
        if words:
            elements.append(Element(words, bool(found[2])))
        elif found[2]:
            return None
        position = found.end()
    return elements


def impact(weights: np.ndarray, lengths: np.ndarray, avgdl: float) -> np.ndarray:
    """bm25's per-phrase term, without its idf, computed as FTS5 computes it (so equal inputs tie exactly)."""
    return saturate(weights, norm(lengths, avgdl))


def norm(lengths: np.ndarray, avgdl: float) -> np.ndarray:
    """bm25's length normalisation `k1·(1 − b + b·length/avgdl)`, the same operations as FTS5's."""
    return K1 * (1.0 - B + B * np.asarray(lengths, dtype=np.float64) / avgdl)


def saturate(weights: np.ndarray, norms: np.ndarray) -> np.ndarray:
    """The impact from frequencies and precomputed normalisations."""
    f = np.asarray(weights, dtype=np.float64)
    return (f * (K1 + 1.0)) / (f + norms)


def idf(rows: int, hits: int) -> float:
    """bm25's inverse document frequency, floored at 1e-6 as FTS5 does for words in over half the rows."""
    hits = min(hits, rows)  # counts kept between full builds may run ahead of deletions
    value = math.log((rows - hits + 0.5) / (hits + 0.5))
    return value if value > 0.0 else 1e-6


# -- building -------------------------------------------------------------------------------


class _Vocabulary(dict):  # type: ignore[type-arg]
    """Word -> id, adding unknown words as they come (so a C-level map over tokens can number them)."""

    def __missing__(self, word: str) -> int:
        self[word] = number = len(self)
        return number


@dataclass
class _Postings:
    """(term, article, weighted frequency) triples, grouped by term then article."""

    terms: np.ndarray
    articles: np.ndarray
    weights: np.ndarray


@dataclass
class _Tokenized:
    """Articles tokenized: their ids and lengths, their word postings and their word-pair postings.

    Word terms are vocabulary ids; pair terms are (first id << 32 | second id).
    """

    ids: np.ndarray
    lengths: np.ndarray
    words: _Postings
    pairs: _Postings


def _group(keys: list[np.ndarray], ids: np.ndarray, n: int) -> _Postings:
    """Postings from one integer per occurrence, ((term · n + article row) << 2 | field)."""
    every = np.concatenate(keys) if keys else np.zeros(0, dtype=np.int64)
    if not len(every):
        empty = np.zeros(0, dtype=np.int64)
        return _Postings(empty, empty, np.zeros(0, dtype=np.uint16))
    every.sort()  # in place: far cheaper than the argsort np.unique would do
    starts = np.flatnonzero(np.r_[True, every[1:] != every[:-1]])
    per_field = np.diff(np.r_[starts, len(every)]) * np.asarray(WEIGHTS)[every[starts] & 3]
    pairs = every[starts] >> 2
    first = np.flatnonzero(np.r_[True, pairs[1:] != pairs[:-1]])
    frequency = np.add.reduceat(per_field, first)
    pairs = pairs[first]
    return _Postings(pairs // n, ids[pairs % n], np.minimum(np.rint(frequency), MAX_WEIGHT).astype(np.uint16))


def _tokenize(rows: Sequence[tuple[int, str | None, str | None, str | None]], vocabulary: _Vocabulary) -> _Tokenized:
    """Postings of rows (id, title, sapo, body) of folded text, as FTS5's tokenizer splits them."""
    n = max(len(rows), 1)
    ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    lengths = np.zeros(len(rows), dtype=np.int64)
    word_keys: list[np.ndarray] = []
    pair_values: list[np.ndarray] = []
    pair_rows: list[np.ndarray] = []
    pair_fields: list[np.ndarray] = []
    for column in range(len(WEIGHTS)):
        tokens = [TOKEN.findall(r[column + 1] or "") for r in rows]
        counts = np.fromiter(map(len, tokens), dtype=np.int64, count=len(rows))
        lengths += counts
        total = int(counts.sum())
        numbers = np.fromiter(map(vocabulary.__getitem__, chain.from_iterable(tokens)), dtype=np.int64, count=total)
        row_of = np.repeat(np.arange(len(rows), dtype=np.int64), counts)
        # One integer per token: (word, article, field), so a plain in-place sort groups them.
        word_keys.append(((numbers * n + row_of) << 2) | column)
        inside = row_of[1:] == row_of[:-1]  # a pair never spans two articles (nor two fields)
        pair_values.append((numbers[:-1][inside] << 32) | numbers[1:][inside])
        pair_rows.append(row_of[1:][inside])
        pair_fields.append(np.full(int(np.count_nonzero(inside)), column, dtype=np.int64))
    words = _group(word_keys, ids, n)
    values = np.concatenate(pair_values) if pair_values else np.zeros(0, dtype=np.int64)
    rows_of, fields = np.concatenate(pair_rows), np.concatenate(pair_fields)
    bits = max(1, (len(vocabulary) - 1).bit_length())
    if 2 * bits + n.bit_length() + 2 <= 62:  # (first, second, article, field) fit one integer: no renumbering
        packed = ((values >> 32) << bits) | (values & 0xFFFFFFFF)
        pairs = _group([((packed * n + rows_of) << 2) | fields], ids, n)
        pairs.terms = ((pairs.terms >> bits) << 32) | (pairs.terms & ((1 << bits) - 1))
    else:
        distinct, local = np.unique(values, return_inverse=True)
        pairs = _group([((local.astype(np.int64) * n + rows_of) << 2) | fields], ids, n)
        pairs.terms = distinct[pairs.terms]
    return _Tokenized(ids, lengths, words, pairs)


def _content(conn: sqlite3.Connection, ids: Sequence[int] | None) -> Iterator[list[tuple[Any, ...]]]:
    """The full-text index's folded (id, title, sapo, body) rows, CHUNK at a time, of `ids` or of every article."""
    if ids is None:
        cursor = conn.execute("SELECT id, c0, c1, c2 FROM articles_fts_content ORDER BY id")
        while rows := cursor.fetchmany(CHUNK):
            yield rows
        return
    for start in range(0, len(ids), CHUNK):
        chunk = sorted(ids[start:start + CHUNK])
        rows: list[tuple[Any, ...]] = []
        for part in range(0, len(chunk), 500):  # under SQLite's bound-parameter limit
            piece = chunk[part:part + 500]
            rows += conn.execute(f"SELECT id, c0, c1, c2 FROM articles_fts_content WHERE id IN "
                                 f"({','.join('?' * len(piece))}) ORDER BY id", piece).fetchall()
        yield rows


def _index_totals(conn: sqlite3.Connection) -> tuple[int, int]:
    """(rows, tokens) of the full-text index, from FTS5's own averages record (what bm25 reads)."""
    row = conn.execute("SELECT block FROM articles_fts_data WHERE id = 1").fetchone()
    if row is None or not row[0]:
        return 0, 0
    values = _varints(bytes(row[0]))
    return values[0], sum(values[1:])


def _varints(data: bytes) -> list[int]:
    """SQLite's big-endian varints (FTS5's record format)."""
    values: list[int] = []
    position = 0
    while position < len(data):
        value = 0
        for step in range(9):
            byte = data[position]
            position += 1
            if step == 8:
                value = (value << 8) | byte
                break
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        values.append(value)
    return values


@contextmanager
def _writing(conn: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT (ROLLBACK on error); inside a caller's transaction, joins it."""
    outer = not conn.in_transaction
    if outer:
        conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if outer:
            conn.execute("ROLLBACK")
        raise
    if outer:
        conn.execute("COMMIT")


@dataclass
class RefreshResult:
    """What `refresh_ranking` did: `full` (everything rebuilt), `segment` (pending written) or `current`."""

    mode: str
    articles: int
    seconds: float


def refresh_ranking(conn: sqlite3.Connection, *, full: bool = False) -> RefreshResult:
    """Bring the stored postings up to date with the archive; call after each crawl and retag.

    Writes the articles of `rank_pending` (inserted, edited or deleted since) as a new
    segment, or rebuilds everything when there is no build yet, when `full`, or when the
    segments have grown past MAX_SEGMENTS or REBUILD_SHARE of the archive.
    """
    started = time.perf_counter()
    with _writing(conn):
        state = conn.execute("SELECT generation FROM rank_state WHERE id = 1").fetchone()
        pending = [r[0] for r in conn.execute("SELECT article_id FROM rank_pending ORDER BY article_id")]
        if state is not None and not pending and not full:
            return RefreshResult("current", 0, time.perf_counter() - started)
        rows, _ = _index_totals(conn)
        segments = conn.execute("SELECT count(*), coalesce(sum(length(articles)), 0) / 4 - coalesce(("
                                "SELECT length(articles) / 4 FROM rank_segments ORDER BY segment LIMIT 1), 0) "
                                "FROM rank_segments").fetchone()
        grown = segments[1] + len(pending) > REBUILD_SHARE * max(rows, 1) or segments[0] >= MAX_SEGMENTS
        if state is None or full or grown:
            count = _rebuild(conn, 0 if state is None else state[0] + 1)
            return RefreshResult("full", count, time.perf_counter() - started)
        _add_segment(conn, pending)
        return RefreshResult("segment", len(pending), time.perf_counter() - started)


def _rebuild(conn: sqlite3.Connection, generation: int) -> int:
    """Every article's postings, in one segment; the average length frozen at today's."""
    for table in ("rank_postings", "rank_segments", "rank_terms", "rank_pending"):
        conn.execute(f"DELETE FROM {table}")
    rows, tokens = _index_totals(conn)
    avgdl = tokens / rows if rows else 1.0
    now = clock.now_iso()
    conn.execute("""INSERT OR REPLACE INTO rank_state (id, generation, avgdl, built_at, refreshed_at)
                    VALUES (1, ?, ?, ?, ?)""", (generation, avgdl, now, now))
    return _write_segment(conn, None, avgdl)


def _add_segment(conn: sqlite3.Connection, pending: list[int]) -> None:
    avgdl = conn.execute("SELECT avgdl FROM rank_state WHERE id = 1").fetchone()[0]
    _write_segment(conn, pending, avgdl)
    conn.execute("DELETE FROM rank_pending")
    conn.execute("UPDATE rank_state SET refreshed_at = ? WHERE id = 1", (clock.now_iso(),))


class _PairTops:
    """Each word pair's BIGRAM_PREFIX highest-impact postings while building, and whether more were cut.

    Once a pair holds that many, a posting at or below its lowest kept impact is dropped on
    arrival: most of a frequent pair's postings never reach the sort that keeps the best.
    """

    def __init__(self) -> None:
        self.held: list[tuple[np.ndarray, ...]] = []  # (pairs, articles, weights, impacts)
        self.size = 0
        self.full_pairs = np.zeros(0, dtype=np.int64)  # pairs holding BIGRAM_PREFIX postings, sorted
        self.full_lowest = np.zeros(0)  # their lowest kept impact
        self.cut: set[int] = set()  # pairs with postings dropped
        self.counted_pairs = np.zeros(0, dtype=np.int64)
        self.counts = np.zeros(0, dtype=np.int64)

    def add(self, postings: _Postings, impacts: np.ndarray, new: np.ndarray) -> None:
        """Postings (grouped by pair) with their impacts; `new`: which count in the pair's document frequency."""
        terms = postings.terms
        if len(terms):
            starts = np.flatnonzero(np.r_[True, terms[1:] != terms[:-1]])
            counts = np.add.reduceat(new.astype(np.int64), starts)
            merged, where = np.unique(np.concatenate([self.counted_pairs, terms[starts]]), return_inverse=True)
            self.counts = np.bincount(where, weights=np.concatenate([self.counts, counts]),
                                      minlength=len(merged)).astype(np.int64)
            self.counted_pairs = merged
        keep = np.ones(len(terms), dtype=bool)
        if len(self.full_pairs) and len(terms):
            at = np.minimum(np.searchsorted(self.full_pairs, terms), len(self.full_pairs) - 1)
            full = self.full_pairs[at] == terms
            keep = ~full | (impacts > self.full_lowest[at])
            self.cut.update(np.unique(terms[~keep]).tolist())
        self.held.append((terms[keep], postings.articles[keep].astype(np.uint32), postings.weights[keep],
                          impacts[keep]))
        self.size += int(np.count_nonzero(keep))
        if self.size > PRUNE_AT:
            self.prune()

    def prune(self) -> None:
        """Keep each pair's BIGRAM_PREFIX best postings."""
        if not self.held:
            return
        pairs, articles, weights, impacts = (np.concatenate(c) for c in zip(*self.held, strict=True))
        order = np.lexsort((-impacts, pairs))
        pairs, articles, weights, impacts = pairs[order], articles[order], weights[order], impacts[order]
        starts = np.flatnonzero(np.r_[True, pairs[1:] != pairs[:-1]]) if len(pairs) else np.zeros(0, dtype=np.int64)
        place = np.arange(len(pairs)) - np.repeat(starts, np.diff(np.r_[starts, len(pairs)]))
        self.cut.update(np.unique(pairs[place == BIGRAM_PREFIX]).tolist())
        last = place == BIGRAM_PREFIX - 1
        self.full_pairs, self.full_lowest = pairs[last], impacts[last]
        keep = place < BIGRAM_PREFIX
        self.held = [(pairs[keep], articles[keep], weights[keep], impacts[keep])]
        self.size = int(np.count_nonzero(keep))

    def groups(self, every: bool = False) -> Iterator[tuple[int, int, np.ndarray, np.ndarray, np.ndarray, float]]:
        """(pair, document frequency, articles, weights, impacts best first, bound of the rest) per pair kept.

        Pairs in fewer than BIGRAM_MIN articles are left out, unless `every`. The bound of
        a cut pair's unstored postings is its lowest stored impact.
        """
        self.prune()
        if not self.held:
            return
        pairs, articles, weights, impacts = self.held[0]
        frequency = dict(zip(self.counted_pairs.tolist(), self.counts.tolist(), strict=True))
        starts = np.flatnonzero(np.r_[True, pairs[1:] != pairs[:-1]]) if len(pairs) else np.zeros(0, dtype=np.int64)
        for start, end in zip(starts.tolist(), np.r_[starts[1:], len(pairs)].tolist(), strict=True):
            pair = int(pairs[start])
            if every or end - start >= BIGRAM_MIN:
                yield (pair, frequency.get(pair, 0), articles[start:end], weights[start:end], impacts[start:end],
                       float(impacts[end - 1]) if pair in self.cut else 0.0)


def _write_segment(conn: sqlite3.Connection, ids: list[int] | None, avgdl: float) -> int:
    """Tokenize `ids` (None: every article) into a new segment; an id without text is recorded as deleted."""
    vocabulary = _Vocabulary()
    parts: list[list[tuple[np.ndarray, np.ndarray]]] = []
    covered: list[np.ndarray] = []
    lengths: list[np.ndarray] = []
    tops = _PairTops()
    # Document frequencies count articles new to the postings: an edited article usually keeps
    # its words (its old postings cannot be told apart without reading every list).
    top_id = max(ids) if ids else conn.execute("SELECT coalesce(max(id), 0) FROM articles_fts_content").fetchone()[0]
    known = _covered(conn, top_id + 1) if ids is not None else np.zeros(top_id + 1, dtype=bool)
    for rows in _content(conn, ids):
        found = _tokenize(rows, vocabulary)
        covered.append(found.ids)
        lengths.append(found.lengths)
        while len(parts) < len(vocabulary):
            parts.append([])
        words = found.words
        cuts = np.flatnonzero(np.diff(words.terms)) + 1
        for start, end in zip(np.r_[0, cuts], np.r_[cuts, len(words.terms)], strict=True):
            if end > start:
                parts[int(words.terms[start])].append(
                    (words.articles[start:end].astype(np.uint32), words.weights[start:end]))
        dense = np.zeros(int(found.ids.max()) + 1 if len(found.ids) else 1, dtype=np.int64)
        dense[found.ids] = found.lengths
        pairs = found.pairs
        tops.add(pairs, impact(pairs.weights, dense[pairs.articles], avgdl),
                 ~known[np.minimum(pairs.articles, len(known) - 1)] | (pairs.articles >= len(known)))
    articles = np.concatenate(covered) if covered else np.zeros(0, dtype=np.int64)
    length_of = np.concatenate(lengths) if lengths else np.zeros(0, dtype=np.int64)
    if ids is not None:  # pending ids without text: deleted, recorded with length 0 (no postings)
        gone = np.setdiff1d(np.asarray(ids, dtype=np.int64), articles)
        articles, length_of = np.concatenate([articles, gone]), np.concatenate([length_of, np.zeros(len(gone), int)])
        order = np.argsort(articles, kind="stable")
        articles, length_of = articles[order], length_of[order]
    segment = conn.execute(
        "INSERT INTO rank_segments (articles, lengths, created_at) VALUES (?, ?, ?)",
        (articles.astype("<u4").tobytes(), length_of.astype("<u4").tobytes(), clock.now_iso())).lastrowid
    dense = np.zeros(int(articles.max()) + 1 if len(articles) else 1, dtype=np.int64)
    dense[articles] = length_of
    words = sorted(vocabulary, key=vocabulary.__getitem__)
    batch: list[tuple[Any, ...]] = []
    frequencies: list[tuple[str, int]] = []
    for number, word in enumerate(words):
        if not parts[number]:
            continue
        docs = np.concatenate([p[0] for p in parts[number]])
        weights = np.concatenate([p[1] for p in parts[number]])
        parts[number] = []  # memory: the word's postings are written below
        scores = impact(weights, dense[docs], avgdl)
        order = np.argsort(-scores)  # equal impacts in any order: readers take a block's top as its bound
        docs, weights, scores = docs[order], weights[order], scores[order]
        outside = docs >= len(known)
        fresh = outside | ~known[np.minimum(docs, len(known) - 1)]
        frequencies.append((word, int(np.count_nonzero(fresh))))
        _add_blocks(batch, word, segment, docs, weights, scores, 0.0)
        if len(batch) >= 2_000:
            _insert_postings(conn, batch)
    stored = None if ids is None else _stored_pairs(conn)
    for pair, frequency, docs, weights, scores, rest in tops.groups(every=ids is not None):
        term = _name(words, pair, True)
        if stored is not None and term not in stored:
            continue  # not in the full build's postings: queries do not use it until the next one
        frequencies.append((term, frequency))
        _add_blocks(batch, term, segment, docs, weights, scores, rest)
        if len(batch) >= 2_000:
            _insert_postings(conn, batch)
    _insert_postings(conn, batch)
    conn.executemany("""INSERT INTO rank_terms (term, articles) VALUES (?, ?)
                        ON CONFLICT(term) DO UPDATE SET articles = articles + excluded.articles""", frequencies)
    return int(np.count_nonzero(length_of))


def _name(words: list[str], term: int, pair: bool) -> str:
    """A word's text, or a pair's: its two words with a space (a word never holds one)."""
    return f"{words[term >> 32]} {words[term & 0xFFFFFFFF]}" if pair else words[term]


def _stored_pairs(conn: sqlite3.Connection) -> set[str]:
    """The word pairs the full build stored (a segment written since keeps postings of these only)."""
    return {r[0] for r in conn.execute("SELECT term FROM rank_terms WHERE instr(term, ' ') > 0")}


def _add_blocks(batch: list[tuple[Any, ...]], term: str, segment: int, docs: np.ndarray, weights: np.ndarray,
                scores: np.ndarray, rest: float) -> None:
    """A term's postings (best first) as blocks; `rest` > 0: more were not stored, none above it."""
    block = -1
    for block, (start, end) in enumerate(_blocks(len(docs))):
        batch.append((term, segment, block, float(scores[start]), docs[start:end].astype("<u4").tobytes(),
                      weights[start:end].astype("<u2").tobytes()))
    if rest > 0.0:
        batch.append((term, segment, block + 1, rest, b"", b""))


def _covered(conn: sqlite3.Connection, size: int) -> np.ndarray:
    """Articles (ids below `size`) whose current postings are in a segment with some text."""
    alive = np.zeros(size, dtype=bool)
    for articles, lengths in conn.execute("SELECT articles, lengths FROM rank_segments ORDER BY segment"):
        docs, length = np.frombuffer(articles, dtype="<u4"), np.frombuffer(lengths, dtype="<u4")
        inside = docs < size
        alive[docs[inside]] = length[inside] > 0
    return alive


def _blocks(count: int) -> Iterator[tuple[int, int]]:
    start, size = 0, FIRST_BLOCK
    while start < count:
        yield start, min(count, start + size)
        start, size = start + size, size * GROWTH


def _insert_postings(conn: sqlite3.Connection, batch: list[tuple[Any, ...]]) -> None:
    conn.executemany("""INSERT INTO rank_postings (term, segment, block, top, articles, weights)
                        VALUES (?, ?, ?, ?, ?, ?)""", batch)
    batch.clear()


# -- the serving side: stored segments and pending articles in memory -----------------------------


@dataclass
class _Block:
    top: float
    segment: int
    rowid: int
    size: int


@dataclass
class _Snapshot:
    """The segments' coverage and the pending articles' postings, as one process serves them.

    `newest[a]` says which postings of article a are live: the segment id holding its
    current text, a negative tail-chunk id for a pending article read into memory, or
    _TOMBSTONE. Snapshots are never changed once published; a newer one replaces them.
    """

    fingerprint: tuple[int, ...]
    generation: int
    avgdl: float
    newest: np.ndarray
    lengths: np.ndarray
    usable: bool  # False: too many pending articles to read into memory (fall back)
    covered: np.ndarray  # articles with text in a segment (a pending one among them is an edit)
    pending_seq: int = 0
    tail: list[tuple[int, dict[str, tuple[np.ndarray, np.ndarray]]]] = field(default_factory=list)
    blocks: dict[str, list[_Block]] = field(default_factory=dict)
    frequencies: dict[str, int] = field(default_factory=dict)
    normalised: np.ndarray | None = None
    stale: dict[int, np.ndarray] = field(default_factory=dict)  # segment -> its articles not live there
    stale_flags: dict[int, np.ndarray] = field(default_factory=dict)  # the same as masks over article ids

    @property
    def size(self) -> int:
        return len(self.newest)

    @property
    def norms(self) -> np.ndarray:
        """Each article's length normalisation, computed once per snapshot."""
        if self.normalised is None:
            self.normalised = norm(self.lengths, self.avgdl)
        return self.normalised

    def word_blocks(self, conn: sqlite3.Connection, word: str) -> list[_Block]:
        """The stored blocks of a word, highest impact first (cached: a snapshot's segments never change)."""
        found = self.blocks.get(word)
        if found is None:
            found = sorted((_Block(top, segment, rowid, size) for rowid, segment, top, size in conn.execute(
                "SELECT rowid, segment, top, length(weights) / 2 FROM rank_postings WHERE term = ? "
                "ORDER BY segment, block", (word,))), key=lambda b: (-b.top, b.size == 0))
            self.blocks[word] = found
        return found

    def stored(self, conn: sqlite3.Connection, term: str) -> bool:
        """Whether the last build stored postings for a term (a word pair is used only then)."""
        found = self.frequencies.get("\0" + term)
        if found is None:
            found = int(conn.execute("SELECT count(*) FROM rank_terms WHERE term = ?", (term,)).fetchone()[0])
            self.frequencies["\0" + term] = found
        return bool(found)

    def frequency(self, conn: sqlite3.Connection, word: str) -> int:
        """Articles containing `word` at the last refresh (plus those pending in memory)."""
        found = self.frequencies.get(word)
        if found is None:
            row = conn.execute("SELECT articles FROM rank_terms WHERE term = ?", (word,)).fetchone()
            pending = self.tail_postings(word)[0]
            found = (row[0] if row else 0) + int(np.count_nonzero(~self.covered[pending]))
            self.frequencies[word] = found
        return found

    def phrase_frequency(self, conn: sqlite3.Connection, element: Element, rows: int) -> int:
        """Articles containing a phrase: counted by FTS5 among the PHRASE_SAMPLE most recent ones, scaled.

        bm25 counts them all (its pass over every match); in a sample the cost stays bounded,
        and the logarithm in idf makes a sample's error small. Exact when the archive is smaller.
        """
        key = '"' + " ".join(element.words) + '"'
        found = self.frequencies.get(key)
        if found is None:
            start = conn.execute("SELECT rowid FROM articles_fts ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                                 (PHRASE_SAMPLE - 1,)).fetchone()
            count = "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?"
            if start is None:
                found = conn.execute(count, (key,)).fetchone()[0]
            else:
                hits = conn.execute(f"{count} AND rowid >= ?", (key, start[0])).fetchone()[0]
                found = round(hits * rows / PHRASE_SAMPLE)
            self.frequencies[key] = found
        return found

    def word_mask(self, conn: sqlite3.Connection, word: str) -> np.ndarray:
        """Which articles contain `word` (a mask over article ids): its live postings, stored and pending.

        Segment by segment, oldest first: every posting is set, then the segment's articles
        whose current text is elsewhere (a later segment, pending, deleted) are cleared; a
        later segment or the pending ones then set those that still hold the word. Clearing a
        few articles costs far less than checking a million postings one by one.
        """
        mask = np.zeros(self.size, dtype=bool)
        blocks = [b for b in self.word_blocks(conn, word) if b.size]  # a word's lists are whole
        for segment in sorted({b.segment for b in blocks}):
            for block in (b for b in blocks if b.segment == segment):
                docs = np.frombuffer(conn.execute("SELECT articles FROM rank_postings WHERE rowid = ?",
                                                  (block.rowid,)).fetchone()[0], dtype="<u4")
                mask[docs.astype(np.intp)] = True
            mask[self.superseded(conn, segment)] = False
        mask[self.tail_postings(word)[0]] = True
        return mask

    def live(self, conn: sqlite3.Connection, docs: np.ndarray, segment: int) -> np.ndarray | None:
        """Which of a block's postings are live (a mask), or None when all are (no article of its segment moved)."""
        stale = self.superseded(conn, segment)
        if not len(stale):
            return None
        flags = self.stale_flags.get(segment)
        if flags is None:
            flags = np.zeros(self.size, dtype=bool)
            flags[stale] = True
            self.stale_flags[segment] = flags
        return ~flags[docs]

    def superseded(self, conn: sqlite3.Connection, segment: int) -> np.ndarray:
        """The articles of a segment whose postings there are not live (cached: a snapshot never changes)."""
        found = self.stale.get(segment)
        if found is None:
            row = conn.execute("SELECT articles FROM rank_segments WHERE segment = ?", (segment,)).fetchone()
            articles = np.frombuffer(row[0], dtype="<u4").astype(np.intp) if row else np.zeros(0, dtype=np.intp)
            found = articles[self.newest[articles] != segment]
            self.stale[segment] = found
        return found

    def tail_postings(self, word: str) -> tuple[np.ndarray, np.ndarray]:
        """The live postings of `word` among pending articles read into memory."""
        docs: list[np.ndarray] = []
        weights: list[np.ndarray] = []
        for chunk, postings in self.tail:
            if word in postings:
                found, found_weights = postings[word]
                live = self.newest[found] == chunk
                docs.append(found[live])
                weights.append(found_weights[live])
        if not docs:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.uint16)
        return np.concatenate(docs), np.concatenate(weights)


def fingerprint(conn: sqlite3.Connection) -> tuple[int, ...]:
    """What a reload would change: the build, its last segment, the last change pending.

    Three index lookups, so it is checked on every ranking. Pending rows only leave
    with a refresh, which adds a segment: the last change's number says all the rest.
    """
    return tuple(conn.execute(
        """SELECT coalesce((SELECT generation FROM rank_state WHERE id = 1), -1),
                  coalesce((SELECT max(segment) FROM rank_segments), 0),
                  coalesce((SELECT max(seq) FROM rank_pending), 0)""").fetchone())


def _load(conn: sqlite3.Connection, fingerprint: tuple[int, ...], previous: _Snapshot | None) -> _Snapshot | None:
    """A snapshot of the stored data and the pending articles; None when nothing was ever built."""
    state = conn.execute("SELECT generation, avgdl FROM rank_state WHERE id = 1").fetchone()
    if state is None:
        return None
    generation, avgdl = int(state[0]), float(state[1])
    usable = conn.execute("SELECT count(*) FROM rank_pending").fetchone()[0] <= TAIL_MAX
    pending = conn.execute("SELECT seq, article_id FROM rank_pending ORDER BY seq").fetchall() if usable else []
    same_segments = previous is not None and previous.fingerprint[:2] == fingerprint[:2]
    if same_segments and previous is not None:
        newest, lengths, tail = previous.newest, previous.lengths, list(previous.tail)
        pending_from, alive = previous.pending_seq, previous.covered
    else:
        segments = conn.execute("SELECT segment, articles, lengths FROM rank_segments ORDER BY segment").fetchall()
        covered = [(s, np.frombuffer(a, dtype="<u4"), np.frombuffer(n, dtype="<u4")) for s, a, n in segments]
        top = max([int(c[1].max()) for c in covered if len(c[1])] + [0])
        newest = np.full(top + 1, _TOMBSTONE, dtype=np.int32)
        lengths = np.zeros(top + 1, dtype=np.int32)
        for segment, articles, length_of in covered:
            newest[articles] = segment
            lengths[articles] = length_of
        alive = lengths > 0
        tail, pending_from = [], 0
    fresh = [(seq, article) for seq, article in pending if seq > pending_from]
    if fresh:
        top = max(article for _, article in fresh)
        if top >= len(newest):
            newest = np.concatenate([newest, np.full(top + 1 - len(newest), _TOMBSTONE, dtype=np.int32)])
            lengths = np.concatenate([lengths, np.zeros(top + 1 - len(lengths), dtype=np.int32)])
        else:
            newest, lengths = newest.copy(), lengths.copy()
        chunk = -1 - len(tail)
        ids = sorted({article for _, article in fresh})
        newest[ids] = _TOMBSTONE
        vocabulary = _Vocabulary()
        postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for rows in _content(conn, ids):
            found = _tokenize(rows, vocabulary)
            newest[found.ids] = chunk
            lengths[found.ids] = found.lengths
            words = sorted(vocabulary, key=vocabulary.__getitem__)
            for group, pair in ((found.words, False), (found.pairs, True)):
                cuts = np.flatnonzero(np.diff(group.terms)) + 1
                for start, end in zip(np.r_[0, cuts], np.r_[cuts, len(group.terms)], strict=True):
                    if end > start:
                        term = _name(words, int(group.terms[start]), pair)
                        docs, weights = group.articles[start:end], group.weights[start:end]
                        if term in postings:
                            docs = np.concatenate([postings[term][0], docs])
                            weights = np.concatenate([postings[term][1], weights])
                        postings[term] = (docs, weights)
        tail.append((chunk, postings))
    if len(alive) < len(newest):
        alive = np.concatenate([alive, np.zeros(len(newest) - len(alive), dtype=bool)])
    # Unusable, nothing was read: a later snapshot reads every pending article.
    last = max([pending_from] + [seq for seq, _ in pending]) if usable else 0
    return _Snapshot(fingerprint, generation, avgdl, newest, lengths, usable, alive, last, tail)


class _Snapshots:
    """One snapshot per archive file, checked against the archive (a cheap fingerprint) on every ranking."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.by_file: dict[str, _Snapshot] = {}

    def get(self, conn: sqlite3.Connection) -> _Snapshot | None:
        state = fingerprint(conn)
        key = file_of(conn)
        with self.lock:
            current = self.by_file.get(key)
        if current is not None and current.fingerprint == state:
            return current
        if current is not None and current.fingerprint[0] != state[0]:
            current = None  # a full rebuild: nothing carries over
        loaded = _load(conn, state, current)
        if loaded is not None:
            with self.lock:
                self.by_file[key] = loaded
        return loaded


def file_of(conn: sqlite3.Connection) -> str:
    for _, name, path in conn.execute("PRAGMA database_list"):
        if name == "main":
            return path or f"memory:{id(conn)}"
    return f"memory:{id(conn)}"


SNAPSHOTS = _Snapshots()


# -- ranking ---------------------------------------------------------------------------------


def rank(conn: sqlite3.Connection, match: str, allowed: np.ndarray | None, limit: int, after: int = 0,
         matches: np.ndarray | None = None) -> list[int]:
    """Article ids matching `match` (an `escape_fts` expression) in relevance order, skipping the first `after`.

    The order is bm25's with the search box's weights, ties newest first (publication
    time, then id). `allowed`: when given, only these ids (the page's filters) are ranked.
    `matches`: the articles matching `match`, when the caller has listed them already (a
    phrase is then never listed again by FTS5).
    """
    if limit < 0 or after < 0:
        raise RankingError(f"limit and after must be at least 0 (limit={limit}, after={after})")
    if limit == 0:
        return []
    elements = parse_match(match)
    if elements is not None and not elements:
        return []  # `""`: no words, no matches
    snapshot = _snapshot_for(conn, elements)
    if elements is None or snapshot is None:
        return bm25_window(conn, match, allowed, limit, after)
    best = _Ranking(conn, snapshot, elements, allowed, after + limit, matches).run()
    return best[after:after + limit]


def matching(conn: sqlite3.Connection, match: str, helpers: Sequence[sqlite3.Connection] = ()) -> np.ndarray | None:
    """The ids of the articles matching `match` (an `escape_fts` expression), ascending; None where it cannot tell.

    FTS5 lists a common word's matches by decoding its whole posting list, positions
    included, and handing out every row id: hundreds of milliseconds at a million
    articles. A word's stored postings hold the same articles as raw ids, read at once;
    words are AND-ed as masks. Phrases need positions, which are not stored: FTS5 lists
    them (their words' masks then narrow its list), split among `helpers` (see `fts_matches`).
    None, for the caller to ask FTS5: phrases alone (FTS5's list is the answer), and the
    cases `rank` falls back (prefix searches, too many words, no usable ranking).
    """
    elements = parse_match(match)
    if elements is not None and not elements:
        return np.zeros(0, dtype=np.int64)
    snapshot = _snapshot_for(conn, elements)
    if elements is None or snapshot is None:
        return None
    words = sorted({e.words[0] for e in elements if len(e.words) == 1})
    if not words:
        return None  # phrases alone: FTS5's list is the answer, nothing to narrow it with
    keep: np.ndarray | None = None
    for word in words:
        mask = snapshot.word_mask(conn, word)
        keep = mask if keep is None else np.logical_and(keep, mask, out=keep)
    phrases = _phrases(elements)
    if not phrases:
        assert keep is not None
        return np.flatnonzero(keep)
    listed = fts_matches(conn, phrases, helpers)
    assert keep is not None
    listed = listed[listed < len(keep)]
    return listed[keep[listed]]


def fts_matches(conn: sqlite3.Connection, match: str, helpers: Sequence[sqlite3.Connection] = ()) -> np.ndarray:
    """FTS5's matches of `match`, ascending ids.

    `helpers`: other read connections to the same file. The id range is then cut into one
    part per connection, each listed in its own thread (SQLite runs without Python's lock):
    a phrase of common words costs FTS5 a pass over the positions of every article holding
    them all, and that pass is split across the cores. A helper's error (a time limit) is raised here.
    """
    sql = "SELECT group_concat(rowid) FROM articles_fts WHERE articles_fts MATCH ?"
    if not helpers:
        return id_list(conn.execute(sql, (match,)).fetchone()[0])
    # Two subqueries: each a single min() or max() is one b-tree seek (both in one SELECT scan the table).
    low, high = conn.execute("SELECT coalesce((SELECT min(id) FROM articles_fts_docsize), 0), "
                             "coalesce((SELECT max(id) FROM articles_fts_docsize), 0)").fetchone()
    edges = np.linspace(low, high + 1, len(helpers) + 2).astype(np.int64)
    parts: list[np.ndarray | None] = [None] * (len(helpers) + 1)
    errors: list[BaseException] = []

    def part(number: int, connection: sqlite3.Connection) -> None:
        try:
            text = connection.execute(f"{sql} AND rowid >= ? AND rowid < ?",
                                      (match, int(edges[number]), int(edges[number + 1]))).fetchone()[0]
            parts[number] = id_list(text)
        except BaseException as exc:  # handed to the caller's thread, raised there
            errors.append(exc)

    threads = [threading.Thread(target=part, args=(number, helper)) for number, helper in enumerate(helpers, 1)]
    for thread in threads:
        thread.start()
    part(0, conn)
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return np.concatenate([p for p in parts if p is not None])


def _phrases(elements: Sequence[Element]) -> str:
    """The MATCH expression of the phrases among `elements` (empty when none)."""
    return " ".join('"' + " ".join(e.words) + '"' for e in elements if len(e.words) > 1)


def id_list(text: str | None) -> np.ndarray:
    """Ids joined by SQLite's group_concat, parsed by numpy: far faster than a million rows as tuples."""
    return np.fromstring(text, dtype=np.int64, sep=",") if text else np.zeros(0, dtype=np.int64)


def windowed(conn: sqlite3.Connection, match: str) -> bool:
    """Whether `rank` orders only the FALLBACK_WINDOW most recently archived matches of this query.

    True for prefix searches, queries of more than MAX_WORDS words, and an archive whose
    ranking was never built or has more than TAIL_MAX articles pending (see the module doc).
    """
    elements = parse_match(match)
    if elements is not None and not elements:
        return False
    return elements is None or _snapshot_for(conn, elements) is None


def _snapshot_for(conn: sqlite3.Connection, elements: list[Element] | None) -> _Snapshot | None:
    """The snapshot to rank these elements with, or None when `rank` falls back to the window."""
    if elements is None or any(e.prefix for e in elements) or len({w for e in elements for w in e.words}) > MAX_WORDS:
        return None
    snapshot = SNAPSHOTS.get(conn)
    return snapshot if snapshot is not None and snapshot.usable else None


def bm25_window(conn: sqlite3.Connection, match: str, allowed: np.ndarray | None, limit: int,
                after: int = 0) -> list[int]:
    """bm25 itself over the FALLBACK_WINDOW most recently archived matches (all when fewer match)."""
    start = conn.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        (match, FALLBACK_WINDOW - 1)).fetchone()
    bound, params = ("AND articles_fts.rowid >= ?", (match, start[0])) if start else ("", (match,))
    sql = f"""SELECT articles_fts.rowid FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
              WHERE articles_fts MATCH ? {bound} ORDER BY {RANK_SQL}, a.published_at DESC, a.id DESC"""
    if allowed is None:
        return [r[0] for r in conn.execute(f"{sql} LIMIT {int(limit)} OFFSET {int(after)}", params)]
    keep = set(allowed.tolist())
    found: list[int] = []
    skipped = 0
    for (article_id,) in conn.execute(sql, params):
        if article_id in keep:
            if skipped < after:
                skipped += 1
                continue
            found.append(article_id)
            if len(found) == limit:
                break
    return found


OPEN, EXACT, DEAD = 0, 1, 2
DIRECT_COST = 3_000  # postings read cost about as much as one article scored from its text, times this
LIST_COST = 100  # FTS5 checks a phrase in about this many articles in the time one is scored from its text
MAX_WORDS = 12  # distinct words a ranked query may have (bounds are tabulated per subset of unread lists)
MAX_KEYS = 16  # lists a query reads: its words, then its phrases' word pairs while there is room
PHRASE_SAMPLE = 10_000  # a phrase's document count beside other terms: counted among this many recent articles


class _Rows:
    """Per-candidate columns that grow as candidates come (capacity doubles)."""

    def __init__(self, elements: int) -> None:
        self.count = 0
        self.article = np.zeros(1024, dtype=np.int64)
        self.status = np.zeros(1024, dtype=np.int8)
        self.score = np.zeros(1024, dtype=np.float64)  # exact, or an upper bound while OPEN
        self.unread = np.zeros(1024, dtype=np.int64)  # bit i: word i's frequency not known yet
        self.known = np.zeros(1024, dtype=np.float64)  # single words: the idf-weighted impacts known
        self.settled = np.full((elements, 1024), np.inf)  # per element: the lowest known impact of its words

    def add(self, articles: np.ndarray, unread: int) -> np.ndarray:
        """New rows for these articles; their row numbers."""
        need = self.count + len(articles)
        if need > len(self.article):
            size = max(need, 2 * len(self.article))
            for name in ("article", "status", "score", "unread", "known"):
                old = getattr(self, name)
                grown = np.zeros(size, dtype=old.dtype)
                grown[:self.count] = old[:self.count]
                setattr(self, name, grown)
            settled = np.full((self.settled.shape[0], size), np.inf)
            settled[:, :self.count] = self.settled[:, :self.count]
            self.settled = settled
        rows = np.arange(self.count, need)
        self.article[rows] = articles
        self.status[rows] = OPEN
        self.unread[rows] = unread
        self.count = need
        return rows


class _Ranking:
    """One query's top `wanted`: the threshold algorithm over the words' impact-ordered blocks.

    Candidates are the articles read so far. Each is OPEN (an upper bound), EXACT (its
    score) or DEAD (cannot match, or its bound fell below the `wanted`-th exact score:
    bounds only fall and that score only rises, so it never comes back). A bound is, per
    element, the lowest of its words' known impacts and of the thresholds of its unread
    words (for a single word, one or the other), weighted by idf and summed.
    """

    def __init__(self, conn: sqlite3.Connection, snapshot: _Snapshot, elements: list[Element],
                 allowed: np.ndarray | None, wanted: int, matches: np.ndarray | None = None) -> None:
        self.conn, self.snapshot, self.elements, self.wanted = conn, snapshot, elements, wanted
        self.matches = matches
        size = snapshot.size
        self.allowed = 0  # how many ids `allowed` holds (repeats counted: only a cost estimate)
        self.mask: np.ndarray | None = None
        if allowed is not None:
            ids = np.asarray(allowed, dtype=np.int64)
            self.mask = np.zeros(size, dtype=bool)
            self.mask[ids[(ids >= 0) & (ids < size)]] = True  # a mask: repeats cost nothing, no sort
            self.allowed = len(ids)
        # The lists bounding each element: its words, and for a phrase its stored word pairs.
        self.keys = [list(e.words) for e in elements]
        for e, keys in zip(elements, self.keys, strict=True):
            for pair in (f"{a} {b}" for a, b in pairwise(e.words)):
                if len({k for ks in self.keys for k in ks}) < MAX_KEYS and snapshot.stored(conn, pair):
                    keys.append(pair)
        self.words = sorted({k for keys in self.keys for k in keys})
        self.bit = {w: 1 << i for i, w in enumerate(self.words)}
        self.every = (1 << len(self.words)) - 1
        self.phrases = any(len(e.words) > 1 for e in elements)
        self.weight: dict[str, float] = {}  # single words: the idf their element weighs them by
        rows, _ = _index_totals(conn)
        # A lone phrase's idf does not change its order; beside other terms it weighs against theirs.
        self.idf = [idf(rows, snapshot.frequency(conn, e.words[0]) if len(e.words) == 1
                        else 0 if len(elements) == 1
                        else snapshot.frequency(conn, keys[-1]) if len(e.words) == 2 and len(keys) == 3
                        else snapshot.phrase_frequency(conn, e, rows))
                    for e, keys in zip(elements, self.keys, strict=True)]
        for e, weight in zip(elements, self.idf, strict=True):
            self.weight[e.words[0]] = self.weight.get(e.words[0], 0.0) + weight
        self.queue = {w: list(snapshot.word_blocks(conn, w)) for w in self.words}
        self.untouched = {w for w in self.words if self.readable(w)}  # lists not read yet
        self.row_of = np.zeros(size, dtype=np.int64)  # candidate row + 1 (0: none); zeros cost nothing until written
        self.rows = _Rows(len(elements))
        self.open = np.zeros(0, dtype=np.int64)
        self.best = np.zeros(0, dtype=np.float64)  # the `wanted` best exact scores so far
        self.exact: list[np.ndarray] = []
        self.counters = [_Counter(e) for e in elements]
        self.tabled: tuple[tuple[int, ...], list[tuple[np.ndarray, np.ndarray]]] | None = None
        self.summed: tuple[tuple[int, ...], tuple[np.ndarray, np.ndarray]] | None = None
        self.resolved = 0
        self.batch = 16  # texts scored per round: doubles while rounds follow each other without a read
        self.members: np.ndarray | None = None  # when phrases were listed: the only articles that can match
        # Articles FTS5 looks at to list a phrase's matches: those with all its words (estimated as
        # if words occurred independently).
        self.together = [float(rows) * math.prod(min(1.0, snapshot.frequency(conn, w) / max(rows, 1)) for w in e.words)
                         if len(e.words) > 1 else math.inf for e in elements]

    def threshold(self, word: str) -> float:
        """The highest impact among the word's unread postings (0: all read)."""
        queue = self.queue[word]
        return queue[0].top if queue else 0.0

    def readable(self, word: str) -> bool:
        """Postings left to read (a block without postings only bounds those not stored)."""
        queue = self.queue[word]
        return bool(queue) and queue[0].size > 0

    def kth(self) -> float:
        return float(self.best[0]) if len(self.best) == self.wanted else -math.inf

    def run(self) -> list[int]:
        if self.mask is not None and (self.allowed * DIRECT_COST < self._shortest_list()
                                      or self.allowed <= 4 * self.wanted):
            # Few allowed articles: scoring each from its text beats reading long lists to find them.
            rows = self._add(np.flatnonzero(self.mask), self.every)
            for start in range(0, len(rows), 500):
                self._resolve(rows[start:start + 500])
            return self._ordered()
        self._read_tail()
        self._seed()
        paired = all(len(keys) > len(e.words) for e, keys in zip(self.elements, self.keys, strict=True)
                     if len(e.words) > 1)
        if not paired and min(self.together) <= LIST_COST * RESOLVE_BATCH:
            self._list_phrases()  # cheaper than a single batch of texts (a phrase without pairs to bound it)
        self._bound()
        while True:
            kth, unseen = self.kth(), self._unseen_bound()
            self.open = self.open[self.rows.status[self.open] == OPEN]
            if kth > -math.inf and len(self.open):
                below = self.rows.score[self.open] < kth
                self.rows.status[self.open[below]] = DEAD
                self.open = self.open[~below]
            top = self._top()
            best_open = float(self.rows.score[top[0]]) if len(top) else -math.inf
            if kth > unseen and kth > best_open:
                break
            readable = any(self.readable(w) for w in self.words)
            if kth == -math.inf and len(self.open) >= self.wanted and not self.untouched \
                    and self.resolved < 4 * self.wanted + RESOLVE_BATCH:
                # A first `wanted`-th score, from the texts of the best candidates: from then on
                # bounds below it drop out, and deep postings below it are never added.
                self._resolve(top)
                continue
            promising = self._promising(kth)
            if len(promising):
                self._resolve(promising)  # each raises the `wanted`-th score: fewer bounds stay above it
                continue
            if best_open > -math.inf and (best_open > unseen or not readable):
                # Bounds resting on unread lists wait for reading on while that is the cheaper way to
                # settle them: a block lowers every open candidate's bound at once, a text settles
                # one (and with few candidates left, nothing unseen able to pass them, texts win).
                batch = top
                if readable and not (unseen < kth and len(self.open) <= 2 * RESOLVE_BATCH) \
                        and self.queue[self._next_word(top)][0].size < READ_PER_TEXT * len(self.open):
                    batch = top[~self._lowered_by_reading(top)]
                if len(batch):
                    self._resolve(batch)
                    self.batch = min(2 * self.batch, 32 * RESOLVE_BATCH)
                    if not paired and self.members is None and self.resolved * LIST_COST >= min(self.together):
                        self._list_phrases()  # texts have cost more than FTS5 listing the phrase's matches
                        self._bound()
                    continue
            if readable:
                self._read(self._next_word(top if best_open > unseen else None))
                self._bound()
                self.batch = 16
            elif best_open > -math.inf:
                self._resolve(top)
            else:
                break  # every posting read, every candidate scored: fewer than `wanted` match
        return self._ordered()

    def _top(self) -> np.ndarray:
        """The open candidates with the highest bounds, highest first: as many as exact scores are missing."""
        self.open = self.open[self.rows.status[self.open] == OPEN]
        scores = self.rows.score[self.open]
        batch = max(self.batch, min(RESOLVE_BATCH, self.wanted - len(self.best) + 8))
        picked = np.argpartition(-scores, batch - 1)[:batch] if len(scores) > batch else np.arange(len(scores))
        return self.open[picked[np.argsort(-scores[picked], kind="stable")]]

    def _seed(self) -> None:
        """Several words typed together: the articles where they stand side by side (stored word
        pairs' best postings) are likely the top; scoring the best of them from their texts
        first gives a `wanted`-th score close to the final one, and deep postings below it are
        then skipped unread."""
        if self.phrases or len(self.elements) < 2:
            return
        words = [e.words[0] for e in self.elements]
        seen: dict[int, float] = {}
        for first, second in pairwise(words):
            pair = f"{first} {second}"
            if not self.snapshot.stored(self.conn, pair):
                continue
            blocks = [b for b in self.snapshot.word_blocks(self.conn, pair) if b.size]
            if not blocks:
                continue
            articles, weights = self.conn.execute(
                "SELECT articles, weights FROM rank_postings WHERE rowid = ?", (blocks[0].rowid,)).fetchone()
            docs = np.frombuffer(articles, dtype="<u4").astype(np.int64)
            live = self.snapshot.newest[docs] == blocks[0].segment
            if self.mask is not None:
                live &= self.mask[docs]
            docs = docs[live]
            impacts = saturate(np.frombuffer(weights, dtype="<u2")[live], self.snapshot.norms[docs])
            for doc, value in zip(docs.tolist(), impacts.tolist(), strict=True):
                seen[doc] = seen.get(doc, 0.0) + value
        if len(seen) < self.wanted:
            return
        best = sorted(seen, key=seen.__getitem__, reverse=True)[:self.wanted]
        fresh = np.asarray([d for d in best if self.row_of[d] == 0], dtype=np.int64)
        if len(fresh):
            self._resolve(self._add(fresh, self.every))

    def _promising(self, kth: float) -> np.ndarray:
        """Open candidates sure to beat the `wanted`-th score: the known part of their score does.

        For single words the known part is a lower bound (an article matching has every word).
        """
        if self.phrases or not len(self.open) or kth == -math.inf:
            return self.open[:0]
        low = self.rows.known[self.open]
        sure = np.flatnonzero(low > kth)
        if len(sure) > RESOLVE_BATCH:
            sure = sure[np.argpartition(-low[sure], RESOLVE_BATCH - 1)[:RESOLVE_BATCH]]
        return self.open[sure]

    def _shortest_list(self) -> int:
        """Postings of the rarest word of the query: reading them all bounds the threshold algorithm's work."""
        return min(self.snapshot.frequency(self.conn, w) for w in self.words)

    def _unseen_bound(self) -> float:
        """The highest score an article not yet seen in any list could have."""
        if self.members is not None:
            return -math.inf  # every article that can match is a candidate already
        total = 0.0
        for keys, weight in zip(self.keys, self.idf, strict=True):
            bound = min(self.threshold(w) for w in keys)
            if bound <= 0.0:
                return -math.inf  # every posting of a word was read: an unseen article lacks it
            total += weight * bound
        return total

    def _tables(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per element, per set of unread lists: the lowest of their thresholds (-inf: one is used up),
        and the lowest of those still readable (a cut pair list's bound never falls)."""
        state = tuple(len(self.queue[w]) for w in self.words)
        if self.tabled is not None and self.tabled[0] == state:
            return self.tabled[1]
        subsets = np.arange(self.every + 1, dtype=np.int64)
        tables = []
        for keys in self.keys:
            table, readable = np.full(len(subsets), np.inf), np.full(len(subsets), np.inf)
            for word in keys:
                unread = self.threshold(word) if self.threshold(word) > 0 else -np.inf
                table = np.where(subsets & self.bit[word], np.minimum(table, unread), table)
                if self.readable(word):
                    readable = np.where(subsets & self.bit[word], np.minimum(readable, unread), readable)
            tables.append((table, readable))
        self.tabled = (state, tables)
        return tables

    def _sums(self) -> tuple[np.ndarray, np.ndarray]:
        """Single words only: per set of unread words, their weighted thresholds summed (-inf: one is used
        up), and the part of that sum readable lists could still lower."""
        state = tuple(len(self.queue[w]) for w in self.words)
        if self.summed is not None and self.summed[0] == state:
            return self.summed[1]
        subsets = np.arange(self.every + 1, dtype=np.int64)
        total, loose = np.zeros(len(subsets)), np.zeros(len(subsets))
        for word in self.words:
            unread = self.threshold(word)
            part = self.weight[word] * unread if unread > 0 else -np.inf
            inside = (subsets & self.bit[word]) != 0
            total = np.where(inside, total + part, total)
            if self.readable(word):
                loose = np.where(inside, loose + part, loose)
        self.summed = (state, (total, loose))
        return total, loose

    def _bounds(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Upper bounds of rows, and the part of each resting on unread thresholds (reading on may lower it)."""
        unread = self.rows.unread[rows]
        if not self.phrases:
            total, loose = self._sums()
            return self.rows.known[rows] + total[unread], np.maximum(loose[unread], 0.0)
        total = np.zeros(len(rows))
        loose = np.zeros(len(rows))
        for i, ((table, readable), weight) in enumerate(zip(self._tables(), self.idf, strict=True)):
            limit = table[unread]
            settled = self.rows.settled[i, rows]
            bound = weight * np.minimum(settled, limit)
            total += bound
            loose += np.where((readable[unread] <= limit) & (limit < settled) & np.isfinite(bound), bound, 0.0)
        return total, loose

    def _lowered_by_reading(self, rows: np.ndarray) -> np.ndarray:
        """Rows whose bound reading on could lower noticeably: they wait for the lists, not for their texts.

        A word in over half the articles weighs 1e-6 (bm25's floor): its unread list never
        makes a bound loose, however long.
        """
        total, loose = self._bounds(rows)
        return loose > TIGHT * np.abs(total)

    def _bound(self) -> None:
        """Bounds of the open candidates; exact where every word is known (no phrase); those that cannot match drop."""
        rows = self.open = self.open[self.rows.status[self.open] == OPEN]
        if not len(rows):
            return
        total, _ = self._bounds(rows)
        self.rows.score[rows] = total
        dead = np.isneginf(total)
        self.rows.status[rows[dead]] = DEAD
        if not self.phrases:
            self._settle(rows[(self.rows.unread[rows] == 0) & ~dead])
        self.open = rows[self.rows.status[rows] == OPEN]

    def _next_word(self, top: np.ndarray | None) -> str:
        """The list whose next block lowers the blocking bound most per posting read.

        The blocking bound is that of the best open candidates (`top`: their unread words)
        or the unseen one (a sum over elements; for a phrase, the lowest of its words' thresholds).
        """
        readable = [w for w in self.words if self.readable(w)]
        drop = {w: self.threshold(w) - (self.queue[w][1].top if len(self.queue[w]) > 1 else 0.0) for w in readable}
        gain: dict[str, float] = {w: 0.0 for w in readable}
        if top is not None and len(top):
            unread = self.rows.unread[top]
            for word in readable:
                weight = sum(w for keys, w in zip(self.keys, self.idf, strict=True) if word in keys)
                gain[word] = weight * np.count_nonzero(unread & self.bit[word]) * drop[word]
        else:
            for keys, weight in zip(self.keys, self.idf, strict=True):
                lowest = min(self.threshold(w) for w in keys)
                for word in keys:
                    if word in gain:
                        others = min([self.threshold(w) for w in keys if w != word] + [math.inf])
                        gain[word] += weight * max(0.0, lowest - min(others, self.threshold(word) - drop[word]))
        return max(readable, key=lambda w: (gain[w] / self.queue[w][0].size, self.threshold(w), w))

    def _add(self, articles: np.ndarray, unread: int) -> np.ndarray:
        rows = self.rows.add(articles, unread)
        self.row_of[articles] = rows + 1
        self.open = np.concatenate([self.open, rows])
        return rows

    def _learn(self, word: str, docs: np.ndarray, weights: np.ndarray, add: bool) -> None:
        """The word's frequency in these articles (new candidates added when `add`).

        An article seen for the first time whose best possible score (this impact, the
        unread thresholds for the rest) is below the `wanted`-th exact score never becomes
        a candidate: thresholds only fall, so it never could. Deep in long lists that is
        nearly every posting, and skipping them keeps deep reads cheap.
        """
        rows = self.row_of[docs] - 1
        fresh = rows < 0
        impacts = saturate(weights, self.snapshot.norms[docs])
        kth = self.kth()
        if add and fresh.any() and kth > -math.inf:
            if not self.phrases:  # the other words at their thresholds, summed
                rest = float(self._sums()[0][self.every & ~self.bit[word]])
                best = self.weight[word] * impacts + rest
            else:
                best = np.zeros(len(docs))
                for keys, weight in zip(self.keys, self.idf, strict=True):
                    others = min([self.threshold(k) if self.threshold(k) > 0 else -math.inf
                                  for k in keys if k != word] + [math.inf])
                    best += weight * (np.minimum(impacts, others) if word in keys else others)
            hopeless = fresh & (best < kth)
            if hopeless.any():
                keep = ~hopeless
                docs, weights, rows, impacts, fresh = docs[keep], weights[keep], rows[keep], impacts[keep], fresh[keep]
        if add and fresh.any():
            rows[fresh] = self._add(docs[fresh], self.every)
        elif fresh.any():
            docs, weights, rows, impacts = docs[~fresh], weights[~fresh], rows[~fresh], impacts[~fresh]
        self.rows.unread[rows] &= ~self.bit[word]
        if not self.phrases:
            self.rows.known[rows] += self.weight[word] * impacts
            return
        for i, keys in enumerate(self.keys):
            if word in keys:
                self.rows.settled[i, rows] = np.minimum(self.rows.settled[i, rows], impacts)

    def _read_tail(self) -> None:
        """Pending articles in memory: every posting known at once, so a word missing there is absent."""
        tail: list[np.ndarray] = []
        for word in self.words:
            docs, weights = self.snapshot.tail_postings(word)
            if self.mask is not None and len(docs):
                keep = self.mask[docs]
                docs, weights = docs[keep], weights[keep]
            self._learn(word, docs, weights, add=True)
            tail.append(docs)
        if tail:
            rows = self.row_of[np.unique(np.concatenate(tail))] - 1
            rows = rows[rows >= 0]
            self.rows.status[rows[self.rows.unread[rows] != 0]] = DEAD

    def _read(self, word: str) -> None:
        """The word's next block, with the small blocks that follow it (a later segment's few
        postings, a list's last piece): each read costs a round of bounds, whatever its size."""
        self.untouched.discard(word)
        queue = self.queue[word]
        blocks = [queue.pop(0)]
        while queue and 0 < queue[0].size < FIRST_BLOCK:
            blocks.append(queue.pop(0))
        parts = [self._postings(block) for block in blocks]
        docs = np.concatenate([d for d, _ in parts]) if len(parts) > 1 else parts[0][0]
        frequencies = np.concatenate([f for _, f in parts]) if len(parts) > 1 else parts[0][1]
        self._learn(word, docs, frequencies, add=self.members is None)

    def _postings(self, block: _Block) -> tuple[np.ndarray, np.ndarray]:
        """A block's live postings among the allowed articles: (articles, weighted frequencies)."""
        articles, weights = self.conn.execute(
            "SELECT articles, weights FROM rank_postings WHERE rowid = ?", (block.rowid,)).fetchone()
        docs = np.frombuffer(articles, dtype="<u4").astype(np.int64)
        frequencies = np.frombuffer(weights, dtype="<u2")
        live = self.snapshot.live(self.conn, docs, block.segment)
        if self.mask is not None:
            live = self.mask[docs] if live is None else live & self.mask[docs]
        if live is not None:
            docs, frequencies = docs[live], frequencies[live]
        return docs, frequencies

    def _list_phrases(self) -> None:
        """The articles matching the query's phrases, listed by FTS5: the only ones that can match."""
        if self.matches is not None:
            found = np.asarray(self.matches, dtype=np.int64)  # listed by the caller: every match, no more
        else:
            found = fts_matches(self.conn, _phrases(self.elements))
        found = found[(found >= 0) & (found < len(self.row_of))]
        if self.mask is not None:
            found = found[self.mask[found]]
        member = np.zeros(len(self.row_of), dtype=bool)
        member[found] = True
        known = self.rows.article[:self.rows.count]
        self.rows.status[:self.rows.count][(self.rows.status[:self.rows.count] == OPEN) & ~member[known]] = DEAD
        self.members = found
        fresh = found[self.row_of[found] == 0]
        if len(fresh):
            self._add(fresh, self.every)

    def _settle(self, rows: np.ndarray) -> None:
        """Rows whose scores are now exact."""
        if not len(rows):
            return
        self.rows.status[rows] = EXACT
        self.exact.append(rows)
        every = np.concatenate([self.best, self.rows.score[rows]])
        if len(every) > self.wanted:
            every = np.partition(every, len(every) - self.wanted)[len(every) - self.wanted:]
        self.best = np.sort(every)

    def _resolve(self, rows: np.ndarray) -> None:
        """Exact scores from the articles' own folded text."""
        docs = self.rows.article[rows]
        texts = {r[0]: r[1:] for r in self.conn.execute(
            f"SELECT id, c0, c1, c2 FROM articles_fts_content WHERE id IN ({','.join('?' * len(docs))})",
            [int(d) for d in docs])}
        frequency = np.zeros((len(self.elements), len(docs)))
        lengths = self.snapshot.lengths[docs].astype(np.int64)
        empty = ("", "", "")
        fields = [texts.get(doc, empty) for doc in docs.tolist()]
        for column, weight in enumerate(WEIGHTS):
            # One scan of the batch's texts joined, matches put back to their articles by offset:
            # far fewer Python steps than article by article. The separator holds a letter no
            # folded query word has, so no phrase runs from one article into the next.
            parts = [f[column] or "" for f in fields]
            starts = np.cumsum([0] + [len(part) + len(_SEPARATOR) for part in parts[:-1]])
            joined = _SEPARATOR.join(parts)
            for i, counter in enumerate(self.counters):
                found = counter.offsets(joined)
                if len(found):
                    frequency[i] += weight * np.bincount(np.searchsorted(starts, found, side="right") - 1,
                                                         minlength=len(docs))
        for j, doc in enumerate(docs.tolist()):
            if lengths[j] == 0 and doc in texts:  # newer than this snapshot: count its tokens here
                lengths[j] = sum(len(TOKEN.findall(text or "")) for text in texts[doc])
        total = np.zeros(len(docs))
        for i, weight in enumerate(self.idf):
            total += weight * impact(frequency[i], lengths, self.snapshot.avgdl)
        matched = (frequency > 0).all(axis=0)
        self.resolved += len(rows)
        self.rows.score[rows] = np.where(matched, total, -math.inf)
        self.rows.status[rows[~matched]] = DEAD
        self._settle(rows[matched])

    def _ordered(self) -> list[int]:
        """The exact scores down to the `wanted`-th, ties newest first (publication time, then id)."""
        rows = np.concatenate(self.exact) if self.exact else np.zeros(0, dtype=np.int64)
        kth = self.kth()
        if kth > -math.inf:
            rows = rows[self.rows.score[rows] >= kth]
        docs = [int(d) for d in self.rows.article[rows]]
        published: dict[int, str | None] = {}
        for start in range(0, len(docs), 500):
            piece = docs[start:start + 500]
            published.update(self.conn.execute(
                f"SELECT id, published_at FROM articles WHERE id IN ({','.join('?' * len(piece))})", piece))
        score_of = dict(zip(docs, self.rows.score[rows].tolist(), strict=True))
        present = [d for d in docs if d in published]  # an index row without its article is not shown
        present.sort(key=lambda d: (score_of[d], published[d] is not None, published[d] or "", d), reverse=True)
        return present[:self.wanted]


class _Counter:
    """Occurrences of a word or phrase in folded text, as FTS5 counts them (overlapping ones too).

    The pattern starts with the first word's letters, so the regular-expression engine jumps
    between its occurrences at C speed; the boundary before a match is checked after.
    """

    def __init__(self, element: Element) -> None:
        self.first = element.words[0]
        self.rest = re.compile(_GAP.join(re.escape(w) for w in element.words) + _BOUNDARY_AFTER)
        # A regular-expression scan skips past each match; no occurrence can start inside one
        # unless the first word comes back later in the phrase.
        self.scannable = self.first not in element.words[1:]

    def offsets(self, text: str) -> np.ndarray:
        """Where each occurrence starts."""
        if self.scannable:
            found = [m.start() for m in self.rest.finditer(text)
                     if m.start() == 0 or not text[m.start() - 1].isalnum()]
        else:
            found = []
            at = text.find(self.first)
            while at >= 0:
                if (at == 0 or not text[at - 1].isalnum()) and self.rest.match(text, at):
                    found.append(at)
                at = text.find(self.first, at + 1)
        return np.asarray(found, dtype=np.int64)


def agreement(ours: Iterable[int], theirs: Iterable[int]) -> float:
    """Share of `theirs` also in `ours` (overlap@k when both are top-k lists)."""
    mine, other = set(ours), list(theirs)
    return sum(1 for i in other if i in mine) / len(other) if other else 1.0
