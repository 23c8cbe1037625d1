"""Web-archive captures of closed portals: the CDX listing API and raw snapshot URLs, as pure functions.

The Internet Archive's CDX server (`https://web.archive.org/cdx/search/cdx`) answers a
query with `output=json` as a JSON array: the first row names the fields, each further
row is one capture, and with `showResumeKey=true` a long result ends with an empty row
and a one-element row holding the key that continues it (`resumeKey=`). A capture is
replayed raw, without the archive's toolbar or rewritten links, at
`https://web.archive.org/web/<timestamp>id_/<original>`. Timestamps are UTC,
`YYYYMMDDhhmmss`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit, urlunsplit

from crawler.core.dates import retry_after_seconds

FIELDS = ("urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length")
_SNAPSHOT = re.compile(r"/web/(\d{4,14})(?:[a-z]{2}_)?/(.+)$", re.S)


@dataclass(frozen=True)
class Capture:
    """One row of a CDX listing."""

    urlkey: str
    timestamp: str
    original: str
    mimetype: str = ""
    statuscode: str = ""
    digest: str = ""
    length: str = ""

    @property
    def captured_at(self) -> str:
        """The capture time, ISO 8601 in UTC."""
        return timestamp_iso(self.timestamp)

    @property
    def is_html_ok(self) -> bool:
        """A page the archive got with status 200 as HTML (what the listing's filters keep)."""
        return self.statuscode == "200" and self.mimetype.split(";")[0].strip().lower() == "text/html"


@dataclass(frozen=True)
class CdxPage:
    """One answer of the CDX API: its captures and the key of the next page, if any."""

    captures: list[Capture]
    resume_key: str | None = None


class CdxError(ValueError):
    """A CDX answer that is not the API's JSON shape."""


def cdx_query_url(
    endpoint: str, url: str, *, match_type: str = "prefix", collapse: str = "urlkey",
    date_from: str = "", date_to: str = "", limit: int = 0, resume_key: str | None = None,
) -> str:
    """The CDX API query listing 200 text/html captures of `url` (a prefix by default)."""
    params: list[tuple[str, str]] = [
        ("url", url), ("matchType", match_type), ("output", "json"), ("fl", ",".join(FIELDS)),
        ("filter", "statuscode:200"), ("filter", "mimetype:text/html"),
    ]
    if collapse:
        params.append(("collapse", collapse))
    if date_from:
        params.append(("from", date_from))
    if date_to:
        params.append(("to", date_to))
    if limit:
        params += [("limit", str(limit)), ("showResumeKey", "true")]
    if resume_key:
        params.append(("resumeKey", resume_key))
    return f"{endpoint}?{urlencode(params)}"


def parse_cdx(body: bytes | str) -> CdxPage:
    """Captures and resume key of a JSON CDX answer (`[]` or empty: no captures)."""
    text = body.decode("utf-8") if isinstance(body, bytes) else body
    if not text.strip():
        return CdxPage([])
    try:
        rows = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CdxError(f"not JSON: {exc}") from None
    if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
        raise CdxError("not a JSON array of rows")
    if not rows:
        return CdxPage([])
    header, *rest = rows
    resume = None
    if len(rest) >= 2 and rest[-2] == [] and len(rest[-1]) == 1:
        resume = str(rest[-1][0])
        rest = rest[:-2]
    missing = [f for f in ("urlkey", "timestamp", "original") if f not in header]
    if missing:
        raise CdxError(f"no {', '.join(missing)} field")
    index = {name: i for i, name in enumerate(header)}
    captures = []
    seen: set[Capture] = set()
    for row in rest:
        if len(row) != len(header):
            continue  # a short row is no capture
        values = {f: str(row[index[f]]) for f in FIELDS if f in index}
        capture = Capture(**values)
        if capture in seen:
            continue  # the archive repeats a capture on several rows (even with resolveRevisits)
        seen.add(capture)
        captures.append(capture)
    return CdxPage(captures, resume)


BLOCKED_HEADER = "X-Archive-Wayback-Runtime-Error"


def blocked_reason(status: int, headers: dict[str, str]) -> str | None:
    """The archive's own refusal of a site (a 403 naming the exception), or None."""
    error = headers.get(BLOCKED_HEADER, "")
    if status == 403 and "Blocked Site Error" in error:
        return "the web archive blocks this site (Blocked Site Error): its captures cannot be read"
    return None


def snapshot_url(base: str, timestamp: str, original: str) -> str:
    """The raw (`id_`) replay of a capture: the page as archived, without the archive's toolbar."""
    return f"{base.rstrip('/')}/{timestamp}id_/{original}"


def parse_snapshot_url(url: str) -> tuple[str, str] | None:
    """(timestamp, original) of a snapshot URL, or None if it is not one."""
    parts = urlsplit(url)
    found = _SNAPSHOT.search(parts.path)
    if not found:
        return None
    original = found.group(2) + (f"?{parts.query}" if parts.query else "")
    return found.group(1), original


def timestamp_iso(timestamp: str) -> str:
    """'20230105083000' -> '2023-01-05T08:30:00+00:00' (missing digits count as zero)."""
    ts = (timestamp + "0" * 14)[:14]
    if len(timestamp) == 4:
        ts = timestamp + "0101000000"
    return f"{ts[:4]}-{ts[4:6]}-{ts[6:8]}T{ts[8:10]}:{ts[10:12]}:{ts[12:14]}+00:00"


def portal_url(original: str, base_url: str) -> str:
    """An archived URL in the portal's own form: its scheme and host, no default port.

    The archive keeps what was requested (`http://host:80/path`, `https://HOST/path`);
    the archive's copy of an article must carry the same URL as the live crawl's.
    """
    if "://" not in original:
        original = "http://" + original
    parts = urlsplit(original)
    base = urlsplit(base_url)
    host = (parts.hostname or "").lower()
    if host == (base.hostname or "").lower():
        return urlunsplit((base.scheme, base.netloc, parts.path or "/", parts.query, ""))
    return urlunsplit((parts.scheme, host, parts.path or "/", parts.query, ""))


def surt(url: str) -> str:
    """The CDX sort key of a URL: 'https://www.a.b.vn/X?q' -> 'vn,b,a)/x?q'."""
    if "://" not in url:
        url = "http://" + url
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    host = host[4:] if host.startswith("www.") else host
    key = ",".join(reversed(host.split("."))) + ")" + (parts.path or "/")
    if parts.query:
        key += "?" + parts.query
    return key.lower()


def retry_after(value: bytes | str | None, default: float) -> float:
    """Seconds a 429/503 answer asks us to wait (Retry-After as seconds or an HTTP date), else `default`."""
    seconds = retry_after_seconds(value)
    return default if seconds is None else seconds
