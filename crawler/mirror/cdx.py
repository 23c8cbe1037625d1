"""A local stand-in for a web archive: a CDX API and raw snapshots of the offline mirror's pages.

It answers like the Internet Archive, on 127.0.0.1, under the archive's host name as first
path segment (the mirror's routing maps `https://web.archive.org/...` to
`<server>/web.archive.org/...`):

- `/cdx/search/cdx?url=&matchType=exact|prefix|host&output=json&fl=&filter=&collapse=&from=&to=&limit=
  &showResumeKey=true&resumeKey=`: a JSON array, field names first, rows sorted by SURT key
  and timestamp; with a limit and showResumeKey, a cut-off answer ends with `[]` and
  `[<resume key>]`. Filters are `[!]field:regex`; collapse is `field` or `field:N`; from and
  to are timestamp prefixes. No match: `[]`.
- `/web/<timestamp>id_/<original>`: the capture's bytes as archived; a timestamp with no
  capture of that URL redirects (302) to the nearest one, as the archive does. Without
  `id_` (or with another flag) an HTML capture comes with the archive's toolbar inserted
  after `<body>`, as the archive's replays do.
- `/robots.txt`: allows everything.

The index is generated from the mirror's files of the given hosts, deterministically:
each page captured once or twice with the same bytes (`digest` equal), each article-like
page after its publication, ward-era pages after 2025-07-01, and per host: a later capture
of one article with a differing text, an earlier capture of another that is an error page
(no article in it), one whose replay redirects to a capture five minutes later, a 301
capture of another article (its http:// URL sending to https://), a 302 capture of the
site root, and non-HTML captures (a PDF, robots.txt).

As the real archive's recorded answers show (shared notes §6): a JSON answer repeats some
captures on consecutive rows (the same timestamp, URL and digest), a raw memento carries
`Memento-Datetime`, a `Link` header (original, timemap, timegate, neighbouring mementos) and
`X-Archive-Src`, and a blocked site's CDX query answers 403 with
`X-Archive-Wayback-Runtime-Error: … Blocked Site Error` (its mementos a 200 error page).

Test knobs, from the environment: DANVAN_CDX_BLOCKED (comma-separated hosts the archive
blocks), DANVAN_CDX_LOG (append one JSON line per request:
time, path, status, User-Agent, and for a replay the `form` asked: `id_`, another flag, or
"" for the toolbar replay), DANVAN_CDX_BUSY=N (answer the first N CDX queries
DANVAN_CDX_BUSY_STATUS, default 429, with Retry-After DANVAN_CDX_RETRY_AFTER seconds,
default 1; set empty: no Retry-After).
"""

from __future__ import annotations

import argparse
import base64
import bisect
import contextlib
import hashlib
import json
import os
import re
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, unquote, unquote_plus, urlsplit
from urllib.parse import quote_plus as quote

from crawler.mirror import SITES
from crawler.wayback.cdx import FIELDS, surt

ARCHIVE_HOST = "web.archive.org"
# Pages whose URL says they are articles (Liferay view_content, an id before .html).
_ARTICLE_HINT = re.compile(r"/-/view_content/\d+|-\d{4,}\.html?$")
# Ward-era pages (the id carries a 2025+ time): captured after the reorganisation.
_WARD_HINT = re.compile(r"-\d{15,}\.htm$")
_BODY_MARKERS = ('class="journal-content-article">', 'class="news-detail-content">')
# A replay URL: /web/<timestamp><flag>/<original>, the flag `id_` for the raw bytes.
_REPLAY = re.compile(r"/web/(\d{1,14})([a-z]{2}_)?/(.+)$", re.S)
_BODY_OPEN = re.compile(rb"<body\b[^>]*>", re.I)
TOOLBAR = (
    b'<script src="//archive.org/includes/athena.js" type="text/javascript"></script>'
    b"<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id=\"wm-ipp-base\">Wayback Machine</div>"
    b"<!-- END WAYBACK TOOLBAR INSERT -->"
)
UPDATE_NOTE = "Bài viết được cập nhật, bổ sung thông tin sau khi đăng."
ERROR_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Hệ thống đang bảo trì</title></head>"
    "<body><p>Hệ thống đang bảo trì, xin vui lòng quay lại sau.</p></body></html>"
).encode()


