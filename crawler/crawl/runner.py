"""Running crawls: portals from the registry, one Scrapy crawler per portal, mirror on or off."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from scrapy.spiderloader import SpiderLoader

from crawler.archive import Archive
from crawler.archive.inspect import write_inspect_file
from crawler.archive.ranking import refresh_ranking
from crawler.classify.retag import link_duplicates
from crawler.core import registry as registry_module
from crawler.core.registry import Portal, Registry
from crawler.crawl.capture import capture_dir, prune_captures
from crawler.crawl.lock import archive_lock
from crawler.crawl.outcomes import portal_counts
from crawler.mirror import SITES, mirrored_hosts
from crawler.mirror.server import serving_in_subprocess


@dataclass
class PortalRun:
    """One portal's result in a crawl: a row of `crawl_runs`."""

    portal: str
    status: str
    listing_pages: int
    article_pages: int
    articles_new: int
    articles_updated: int
    articles_unchanged: int
    articles_rejected: int
    articles_skipped: int
    errors: int
    problems: list[str] = field(default_factory=list)  # why the run is not ok, one line each
    counts: dict[str, int] = field(default_factory=dict)  # the crawl's danvan/<portal>/* counters


@dataclass
class CrawlPlan:
    portals: list[Portal]
    skipped: dict[str, str]  # portal id -> why it is not crawled
    wayback: set[str] = field(default_factory=set)  # portals read from their web-archive source


