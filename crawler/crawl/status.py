"""Every portal's state at a glance (`danvan status`): last run, newest article, errors, drift, web archive.

Read from the archive alone, read-only, so it works while a crawl writes (WAL) and on a
copy of the archive. Each fact is one query over its whole table grouped by portal, not
one query per portal, so the cost stays flat however many portals the registry holds.
The last run is the portal's highest `crawl_runs.id`, and the newest article and the
count are `max(published_at)` and `count(*)`, exactly as the `portal_health` view reads
them, so the terminal and Datasette never disagree.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from crawler.archive.store import Archive, ArchiveError
from crawler.crawl.outcomes import problem_line

# Count and newest article per portal, as `portal_health` reads them; over the index articles(portal).
ARTICLES_BY_PORTAL = "SELECT portal, count(*), max(published_at) FROM articles GROUP BY portal"

# The statuses that need no line under the table (a run still going is listed: it may be a dead one).
OK_STATUSES = frozenset({"ok"})


@dataclass(frozen=True)
class WaybackProgress:
    """A portal's web-archive listing: prefixes listed, how many finished, captures listed and fetched."""

    prefixes: int
    done: int
    captures_listed: int  # sum of wayback_progress.captures: the current listing pass
    fetched: int  # wayback_captures rows read (fetched_at set), all passes

    def summary(self) -> str:
        return (f"{self.prefixes} prefix{'es' if self.prefixes != 1 else ''}, {self.done} done, "
                f"{self.captures_listed:,} captures listed, {self.fetched:,} fetched")


@dataclass(frozen=True)
class PortalStatus:
    """What an operator wants to know of one portal; None where the portal never ran."""

    portal: str
    name: str
    portal_status: str
    last_run_id: int | None = None
    last_run_finished_at: str | None = None
    last_status: str | None = None
    newest_article: str | None = None
    articles: int = 0
    last_run_errors: int | None = None
    drift_warnings: int | None = None
    problems: list[str] = field(default_factory=list)
    wayback: WaybackProgress | None = None

    @property
    def ok(self) -> bool:
        """Never crawled is not a problem of a run; any last run that is not `ok` is."""
        return self.last_status is None or self.last_status in OK_STATUSES

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def problem_line(self) -> str:
        """`<portal>: <status>: <problems>`, the same shape as `danvan crawl` prints."""
        return problem_line(self.portal, str(self.last_status), self.problems)


def read_status(db: str | os.PathLike[str]) -> list[PortalStatus]:
    """The status of every portal of an archive file; ArchiveError (one line) if it is not one."""
    archive = Archive.open(db, create=False, readonly=True)
    try:
        if "portals" not in _tables(archive.conn):
            raise ArchiveError(f"{db}: not a danvan archive (no portals table)")
        return portal_statuses(archive.conn)
    finally:
        archive.close()


def portal_statuses(conn: sqlite3.Connection) -> list[PortalStatus]:
    """Every portal of `portals`, sorted by id, crawled or not."""
    tables = _tables(conn)
    run_columns = {row[1] for row in conn.execute("PRAGMA table_info(crawl_runs)")}
    # Archives older than migration 7 (opened read-only, so not migrated) have no problems column.
    problems_column = "problems" if "problems" in run_columns else "NULL"
    last_runs = {
        row[0]: row[1:] for row in conn.execute(
            f"""SELECT portal, id, finished_at, status, errors, {problems_column} FROM crawl_runs
                WHERE id IN (SELECT max(id) FROM crawl_runs GROUP BY portal)""")
    }
    drift = dict(conn.execute(
        """SELECT run_id, count(*) FROM errors
           WHERE stage = 'drift' AND run_id IN (SELECT max(id) FROM crawl_runs GROUP BY portal)
           GROUP BY run_id""").fetchall()) if "errors" in tables else {}
    articles = {row[0]: row[1:] for row in conn.execute(ARTICLES_BY_PORTAL)}
    wayback = _wayback(conn, tables)

    statuses = []
    for portal, name, portal_status in conn.execute("SELECT id, name, status FROM portals ORDER BY id"):
        count, newest = articles.get(portal, (0, None))
        run = last_runs.get(portal)
        facts: dict[str, Any] = {}
        if run is not None:
            run_id, finished_at, status, errors, problems = run
            facts = dict(last_run_id=run_id, last_run_finished_at=finished_at, last_status=status,
                         last_run_errors=errors, drift_warnings=drift.get(run_id, 0),
                         problems=_problem_list(problems))
        statuses.append(PortalStatus(portal, name, portal_status, newest_article=newest, articles=count,
                                     wayback=wayback.get(portal), **facts))
    return statuses


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}


def _wayback(conn: sqlite3.Connection, tables: set[str]) -> dict[str, WaybackProgress]:
    """Listing progress of the portals that have `wayback_progress` rows (archives since migration 4)."""
    if "wayback_progress" not in tables:
        return {}
    fetched = dict(conn.execute(
        "SELECT portal, count(*) FROM wayback_captures WHERE fetched_at IS NOT NULL GROUP BY portal").fetchall())
    return {
        portal: WaybackProgress(prefixes, done or 0, listed or 0, fetched.get(portal, 0))
        for portal, prefixes, done, listed in conn.execute(
            "SELECT portal, count(*), sum(done != 0), sum(captures) FROM wayback_progress GROUP BY portal")
    }


def _problem_list(stored: str | None) -> list[str]:
    """`crawl_runs.problems` is a JSON list of strings; anything else is shown as it is."""
    if not stored:
        return []
    try:
        value = json.loads(stored)
    except ValueError:
        return [stored]
    return [str(p) for p in value] if isinstance(value, list) else [str(value)]


def _when(finished_at: str) -> str:
    """A run's end to the minute, in UTC (what crawl_runs stores)."""
    try:
        moment = datetime.fromisoformat(finished_at)
    except ValueError:
        return finished_at
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%d %H:%M") + ("Z" if moment.tzinfo is not None else "")


def last_run_cell(status: PortalStatus) -> str:
    """`#12 2026-05-01 06:00Z`, `#13 running` (not finished), or `never`."""
    if status.last_run_id is None:
        return "never"
    return f"#{status.last_run_id} " + (_when(status.last_run_finished_at) if status.last_run_finished_at
                                        else "running")


def table(statuses: list[PortalStatus]) -> str:
    """A fixed-width table, one row per portal, followed by one line per portal that is not ok."""
    header = ("portal", "last run", "status", "newest", "articles", "errors", "drift", "web archive")
    rows = [header] + [
        (s.portal, last_run_cell(s), s.last_status or "-", (s.newest_article or "-")[:10], f"{s.articles:,}",
         "-" if s.last_run_errors is None else str(s.last_run_errors),
         "-" if s.drift_warnings is None else str(s.drift_warnings),
         s.wayback.summary() if s.wayback else "")
        for s in statuses
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    numeric = {4, 5, 6}

    def cell(i: int, value: str) -> str:
        return value.rjust(widths[i]) if i in numeric else value.ljust(widths[i])

    lines = ["  ".join(cell(i, v) for i, v in enumerate(row)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines + [s.problem_line() for s in statuses if not s.ok])
