"""Rebuild the archive's articles from their raw captures with the current extractors (no network).

Every article row points at the WARC record of the page it came from; `reparse` reads
that record, extracts the article again, classifies it and upserts it, so an extractor
fix reaches the whole archive without a crawl. Captured article pages that are not in
the archive yet (rejected or skipped before) are extracted too and added when they now
qualify.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import io
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from scrapy.http import HtmlResponse
from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader
from warcio.recordloader import ArcWarcRecord

from crawler.archive import Archive
from crawler.archive.inspect import write_inspect_file
from crawler.core import registry as registry_module
from crawler.core.errors import DanvanError
from crawler.core.text import repair_charset
from crawler.crawl.capture import KIND_HEADER, PORTAL_HEADER, resolve_path


class ReparseError(DanvanError):
    """A capture that cannot be read."""


@dataclass
class ReparseReport:
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    not_captured: int = 0  # archived before captures existed
    unreadable: int = 0  # capture file missing or record damaged
    rejected: int = 0  # the extractor no longer finds a title or body
    below_threshold: int = 0  # kept; `danvan retag --prune` moves them
    changed_urls: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def lines(self) -> list[str]:
        return [
            f"added: {self.added}",
            f"changed: {self.changed}",
            f"unchanged: {self.unchanged}",
            f"without a capture: {self.not_captured}",
            f"capture unreadable: {self.unreadable}",
            f"no title or body extracted (kept as archived): {self.rejected}",
            f"below the relevance threshold (kept; `danvan retag --prune` moves them): {self.below_threshold}",
            f"time: {self.seconds:.1f} s",
        ]


@dataclass
class Capture:
    url: str
    portal: str
    status: int
    html: str


def read_capture(path: Path, offset: int) -> Capture:
    """The response record at `offset` of a WARC file, its payload decoded as Scrapy would."""
    try:
        with open(path, "rb") as stream:
            stream.seek(offset)
            record = next(iter(ArchiveIterator(stream)), None)
            if record is None or record.rec_type != "response":
                raise ReparseError(f"{path}@{offset}: no response record there")
            return _capture(record)
    except OSError as exc:
        raise ReparseError(f"{path}: {exc.strerror}") from None
    except ReparseError:
        raise
    except Exception as exc:  # warcio fails in assorted ways on a damaged or cut-short record
        raise ReparseError(f"{path}@{offset}: damaged record: {exc!r}") from None


def _capture(record: ArcWarcRecord) -> Capture:
    url = record.rec_headers.get_header("WARC-Target-URI")
    headers = {k: v for k, v in record.http_headers.headers} if record.http_headers else {}
    raw = record.raw_stream.read()
    # warcio hands back whatever a cut-short record still holds: only a payload that matches
    # its recorded digest is the page as it was served.
    digest = record.rec_headers.get_header("WARC-Payload-Digest") or ""
    if digest.startswith("sha1:") and digest[5:] != base64.b32encode(hashlib.sha1(raw).digest()).decode():
        raise ReparseError(f"{url}: capture payload does not match its digest (damaged or cut short)")
    encoding = headers.pop("Content-Encoding", None)
    compressed = (encoding or "").lower() in ("gzip", "deflate", "br")
    body = DecompressingBufferedReader(io.BytesIO(raw), decomp_type=encoding.lower()).read() if compressed else raw
    response = HtmlResponse(url=url, body=body, headers=headers)
    real = repair_charset(body, response.encoding)  # as the crawl's CharsetRepairMiddleware does
    if real is not None:
        response = response.replace(encoding=real)
    status = int(record.http_headers.get_statuscode() or 0) if record.http_headers else 0
    return Capture(url, record.rec_headers.get_header(PORTAL_HEADER) or "", status, response.text)


def article_records(path: Path) -> Iterator[tuple[int, Capture]]:
    """(offset, capture) of every captured article page (status 200) in a WARC file."""
    with open(path, "rb") as stream:
        iterator = ArchiveIterator(stream)
        try:
            for record in iterator:
                if record.rec_type != "response" or record.rec_headers.get_header(KIND_HEADER) != "article":
                    continue
                if record.http_headers is None or record.http_headers.get_statuscode() != "200":
                    continue
                capture = _capture(record)  # read the payload before asking for the offset, which skips it
                yield iterator.get_record_offset(), capture
        except Exception:  # warcio fails in assorted ways on a record cut short
            return  # a run killed mid-write leaves a truncated last record; the ones before it are whole


def reparse(db: str | Path, *, registry_path: str | None = None, taxonomy_path: str | None = None,
            threshold: float | None = None) -> ReparseReport:
    """Extract, classify and upsert every captured article again; report what changed.

    `threshold` overrides the taxonomy's relevance threshold, as DANVAN_RELEVANCE_THRESHOLD does for a crawl."""
    from crawler.classify.retag import link_duplicates
    from crawler.classify.topics import load_taxonomy

    started = time.perf_counter()
    registry = registry_module.load(registry_path)
    taxonomy = load_taxonomy(taxonomy_path)
    if threshold is not None:
        taxonomy = dataclasses.replace(taxonomy, threshold=threshold)
    report = ReparseReport()
    archive = Archive.open(db, create=False)
    try:
        rows = archive.conn.execute(
            "SELECT url, portal, capture_file, capture_offset, captured_at, snapshot_url FROM articles ORDER BY id"
        ).fetchall()
        archived = {url for url, *_ in rows}
        for url, portal_id, capture_file, capture_offset, captured_at, snapshot in rows:
            if capture_file is None or capture_offset is None:
                report.not_captured += 1
                continue
            try:
                capture = read_capture(resolve_path(capture_file, db), int(capture_offset))
            except ReparseError:
                report.unreadable += 1
                continue
            # A page read from a web archive was captured under its snapshot URL: it is
            # extracted and kept under the article's own URL, with its capture time.
            archived_as = (url, captured_at, snapshot) if captured_at else None
            outcome = _apply(archive, registry, taxonomy, capture, portal_id, capture_file, int(capture_offset),
                             archived_as)
            _count(report, outcome, url)
        # Captured article pages the archive does not hold: the newest capture of each.
        newest: dict[str, tuple[Capture, str, int]] = {}
        files = [f for (f,) in archive.conn.execute(
            "SELECT DISTINCT capture_file FROM crawl_runs WHERE capture_file IS NOT NULL ORDER BY id")]
        for stored in files:
            path = resolve_path(stored, db)
            if not path.exists():
                continue
            for offset, capture in article_records(path):
                if capture.url not in archived:
                    newest[capture.url] = (capture, stored, offset)
        for url, (capture, stored, offset) in newest.items():
            # Pages that still do not qualify were not archived before either: not news, not counted.
            if _apply(archive, registry, taxonomy, capture, capture.portal, stored, offset) == "new":
                _count(report, "new", url)
        link_duplicates(archive, full=True)
    finally:
        archive.close()
    write_inspect_file(db)  # the counts `danvan serve` gives Datasette
    report.seconds = time.perf_counter() - started
    return report


