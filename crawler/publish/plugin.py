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
import time
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import nh3
from datasette import hookimpl
from datasette.utils.asgi import Base400, Forbidden, NotFound, Response
from datasette.views.base import DatasetteError
from markupsafe import Markup, escape

from crawler.archive.schema import COLUMN_DOCS, VIEW_SOURCES
from crawler.core import clock
from crawler.core.text import fold
from crawler.publish.atom import FeedEntry, atom_response, newest
from crawler.publish.search import escape_fts, snippet

__all__ = [
    "can_render_feed",
    "extra_template_vars",
    "forbidden",
    "handle_exception",
    "local_time",
    "menu_links",
    "prepare_connection",
    "register_output_renderer",
    "register_routes",
    "render_cell",
    "render_feed",
]

PLUGIN = "danvan"
ARTICLE_TABLES = ("articles", "articles_unique")
FEED_COLUMNS = {"id", "title", "published_at", "url"}
# The article list's default columns, title first (`_cot=tat-ca`, `_col` or `_nocol` show Datasette's choice).
READABLE_COLUMNS = ("title", "unit", "portal", "category", "published_at", "topics", "id")
ALL_COLUMNS_ARG = "_cot"
COLUMN_ARGS = (ALL_COLUMNS_ARG, "_col", "_nocol")
# Vietnam keeps +07:00 all year (no summer time since 1975): a fixed offset is exact for the archive's dates.
VIETNAM = timezone(timedelta(hours=7))
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


def http_url(url: object) -> str | None:
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
            "login_enabled": login_enabled(datasette),
        }
        if database and database in datasette.databases:
            db = datasette.get_database(database)
            values["topic_labels"] = await _topic_labels(db)
            if view_name == "table" and request is not None:
                values["selection"] = "; ".join(_selection(request, _config(datasette), values["topic_labels"]))
                if table in ARTICLE_TABLES and not any(arg in request.args for arg in COLUMN_ARGS):
                    values["article_columns"] = READABLE_COLUMNS
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
        "published_shown": show_time(row.get("published_at")),
        "published_raw": row.get("published_raw") or "",
        "first_seen": local_time(row.get("first_seen")),
        "first_seen_shown": show_time(row.get("first_seen")),
        "last_seen": local_time(row.get("last_seen")),
        "last_seen_shown": show_time(row.get("last_seen")),
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
            {"url": http_url(image.get("url")), "caption": str(image.get("caption") or "")}
            for image in images if isinstance(image, dict)
        ],
        "url": http_url(row.get("url")),
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
        "last_crawl_at": local_time(last["finished"] or last["started"]),
        "last_crawl_shown": show_time(last["finished"] or last["started"]),
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


def rfc3339(value: object) -> str | None:
    """An Atom time from a stored one: a bare date (the portal gave no time) is its midnight in Vietnam."""
    text = str(value or "")
    if not text:
        return None
    if len(text) == 10:  # a bare date: the portal gave no time
        return f"{text}T00:00:00+07:00"
    return text


async def render_feed(datasette: Any, request: Any, database: str, table: str | None, columns: list[str],
                      rows: list[Any]) -> Response:
    """The rows as an Atom feed: one entry per article, linking to its page here and to the original."""
    if not can_render_feed(columns, table, "table"):
        return Response.text("Nguồn tin Atom chỉ có cho bảng bài viết (articles, articles_unique).", status=400)
    title = datasette.metadata("title") or "danvan"
    topics = await _topic_labels(datasette.get_database(database))
    bodies = await _bodies(datasette.get_database(database), [row["id"] for row in rows])
    entries = []
    for row in rows:
        when = rfc3339(row["published_at"]) or clock.now_iso()
        entries.append(FeedEntry(
            link=datasette.absolute_url(request, datasette.urls.row(database, "articles", row["id"])),
            title=row["title"], updated=when, published=when, original=http_url(row["url"]),
            author=row["unit"] if "unit" in columns else None, summary=row["sapo"] if "sapo" in columns else None,
            content_html=paragraphs_html(bodies[row["id"]]) if bodies.get(row["id"]) else None))
    dated = [rfc3339(row["published_at"]) for row in rows if row["published_at"]]
    return atom_response(" — ".join([title, *_selection(request, _config(datasette), topics)]), request.url, entries,
                         updated=newest(dated), alternate=request.url.replace(f"/{table}.feed", f"/{table}", 1),
                         author=title)


