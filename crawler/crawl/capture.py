"""Raw captures: every response a crawl receives, with its request, as gzipped WARC records.

One WARC file per crawler run (`<DANVAN_CAPTURE_DIR>/<run timestamp>-<portal>.warc.gz`),
rotated to a next one (`…-2.warc.gz`, …) once it passes DANVAN_CAPTURE_MAX_BYTES (1 GB by
default, the usual WARC size). Records are gzipped one by one, so a file cut by a crash
keeps its whole records. Nothing is deleted unless DANVAN_CAPTURE_RETENTION_DAYS is set
(`prune_captures`, run after a crawl): this is an archive.
The downloader middleware records where each response landed (file and offset) in the
request meta; the spider middleware copies that onto the article items, so the archive
can point every article at the page it was extracted from (`danvan reparse` reads it back).
Offline crawls capture the live URL: the mirror's download handler hands back responses
that already carry it.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import AsyncIterator, Iterable
from pathlib import Path
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler.core import clock
from crawler.core.errors import is_disk_error
from crawler.core.items import Article
from crawler.crawl.outcomes import STAT_FILE, stop_for_full_disk

# Meta keys (and Article fields) that locate a page's capture.
FILE_KEY = "capture_file"
OFFSET_KEY = "capture_offset"
# Our own WARC headers: which portal a page belongs to and whether it was a listing or an article.
PORTAL_HEADER = "WARC-Danvan-Portal"
KIND_HEADER = "WARC-Danvan-Kind"
# Twisted has already de-chunked the body; keeping the header would make readers de-chunk it again.
_DROPPED_HEADERS = {b"transfer-encoding"}


def capture_dir(settings: Any) -> Path:
    """DANVAN_CAPTURE_DIR, else `captures/` beside the archive."""
    configured = settings.get("DANVAN_CAPTURE_DIR")
    if configured:
        return Path(configured)
    return Path(settings.get("DANVAN_DB") or "archive.db").resolve().parent / "captures"


def stored_path(path: Path, db: str | os.PathLike[str]) -> str:
    """How the archive names a capture file: relative to the archive's folder when inside it."""
    base = Path(db).resolve().parent
    try:
        return str(path.resolve().relative_to(base))
    except ValueError:
        return str(path.resolve())


def resolve_path(stored: str, db: str | os.PathLike[str]) -> Path:
    """The capture file an archive row names (see `stored_path`)."""
    path = Path(stored)
    return path if path.is_absolute() else Path(db).resolve().parent / path


