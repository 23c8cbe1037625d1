"""A fault portal: real article pages served with every way a portal goes wrong.

`python -m crawler.mirror.server --faults` serves it on 127.0.0.1; `python -m
crawler.mirror.fault_drill --db faults.db` serves it, crawls it with the real Scrapy engine
(the generic spider, registry entry `cong-loi` from `registry_toml()`) and prints what
became of each fault. The pages are the generic portal's (build_generic): real article
texts in a plain PHP-CMS markup, under the host `cong-loi.invalid`. Each fault is on known
pages (`catalogue()`); the server answers them over a real socket: error statuses, with
and without Retry-After, read timeouts, connections reset mid-body, bodies shorter than
their Content-Length, a 10 MB page, redirect loops and redirects to another domain, a
calendar that never ends, charsets declared wrong, NFD text and old tone placement, the
same article under tracking parameters and session ids, missing and malformed dates, an
empty body, a robots.txt-forbidden section and script payloads in title and body.
Every request is counted; `GET /__hits__` returns the counts as JSON.
"""

from __future__ import annotations

import contextlib
import email.utils
import json
import re
import socket
import struct
import threading
import time
import unicodedata
import urllib.request
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import ClassVar
from urllib.parse import unquote, urlsplit

from crawler.mirror import build_generic as generic
from crawler.mirror.pages import esc

HOST = "cong-loi.invalid"
PORTAL_ID = "cong-loi"
OFFSITE_HOST = "bao-khac.invalid"
LISTING = f"https://{HOST}/tin-tuc/dan-van"
CALENDAR_START = f"https://{HOST}/lich?ngay=2020-01-15"
ROOT = Path(__file__).resolve().parents[2]
# Settings for crawling the fault portal: short timeouts so the crawl is quick; the
# retry, redirect and size limits are the live defaults (crawler/settings.py).
CRAWL_SETTINGS = {
    "DOWNLOAD_TIMEOUT": 4,
    "RETRY_TIMES": 2,
    "DANVAN_RETRY_AFTER_MAX": 3,
    "DANVAN_MAX_LISTING_PAGES": 5,
    "DANVAN_RELEVANCE_THRESHOLD": -1000,  # every readable page is archived: this is about faults
    "DANVAN_MONITOR_MAX_ERROR_RATIO": 1.0,
    "LOG_LEVEL": "WARNING",
}
HANG_SECONDS = 12  # a read timeout: the answer comes long after DOWNLOAD_TIMEOUT
SLOW_SECONDS = 1.0  # slow but within DOWNLOAD_TIMEOUT
BIG_BYTES = 10 * 1024 * 1024
TRACKING_SUFFIXES = ("?utm_source=facebook&utm_medium=social&utm_campaign=dan-van", "?fbclid=IwAR0Zx9k3",
                     ";jsessionid=8F3A2C1D9E", "?PHPSESSID=f3b1c2d4e5", "?sid=9f8e7d6c")
SCRIPT_TEXT = ("Ý kiến bạn đọc gửi về: <script>alert('binh-luan')</script> — "
               "nội dung được giữ nguyên như văn bản, không phải mã.")

# Outcomes a fault page is expected to have.
STORED = "stored"  # archived once, text as on the clean page
FAILED = "failed"  # not archived; an errors row with the reason
UNDATED = "stored undated"  # archived without a date; an errors row says so
REJECTED = "rejected"  # fetched, nothing usable: an errors row (validate)
NOT_FETCHED = "not fetched"  # refused before any request (robots.txt): an errors row
CAPPED = "capped"  # a trap: followed to DANVAN_MAX_LISTING_PAGES, then an errors row


@dataclass(frozen=True)
class FaultPage:
    """One page of the fault portal and how it is served."""

    kind: str  # the fault, e.g. "http 503"
    url: str  # the live URL the listing links to (canonical form)
    expect: str  # one of the outcomes above
    serve: str  # the server's behaviour (see FaultHandler)
    body: bytes = b""  # what is sent when the page answers
    charset: str = "utf-8"  # declared in the Content-Type header
    status: int = 200
    retry_after: str = ""  # "1", "3600" or "date+2" (an HTTP date 2 s ahead)
    fail_first: int = 0  # answers `status` this many times, then the page
    location: str = ""  # for redirects
    links: tuple[str, ...] = ()  # how the listing links to it (default: the url)
    clean: str = ""  # the page as the portal would serve it without the fault (for checking)

    @property
    def path(self) -> str:
        parts = urlsplit(self.url)
        return f"/{parts.hostname}{parts.path}" + (f"?{parts.query}" if parts.query else "")


