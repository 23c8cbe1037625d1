"""Progress of web-archive listings, kept in the archive so an interrupted listing resumes.

A CDX listing of a large portal runs for hours at one request per second. Each page of
it is committed with the key that continues it (`wayback_progress`) together with the
article captures it named (`wayback_captures`); a crawl that stops, however it stops,
restarts the listing from the last committed key and fetches the listed articles that
are not stored yet.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from crawler.archive.store import Archive
from crawler.core import clock


@dataclass(frozen=True)
class Listed:
    """An article capture named by a listing: the portal's URL, the archive's original URL, when."""

    url: str
    original: str
    timestamp: str
    digest: str = ""


@dataclass(frozen=True)
class ListingState:
    resume_key: str | None
    done: bool
    pages: int
    listed_at: str = ""  # when its last page was committed (UTC, ISO 8601)


def listing_state(archive: Archive, portal: str, prefix: str) -> ListingState:
    """Where the listing of `prefix` stands: not started, interrupted at a key, or done."""
    row = archive.conn.execute(
        "SELECT resume_key, done, pages, updated_at FROM wayback_progress WHERE portal = ? AND prefix = ?",
        (portal, prefix),
    ).fetchone()
    if row is None:
        return ListingState(None, False, 0)
    return ListingState(row[0], bool(row[1]), int(row[2]), row[3] or "")


def newer_than(state: ListingState, lag_days: float) -> str:
    """The CDX `from` timestamp of a re-listing: captures since the finished listing, less the index's lag.

    The archive indexes captures some time after it makes them, so a capture made just
    before the listing may show only later; `lag_days` covers that.
    """
    from datetime import datetime, timedelta

    when = datetime.fromisoformat(state.listed_at) - timedelta(days=lag_days)
    return when.strftime("%Y%m%d%H%M%S")


def window_read(state: ListingState, date_to: str, lag_days: float) -> bool:
    """Whether a finished listing already covers every capture its window can hold.

    A window that closed (its `date_to`) before the listing's start-of-lag can gain no
    capture: the archive's timestamps are when it captured, and never move.
    """
    if not (state.done and state.listed_at and date_to):
        return False
    return date_to.ljust(14, "9") < newer_than(state, lag_days)


def save_page(archive: Archive, portal: str, prefix: str, listed: Iterable[Listed], resume_key: str | None) -> None:
    """Commit one listing page: its article captures and the key of the next page (None: done)."""
    now = clock.now_iso()
    rows = [(portal, c.url, c.original, c.timestamp, c.digest, now) for c in listed]
    with archive.transaction():
        archive.conn.executemany(
            """INSERT OR IGNORE INTO wayback_captures (portal, url, original, timestamp, digest, listed_at)
               VALUES (?, ?, ?, ?, ?, ?)""",
            rows,
        )
        archive.conn.execute(
            """INSERT INTO wayback_progress (portal, prefix, resume_key, pages, captures, done, updated_at)
               VALUES (?, ?, ?, 1, ?, ?, ?)
               ON CONFLICT(portal, prefix) DO UPDATE SET resume_key = excluded.resume_key,
                   pages = wayback_progress.pages + 1, captures = wayback_progress.captures + excluded.captures,
                   done = excluded.done, updated_at = excluded.updated_at""",
            (portal, prefix, resume_key, len(rows), int(resume_key is None), now),
        )


def record_captures(archive: Archive, portal: str, listed: Iterable[Listed]) -> None:
    """Remember further captures of an article (its versions), outside any listing page."""
    now = clock.now_iso()
    with archive.transaction():
        archive.conn.executemany(
            """INSERT OR IGNORE INTO wayback_captures (portal, url, original, timestamp, digest, listed_at)
               VALUES (?, ?, ?, ?, ?, ?)""",
            [(portal, c.url, c.original, c.timestamp, c.digest, now) for c in listed],
        )


def mark_fetched(archive: Archive, portal: str, original: str, timestamp: str) -> None:
    """Note that a capture was read (for the record: `pending` does not go by it)."""
    with archive.transaction():
        archive.conn.execute(
            "UPDATE wayback_captures SET fetched_at = ? WHERE portal = ? AND original = ? AND timestamp = ?",
            (clock.now_iso(), portal, original, timestamp),
        )


def pending(archive: Archive, portal: str) -> list[Listed]:
    """Listed articles the archive holds nothing of yet (an interrupted crawl's rest), earliest capture each.

    An article is done once it is in `articles` or `skipped`, not once a capture of it was
    fetched: a fetched capture's article waits in the store's batch for up to a second, and
    a crawl killed then would otherwise lose it until a later full listing. An article the
    archive never yields a storable page of is fetched again on resume, as a new listing
    would fetch it again anyway.
    """
    rows = archive.conn.execute(
        """SELECT url, original, min(timestamp), digest FROM wayback_captures c
           WHERE portal = ?
             AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.url = c.url)
             AND NOT EXISTS (SELECT 1 FROM skipped s WHERE s.url = c.url)
           GROUP BY url ORDER BY url""",
        (portal,),
    ).fetchall()
    return [Listed(*row) for row in rows]