@dataclass
class Entry:
    """One capture: a CDX row, and what its replay answers (bytes, or a redirect)."""

    urlkey: str
    timestamp: str
    original: str
    mimetype: str
    statuscode: str
    body: bytes = b""
    redirect_to: str | None = None  # a timestamp: the replay redirects there
    location: str | None = None  # a 3xx capture's own Location (the original site's redirect)
    digest: str = field(init=False)

    def __post_init__(self) -> None:
        self.digest = base64.b32encode(hashlib.sha1(self.body).digest()).decode()

    def field(self, name: str) -> str:
        if name == "length":
            return str(len(self.body))
        return str(getattr(self, name))


@dataclass
class Index:
    entries: list[Entry]  # sorted by (urlkey, timestamp)
    by_original: dict[str, list[Entry]]

    @classmethod
    def of(cls, entries: Iterable[Entry]) -> Index:
        ordered = sorted(entries, key=lambda e: (e.urlkey, e.timestamp))
        by_original: dict[str, list[Entry]] = {}
        for entry in ordered:
            by_original.setdefault(_norm(entry.original), []).append(entry)
        return cls(ordered, by_original)


def _norm(original: str) -> str:
    """Originals are looked up by SURT, as the archive does (scheme and :80 do not matter)."""
    return surt(original)


def _ts(when: datetime) -> str:
    return when.strftime("%Y%m%d%H%M%S")


def _offset(url: str, span: int) -> int:
    return int(hashlib.sha1(url.encode()).hexdigest()[:8], 16) % span


def page_url(host: str, relative: str, style: int) -> str:
    """A mirror file's URL as the archive recorded it (three spellings of the scheme and port)."""
    path, _, query = relative.partition("@")
    if path.endswith("index.html"):
        path = path[: -len("index.html")].rstrip("/")
    scheme_host = ("http://" + host + ":80", "http://" + host, "https://" + host)[style % 3]
    return f"{scheme_host}/{path}" + (f"?{query}" if query else "")


def _changed(body: bytes) -> bytes:
    """The page as a later capture saw it: one paragraph added at the top of the article body."""
    text = body.decode("utf-8")
    for marker in _BODY_MARKERS:
        if marker in text:
            return text.replace(marker, f"{marker}<p>{UPDATE_NOTE}</p>", 1).encode()
    return text.replace("</body>", f"<p>{UPDATE_NOTE}</p></body>", 1).encode()


def build_index(root: Path, hosts: Iterable[str]) -> Index:
    """Captures of every page of `hosts` in the mirror at `root` (see the module docstring)."""
    entries: list[Entry] = []
    base = datetime(2023, 1, 2, tzinfo=UTC)
    ward = datetime(2025, 9, 1, tzinfo=UTC)
    for host in sorted(hosts):
        folder = root / host
        if not folder.is_dir():
            continue
        files = sorted(p for p in folder.rglob("*") if p.is_file())
        articles = []
        for n, path in enumerate(files):
            relative = path.relative_to(folder).as_posix()
            original = page_url(host, relative, n)
            body = path.read_bytes()
            later = _WARD_HINT.search(original.split("?")[0]) is not None
            when = (ward if later else base) + timedelta(
                days=_offset(original, 400), seconds=_offset(original[::-1], 86400))
            key = surt(original)
            entries.append(Entry(key, _ts(when), original, "text/html", "200", body))
            if _ARTICLE_HINT.search(original.split("?")[0]) and not later:
                articles.append((key, when, original, body))
                # The same bytes captured again: one row with collapse=urlkey or =digest.
                entries.append(Entry(key, _ts(when + timedelta(days=40)), original, "text/html", "200", body))
        variants(entries, articles)
        root_url = f"http://{host}/"
        entries.append(Entry(surt(root_url), _ts(base), root_url, "text/html", "302", b"",
                             location=f"https://{host}/"))
        entries.append(Entry(surt(f"https://{host}/robots.txt"), _ts(base), f"https://{host}/robots.txt",
                             "text/plain", "200", b"User-agent: *\nDisallow:\n"))
        pdf = f"https://{host}/documents/10180/0/ke-hoach-cong-tac-dan-van.pdf"
        entries.append(Entry(surt(pdf), _ts(base + timedelta(days=3)), pdf, "application/pdf", "200",
                             b"%PDF-1.4\n% danvan test file\n%%EOF\n"))
    return Index.of(entries)