# --- the pages ---------------------------------------------------------------------------


def _post_url(post: generic.Post, stem: str = "tin-tuc") -> str:
    return f"https://{HOST}/{stem}/{generic.slugify(post.title, 60)}-{post.id}.html"


def _page(post: generic.Post, url: str) -> str:
    """The generic portal's article page for `post`, at `url` on the fault host."""
    html = generic._article_page(replace(post, related=()), [post])
    return html.replace(post.url, url).replace(generic.HOST, HOST)


def old_tone_placement(text: str) -> str:
    """Vietnamese in the old tone placement: hòa -> hoà, khỏe -> khoẻ, thủy -> thuỷ (open syllables)."""
    nfd = unicodedata.normalize("NFD", text)
    tone = "[\u0300\u0301\u0303\u0309\u0323]"
    nfd = re.sub(rf"([oO])({tone})([aAeE])(?![^\W\d_]|[\u0300-\u036f])", r"\1\3\2", nfd)
    nfd = re.sub(rf"([uU])({tone})([yY])(?![^\W\d_]|[\u0300-\u036f])", r"\1\3\2", nfd)
    return unicodedata.normalize("NFC", nfd)


def encode_1258(text: str) -> bytes:
    """Text in windows-1258: base letters with their vowel marks, tone marks as combining bytes."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for char in unicodedata.normalize("NFC", text):
        try:
            out.append(char.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        marks = "".join(c for c in parts if c in tones)
        out.append((base + marks).encode("cp1258", errors="xmlcharrefreplace"))
    return b"".join(out)


def _with_script_payloads(html: str, title: str) -> str:
    """Script and event-handler payloads in the title and body of an article page."""
    payload = '<script>alert("xss-title")</script>'
    html = html.replace(f'<h1 class="title">{esc(title)}</h1>',
                        f'<h1 class="title" onmouseover="alert(\'xss-h1\')">{esc(title)}{payload}</h1>', 1)
    html = html.replace(f"<title>{esc(title)}", f"<title>{esc(title)}{esc(payload)}", 1)
    body = (
        f'<p onclick="alert(\'xss-p\')">{esc(SCRIPT_TEXT)}</p>\n'
        '<img src="x" onerror="alert(\'xss-img\')" />\n'
        '<script>document.write("<p>Đoạn văn do mã chèn vào, không có trên trang thật của cổng.</p>")</script>\n'
        '<iframe src="javascript:alert(\'xss-iframe\')"></iframe><svg onload="alert(\'xss-svg\')"></svg>\n'
    )
    return html.replace('<div class="news-content">\n', '<div class="news-content">\n' + body, 1)


@cache
def catalogue() -> tuple[FaultPage, ...]:
    """Every fault page, in listing order. Built from the generic portal's real articles: pages
    that should be archived get texts no exclusion rule of the taxonomy applies to."""
    kept, excluded = _material()
    pages: list[FaultPage] = []

    def add(kind: str, expect: str, serve: str, stem: str = "tin-tuc", **kw: object) -> FaultPage:
        post = next(kept) if expect in (STORED, UNDATED) else next(excluded, None) or next(kept)
        url = _post_url(post, stem)
        clean = _page(post, url)
        page = FaultPage(kind=kind, url=url, expect=expect, serve=serve, body=clean.encode("utf-8"),
                         clean=clean, **kw)  # type: ignore[arg-type]
        pages.append(page)
        return page

    for _ in range(3):
        add("ok", STORED, "page")
    add("slow answer", STORED, "slow")
    add("http 500", FAILED, "status", status=500)
    add("http 502", FAILED, "status", status=502)
    add("http 503", FAILED, "status", status=503)
    add("http 502 once, then ok", STORED, "status", status=502, fail_first=1)
    add("http 503 Retry-After 1 s, then ok", STORED, "status", status=503, retry_after="1", fail_first=1)
    add("http 429 Retry-After (date), then ok", STORED, "status", status=429, retry_after="date+2", fail_first=1)
    add("http 503 Retry-After 1 h", FAILED, "status", status=503, retry_after="3600")
    add("http 404", FAILED, "status", status=404)
    add("http 410", FAILED, "status", status=410)
    add("read timeout", FAILED, "hang")
    add("connection reset mid-body", FAILED, "reset")
    add("truncated body", FAILED, "truncated")
    big = add("10 MB page", FAILED, "big")
    pages[-1] = replace(big, body=_huge(big.clean))
    target = add("moved (301 to a listed article)", STORED, "page")
    pages.append(FaultPage(kind="moved (301 to a listed article)", url=target.url.replace(".html", "-cu.html"),
                           expect="redirected", serve="redirect", status=301, location=target.url))
    loop = add("redirect loop", FAILED, "redirect", status=302)
    pages[-1] = replace(loop, location=loop.url.replace(".html", "-b.html"))
    pages.append(replace(loop, url=loop.url.replace(".html", "-b.html"), location=loop.url, expect="loop"))
    offsite = add("redirect to another domain", FAILED, "redirect", status=302)
    pages[-1] = replace(offsite, location=offsite.url.replace(HOST, OFFSITE_HOST))
    tracked = add("tracking parameters and session ids", STORED, "page")
    pages[-1] = replace(tracked, links=tuple(tracked.url + s for s in ("", *TRACKING_SUFFIXES)))
    utf8 = add("utf-8 labelled windows-1258", STORED, "page", charset="windows-1258")
    pages[-1] = replace(utf8, body=utf8.clean.replace("charset=utf-8", "charset=windows-1258").encode("utf-8"))
    cp = add("windows-1258 labelled utf-8", STORED, "page")
    pages[-1] = replace(cp, body=encode_1258(cp.clean))
    nfd = add("text in NFD", STORED, "page")
    pages[-1] = replace(nfd, body=unicodedata.normalize("NFD", nfd.clean).encode("utf-8"))
    old = add("old tone placement", STORED, "page")
    old_html = old_tone_placement(old.clean)
    pages[-1] = replace(old, body=old_html.encode("utf-8"), clean=old_html)
    missing = add("missing date", UNDATED, "page")
    undated = re.sub(r'\s*<div class="news-info">[^<]*</div>', "", missing.clean, count=1)
    pages[-1] = replace(missing, body=undated.encode("utf-8"), clean=undated)
    bad = add("malformed date", UNDATED, "page")
    bad_html = re.sub(r'(<div class="news-info">)[^<]*(</div>)', r"\g<1>32/13/2019 - 25:61 PM\g<2>", bad.clean,
                      count=1)
    pages[-1] = replace(bad, body=bad_html.encode("utf-8"), clean=bad_html)
    empty = add("empty article body", REJECTED, "page")
    # Title and date only: no lead, no paragraphs.
    hollow = re.sub(r'(<div class="news-content">).*?(</div>)', r"\g<1>\n\g<2>", empty.clean, count=1, flags=re.S)
    hollow = re.sub(r'\s*<div class="news-summary">.*?</div>', "", hollow, count=1, flags=re.S)
    pages[-1] = replace(empty, body=hollow.encode("utf-8"), clean=hollow)
    add("section forbidden by robots.txt", NOT_FETCHED, "page", stem="noi-bo")
    script = add("script and event-handler payloads", STORED, "page")
    title = next(p.title for p in generic.posts() if _post_url(p) == script.url)
    pages[-1] = replace(script, body=_with_script_payloads(script.clean, title).encode("utf-8"))
    pages.append(FaultPage(kind="calendar trap", url=CALENDAR_START, expect=CAPPED, serve="calendar"))
    return tuple(pages)


def _material() -> tuple[Iterator[generic.Post], Iterator[generic.Post]]:
    """The generic portal's posts: those the archive keeps at any relevance score, and the others."""
    import dataclasses

    from crawler.classify.relevance import score_relevance
    from crawler.classify.topics import load_taxonomy
    from crawler.extract.generic import extract_generic

    rules = dataclasses.replace(load_taxonomy(), threshold=float("-inf"))
    everything = generic.posts()
    kept, excluded = [], []
    for post in everything:
        article = extract_generic(_page(post, _post_url(post)), _post_url(post))
        (kept if score_relevance(article, rules).relevant else excluded).append(post)
    return iter(kept), iter(excluded)


