"""Datasette plugin: named saved searches of the staff search page, each with an Atom feed and a CSV.

A staff member saves the query string of `/-/tim-kiem` (words, facet values, date range)
under a name (POST `/-/tim-kiem/luu`); `/-/tim-kiem/da-luu` lists the saved searches with
their search link, Atom feed (`/-/tim-kiem/da-luu/<id>.atom`) and CSV (`.csv`), and deletes
one (POST `/-/tim-kiem/da-luu/<id>/xoa`). They live in a small writable SQLite file beside
the archive (`<archive stem>.saved.db`, `DANVAN_SAVED_DB` set by `danvan serve`), so the
archive itself stays immutable. The plugin attaches that file as a second database at
start-up: on Datasette's command line a writable file would be listed before an immutable
one, and Datasette's default database (the search page's) would no longer be the archive.

A feed lists articles by when the archive first saw them (`articles.first_seen`), so an
old article found late (a back-filled 2019 article) still reaches subscribers. The
selection means what the search page means: several values of one facet are ORed,
facets ANDed, `tu`/`den` bound the publication date, `q` is folded through `escape_fts`
and matched against `articles_fts`. It runs as SQL under Datasette's time limit.

It also gives canned queries a sanitised `feed_html(text)` SQL function (paragraphs of
escaped text through nh3) for datasette-atom's `atom_content_html` column, and answers an
empty result of such a feed with an empty feed instead of an error page.
"""

from __future__ import annotations

import csv
import io
import os
import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl
from datasette.database import Database, QueryInterrupted
from datasette.utils.asgi import AsgiStream, Response

from crawler.archive.store import FACET_COLUMNS
from crawler.core import clock
from crawler.core.dates import iso_date
from crawler.publish.atom import FeedEntry, atom_response
from crawler.publish.plugin import ensure_article_access, http_url, may_read_articles, paragraphs_html, rfc3339
from crawler.publish.search import escape_fts

__all__ = ["SAVED_DB_ENV", "ensure_saved_database", "parse_params", "saved_database_path", "selection_sql"]

SAVED_DB_ENV = "DANVAN_SAVED_DB"
SAVED_DB_NAME = "saved"
FACETS = (*FACET_COLUMNS, "topic")
NAME_MAX = 200
PARAMS_MAX = 4000
FEED_ENTRIES = 50
CSV_PAGE = 1000
CSRF_COOKIE = "ds_csrftoken"  # Datasette's CSRF cookie (asgi-csrf)
FACET_LABELS = {"unit": "Đơn vị", "province": "Tỉnh, thành phố", "portal": "Cổng", "category": "Chuyên mục",
                "year": "Năm", "year_month": "Tháng", "topic": "Chủ đề"}
CSV_COLUMNS = ("id", "title", "unit", "province", "portal", "category", "published_at", "first_seen", "topics",
               "sapo", "url")