def variants(entries: list[Entry], articles: list[tuple[str, datetime, str, bytes]]) -> None:
    """A host's special captures: a later differing text, an earlier error page, a replay redirect,
    a redirect capture."""
    if len(articles) < 4:
        return
    key, when, original, body = articles[0]
    https = "https://" + original.split("://", 1)[1].replace(":80/", "/", 1)
    entries.append(Entry(key, _ts(when + timedelta(days=10)), original, "text/html", "301", b"", location=https))
    key, when, original, body = articles[1]
    entries.append(Entry(key, _ts(when + timedelta(days=200)), original, "text/html", "200", _changed(body)))
    key, when, original, body = articles[2]
    entries.append(Entry(key, _ts(when - timedelta(days=20)), original, "text/html", "200", ERROR_PAGE))
    key, when, original, body = articles[3]
    for entry in entries:
        if entry.urlkey == key and entry.timestamp == _ts(when):
            entry.redirect_to = _ts(when + timedelta(minutes=5))
            entries.append(Entry(key, entry.redirect_to, original, "text/html", "200", body))
            break


def special_urls(root: Path, host: str) -> dict[str, str]:
    """The article URLs (as recorded) given a later differing capture, an earlier error page and a
    replay redirect, for tests to find them."""
    index = build_index(root, [host])
    found: dict[str, str] = {}
    for entries in index.by_original.values():
        bodies = {e.digest for e in entries if e.statuscode == "200"}
        if any(e.redirect_to for e in entries):
            found["redirect"] = entries[0].original
        elif any(e.body == ERROR_PAGE for e in entries):
            found["error_first"] = entries[0].original
        elif len(bodies) > 1:
            found["changed_later"] = entries[0].original
    return found


# -- the CDX query -------------------------------------------------------------------
def query(index: Index, params: list[tuple[str, str]]) -> tuple[list[list[str]], str | None, list[str]]:
    """Rows (field values), the resume key if cut off, and the field names, for CDX query params."""
    get = dict(params)
    url = get.get("url", "")
    match = get.get("matchType", "exact")
    if url.endswith("*"):
        url, match = url[:-1], "prefix"
    key = surt(url)
    if match == "prefix":
        chosen = [e for e in index.entries if e.urlkey.startswith(key)]
    elif match in ("host", "domain"):
        host_key = key.split(")")[0]
        chosen = [e for e in index.entries if e.urlkey.split(")")[0] == host_key
                  or (match == "domain" and e.urlkey.startswith(host_key + ","))]
    else:
        chosen = [e for e in index.entries if e.urlkey == key]
    low = (get.get("from", "") + "0" * 14)[:14]
    high = (get.get("to", "") + "9" * 14)[:14]
    chosen = [e for e in chosen if low <= e.timestamp <= high]
    for name, value in params:
        if name == "filter":
            negate = value.startswith("!")
            fname, _, pattern = value.lstrip("!").partition(":")
            chosen = [e for e in chosen if bool(re.fullmatch(pattern, e.field(fname))) != negate]
    for name, value in params:
        if name == "collapse":
            fname, _, width = value.partition(":")
            size = int(width) if width.isdigit() else None
            kept: list[Entry] = []
            for entry in chosen:
                mark = entry.field(fname)[:size]
                if kept and kept[-1].field(fname)[:size] == mark:  # adjacent rows only, as the archive does
                    continue
                kept.append(entry)
            chosen = kept
    resume = get.get("resumeKey")
    if resume:
        after_key, _, after_ts = unquote_plus(resume).partition(" ")
        chosen = [e for e in chosen if (e.urlkey, e.timestamp) > (after_key, after_ts)]
    limit = int(get["limit"]) if get.get("limit", "").isdigit() else 0
    next_key = None
    if limit and len(chosen) > limit:
        chosen = chosen[:limit]
        if get.get("showResumeKey") == "true":
            last = chosen[-1]
            next_key = quote(f"{last.urlkey} {last.timestamp}")
    fields = [f for f in get.get("fl", ",".join(FIELDS)).split(",") if f]
    return [[e.field(f) for f in fields] for e in chosen], next_key, fields