def _huge(html: str) -> bytes:
    """The page padded to over 10 MB with a comment (portals that inline whole scans do this)."""
    pad = "<!-- " + ("x" * 1000 + "\n") * (BIG_BYTES // 1001 + 1) + " -->"
    return html.replace("</body>", pad + "</body>", 1).encode("utf-8")


def registry_toml() -> str:
    """The registry entry of the fault portal (generic platform), for tests and the demo run."""
    return f"""[[portal]]
id = "{PORTAL_ID}"
name = "Cổng thử lỗi (bản sao ngoại tuyến)"
platform = "generic"
status = "active"
base_url = "https://{HOST}"
start_urls = ["{LISTING}", "{CALENDAR_START}"]
allowed_domains = ["{HOST}"]
article_pattern = '^https://{re.escape(HOST)}/(tin-tuc|noi-bo)/[a-z0-9-]+-\\d+(-cu|-b)?\\.html$'
listing_pattern = '^https://{re.escape(HOST)}/(tin-tuc/dan-van(\\?page=\\d+)?|lich\\?ngay=\\d{{4}}-\\d{{2}}-\\d{{2}})$'
notes = "Fault portal of the offline mirror (crawler/mirror/faults.py); never crawled live."
  [[portal.unit]]
  name = "Thành phố Hà Nội"
  code = "01"
  level = "thành phố"
  province = "Thành phố Hà Nội"
  province_code = "01"
"""


def _listing_links() -> list[str]:
    """Every link of the listing, in order (tracking variants included; loop targets not)."""
    links: list[str] = []
    for page in catalogue():
        if page.serve == "calendar" or page.expect == "loop":
            continue
        links += page.links or [page.url]
    return links


def _listing_html(number: int, total: int, links: list[str]) -> str:
    items = "\n".join(f'        <li><a href="{esc(u)}">Bài {n}</a></li>' for n, u in enumerate(links, 1))
    pager = " ".join(f'<a href="{LISTING}{"" if n == 1 else f"?page={n}"}">{n}</a>' for n in range(1, total + 1))
    return (generic._head("Dân vận - Cổng thử lỗi", "Dân vận", LISTING, "website") + generic._header()
            + f'  <div id="content"><div class="col-main"><h2 class="cat-title">Dân vận</h2>\n'
              f'      <ul class="news-list">\n{items}\n      </ul>\n'
              f'      <div class="pagination">{pager}</div></div></div>\n' + generic._footer())


def _calendar_html(day: date) -> str:
    def link(d: date) -> str:
        return f'<a href="/lich?ngay={d.isoformat()}">{d:%d/%m/%Y}</a>'

    return (f"<html><head><title>Lịch {day:%d/%m/%Y}</title></head><body><h1>Lịch làm việc</h1>"
            f"<p>{link(day - timedelta(days=1))} | {link(day + timedelta(days=1))}</p></body></html>")


# --- the server ---------------------------------------------------------------------------


class FaultHandler(BaseHTTPRequestHandler):
    """Answers the fault portal's pages (by path, without ;session params) and counts every request."""

    server_version = "danvan-faults/1"
    hits: ClassVar[Counter[str]] = Counter()
    first_two: ClassVar[dict[str, list[float]]] = {}  # when each path was requested first and second
    lock: ClassVar[threading.Lock] = threading.Lock()

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def handle(self) -> None:
        with contextlib.suppress(ConnectionError):  # the crawler hung up (timeout, max size): its choice
            super().handle()

    def do_GET(self) -> None:
        with self.lock:
            self.hits[self.path] += 1
            count = self.hits[self.path]
            times = self.first_two.setdefault(self.path, [])
            if len(times) < 2:
                times.append(time.monotonic())
        if self.path == "/__hits__":
            with self.lock:
                gaps = {path: t[1] - t[0] for path, t in self.first_two.items() if len(t) == 2}
                self._send(200, json.dumps({"hits": dict(self.hits), "gaps": gaps}).encode(), "application/json")
            return
        parts = urlsplit(self.path)
        path = re.sub(r";[^/]*$", "", unquote(parts.path))  # a Java server ignores ;jsessionid=
        key = path + (f"?{parts.query}" if parts.query else "")
        try:
            self._answer(path, key, count)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the crawler gave up on this one (timeout, max size)

    def _answer(self, path: str, key: str, count: int) -> None:
        site = _site()
        if path == f"/{HOST}/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /noi-bo/\n", "text/plain; charset=utf-8")
        elif path == f"/{HOST}/tin-tuc/dan-van":
            self._answer_listing(parts_query(key), count)
        elif path == f"/{HOST}/lich":
            day = date.fromisoformat(parts_query(key).removeprefix("ngay="))
            self._send(200, _calendar_html(day).encode(), "text/html; charset=utf-8")
        elif path in site:  # articles are served whatever the query (tracking parameters included)
            self._fault(site[path], count)
        else:
            self._send(404, b"<html><body>Not found</body></html>", "text/html; charset=utf-8")

    def _answer_listing(self, query: str, count: int) -> None:
        links = _listing_links()
        half = (len(links) + 1) // 2
        if query == "page=2":
            if count == 1:  # the second listing page fails once: a retried listing still leads on
                self._send(502, b"Bad Gateway", "text/plain")
                return
            self._send(200, _listing_html(2, 2, links[half:]).encode(), "text/html; charset=utf-8")
        else:
            self._send(200, _listing_html(1, 2, links[:half]).encode(), "text/html; charset=utf-8")

    def _fault(self, page: FaultPage, count: int) -> None:
        content_type = f"text/html; charset={page.charset}"
        if page.serve == "status" and (not page.fail_first or count <= page.fail_first):
            headers = {}
            if page.retry_after.startswith("date+"):
                later = time.time() + float(page.retry_after.removeprefix("date+"))
                headers["Retry-After"] = email.utils.formatdate(later, usegmt=True)
            elif page.retry_after:
                headers["Retry-After"] = page.retry_after
            self._send(page.status, f"<html><body>Lỗi {page.status}</body></html>".encode(), content_type, headers)
        elif page.serve == "redirect":
            self._send(page.status, b"", content_type, {"Location": page.location})
        elif page.serve == "hang":
            time.sleep(HANG_SECONDS)
            self._send(200, page.body, content_type)
        elif page.serve == "slow":
            time.sleep(SLOW_SECONDS)
            self._send(200, page.body, content_type)
        elif page.serve == "reset":
            self._head(200, content_type, len(page.body))
            self.wfile.write(page.body[: len(page.body) // 2])
            self.wfile.flush()
            # SO_LINGER 0: close with a TCP reset instead of an orderly end.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
        elif page.serve == "truncated":
            self._head(200, content_type, len(page.body) + 4096)
            self.wfile.write(page.body)
            self.close_connection = True
        else:  # "page", "big" and the pages that recovered
            self._send(200, page.body, content_type)

    def _head(self, status: int, content_type: str, length: int, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(length))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self._head(status, content_type, len(body), headers)
        self.wfile.write(body)


def parts_query(key: str) -> str:
    """The query of a request key `/host/path?query` ('' if none)."""
    return key.split("?", 1)[1] if "?" in key else ""


@cache
def _site() -> dict[str, FaultPage]:
    return {f"/{HOST}{urlsplit(p.url).path}": p for p in catalogue() if p.serve != "calendar"}


def hits(base_url: str) -> tuple[dict[str, int], dict[str, float]]:
    """The fault server's request counts by path (`/<host>/<path>?<query>`), and the seconds
    between the first and second request of each path requested twice or more."""
    with urllib.request.urlopen(f"{base_url}/__hits__", timeout=10) as answer:
        found = json.loads(answer.read())
    return found["hits"], found["gaps"]