class CaptureMiddleware:
    """Downloader middleware writing each response and its request as WARC records."""

    def __init__(self, crawler: Crawler, directory: Path, db: str):
        self.crawler = crawler
        self.directory = directory
        self.db = db
        self.max_bytes = crawler.settings.getint("DANVAN_CAPTURE_MAX_BYTES", 1024 ** 3)
        self.label = "crawl"
        self.path: Path | None = None
        self.file: io.BufferedWriter | None = None
        self.writer: WARCWriter | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CaptureMiddleware:
        if not crawler.settings.getbool("DANVAN_CAPTURES"):
            raise NotConfigured("DANVAN_CAPTURES is off")
        mw = cls(crawler, capture_dir(crawler.settings), crawler.settings.get("DANVAN_DB") or "archive.db")
        crawler.signals.connect(mw.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        return mw

    def spider_opened(self, spider: Any = None) -> None:
        portals = sorted(getattr(spider, "portals", {}) or [])
        self.label = portals[0] if len(portals) == 1 else getattr(spider, "name", "crawl")
        self._open_next()
        self.crawler.stats.set_value(STAT_FILE, stored_path(self.path, self.db))  # type: ignore[arg-type]

    def _open_next(self) -> None:
        """A new capture file; two runs within the same second (or under a frozen clock), and the
        files a run rotates to, get distinct names."""
        stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self.directory / f"{stamp}-{_safe(self.label)}.warc.gz"
        n = 1
        while path.exists():
            n += 1
            path = self.directory / f"{stamp}-{_safe(self.label)}-{n}.warc.gz"
        self.path = path
        self.file = open(path, "wb")  # noqa: SIM115 -- open for the whole run, closed at spider_closed
        self.writer = WARCWriter(self.file, gzip=True)

    def spider_closed(self, spider: Any = None, reason: str = "") -> None:
        self._stop_capturing()

    def _stop_capturing(self) -> None:
        file, self.file, self.writer = self.file, None, None
        if file is None:
            return
        try:
            file.close()
        except OSError as exc:
            if not is_disk_error(exc):
                raise
            # What could not be flushed was a record no article points to (a pointer is
            # handed out only after its record is flushed).

    def process_response(self, request: Request, response: Response) -> Response:
        if self.writer is None or self.file is None:
            return response
        try:
            offset = self.write(request, response)
        except OSError as exc:
            if not is_disk_error(exc):
                raise
            # No page is read without its capture: stop capturing, drop the page and stop the
            # crawl cleanly, as the archive pipeline does when the archive cannot grow.
            self._stop_capturing()
            stop_for_full_disk(self.crawler, self.path, exc)
            raise IgnoreRequest(f"{request.url}: not captured, the disk is full") from None
        request.meta[FILE_KEY] = stored_path(self.path, self.db)  # type: ignore[arg-type]
        request.meta[OFFSET_KEY] = offset
        if self.max_bytes and self.file is not None and self.file.tell() >= self.max_bytes:
            self._stop_capturing()
            self._open_next()
        return response

    def write(self, request: Request, response: Response) -> int:
        """Write the response record, then its request; return the response record's offset."""
        assert self.writer is not None and self.file is not None
        extra = {}
        if request.meta.get("danvan_portal"):
            extra[PORTAL_HEADER] = request.meta["danvan_portal"]
        if request.meta.get("danvan_kind"):
            extra[KIND_HEADER] = request.meta["danvan_kind"]
        protocol = (response.protocol or "HTTP/1.1").upper()
        status = StatusAndHeaders(
            f"{response.status} {_reason(response.status)}", _headers(response.headers), protocol=protocol
        )
        record = self.writer.create_warc_record(
            response.url, "response", payload=io.BytesIO(response.body), http_headers=status,
            warc_headers_dict=extra,
        )
        offset = self.file.tell()
        self.writer.write_record(record)
        path = request.url.split("/", 3)[3] if request.url.count("/") >= 3 else ""
        req_headers = StatusAndHeaders(
            f"{request.method} /{path} HTTP/1.1", _headers(request.headers), is_http_request=True
        )
        req_record = self.writer.create_warc_record(
            request.url, "request", payload=io.BytesIO(request.body or b""), http_headers=req_headers,
            warc_headers_dict={"WARC-Concurrent-To": record.rec_headers.get_header("WARC-Record-ID")},
        )
        self.writer.write_record(req_record)
        self.file.flush()
        return offset


def prune_captures(db: str | os.PathLike[str], directory: Path, days: float) -> list[Path]:
    """Delete capture files older than `days` (none when 0) and forget them in the archive.

    Articles keep their text; only the way back to the page they were read from goes
    (`danvan reparse` skips them). Returns the files deleted.
    """
    if days <= 0 or not directory.is_dir():
        return []
    import sqlite3
    import time

    cutoff = time.time() - days * 86400
    old = [p for p in sorted(directory.glob("*.warc.gz")) if p.stat().st_mtime < cutoff]
    if not old:
        return []
    conn = sqlite3.connect(db)
    try:
        with conn:
            for path in old:
                name = stored_path(path, db)
                conn.execute("UPDATE articles SET capture_file = NULL, capture_offset = NULL WHERE capture_file = ?",
                             (name,))
                conn.execute("UPDATE crawl_runs SET capture_file = NULL WHERE capture_file = ?", (name,))
    finally:
        conn.close()
    for path in old:  # only once no row names them
        path.unlink(missing_ok=True)
    return old


class CaptureItemsMiddleware:
    """Spider middleware: an article item carries the capture of the page it came from."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CaptureItemsMiddleware:
        if not crawler.settings.getbool("DANVAN_CAPTURES"):
            raise NotConfigured("DANVAN_CAPTURES is off")
        return cls()

    def _stamp(self, item: Any, response: Response | None) -> Any:
        if isinstance(item, Article) and response is not None and FILE_KEY in response.meta:
            item.capture_file = response.meta[FILE_KEY]
            item.capture_offset = response.meta[OFFSET_KEY]
        return item

    def process_spider_output(self, response: Response, result: Iterable[Any]) -> Iterable[Any]:
        for item in result:
            yield self._stamp(item, response)

    async def process_spider_output_async(self, response: Response, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        async for item in result:
            yield self._stamp(item, response)


def _headers(headers: Any) -> list[tuple[str, str]]:
    pairs = []
    for name, values in headers.items():
        if name.lower() in _DROPPED_HEADERS:
            continue
        for value in values:
            pairs.append((name.decode("latin-1"), value.decode("latin-1")))
    return pairs


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _safe(label: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", label)