def project_settings(profile: str = "live", **overrides: object) -> Settings:
    """The project's settings with a profile (live, offline) and overrides layered on top."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.update(settings.getdict("PROFILES").get(profile, {}), priority="project")
    settings.update({k: v for k, v in overrides.items() if v is not None}, priority="cmdline")
    return settings


def plan(reg: Registry, portal_ids: list[str] | None, offline: bool, wayback: bool = False) -> CrawlPlan:
    """Which portals a crawl covers; unknown ids raise RegistryError before anything runs.

    A portal is read from its web-archive source with `wayback`, and live when it is
    closed and has one (its site is gone or serves another unit's news); offline, the
    mirror holds closed portals' pages as they were, and `wayback` reads the local archive.
    """
    chosen = [reg.get(pid) for pid in portal_ids] if portal_ids else list(reg.portals)
    skipped: dict[str, str] = {}
    hosts = mirrored_hosts(Path(os.environ["DANVAN_MIRROR_ROOT"]) if os.environ.get("DANVAN_MIRROR_ROOT") else SITES)
    portals = []
    archived: set[str] = set()
    for portal in chosen:
        if wayback and portal.wayback is None:
            skipped[portal.id] = "no wayback source in the registry"
        elif offline and not set(portal.hosts) <= hosts:
            skipped[portal.id] = "not in the offline mirror"
        elif not offline and portal.status == "unidentified":
            skipped[portal.id] = "live URL unknown (unidentified portal)"
        elif not offline and portal.status == "closed" and portal.wayback is None:
            # Its site is gone or serves another unit's news: never fetched live.
            skipped[portal.id] = "closed, and no web-archive source in the registry"
        else:
            portals.append(portal)
            if portal.wayback is not None and (wayback or (not offline and portal.status == "closed")):
                archived.add(portal.id)
    return CrawlPlan(portals, skipped, archived)


def crawl(
    db: str | Path,
    *,
    portal_ids: list[str] | None = None,
    offline: bool = False,
    registry_path: str | None = None,
    progress: bool = False,
    log_level: str = "ERROR",
    max_listing_pages: int | None = None,
    full_sweep: bool | None = None,
    wait: bool | None = None,
    wayback: bool = False,
    settings: dict[str, object] | None = None,
) -> tuple[CrawlPlan, list[PortalRun]]:
    """Crawl portals into the archive at `db`; return the plan and one result per portal.

    The registry and the archive are checked before any request is made, so a bad
    registry, an unknown portal or an unusable archive path changes nothing. Only one
    crawl writes an archive at a time: a second one raises ArchiveBusy, or waits for the
    first with `wait` (or DANVAN_LOCK_WAIT=1). `settings` are set on every crawler (`danvan check`).
    """
    reg = registry_module.load(registry_path)
    crawl_plan = plan(reg, portal_ids, offline, wayback)
    Archive.open(db).close()  # a clear one-line error for an unusable path, before the lock
    if wait is None:
        wait = os.environ.get("DANVAN_LOCK_WAIT", "") not in ("", "0")
    with archive_lock(db, wait=wait):
        archive = Archive.open(db)
        archive.close_abandoned_runs()  # no writer is alive but us: open runs are a killed crawl's
        archive.sync_portals(reg)
        first_run = archive.conn.execute("SELECT coalesce(max(id), 0) FROM crawl_runs").fetchone()[0]
        archive.close()
        if not crawl_plan.portals:
            return crawl_plan, []
        with mirror(offline) as mirror_url, archive_mirror(offline, crawl_plan) as archive_url:
            settings = crawl_settings(
                offline, db, reg, mirror_url, archive_url, progress, log_level, max_listing_pages, full_sweep,
                DANVAN_LINK_DUPLICATES_ON_CLOSE=False,
                DANVAN_REDIS_URL="",  # this process writes the archive itself (crawl_worker does not)
                **(settings or {}),
            )
            loader = SpiderLoader.from_settings(settings)
            process = CrawlerProcess(settings)
            jobs = JobDirs.for_archive(db)
            crawlers = {}
            job_portals = {}
            for job, spider, portal_ids in crawler_jobs(crawl_plan):
                job_portals[job] = portal_ids.split(",")
                crawler = process.create_crawler(loader.load(spider))  # its own copy of settings
                if jobs is not None:
                    crawler.settings.set("JOBDIR", str(jobs.prepare(job)), priority="cmdline")
                crawlers[job] = crawler
                process.crawl(crawler, portal=portal_ids)
            process.start()
        if jobs is not None:
            for portal_id, crawler in crawlers.items():
                jobs.release(portal_id, finished=crawler.stats.get_value("finish_reason") == "finished")
        counts = {pid: portal_counts(crawler.stats.get_stats(), pid)
                  for job, crawler in crawlers.items() for pid in job_portals[job]}
        archive = Archive.open(db)
        try:
            link_duplicates(archive)  # once, across every portal of the run: its new articles
            archive.refresh_facet_counts()  # the search page's counts without a query
            refresh_ranking(archive.conn)  # the search page's relevance order: the run's new texts
        finally:
            archive.close()
        prune_captures(db, capture_dir(settings), settings.getfloat("DANVAN_CAPTURE_RETENTION_DAYS", 0))
        write_inspect_file(db)  # `danvan serve` starts at once, however large the archive
    runs = runs_since(db, first_run)
    for run in runs:
        run.counts = counts.get(run.portal, {})
    return crawl_plan, runs


def crawl_settings(offline: bool, db: str | Path, reg: Registry, mirror_url: str | None, archive_url: str | None,
                    progress: bool, log_level: str, max_listing_pages: int | None, full_sweep: bool | None,
                    **extra: object) -> Settings:
    """The settings of a crawl's crawlers: profile, archive, mirrors, the command's options and the environment's."""
    return project_settings(
        "offline" if offline else "live",
        DANVAN_DB=str(db), DANVAN_REGISTRY=str(reg.path), DANVAN_MIRROR_URL=mirror_url,
        DANVAN_WAYBACK_MIRROR_URL=archive_url,
        DANVAN_PROGRESS=progress, LOG_LEVEL=log_level, DANVAN_MAX_LISTING_PAGES=max_listing_pages,
        **extra,
        **{**environment_overrides(), **({} if full_sweep is None else {"DANVAN_FULL_SWEEP": full_sweep})},
    )


def crawler_jobs(crawl_plan: CrawlPlan) -> list[tuple[str, str, str]]:
    """(job name, spider, portal ids) of each crawler of a crawl.

    One crawler per portal site; the portals read from web archives share one, so the
    archive gets one request at a time from the whole crawl.
    """
    archived = ",".join(p.id for p in crawl_plan.portals if p.id in crawl_plan.wayback)
    jobs = [(p.id, p.platform, p.id) for p in crawl_plan.portals if p.id not in crawl_plan.wayback]
    return jobs + ([("wayback", "wayback", archived)] if archived else [])


class JobDirs:
    """Scrapy JOBDIRs, one per portal, so a crawl stopped gracefully (SIGTERM, Ctrl-C, a
    Scrapyd cancel) resumes with its pending requests and seen-request filter.

    Scrapy saves a JOBDIR's queue only when the crawl closes, so after SIGKILL it cannot be
    trusted: a marker file present at start means the last run died, and its JOBDIR is
    dropped; the archive's catch-up sweep (spiders/base.py) then completes the work.
    A JOBDIR is removed once its portal's crawl finished.
    """

    MARKER = "danvan-running"

    def __init__(self, root: Path):
        self.root = root

    @classmethod
    def for_archive(cls, db: str | Path) -> JobDirs | None:
        """DANVAN_JOBDIR_ROOT, default `crawls/<archive stem>/` beside the archive; `off` disables."""
        configured = os.environ.get("DANVAN_JOBDIR_ROOT", "")
        if configured.lower() in ("off", "none", "0"):
            return None
        db = Path(db)
        return cls(Path(configured) if configured else db.parent / "crawls" / db.stem)

    def prepare(self, portal_id: str) -> Path:
        path = self.root / portal_id
        if (path / self.MARKER).exists():
            shutil.rmtree(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / self.MARKER).write_text(f"{os.getpid()}\n")
        return path

    def release(self, portal_id: str, *, finished: bool) -> None:
        path = self.root / portal_id
        if finished:
            shutil.rmtree(path, ignore_errors=True)
            with contextlib.suppress(OSError):
                self.root.rmdir()  # only once no portal of the archive has state left
        else:
            (path / self.MARKER).unlink(missing_ok=True)


# Incremental-crawl settings an operator (or a test) may set from the environment.
_ENV_SETTINGS = {
    "DANVAN_RECENT_DAYS": float,  # re-fetch archived articles published this many days back
    "DANVAN_SWEEP_PAGES": int,  # listing pages read past the first one with no unseen article
    "DANVAN_FULL_SWEEP": lambda v: v not in ("", "0", "false", "False"),  # ignore what is archived
    "DANVAN_DOWNLOAD_DELAY": float,  # DOWNLOAD_DELAY, also for the offline mirror (tests slow it)
    "DANVAN_BACKFILL_MAX_PAGES": int,  # the bound of a first crawl's or a backfill's walk (against traps)
}


def environment_overrides() -> dict[str, object]:
    """Settings named in the environment (see _ENV_SETTINGS), parsed."""
    found: dict[str, object] = {}
    for name, parse in _ENV_SETTINGS.items():
        raw = os.environ.get(name)
        if raw is None or raw == "":
            continue
        found["DOWNLOAD_DELAY" if name == "DANVAN_DOWNLOAD_DELAY" else name] = parse(raw)
    return found


def runs_since(db: str | Path, after_id: int) -> list[PortalRun]:
    archive = Archive.open(db, create=False, readonly=True)
    try:
        rows = archive.conn.execute(
            """SELECT portal, status, listing_pages, article_pages, articles_new, articles_updated,
                      articles_unchanged, articles_rejected, articles_skipped, errors, problems
               FROM crawl_runs WHERE id > ? ORDER BY portal""",
            (after_id,),
        ).fetchall()
    finally:
        archive.close()
    return [PortalRun(*row[:-1], problems=json.loads(row[-1]) if row[-1] else []) for row in rows]


@contextlib.contextmanager
def archive_mirror(offline: bool, crawl_plan: CrawlPlan) -> Iterator[str | None]:
    """Offline, the local web archive (crawler.mirror.cdx) of the portals read from one."""
    hosts = {h for p in crawl_plan.portals if p.id in crawl_plan.wayback for h in p.hosts}
    if not offline or not hosts:
        yield None
        return
    from crawler.mirror.cdx import serving_in_subprocess as serving_archive

    root = os.environ.get("DANVAN_MIRROR_ROOT")
    with serving_archive(hosts, Path(root) if root else SITES) as url:
        yield url


@contextlib.contextmanager
def mirror(offline: bool) -> Iterator[str | None]:
    if not offline:
        yield None
        return
    running = os.environ.get("DANVAN_MIRROR_URL")
    if running:  # a mirror already serving (shared by the workers of one machine)
        yield running
        return
    # DANVAN_MIRROR_ROOT serves another copy of the sites (tests edit pages in one).
    root = os.environ.get("DANVAN_MIRROR_ROOT")
    with serving_in_subprocess(Path(root) if root else SITES) as url:
        yield url