def _count(report: ReparseReport, outcome: str, url: str) -> None:
    if outcome == "new":
        report.added += 1
    elif outcome == "updated":
        report.changed += 1
        report.changed_urls.append(url)
    elif outcome == "unchanged":
        report.unchanged += 1
    elif outcome == "rejected":
        report.rejected += 1
    elif outcome == "below_threshold":
        report.below_threshold += 1


def _apply(archive: Archive, registry: registry_module.Registry, taxonomy: object, capture: Capture,
           portal_id: str, capture_file: str, capture_offset: int,
           archived_as: tuple[str, str, str] | None = None) -> str:
    """Extract and classify one captured page and upsert it; the outcome.

    `archived_as` (url, captured_at, snapshot_url) names an article read from a web archive.
    """
    from crawler.classify.annotate import annotate
    from crawler.extract.dispatch import extract_page

    article = extract_page(capture.html, archived_as[0] if archived_as else capture.url, registry)
    if archived_as:
        article.url, article.captured_at, article.snapshot_url = archived_as
    portal = registry.get(portal_id or article.portal)
    article.portal = portal.id
    if article.unusable_fields():  # as the crawl's ValidatePipeline rejects it
        return "rejected"
    annotation = annotate(article, portal, taxonomy)  # type: ignore[arg-type]
    if not annotation.relevance.relevant:
        return "below_threshold"
    with archive.transaction():  # an article is never stored without the pointer to its capture
        outcome = archive.upsert_article(article, portal, annotation)
        archive.set_capture(article.url, capture_file, capture_offset)
    return outcome