def replay(index: Index, timestamp: str, original: str) -> tuple[Entry | None, str | None]:
    """The capture a snapshot URL asks for, or the timestamp to redirect to (the nearest capture)."""
    captures = index.by_original.get(_norm(original), [])
    if not captures:
        return None, None
    for entry in captures:
        if entry.timestamp == timestamp:
            return (None, entry.redirect_to) if entry.redirect_to else (entry, None)
    stamps = [e.timestamp for e in captures]
    ts = (timestamp + "0" * 14)[:14]
    i = bisect.bisect_left(stamps, ts)
    near = min((c for c in captures[max(0, i - 1): i + 1]), key=lambda e: abs(int(e.timestamp) - int(ts)))
    return None, near.timestamp


class CdxHandler(BaseHTTPRequestHandler):
    server_version = "danvan-cdx/1"
    index: Index
    busy: list[int]  # 429 (or busy_status) answers still to give
    busy_status = 429
    blocked: frozenset[str] = frozenset()
    retry_after = "1"  # empty: no Retry-After header
    log_path: str | None = None
    lock = threading.Lock()

    def do_GET(self) -> None:
        arrived = time.time()  # when the request came, not when it was answered
        self.form: str | None = None  # a replay's form, set by _answer
        status = self._answer()
        if self.log_path:
            record: dict[str, object] = {"time": arrived, "path": self.path, "status": status,
                                         "agent": self.headers.get("User-Agent", "")}
            if self.form is not None:
                record["form"] = self.form
            line = json.dumps(record)
            with self.lock, open(self.log_path, "a", encoding="utf-8") as log:
                log.write(line + "\n")

    def _answer(self) -> int:
        host, _, rest = self.path.lstrip("/").partition("/")
        rest = "/" + rest
        parts = urlsplit(rest)
        if parts.path == "/robots.txt":
            return self._send(200, b"User-agent: *\nDisallow:\n", "text/plain")
        if parts.path == "/cdx/search/cdx":
            with self.lock:
                if self.busy[0] > 0:
                    self.busy[0] -= 1
                    headers = {"Retry-After": self.retry_after} if self.retry_after else {}
                    return self._send(self.busy_status, b"Busy", "text/plain", headers)
            params = parse_qsl(parts.query, keep_blank_values=True)
            if _blocked_host(dict(params).get("url", ""), self.blocked):
                return self._send(403, BLOCKED_BODY, "text/plain", {"X-Archive-Wayback-Runtime-Error": BLOCKED_ERROR})
            rows, key, fields = query(self.index, params)
            rows = _with_repeats(rows)
            if dict(params).get("output") == "json":
                table: list[list[str]] = [fields, *rows] if rows else []
                if key:
                    table += [[], [key]]
                return self._send(200, json.dumps(table).encode(), "application/json")
            text = "\n".join(" ".join(r) for r in rows) + ("\n\n" + key if key else "")
            return self._send(200, (text + "\n").encode() if rows else b"", "text/plain")
        found = _REPLAY.match(unquote(parts.path))
        if found:
            form = self.form = found.group(2) or ""
            original = found.group(3) + (f"?{parts.query}" if parts.query else "")
            if _blocked_host(original, self.blocked):  # the archive's error page, with a 200
                return self._send(200, BLOCKED_PAGE, "text/html; charset=utf-8")
            entry, redirect = replay(self.index, found.group(1), original)
            if redirect:  # to the nearest capture, in the form asked for
                location = f"https://{host}/web/{redirect}{form}/{original}"
                return self._send(302, b"", "text/plain", {"Location": location})
            if entry is None:
                return self._send(404, b"not in the archive", "text/plain")
            headers = {"Memento-Datetime": datetime.strptime(entry.timestamp, "%Y%m%d%H%M%S")
                       .strftime("%a, %d %b %Y %H:%M:%S GMT"),
                       "Link": _memento_links(host, self.index, entry),
                       "X-Archive-Src": f"danvan-local-{entry.timestamp[:6]}.warc.gz"}
            if entry.location:
                headers["Location"] = f"https://{host}/web/{entry.timestamp}{form}/{entry.location}"
                return self._send(int(entry.statuscode), b"", "text/html", headers)
            mimetype = entry.mimetype + ("; charset=utf-8" if entry.mimetype.startswith("text/") else "")
            body = entry.body
            if form != "id_" and entry.mimetype == "text/html":  # not raw: the page and the archive's toolbar
                body = _BODY_OPEN.sub(lambda m: m.group(0) + TOOLBAR, body, count=1)
            return self._send(int(entry.statuscode), body, mimetype, headers)
        return self._send(404, b"not found", "text/plain")

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> int:
        self.send_response(HTTPStatus(status))
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)
        return status

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass


BLOCKED_ERROR = ("org.archive.wayback.exception.AdministrativeAccessControlException: Blocked Site Error")
BLOCKED_BODY = b"org.archive.wayback.exception.AdministrativeAccessControlException: Blocked Site Error\n"
BLOCKED_PAGE = (b"<!DOCTYPE html><html><head><title>Wayback Machine</title></head><body>"
                b"<p>Sorry.</p><p>This URL has been excluded from the Wayback Machine.</p></body></html>")


def _blocked_host(url: str, blocked: frozenset[str]) -> bool:
    host = (urlsplit(url if "://" in url else f"http://{url}").hostname or "").lower()
    return any(host == b or host.endswith("." + b) for b in blocked)


def _with_repeats(rows: list[list[str]]) -> list[list[str]]:
    """Every seventh capture on two consecutive rows, as the real archive answers."""
    out: list[list[str]] = []
    for row in rows:
        out.append(row)
        if int(hashlib.sha1(" ".join(row).encode()).hexdigest(), 16) % 7 == 0:
            out.append(list(row))
    return out


def _memento_links(host: str, index: Index, entry: Entry) -> str:
    """The Memento `Link` header of a raw replay: original, timemap, timegate, first/prev/next/last."""
    base = f"https://{host}"
    captures = sorted(e.timestamp for e in index.entries if e.original == entry.original)
    links = [f'<{entry.original}>; rel="original"',
             f'<{base}/web/timemap/link/{entry.original}>; rel="timemap"; type="application/link-format"',
             f'<{base}/web/{entry.original}>; rel="timegate"']
    at = captures.index(entry.timestamp) if entry.timestamp in captures else -1
    for rel, i in (("first memento", 0), ("prev memento", at - 1), ("next memento", at + 1),
                   ("last memento", len(captures) - 1)):
        if 0 <= i < len(captures) and (rel in ("first memento", "last memento") or i != at):
            links.append(f'<{base}/web/{captures[i]}/{entry.original}>; rel="{rel}"; datetime="{captures[i]}"')
    return ", ".join(links)


def make_server(hosts: Iterable[str], root: Path = SITES, port: int = 0) -> ThreadingHTTPServer:
    handler = type("Handler", (CdxHandler,), {
        "blocked": frozenset(h.strip().lower() for h in os.environ.get("DANVAN_CDX_BLOCKED", "").split(",")
                             if h.strip()),
        "index": build_index(root, hosts),
        "busy": [int(os.environ.get("DANVAN_CDX_BUSY", "0") or 0)],
        "busy_status": int(os.environ.get("DANVAN_CDX_BUSY_STATUS") or 429),
        "retry_after": os.environ.get("DANVAN_CDX_RETRY_AFTER", "1"),
        "log_path": os.environ.get("DANVAN_CDX_LOG") or None,
        "lock": threading.Lock(),
    })
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.daemon_threads = True
    return server


@contextlib.contextmanager
def serving_in_subprocess(hosts: Iterable[str], root: Path = SITES) -> Iterator[str]:
    """Serve the archive of `hosts` from a child process; yields its base URL."""
    from crawler.mirror.server import serving_module

    with serving_module("crawler.mirror.cdx", "the local web archive", "--root", str(root), *sorted(hosts)) as url:
        yield url


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve the offline mirror's pages as a web archive (CDX + snapshots).")
    parser.add_argument("hosts", nargs="*", help="Portal hosts to serve captures of (default: every mirrored host).")
    parser.add_argument("--port", type=int, default=8900)
    parser.add_argument("--root", type=Path, default=SITES)
    args = parser.parse_args(argv)
    hosts = args.hosts or sorted(p.name for p in args.root.iterdir() if p.is_dir())
    server = make_server(hosts, args.root, args.port)
    print(f"http://127.0.0.1:{server.server_address[1]}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()


if __name__ == "__main__":
    main()