# Routes of our own: each checks the instance's permissions as the articles table does.


# Access granted recently is remembered on the instance, by (actor, database): Datasette 0.65
# copies the whole metadata for each permission it checks, milliseconds a page checked
# several times. The metadata is fixed while a server runs; a refusal is never remembered.
GRANT_SECONDS = 10.0


async def ensure_article_access(datasette: Any, actor: dict[str, Any] | None, database: str) -> None:
    """Raise Datasette's Forbidden (a 403 page) unless `actor` may read the articles table of `database`.

    Every route this project adds goes through here, so a password on the instance covers
    them as it covers Datasette's own pages.
    """
    granted: dict[tuple[str, str], float] | None = getattr(datasette, "_danvan_granted", None)
    if granted is None:
        granted = {}
        datasette._danvan_granted = granted
    key = (json.dumps(actor, sort_keys=True, default=str), database)
    now = time.monotonic()
    if granted.get(key, 0.0) > now:
        return
    await datasette.ensure_permissions(
        actor, [("view-table", (database, "articles")), ("view-database", database), "view-instance"])
    if len(granted) > 1_000:
        granted.clear()
    granted[key] = now + GRANT_SECONDS


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
        return await _error_response(datasette, request, 404, NOT_FOUND, NOT_FOUND_MESSAGES["Database not found"])
    await ensure_article_access(datasette, request.actor, database)
    db = datasette.get_database(database)
    rows = (await db.execute("SELECT capture_file, capture_offset FROM articles WHERE id = ?",
                             [int(article_id)])).rows
    if not rows or not rows[0]["capture_file"] or rows[0]["capture_offset"] is None:
        return await _error_response(datasette, request, 404, NOT_FOUND,
                                     "Bài này không có bản lưu trang." if rows else "Không có bài viết này.")
    stored = Path(rows[0]["capture_file"])
    # As crawler.crawl.capture stores it: relative to the archive's folder unless absolute.
    path = stored if stored.is_absolute() else Path(db.path).resolve().parent / stored
    if not path.is_file():
        return await _error_response(datasette, request, 404, NOT_FOUND,
                                     f"Không còn tệp lưu trang của bài này: {stored}")
    try:
        body, charset = _read_capture(path, int(rows[0]["capture_offset"]))
    except Exception as exc:  # warcio fails in assorted ways on a damaged or cut-short record
        return await _error_response(datasette, request, 500, "Lỗi máy chủ",
                                     f"Bản lưu trang bị hỏng, không đọc được ({stored}: {exc}).")
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



# Times: stored in UTC (crawl times) or +07:00 (publication times), always shown in Vietnam's time.


def _utc_columns() -> dict[str, frozenset[str]]:
    """Per table or view, the columns that hold UTC times: those the schema documents as UTC, and a few more."""
    tables = {table: {name for name, doc in columns.items() if "(UTC" in doc} for table, columns in COLUMN_DOCS.items()}
    # Crawl-side times the docs describe by what they are rather than by their zone.
    for table, names in {"articles": {"captured_at"}, "article_versions": {"first_seen", "replaced_at", "captured_at"},
                         "portal_health": {"last_success", "last_problem"}}.items():
        tables.setdefault(table, set()).update(names)
    for view, source in VIEW_SOURCES.items():
        tables.setdefault(view, set()).update(tables.get(source, set()))
    return {table: frozenset(names) for table, names in tables.items()}


UTC_COLUMNS = _utc_columns()
# Already +07:00 as stored; shown the same way as the converted times.
LOCAL_COLUMNS = frozenset({"published_at", "newest_article"})
# A query (no table) names its columns freely: a UTC column's name there still means a UTC time.
ANY_TIME_COLUMN = frozenset().union(*UTC_COLUMNS.values(), LOCAL_COLUMNS)