SCHEMA = """
CREATE TABLE IF NOT EXISTS saved_searches (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    params TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT
);
"""
# Labels of the saved-searches table, merged into the metadata (get_metadata below).
SAVED_LABELS = {"name_key": "Tên (để so trùng)", "params": "Tham số tìm kiếm", "created_at": "Lưu lúc",
                "created_by": "Người lưu"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Which database each running Datasette attached the saved searches as (add_database may rename it).
_ATTACHED: dict[int, str] = {}


class SavedSearchError(ValueError):
    """Input staff can fix; the message is Vietnamese and shown on the page."""


# The saved-searches file.


def saved_database_path(archive: str | os.PathLike[str]) -> Path:
    """`<archive stem>.saved.db` beside the archive."""
    path = Path(archive)
    return path.with_name(f"{path.stem}.saved.db")


def ensure_saved_database(path: str | os.PathLike[str]) -> Path:
    """Create the file and its table if missing; OSError or sqlite3.Error if it cannot be written."""
    path = Path(path)
    conn = sqlite3.connect(path)
    try:
        conn.executescript(SCHEMA)
    finally:
        conn.close()
    return path


# What a saved search selects.


@dataclass(frozen=True)
class SearchParams:
    """The search page's query string, checked: words, facet values, date range."""

    q: str = ""
    facets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    tu: str | None = None
    den: str | None = None
    query_string: str = ""


def _date(value: str, label: str) -> str:
    text = iso_date(value.strip())
    if text is None:
        raise SavedSearchError(f"Ngày «{value}» ({label}) không hợp lệ: cần dạng YYYY-MM-DD, ví dụ 2024-01-31.")
    return text


def parse_params(text: str) -> SearchParams:
    """The search page's query string (with or without its `?` or the page's address), checked.

    Keys the search page does not filter on (its sort order, its page) are kept in the link
    but select nothing.
    """
    raw = (text or "").strip()
    if "?" in raw:
        raw = raw.split("?", 1)[1]
    if len(raw) > PARAMS_MAX:
        raise SavedSearchError(f"Tham số tìm kiếm quá dài ({len(raw)} ký tự, tối đa {PARAMS_MAX}).")
    pairs = [(k, v.strip()) for k, v in parse_qsl(raw, keep_blank_values=True)]
    pairs = [(k, v) for k, v in pairs if v]
    q = " ".join(v for k, v in pairs if k == "q")
    facets: dict[str, tuple[str, ...]] = {}
    for name in FACETS:
        values = tuple(dict.fromkeys(v for k, v in pairs if k == name))
        if values:
            facets[name] = values
    tu = next((_date(v, "từ ngày") for k, v in pairs if k == "tu"), None)
    den = next((_date(v, "đến ngày") for k, v in pairs if k == "den"), None)
    if tu and den and tu > den:
        raise SavedSearchError(f"Khoảng ngày không hợp lệ: từ ngày {tu} sau đến ngày {den}.")
    return SearchParams(q, facets, tu, den, urlencode(pairs))


def check_name(name: str | None) -> tuple[str, str]:
    """(name as stored, its key for uniqueness): NFC, trimmed, 1–200 characters, no control characters."""
    text = unicodedata.normalize("NFC", name or "").strip()
    if not text:
        raise SavedSearchError(f"Hãy đặt tên cho tìm kiếm (1–{NAME_MAX} ký tự).")
    if len(text) > NAME_MAX:
        raise SavedSearchError(f"Tên dài {len(text)} ký tự; tối đa {NAME_MAX} ký tự.")
    if _CONTROL.search(text):
        raise SavedSearchError("Tên không được chứa ký tự điều khiển (xuống dòng, tab…).")
    return text, " ".join(text.casefold().split())


def selection_sql(params: SearchParams) -> tuple[str, list[Any]]:
    """The WHERE clause (over `articles a`) of a saved search, and its parameters."""
    where: list[str] = []
    values: list[Any] = []
    if params.q:
        # `+a.id`: walk articles newest first by first_seen (its index) and test each against the
        # matches, stopping at a page; looking every match up and sorting them costs seconds on a
        # common word.
        where.append("+a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        values.append(escape_fts(params.q))
    for name, wanted in params.facets.items():
        marks = ", ".join("?" * len(wanted))
        if name == "topic":
            where.append(f"EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = a.id AND t.topic IN ({marks}))")
        else:
            where.append(f"a.{name} IN ({marks})")
        values += list(wanted)
    if params.tu:
        where.append("a.published_date >= ?")
        values.append(params.tu)
    if params.den:
        where.append("a.published_date <= ?")
        values.append(params.den)
    return " AND ".join(where) or "1", values


def describe(params: SearchParams, topic_labels: dict[str, str]) -> str:
    """A saved search in words, as staff read it."""
    parts = [f"tìm “{params.q}”"] if params.q else []
    for name, values in params.facets.items():
        shown = [topic_labels.get(v, v) for v in values] if name == "topic" else list(values)
        parts.append(f"{FACET_LABELS[name]}: {' hoặc '.join(shown)}")
    if params.tu or params.den:
        parts.append(f"ngày đăng {'từ ' + params.tu if params.tu else ''}"
                     f"{' ' if params.tu and params.den else ''}{'đến ' + params.den if params.den else ''}")
    return " · ".join(parts) or "mọi bài viết"


# Datasette wiring.


def _archive_name(datasette: Any) -> str:
    saved = _ATTACHED.get(id(datasette))
    return next(name for name in datasette.databases if name not in ("_internal", saved))


def _saved_db(datasette: Any) -> Any | None:
    name = _ATTACHED.get(id(datasette))
    return datasette.databases.get(name) if name else None


@hookimpl
def startup(datasette: Any) -> None:
    """Attach the saved-searches file (created if missing) after the archive."""
    names = [name for name in datasette.databases if name != "_internal"]
    archive = datasette.get_database(names[0]) if names else None
    wanted = os.environ.get(SAVED_DB_ENV) or (saved_database_path(archive.path) if archive and archive.path else None)
    if not wanted:
        return
    try:
        path = ensure_saved_database(wanted)
    except (OSError, sqlite3.Error) as exc:
        print(f"danvan: saved searches are off: {wanted}: {exc}", flush=True)
        return
    db = datasette.add_database(Database(datasette, path=str(path), is_mutable=True), name=SAVED_DB_NAME)
    _ATTACHED[id(datasette)] = db.name


@hookimpl
def get_metadata(datasette: Any, key: str, database: str | None, table: str | None) -> dict[str, Any]:
    """Vietnamese titles and labels for the saved-searches database."""
    name = _ATTACHED.get(id(datasette))
    if not name:
        return {}
    return {
        "databases": {name: {
            "title": "Tìm kiếm đã lưu",
            "description": "Các tìm kiếm nhân viên đã đặt tên, mỗi tìm kiếm có nguồn tin Atom và tệp CSV "
                           "(trang /-/tim-kiem/da-luu).",
            "tables": {"saved_searches": {"title": "Tìm kiếm đã lưu"}},
        }},
        "plugins": {"danvan": {"column_labels": dict(SAVED_LABELS)}},
    }


def _sql_feed_html(text: object) -> str:
    return paragraphs_html("" if text is None else str(text))


@hookimpl
def prepare_connection(conn: Any) -> None:
    """feed_html(text): text as <p> paragraphs of escaped text, cleaned by nh3 (for Atom feeds of canned queries)."""
    conn.create_function("feed_html", 1, _sql_feed_html, deterministic=True)


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    """Saving, listing, feeds and CSVs, deleting."""
    return [
        (r"^/-/tim-kiem/luu$", save_search),
        (r"^/-/tim-kiem/da-luu$", saved_list),
        (r"^/-/tim-kiem/da-luu/(?P<id>\d+)(?P<feed>\.atom|\.csv)$", saved_feed),
        (r"^/-/tim-kiem/da-luu/(?P<id>\d+)/xoa$", delete_search),
    ]


@hookimpl
def menu_links(datasette: Any, actor: dict[str, Any] | None) -> Any:
    """The saved searches in Datasette's menu, for those who may open them."""

    async def inner() -> list[dict[str, str]]:
        if not _ATTACHED.get(id(datasette)) or not await may_read_articles(datasette, actor,
                                                                            _archive_name(datasette)):
            return []
        return [{"href": datasette.urls.path("/-/tim-kiem/da-luu"), "label": "Tìm kiếm đã lưu"}]

    return inner


def _raised_in(exception: BaseException, module: str) -> bool:
    traceback = exception.__traceback__
    while traceback is not None:
        if traceback.tb_frame.f_globals.get("__name__") == module:
            return True
        traceback = traceback.tb_next
    return False


@hookimpl(tryfirst=True)
def handle_exception(datasette: Any, request: Any, exception: Exception) -> Any:
    """A datasette-atom feed of a query that found nothing: an empty feed, not an error page.

    datasette-atom takes the feed's `updated` from the newest row, and with no row it fails
    (max() of nothing). Ahead of the project's error pages, which would make it a 500.
    """
    if request is None or not request.path.endswith(".atom") or not isinstance(exception, ValueError):
        return None
    if not _raised_in(exception, "datasette_atom"):
        return None
    query = request.path.rsplit("/", 1)[-1].removesuffix(".atom")
    database = request.path.strip("/").split("/", 1)[0]
    queries = ((datasette.metadata(database=database) or {}).get("queries") or {}) if database else {}
    title = (queries.get(query) or {}).get("title") if isinstance(queries.get(query), dict) else None
    return atom_response(title or query, request.url, [])


async def _topic_labels(db: Any) -> dict[str, str]:
    try:
        return {r["slug"]: r["label"] for r in (await db.execute("SELECT slug, label FROM topics")).rows}
    except Exception:  # an archive without topics (an old schema): slugs stand for themselves
        return {}


async def _page(datasette: Any, request: Any, template: str, context: dict[str, Any], status: int = 200
                ) -> Response:
    html = await datasette.render_template(template, context, request=request)
    return Response.html(html, status=status)


async def _unavailable(datasette: Any, request: Any) -> Response:
    return await _page(datasette, request, "saved_message.html", {
        "title": "Tìm kiếm đã lưu chưa dùng được",
        "message": "Không mở được tệp lưu các tìm kiếm bên cạnh kho lưu trữ (thư mục không ghi được?). "
                   "Báo cho người quản trị máy chủ."}, status=503)


async def _not_found(datasette: Any, request: Any, saved_id: str) -> Response:
    return await _page(datasette, request, "saved_message.html", {
        "title": "Không có tìm kiếm này",
        "message": f"Không có tìm kiếm đã lưu số {saved_id} (có thể đã bị xoá)."}, status=404)


async def _without_csrf_cookie(datasette: Any, request: Any) -> Response | None:
    """A refusal for a POST that carries no CSRF cookie (None when it has one).

    Datasette's CSRF check passes a request without any cookie (a cross-site form posts
    none), so the token it checks is made mandatory here for what writes.
    """
    if request.cookies.get(CSRF_COOKIE):
        return None
    return await _page(datasette, request, "saved_message.html", {
        "title": "Không lưu được",
        "message": "Trang này cần được mở lại trước khi gửi (thiếu mã chống giả mạo). Hãy tải lại trang rồi thử "
                   "lại."}, status=403)


async def _saved_row(saved: Any, saved_id: str) -> dict[str, Any] | None:
    rows = (await saved.execute("SELECT * FROM saved_searches WHERE id = ?", [int(saved_id)])).rows
    return dict(rows[0]) if rows else None


async def save_search(request: Any, datasette: Any) -> Response:
    """GET: the form to name a search (its query string from the address); POST: save it."""
    archive = _archive_name(datasette)
    await ensure_article_access(datasette, request.actor, archive)
    saved = _saved_db(datasette)
    if saved is None:
        return await _unavailable(datasette, request)
    labels = await _topic_labels(datasette.get_database(archive))
    if request.method != "POST":
        raw = request.query_string
        try:
            described = describe(parse_params(raw), labels)
        except SavedSearchError as exc:
            return await _save_form(datasette, request, "", raw, str(exc), "", 400)
        return await _save_form(datasette, request, "", raw, None, described)
    refused = await _without_csrf_cookie(datasette, request)
    if refused:
        return refused
    form = await request.post_vars()
    name, raw = form.get("name", ""), form.get("params", "")
    try:
        params = parse_params(raw)
        described = describe(params, labels)
        text, key = check_name(name)
    except SavedSearchError as exc:
        return await _save_form(datasette, request, name, raw, str(exc), "", 400)
    try:
        await saved.execute_write(
            "INSERT INTO saved_searches (name, name_key, params, created_at, created_by) VALUES (?, ?, ?, ?, ?)",
            [text, key, params.query_string, clock.now_iso(), (request.actor or {}).get("id")])
    except sqlite3.IntegrityError:
        return await _save_form(datasette, request, name, raw,
                                f"Đã có một tìm kiếm đã lưu tên «{text}». Hãy chọn tên khác.", described, 400)
    except sqlite3.Error as exc:
        return await _save_form(datasette, request, name, raw, f"Không lưu được: {exc}", described, 503)
    datasette.add_message(request, f"Đã lưu tìm kiếm «{text}» ({described}).", datasette.INFO)
    return Response.redirect(datasette.urls.path("/-/tim-kiem/da-luu"))


async def _save_form(datasette: Any, request: Any, name: str, raw: str, error: str | None, described: str,
                     status: int = 200) -> Response:
    return await _page(datasette, request, "saved_luu.html", {
        "name": name, "params": raw, "error": error, "described": described, "name_max": NAME_MAX,
        "search_url": datasette.urls.path("/-/tim-kiem") + (f"?{raw}" if raw else ""),
        "list_url": datasette.urls.path("/-/tim-kiem/da-luu"),
    }, status)


async def saved_list(request: Any, datasette: Any) -> Response:
    """Every saved search: its words and filters, search link, feed, CSV, delete button."""
    archive = _archive_name(datasette)
    await ensure_article_access(datasette, request.actor, archive)
    saved = _saved_db(datasette)
    if saved is None:
        return await _unavailable(datasette, request)
    labels = await _topic_labels(datasette.get_database(archive))
    rows = (await saved.execute("SELECT * FROM saved_searches ORDER BY name_key")).rows
    items = []
    for row in rows:
        try:
            described = describe(parse_params(row["params"]), labels)
        except SavedSearchError as exc:  # written by hand into the file
            described = str(exc)
        base = f"/-/tim-kiem/da-luu/{row['id']}"
        items.append({
            "id": row["id"], "name": row["name"], "described": described, "created_at": row["created_at"],
            "search_url": datasette.urls.path("/-/tim-kiem") + (f"?{row['params']}" if row["params"] else ""),
            "atom_url": datasette.urls.path(base + ".atom"), "csv_url": datasette.urls.path(base + ".csv"),
            "delete_url": datasette.urls.path(base + "/xoa"),
        })
    return await _page(datasette, request, "saved_list.html", {"items": items,
                                                                "save_url": datasette.urls.path("/-/tim-kiem/luu")})


async def _requested(datasette: Any, request: Any) -> tuple[str, Any, dict[str, Any]] | Response:
    """The saved search a route names (archive name, saved-search database, its row), or the page saying why not."""
    archive = _archive_name(datasette)
    await ensure_article_access(datasette, request.actor, archive)
    saved = _saved_db(datasette)
    if saved is None:
        return await _unavailable(datasette, request)
    saved_id = request.url_vars["id"]
    row = await _saved_row(saved, saved_id)
    if row is None:
        return await _not_found(datasette, request, saved_id)
    return archive, saved, row


async def delete_search(request: Any, datasette: Any) -> Response:
    """GET: ask to confirm; POST: delete the saved search."""
    found = await _requested(datasette, request)
    if isinstance(found, Response):
        return found
    _archive, saved, row = found
    if request.method != "POST":
        return await _page(datasette, request, "saved_xoa.html", {
            "item": row, "list_url": datasette.urls.path("/-/tim-kiem/da-luu")})
    refused = await _without_csrf_cookie(datasette, request)
    if refused:
        return refused
    await saved.execute_write("DELETE FROM saved_searches WHERE id = ?", [row["id"]])
    datasette.add_message(request, f"Đã xoá tìm kiếm «{row['name']}».", datasette.INFO)
    return Response.redirect(datasette.urls.path("/-/tim-kiem/da-luu"))


async def saved_feed(request: Any, datasette: Any) -> Any:
    """The saved search's Atom feed (newest first by first_seen) or CSV of every match."""
    found = await _requested(datasette, request)
    if isinstance(found, Response):
        return found
    archive, _saved, row = found
    try:
        params = parse_params(row["params"])
    except SavedSearchError as exc:
        return await _page(datasette, request, "saved_message.html",
                           {"title": "Tìm kiếm đã lưu không hợp lệ", "message": str(exc)}, status=400)
    db = datasette.get_database(archive)
    try:
        if request.url_vars["feed"] == ".csv":
            return await _csv(datasette, db, row, params)
        return await _atom(datasette, request, db, archive, row, params)
    except QueryInterrupted:
        return await _page(datasette, request, "saved_message.html", {
            "title": "Quá thời gian cho phép",
            "message": "Tìm kiếm này chạy lâu hơn giới hạn thời gian của máy chủ. Hãy thu hẹp tìm kiếm "
                       "(thêm bộ lọc hoặc khoảng ngày) rồi lưu lại."}, status=503)


async def _atom(datasette: Any, request: Any, db: Any, archive: str, saved: dict[str, Any], params: SearchParams
                ) -> Response:
    where, values = selection_sql(params)
    rows = (await db.execute(
        f"""SELECT a.id, a.title, a.sapo, a.url, a.unit, a.published_at, a.first_seen
            FROM articles a WHERE {where} ORDER BY a.first_seen DESC, a.id DESC LIMIT {FEED_ENTRIES}""",
        values)).rows
    # Bodies once the entries are chosen: read for the page only, not for every match.
    bodies = {r["article_id"]: r["body"] for r in (await db.execute(
        f"SELECT article_id, body FROM article_texts WHERE article_id IN ({', '.join('?' * len(rows))})",
        [r["id"] for r in rows])).rows} if rows else {}
    labels = await _topic_labels(db)
    site = datasette.metadata("title") or "danvan"
    search = datasette.absolute_url(request, datasette.urls.path("/-/tim-kiem")
                                    + (f"?{saved['params']}" if saved["params"] else ""))
    entries = [FeedEntry(
        link=datasette.absolute_url(request, datasette.urls.row(archive, "articles", row["id"])),
        title=row["title"], updated=row["first_seen"], published=rfc3339(row["published_at"]) or None,
        original=http_url(row["url"]), author=row["unit"], summary=row["sapo"],
        content_html=paragraphs_html(bodies[row["id"]]) if bodies.get(row["id"]) else None) for row in rows]
    # Without entries the feed changed when the search was saved.
    return atom_response(f"{site} — {saved['name']}", datasette.absolute_url(request, request.path), entries,
                         updated=max((r["first_seen"] for r in rows), default=saved["created_at"]),
                         alternate=search, author=site, subtitle=describe(params, labels))


def _csv_text(rows: list[Any]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerows([[r[c] for c in CSV_COLUMNS] for r in rows])
    return buffer.getvalue()


async def _csv(datasette: Any, db: Any, saved: dict[str, Any], params: SearchParams) -> AsgiStream:
    """Every match, newest first by first_seen, a page of rows per query (each under the time limit)."""
    where, values = selection_sql(params)
    sql = f"""SELECT a.id, a.title, a.unit, a.province, a.portal, a.category, a.published_at, a.first_seen,
                     a.topics, a.sapo, a.url
              FROM articles a WHERE {where} {{after}}
              ORDER BY a.first_seen DESC, a.id DESC LIMIT {CSV_PAGE}"""
    first = (await db.execute(sql.format(after=""), values)).rows  # a failure here is still an error page
    labels = (datasette.plugin_config("danvan") or {}).get("column_labels", {})
    header = io.StringIO()
    csv.writer(header).writerow([labels.get(c, c) for c in CSV_COLUMNS])

    async def stream(writer: Any) -> None:
        # A byte-order mark: spreadsheet programs then read the Vietnamese text as UTF-8.
        await writer.write("\ufeff" + header.getvalue())
        rows = first
        while rows:
            await writer.write(_csv_text(rows))
            if len(rows) < CSV_PAGE:
                break
            last = rows[-1]
            rows = (await db.execute(
                sql.format(after="AND (a.first_seen < ? OR (a.first_seen = ? AND a.id < ?))"),
                [*values, last["first_seen"], last["first_seen"], last["id"]])).rows

    filename = f"tim-kiem-{saved['id']}.csv"
    return AsgiStream(stream, headers={"content-disposition": f'attachment; filename="{filename}"'},
                      content_type="text/csv; charset=utf-8")
