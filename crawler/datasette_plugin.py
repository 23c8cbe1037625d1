"""Datasette plugin: accent-free search and article bodies on the article page.

Loaded through the `datasette` entry point in pyproject.toml. The table view filters
`?_search=` with `... match escape_fts(:search)`; Datasette registers its own
`escape_fts` in its `prepare_connection` hook, and `create_function` keeps the last
definition, so ours runs last (trylast) and wins: the query is folded like the index.
"""

from __future__ import annotations

import json
from typing import Any

from datasette import hookimpl

from crawler.search import escape_fts, snippet
from crawler.text import fold


def _sql_escape_fts(query: object) -> str:
    return escape_fts(None if query is None else str(query))


def _sql_fold(text: object) -> str | None:
    return None if text is None else fold(str(text))


def _sql_snippet(text: object, query: object) -> str | None:
    if text is None:
        return None
    return snippet(str(text), "" if query is None else str(query))


@hookimpl(trylast=True)
def prepare_connection(conn: Any) -> None:
    """SQL functions: escape_fts (folding), fold(text), search_snippet(body, query)."""
    conn.create_function("escape_fts", 1, _sql_escape_fts, deterministic=True)
    conn.create_function("fold", 1, _sql_fold, deterministic=True)
    conn.create_function("search_snippet", 2, _sql_snippet, deterministic=True)


@hookimpl
def extra_template_vars(view_name: str, table: str | None, database: str | None, request: Any, datasette: Any):
    """On an article's row page, its body paragraphs and images (they live in article_texts)."""
    if view_name != "row" or table != "articles" or database is None or request is None:
        return {}

    async def inner() -> dict[str, Any]:
        article_id = (request.url_vars or {}).get("pks", "")
        if not article_id.isdigit():
            return {}
        db = datasette.get_database(database)
        rows = (await db.execute(
            "SELECT body, images FROM article_texts WHERE article_id = ?", [int(article_id)]
        )).rows
        if not rows:
            return {}
        try:
            images = json.loads(rows[0]["images"] or "[]")
        except ValueError:
            images = []
        return {
            "article_paragraphs": [p for p in rows[0]["body"].split("\n\n") if p.strip()],
            "article_images": images,
        }

    return inner