def local_time(value: object) -> datetime | None:
    """A stored ISO 8601 time with an offset, in Vietnam's time; None for a bare date, a naive time or anything else."""
    if not isinstance(value, str) or len(value) < 16 or value[10:11] not in ("T", " "):
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment.astimezone(VIETNAM) if moment.tzinfo is not None else None


def show_time(value: object) -> str:
    """How staff read a stored time: `2026-11-23 15:00:00 +07:00`; other values (a bare date) as they are."""
    moment = local_time(value)
    if moment is None:
        return "" if value is None else str(value)
    return f"{moment:%Y-%m-%d %H:%M:%S} +07:00"


def _time_html(value: object) -> Markup | None:
    moment = local_time(value)
    if moment is None:
        return None
    return Markup('<time datetime="{}" title="Giá trị lưu: {}">{}</time>').format(
        moment.isoformat(), value, show_time(value))


_TOPIC_CACHE: dict[str, tuple[float, dict[str, str]]] = {}
# The taxonomy changes only with a retag: a short lifetime is enough to pick that up under --follow-crawls.
TOPIC_CACHE_SECONDS = 30.0


async def _cached_topic_labels(datasette: Any, database: str) -> dict[str, str]:
    cached = _TOPIC_CACHE.get(database)
    if cached and time.monotonic() - cached[0] < TOPIC_CACHE_SECONDS:
        return cached[1]
    labels = await _topic_labels(datasette.get_database(database))
    _TOPIC_CACHE[database] = (time.monotonic(), labels)
    return labels


def _row_value(row: Any, column: str) -> Any:
    try:
        return row[column]
    except (KeyError, IndexError):
        return None


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None, database: str, datasette: Any) -> Any:
    """Times in +07:00; in article tables, the title as a link to the article page and topics by their labels."""
    if column in (ANY_TIME_COLUMN if table is None else UTC_COLUMNS.get(table, frozenset()) | LOCAL_COLUMNS):
        shown = _time_html(value)
        if shown is not None:
            return shown
    if table not in ARTICLE_TABLES or not isinstance(value, str):
        return None
    if column == "title":
        article_id = _row_value(row, "id")
        if article_id is None:
            return None
        return Markup('<a class="article-link" href="{}">{}</a>').format(
            datasette.urls.row(database, "articles", article_id), value)
    if column == "topics":
        try:
            slugs = [slug for slug in json.loads(value) if isinstance(slug, str)]
        except (ValueError, TypeError):
            return None

        async def topics() -> Markup:
            labels = await _cached_topic_labels(datasette, database)
            base = datasette.urls.table(database, table)
            return Markup(", ").join(
                Markup('<a class="cell-topic" href="{}">{}</a>').format(
                    f"{base}?{urlencode({'topics__arraycontains': slug})}", labels.get(slug, slug))
                for slug in slugs) or Markup("&nbsp;")

        return topics
    return None


# Errors in Vietnamese: Datasette's own (bad table arguments among them) and our routes'.

