"""Datasette plugin: accent-free search, Vietnamese labels, article pages, home summary, Atom feeds.

Loaded through the `datasette` entry point in pyproject.toml. The table view filters
`?_search=` with `... match escape_fts(:search)`; Datasette registers its own
`escape_fts` in its `prepare_connection` hook, and `create_function` keeps the last
definition, so ours runs last (trylast) and wins: the query is folded like the index.

Portal text is never inserted as HTML: templates print it escaped (Jinja autoescape),
feeds carry titles and sapos as text and bodies as escaped paragraphs cleaned by nh3, and a
stored capture is served only under a sandboxing CSP.
Labels come from the metadata (`plugins.danvan.column_labels`, each table's `title`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode
from xml.etree import ElementTree as ET

import nh3
from datasette import hookimpl
from datasette.utils.asgi import Forbidden, Response
from markupsafe import escape

from crawler.core import clock
from crawler.core.text import fold
from crawler.publish.search import escape_fts, snippet

__all__ = [
    "can_render_feed",
    "extra_template_vars",
    "prepare_connection",
    "register_output_renderer",
    "register_routes",
    "render_feed",
]

PLUGIN = "danvan"
ARTICLE_TABLES = ("articles", "articles_unique")
FEED_COLUMNS = {"id", "title", "published_at", "url"}
ATOM = "http://www.w3.org/2005/Atom"
# Which extraction layer gave each field (crawler.extract.layers), in the article page's words.
FIELD_LABELS = {"title": "tiêu đề", "published_at": "ngày đăng", "sapo": "sapo", "body": "nội dung",
                "author": "tác giả", "url": "địa chỉ"}
LAYER_LABELS = {"platform": "bộ chọn của nền tảng", "metadata": "khai báo của trang (metadata)",
                "generic": "trích xuất chung"}
# A stored capture is the portal's own HTML: shown sandboxed (no script, no requests, own origin).
CAPTURE_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'"


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


def _http_url(url: object) -> str | None:
    """Only http(s) URLs become links: a portal's `javascript:` href must not."""
    text = str(url or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else None


def _config(datasette: Any) -> dict[str, Any]:
    return datasette.plugin_config(PLUGIN) or {}


def _table_titles(datasette: Any, database: str | None) -> dict[str, str]:
    names = [database] if database else [db for db in datasette.databases if db != "_internal"]
    titles: dict[str, str] = {}
    for name in names:
        for table, meta in ((datasette.metadata(database=name) or {}).get("tables") or {}).items():
            if isinstance(meta, dict) and meta.get("title"):
                titles[table] = meta["title"]
    return titles


async def _topic_labels(db: Any) -> dict[str, str]:
    if not await db.table_exists("topics"):
        return {}
    return {row["slug"]: row["label"] for row in (await db.execute("SELECT slug, label FROM topics")).rows}


@hookimpl
def extra_template_vars(view_name: str, table: str | None, database: str | None, request: Any,
                        datasette: Any) -> Callable[[], Awaitable[dict[str, Any]]]:
    """Labels on every page; the article on its row page; what the archive holds on the home page."""

    async def inner() -> dict[str, Any]:
        values: dict[str, Any] = {
            "column_labels": _config(datasette).get("column_labels", {}),
            "table_titles": _table_titles(datasette, database),
            "topic_labels": {},
        }
        if database and database in datasette.databases:
            db = datasette.get_database(database)
            values["topic_labels"] = await _topic_labels(db)
            if view_name == "table" and request is not None:
                values["selection"] = "; ".join(_selection(request, _config(datasette), values["topic_labels"]))
            if view_name == "row" and table == "articles" and request is not None:
                article = await _article(datasette, db, database, (request.url_vars or {}).get("pks", ""))
                values["article"] = article
                # Kept for templates written before the article page.
                if article:
                    values["article_paragraphs"] = article["paragraphs"]
                    values["article_images"] = article["images"]
        if view_name == "index":
            values["summaries"] = [s for s in [await _summary(datasette, name) for name in datasette.databases
                                               if name != "_internal"] if s]
        return values

    return inner


async def _article(datasette: Any, db: Any, database: str, pk: str) -> dict[str, Any] | None:
    """Everything the article page shows, as text; links only to http(s) and to this instance."""
    if not pk.isdigit():
        return None
    rows = (await db.execute(
        "SELECT a.*, t.body, t.images FROM articles a LEFT JOIN article_texts t ON t.article_id = a.id "
        "WHERE a.id = ?", [int(pk)])).rows
    if not rows:
        return None
    row = dict(rows[0])
    labels = await _topic_labels(db)
    table_url = datasette.urls.table(database, "articles")
    try:
        slugs = json.loads(row.get("topics") or "[]")
    except ValueError:
        slugs = []
    try:
        images = json.loads(row.get("images") or "[]")
    except ValueError:
        images = []
    duplicate_of = row.get("duplicate_of")
    try:
        sources = json.loads(row.get("field_sources") or "{}")
    except ValueError:
        sources = {}
    return {
        "id": row["id"],
        "kicker": row.get("kicker") or "",
        "title": row["title"],
        "sapo": row.get("sapo") or "",
        "unit": row.get("unit") or "",
        "unit_url": f"{table_url}?{urlencode({'unit': row['unit']})}" if row.get("unit") else None,
        "published_at": row.get("published_at") or "",
        "published_raw": row.get("published_raw") or "",
        "author": row.get("author") or "",
        "source_credit": row.get("source_credit") or "",
        "category": row.get("category") or "",
        "portal": row.get("portal") or "",
        "topics": [
            {"slug": slug, "label": labels.get(slug, slug),
             "url": f"{table_url}?{urlencode({'topics__arraycontains': slug})}"}
            for slug in slugs if isinstance(slug, str)
        ],
        "paragraphs": [p for p in (row.get("body") or "").split("\n\n") if p.strip()],
        "images": [
            {"url": _http_url(image.get("url")), "caption": str(image.get("caption") or "")}
            for image in images if isinstance(image, dict)
        ],
        "url": _http_url(row.get("url")),
        "capture_url": (datasette.urls.path(f"/-/capture/{database}/{row['id']}")
                        if row.get("capture_file") and row.get("capture_offset") is not None else None),
        "duplicate_url": datasette.urls.row(database, "articles", duplicate_of) if duplicate_of else None,
        "field_sources": [{"field": FIELD_LABELS.get(name, name), "layer": LAYER_LABELS.get(str(layer), str(layer)),
                           "lower": layer != "platform"}
                          for name, layer in sources.items() if isinstance(name, str)],
    }


async def _summary(datasette: Any, name: str) -> dict[str, Any] | None:
    """Counts, date range, portals and the last crawl of one archive, for the home page."""
    db = datasette.get_database(name)
    if not await db.table_exists("articles"):
        return None
    totals = (await db.execute(
        "SELECT count(*) AS articles, sum(duplicate_of IS NULL) AS unique_articles, "
        "min(coalesce(published_date, substr(published_at, 1, 10))) AS first, "
        "max(coalesce(published_date, substr(published_at, 1, 10))) AS last, "
        "count(DISTINCT unit) AS units FROM articles")).rows[0]
    portals = (await db.execute(
        "SELECT p.id, p.name, p.status, count(a.id) AS articles, max(a.published_at) AS newest "
        "FROM portals p LEFT JOIN articles a ON a.portal = p.id GROUP BY p.id "
        "HAVING count(a.id) > 0 ORDER BY articles DESC, p.name")).rows
    last = (await db.execute(
        "SELECT max(finished_at) AS finished, max(started_at) AS started FROM crawl_runs")).rows[0]
    topics = (await db.execute("SELECT count(*) FROM topics")).rows[0][0] if await db.table_exists("topics") else 0
    return {
        "database": name,
        "articles": totals["articles"] or 0,
        "unique_articles": totals["unique_articles"] or 0,
        "first": totals["first"],
        "last": totals["last"],
        "units": totals["units"] or 0,
        "topics": topics,
        "portals": [dict(row) for row in portals],
        "last_crawl": last["finished"] or last["started"],
        "table_url": datasette.urls.table(name, "articles"),
    }


# Atom feeds: any article table view (search, facets, filters) as /db/articles.feed?...


@hookimpl
def register_output_renderer(datasette: Any) -> dict[str, Any]:
    """The `feed` format: an Atom feed of the rows of an article table view."""
    return {"extension": "feed", "render": render_feed, "can_render": can_render_feed}


def can_render_feed(columns: list[str], table: str | None, view_name: str) -> bool:
    """Only article tables (or views of them) carry what a feed entry needs."""
    return view_name == "table" and table in ARTICLE_TABLES and set(columns) >= FEED_COLUMNS


def _selection(request: Any, config: dict[str, Any], topic_labels: dict[str, str] | None = None) -> list[str]:
    """The search and filters of a table URL, in words: what a page shows and a feed subscribes to."""
    labels = config.get("column_labels", {})
    parts = [f"tìm “{request.args['_search']}”"] if request.args.get("_search") else []
    for key in request.args:
        if not key.startswith("_"):
            column = key.split("__", 1)[0]
            values = request.args.getlist(key)
            if column == "topics" and topic_labels:
                values = [topic_labels.get(value, value) for value in values]
            parts.append(f"{labels.get(column, column)}: {', '.join(values)}")
    return parts


async def _bodies(db: Any, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    result = await db.execute(f"SELECT article_id, body FROM article_texts WHERE article_id IN ({marks})", ids)
    return {row["article_id"]: row["body"] for row in result.rows}


def paragraphs_html(body: str) -> str:
    """An article body as <p> paragraphs of escaped text, through nh3 so nothing but <p> can remain."""
    html = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n\n") if p.strip())
    return nh3.clean(html, tags={"p"}, attributes={}, url_schemes=set(), strip_comments=True)


def _rfc3339(value: object) -> str:
    text = str(value or "")
    if len(text) == 10:  # a bare date: the portal gave no time
        return f"{text}T00:00:00+07:00"
    return text


async def render_feed(datasette: Any, request: Any, database: str, table: str | None, columns: list[str],
                      rows: list[Any]) -> Response:
    """The rows as an Atom feed: one entry per article, linking to its page here and to the original."""
    if not can_render_feed(columns, table, "table"):
        return Response.text("an Atom feed needs an article table (articles, articles_unique)", status=400)
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    title = datasette.metadata("title") or "danvan"
    topics = await _topic_labels(datasette.get_database(database))
    ET.SubElement(feed, f"{{{ATOM}}}title").text = " — ".join([title, *_selection(request, _config(datasette), topics)])
    ET.SubElement(feed, f"{{{ATOM}}}id").text = request.url
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=request.url)
    page = request.url.replace(f"/{table}.feed", f"/{table}", 1)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=page)
    dates = [_rfc3339(row["published_at"]) for row in rows if row["published_at"]]
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = max(dates) if dates else clock.now_iso()
    ET.SubElement(ET.SubElement(feed, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = title
    bodies = await _bodies(datasette.get_database(database), [row["id"] for row in rows])
    for row in rows:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        link = datasette.absolute_url(request, datasette.urls.row(database, "articles", row["id"]))
        ET.SubElement(entry, f"{{{ATOM}}}id").text = link
        ET.SubElement(entry, f"{{{ATOM}}}title", type="text").text = row["title"]
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=link)
        original = _http_url(row["url"])
        if original:
            ET.SubElement(entry, f"{{{ATOM}}}link", rel="related", href=original)
        when = _rfc3339(row["published_at"]) or clock.now_iso()
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = when
        ET.SubElement(entry, f"{{{ATOM}}}published").text = when
        if "unit" in columns and row["unit"]:
            ET.SubElement(ET.SubElement(entry, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = row["unit"]
        if "sapo" in columns and row["sapo"]:
            ET.SubElement(entry, f"{{{ATOM}}}summary", type="text").text = row["sapo"]
        if bodies.get(row["id"]):
            ET.SubElement(entry, f"{{{ATOM}}}content", type="html").text = paragraphs_html(bodies[row["id"]])
    body = ET.tostring(feed, encoding="unicode", xml_declaration=False)
    return Response(f'<?xml version="1.0" encoding="utf-8"?>\n{body}',
                    content_type="application/atom+xml; charset=utf-8")


# Routes of our own: each checks the instance's permissions as the articles table does.


async def ensure_article_access(datasette: Any, actor: dict[str, Any] | None, database: str) -> None:
    """Raise Datasette's Forbidden (a 403 page) unless `actor` may read the articles table of `database`.

    Every route this project adds goes through here, so a password on the instance covers
    them as it covers Datasette's own pages.
    """
    await datasette.ensure_permissions(
        actor, [("view-table", (database, "articles")), ("view-database", database), "view-instance"])


async def may_read_articles(datasette: Any, actor: dict[str, Any] | None, database: str) -> bool:
    """Whether `actor` passes `ensure_article_access` (for menus: show only what opens)."""
    try:
        await ensure_article_access(datasette, actor, database)
    except Forbidden:
        return False
    return True


# The stored capture of an article page, sandboxed.


async def capture_page(request: Any, datasette: Any) -> Response:
    """The article's page as captured (WARC), served under a sandboxing CSP so none of its script runs."""
    database = request.url_vars["database"]
    article_id = request.url_vars["id"]
    if database not in datasette.databases:
        return Response.text("no such database", status=404)
    await ensure_article_access(datasette, request.actor, database)
    db = datasette.get_database(database)
    rows = (await db.execute("SELECT capture_file, capture_offset FROM articles WHERE id = ?",
                             [int(article_id)])).rows
    if not rows or not rows[0]["capture_file"] or rows[0]["capture_offset"] is None:
        return Response.text("no capture for this article", status=404)
    stored = Path(rows[0]["capture_file"])
    # As crawler.crawl.capture stores it: relative to the archive's folder unless absolute.
    path = stored if stored.is_absolute() else Path(db.path).resolve().parent / stored
    if not path.is_file():
        return Response.text(f"capture file missing: {stored}", status=404)
    try:
        body, charset = _read_capture(path, int(rows[0]["capture_offset"]))
    except Exception as exc:  # warcio fails in assorted ways on a damaged or cut-short record
        return Response.text(f"{stored}: unreadable capture record: {exc}", status=500)
    return Response(body, content_type=f"text/html; charset={charset}", headers={
        "Content-Security-Policy": CAPTURE_CSP, "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
    })


def _read_capture(path: Path, offset: int) -> tuple[bytes, str]:
    """The payload of the WARC response record at `offset` (transfer and content encodings undone) and its charset."""
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as stream:
        stream.seek(offset)
        record = next(iter(ArchiveIterator(stream)), None)
        if record is None or record.rec_type != "response":
            raise ValueError("no response record there")
        content_type = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or ""
        found = re.search(r"charset=[\"']?([\w-]+)", content_type, re.IGNORECASE)
        return record.content_stream().read(), found.group(1) if found else "utf-8"


@hookimpl
def register_routes() -> list[tuple[str, Callable[..., Awaitable[Response]]]]:
    """/-/capture/<database>/<article id>: the stored capture of an article."""
    return [(r"^/-/capture/(?P<database>[^/]+)/(?P<id>\d+)$", capture_page)]

