"""Accent-free full-text search of the archive, shared by `danvan search` and Datasette.

The FTS index holds folded text (crawler.core.text.fold), so a query is folded the same way
and then quoted term by term: "Đảng uỷ", "Đảng ủy", "dang uy" and "DANG UY" all become
`"dang" "uy"`. Snippets are cut from the original (accented) body at the place where the
folded body matches.
"""

from __future__ import annotations

import os
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from crawler.archive.store import Archive
from crawler.core.errors import DanvanError
from crawler.core.text import fold

# A quoted phrase (an unbalanced final quote runs to the end) or a bare word, each with
# an optional trailing `*` (prefix search).
_TERM = re.compile(r'"(?P<phrase>[^"]*)(?:"|$)(?P<phrase_star>\*?)|(?P<word>[^\s"]+)')
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
# Title and kicker weigh more than the sapo, the sapo more than the body.
_WEIGHTS = (10.0, 4.0, 1.0)
SNIPPET_BEFORE = 80
SNIPPET_AFTER = 160


class SearchError(DanvanError):
    """A search that cannot run (the archive is missing or unreadable); one-line message."""


@dataclass(frozen=True)
class Term:
    """One query term: its words (folded) and whether the last one is a prefix."""

    words: tuple[str, ...]
    prefix: bool = False

    def fts(self) -> str:
        return '"' + " ".join(self.words) + '"' + ("*" if self.prefix else "")


Terms = list[Term]


def parse_query(query: str | None) -> Terms:
    """Fold a user query and split it into terms; FTS syntax is treated as plain text."""
    terms: list[Term] = []
    for match in _TERM.finditer(fold(query)):
        if match["word"] is not None:
            text, prefix = match["word"], match["word"].endswith("*")
        else:
            text, prefix = match["phrase"], bool(match["phrase_star"])
        # The tokenizer splits on every non-word character, so keep only the words:
        # "-", "(", ":" and "^" lose their FTS meaning.
        words = tuple(_WORD.findall(text.replace("_", " ")))
        if words:
            terms.append(Term(words, prefix))
    return terms


def escape_fts(query: str | None) -> str:
    """A safe FTS5 MATCH expression for a user query (all terms must match).

    A query with no words gives `""`, which matches nothing instead of raising.
    """
    return " ".join(term.fts() for term in parse_query(query)) or '""'


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch.isspace():
        return ch
    stripped = "".join(c for c in unicodedata.normalize("NFD", ch) if unicodedata.category(c) != "Mn")
    return stripped.replace("đ", "d").replace("Đ", "D").lower()


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold `text` character by character; offsets[i] is where folded char i came from.

    `fold` itself collapses whitespace (paragraph breaks become one space), so its output
    does not line up with the original; this does, whatever a character folds to.
    """
    folded: list[str] = []
    offsets: list[int] = []
    for index, ch in enumerate(text):
        part = _fold_char(ch)
        folded.append(part)
        offsets.extend([index] * len(part))
    return "".join(folded), offsets


def _term_pattern(term: Term) -> str:
    words = r"\W+".join(re.escape(w) for w in term.words)
    return rf"(?<!\w){words}" + ("" if term.prefix else r"(?!\w)")


def find_first(text: str, terms: Terms) -> tuple[int, int] | None:
    """(start, end) in the original `text` of the best first match, or None.

    The whole query as one phrase is preferred ("dang uy" at "Đảng ủy" rather than at
    an earlier "Thành uỷ"); otherwise the earliest match of any term.
    """
    if not text or not terms:
        return None
    folded, offsets = fold_with_offsets(text)
    patterns = ["|".join(_term_pattern(t) for t in terms)]
    if len(terms) > 1:
        whole = Term(tuple(w for t in terms for w in t.words), terms[-1].prefix)
        patterns.insert(0, _term_pattern(whole))
    for pattern in patterns:
        match = re.search(pattern, folded)
        if match and match.end() > match.start():
            return offsets[match.start()], offsets[match.end() - 1] + 1
    return None


def snippet(text: str | None, query: str | Terms, before: int = SNIPPET_BEFORE, after: int = SNIPPET_AFTER) -> str:
    """A one-line extract of the original `text` around the first match of `query`.

    Without a match (the article matched on its title or sapo) it is the text's opening.
    """
    if not text:
        return ""
    terms = parse_query(query) if isinstance(query, str) else query
    found = find_first(text, terms)
    start, end = (found[0] - before, found[1] + after) if found else (0, before + after)
    start, end = max(0, start), min(len(text), end)
    # Cut at whitespace, never inside a word (nor inside the match).
    if start > 0:
        space = _SPACE.search(text, start, found[0] if found else end)
        start = space.end() if space else start
    if end < len(text):
        spaces = list(_SPACE.finditer(text, found[1] if found else start, end))
        end = spaces[-1].start() if spaces else end
    extract = " ".join(text[start:end].split())
    return ("…" if start > 0 else "") + extract + ("…" if end < len(text) else "")


def search(db_path: str | os.PathLike[str], query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Articles matching `query` (accents and đ optional), best first, ties newest first.

    Each row: id, url, title, kicker, sapo, unit, portal, category, published_at,
    score (bm25; lower is better) and snippet (original text around the first match).
    """
    terms = parse_query(query)
    if not terms or limit < 1:
        return []
    archive = Archive.open(db_path, create=False, readonly=True)
    try:
        archive.conn.row_factory = sqlite3.Row
        rows = archive.conn.execute(
            f"""
            SELECT a.id, a.url, a.title, a.kicker, a.sapo, a.unit, a.portal, a.category,
                   a.published_at, bm25(articles_fts, {", ".join(map(str, _WEIGHTS))}) AS score, t.body
            FROM articles_fts
            JOIN articles AS a ON a.id = articles_fts.rowid
            LEFT JOIN article_texts AS t ON t.article_id = a.id
            WHERE articles_fts MATCH ?
            ORDER BY score, a.published_at DESC, a.id DESC
            LIMIT ?
            """,
            (" ".join(t.fts() for t in terms), limit),
        ).fetchall()
    except sqlite3.Error as exc:
        raise SearchError(f"{db_path}: cannot search the archive: {exc}") from None
    finally:
        archive.close()
    results = []
    for row in rows:
        result = dict(row)
        result["snippet"] = snippet(result.pop("body"), terms)
        results.append(result)
    return results