NOT_FOUND = "Không tìm thấy trang"
BAD_REQUEST = "Yêu cầu không hợp lệ"
LOGIN_NEEDED = "Bạn cần đăng nhập để xem trang này."
NO_PAGE = "Không có trang nào ở địa chỉ này."
NOT_FOUND_MESSAGES = {
    "Database not found": "Không có cơ sở dữ liệu này.",
    "Table not found": "Không có bảng hay khung nhìn này.",
    "Record not found": "Không có bản ghi này.",
    "Invalid database": "Không có cơ sở dữ liệu này.",
    "Cannot download database": "Không tải được tệp cơ sở dữ liệu này.",
    "Cannot download in-memory databases": "Không tải được tệp cơ sở dữ liệu này.",
}
# Datasette's messages for bad input, pinned to Datasette 0.65.5 (tests/test_vietnamese_ui.py checks each):
# pattern, status, and the message (formatted with the pattern's groups).
BAD_INPUT: tuple[tuple[str, int, str], ...] = (
    (r"Cannot sort table by (.+)", 400, "Không sắp xếp được theo “{0}”: bảng này không có cột đó."),
    (r"Cannot use _sort and _sort_desc at the same time", 400,
     "Chỉ sắp xếp theo một chiều: dùng _sort (tăng dần) hoặc _sort_desc (giảm dần), không dùng cả hai."),
    (r"_size must be a positive integer", 400, "Số dòng mỗi trang (_size) phải là một số nguyên dương, hoặc max."),
    (r"_size must be <= (\d+)", 400, "Mỗi trang hiện nhiều nhất {0} dòng (_size)."),
    (r"_col=(.+) - invalid columns", 400, "Bảng này không có cột: {0} (_col)."),
    (r"_nocol=(.+) - invalid columns", 400, "Không ẩn được cột: {0} (không có cột này, hoặc đó là khoá chính)."),
    (r"no such column: (.+)", 400, "Không có cột “{0}”."),
    (r"no such table: (.+)", 400, "Không có bảng “{0}”."),
    (r"malformed JSON", 400, "Cột này không chứa danh sách JSON nên không nhóm lọc theo từng phần tử được "
                             "(_facet_array)."),
    (r"Invalid _through.*", 400, "Tham số _through không hợp lệ: không có khoá ngoại nào như vậy."),
    (r"Cannot search by that column", 400, "Không tìm kiếm được theo cột này."),
    (r"_facet= is not allowed", 400, "Máy chủ này không cho tự chọn nhóm lọc (_facet)."),
    (r"_where= is not allowed", 403, "Máy chủ này không cho dùng điều kiện _where."),
    (r"CSV streaming is disabled", 400, "Máy chủ này không cho xuất CSV mọi dòng (_stream)."),
    (r"_next not allowed for CSV streaming", 400, "Không dùng được _next khi xuất CSV mọi dòng."),
)


def login_enabled(datasette: Any) -> bool:
    """Whether the instance has an account to sign in with (datasette-auth-passwords' /-/login)."""
    config = datasette.plugin_config("datasette-auth-passwords") or {}
    return any(key.endswith("_password_hash") and value for key, value in config.items())


def _bad_argument(request: Any) -> str | None:
    """What is wrong with a table argument Datasette reads without checking it (its errors then say nothing useful)."""
    args = request.args
    limit = args.get("_timelimit")
    if limit is not None and not limit.isdigit():
        return "Giới hạn thời gian (_timelimit) phải là một số nguyên mili giây."
    for through in args.getlist("_through"):
        try:
            value = json.loads(through)
        except ValueError:
            value = None
        if not isinstance(value, dict) or not {"table", "column", "value"} <= set(value):
            return "Tham số _through không hợp lệ: cần một đối tượng JSON có table, column và value."
    return None


def _explain(exception: Exception, request: Any) -> tuple[int, str, str]:
    """Status, title and message in Vietnamese for an exception raised while answering `request`."""
    status = getattr(exception, "status", 500)
    if isinstance(exception, DatasetteError):
        text, sql_title = str(exception.message), exception.title
    else:
        text, sql_title = str(exception.args[0]) if exception.args else str(exception), None
    if isinstance(exception, NotFound) or status == 404:
        message = NOT_FOUND_MESSAGES.get(text, NO_PAGE)
        if (request.url_vars or {}).get("database") == "-":  # /-/<anything>: Datasette's pages, not a database
            message = NO_PAGE
        if text == "Record not found" and (request.url_vars or {}).get("table") in ARTICLE_TABLES:
            message = "Không có bài viết này."
        return 404, NOT_FOUND, message
    if isinstance(exception, Forbidden):
        return 403, *_forbidden_words(request)
    for pattern, code, message in BAD_INPUT:
        found = re.fullmatch(pattern, text.strip())
        if found:
            return code, BAD_REQUEST, message.format(*found.groups())
    bad = _bad_argument(request)
    if bad:
        return 400, BAD_REQUEST, bad
    if sql_title == "Invalid SQL":
        if request.args.get("_next"):
            return 400, BAD_REQUEST, "Tham số trang sau (_next) không hợp lệ: hãy mở lại trang đầu."
        return 400, "Câu lệnh SQL không hợp lệ", f"SQLite báo lỗi: {text}"
    if sql_title == "SQL Interrupted":
        return 400, "Truy vấn quá thời gian", ("Truy vấn chạy quá thời gian cho phép nên đã bị dừng. "
                                               "Hãy thu hẹp tìm kiếm hoặc bộ lọc rồi thử lại.")
    if isinstance(exception, Base400) or 400 <= status < 500:
        return status, BAD_REQUEST, f"Yêu cầu không hợp lệ: {text}"
    return 500, "Lỗi máy chủ", ("Máy chủ gặp lỗi khi xử lý yêu cầu này. Hãy thử lại; nếu vẫn lỗi, "
                                "báo cho người quản trị kho lưu trữ.")


def _forbidden_words(request: Any) -> tuple[str, str]:
    if request is None or not request.actor:
        return "Cần đăng nhập", LOGIN_NEEDED
    return "Không có quyền xem trang này", "Tài khoản của bạn không có quyền xem trang này."


async def _error_response(datasette: Any, request: Any, status: int, title: str, message: str,
                          detail: str | None = None) -> Response:
    """The error page (error.html) with the whole page around it, or JSON for a .json address.

    JSON also carries Datasette's own message as `detail`, for scripts written against it.
    """
    if request is not None and request.path.split("?")[0].endswith(".json"):
        data = {"ok": False, "error": message, "status": status, "title": title}
        return Response.json({**data, "detail": detail} if detail else data, status=status)
    context = {"ok": False, "status": status, "title": title, "error": message,
               "login_url": (datasette.urls.path("/-/login")
                             if status == 403 and not (request and request.actor) and login_enabled(datasette)
                             else None)}
    try:
        html = await datasette.render_template("error.html", context, request=request)
    except Exception:  # the page around the message failed: the message alone, still in Vietnamese
        template = datasette.jinja_env.select_template(["error.html"])
        html = await template.render_async({**context, "urls": datasette.urls, "menu_links": list,
                                            "app_css_hash": datasette.app_css_hash()})
    return Response.html(html, status=status)


@hookimpl
def handle_exception(datasette: Any, request: Any, exception: Exception) -> Callable[[], Awaitable[Response]]:
    """Every error page in Vietnamese; a bad table argument (sort, size, page, time limit) a 400, never a 500."""

    async def inner() -> Response:
        status, title, message = _explain(exception, request)
        original = exception.message if isinstance(exception, DatasetteError) else str(exception)
        detail = " ".join(re.sub(r"<[^>]+>", " ", str(original)).split())
        return await _error_response(datasette, request, status, title, message, detail)

    return inner


@hookimpl
def forbidden(datasette: Any, request: Any, message: str) -> Callable[[], Awaitable[Response]]:
    """The 403 page: sign in (with a link to the login page), or no access for this account."""

    async def inner() -> Response:
        return await _error_response(datasette, request, 403, *_forbidden_words(request))

    return inner


@hookimpl
def menu_links(datasette: Any, actor: dict[str, Any] | None) -> Callable[[], Awaitable[list[dict[str, str]]]]:
    """The article list and portal health in Datasette's menu, for those who may open them."""

    async def inner() -> list[dict[str, str]]:
        names = [name for name in datasette.databases if name != "_internal"]
        if not names or not await datasette.get_database(names[0]).table_exists("articles"):
            return []
        if not await may_read_articles(datasette, actor, names[0]):
            return []
        return [{"href": datasette.urls.table(names[0], "articles"), "label": "Tất cả bài viết"},
                {"href": datasette.urls.table(names[0], "portal_health"), "label": "Tình trạng cổng"}]

    return inner
