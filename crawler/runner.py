"""Running crawls: portals from the registry, one Scrapy crawler per portal, mirror on or off."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from scrapy.spiderloader import SpiderLoader

from crawler import registry as registry_module
from crawler.archive import Archive
from crawler.mirror import mirrored_hosts
from crawler.mirror.server import serving_in_subprocess
from crawler.registry import Portal, Registry
from crawler.retag import link_duplicates


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


@dataclass
class CrawlPlan:
    portals: list[Portal]
    skipped: dict[str, str]  # portal id -> why it is not crawled


def project_settings(profile: str = "live", **overrides: object) -> Settings:
    """The project's settings with a profile (live, offline) and overrides layered on top."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.update(settings.getdict("PROFILES").get(profile, {}), priority="project")
    settings.update({k: v for k, v in overrides.items() if v is not None}, priority="cmdline")
    return settings


def plan(reg: Registry, portal_ids: list[str] | None, offline: bool) -> CrawlPlan:
    """Which portals a crawl covers; unknown ids raise RegistryError before anything runs."""
    chosen = [reg.get(pid) for pid in portal_ids] if portal_ids else list(reg.portals)
    skipped: dict[str, str] = {}
    hosts = mirrored_hosts()
    portals = []
    for portal in chosen:
        if offline and not set(portal.hosts) <= hosts:
            skipped[portal.id] = "not in the offline mirror"
        elif not offline and portal.status == "unidentified":
            skipped[portal.id] = "live URL unknown (unidentified portal)"
        else:
            portals.append(portal)
    return CrawlPlan(portals, skipped)


def crawl(
    db: str | Path,
    *,
    portal_ids: list[str] | None = None,
    offline: bool = False,
    registry_path: str | None = None,
    progress: bool = False,
    log_level: str = "ERROR",
    max_listing_pages: int | None = None,
) -> tuple[CrawlPlan, list[PortalRun]]:
    """Crawl portals into the archive at `db`; return the plan and one result per portal.

    The registry and the archive are checked before any request is made, so a bad
    registry, an unknown portal or an unusable archive path changes nothing.
    """
    reg = registry_module.load(registry_path)
    crawl_plan = plan(reg, portal_ids, offline)
    archive = Archive.open(db)
    archive.sync_portals(reg)
    first_run = archive.conn.execute("SELECT coalesce(max(id), 0) FROM crawl_runs").fetchone()[0]
    archive.close()
    if not crawl_plan.portals:
        return crawl_plan, []
    with _mirror(offline) as mirror_url:
        settings = project_settings(
            "offline" if offline else "live",
            DANVAN_DB=str(db), DANVAN_REGISTRY=str(reg.path), DANVAN_MIRROR_URL=mirror_url,
            DANVAN_PROGRESS=progress, LOG_LEVEL=log_level, DANVAN_MAX_LISTING_PAGES=max_listing_pages,
            DANVAN_LINK_DUPLICATES_ON_CLOSE=False,
        )
        loader = SpiderLoader.from_settings(settings)
        process = CrawlerProcess(settings)
        for portal in crawl_plan.portals:
            process.crawl(loader.load(portal.platform), portal=portal.id)
        process.start()
    archive = Archive.open(db)
    try:
        link_duplicates(archive)  # once, across every portal of the run
    finally:
        archive.close()
    return crawl_plan, runs_since(db, first_run)


def runs_since(db: str | Path, after_id: int) -> list[PortalRun]:
    archive = Archive.open(db, create=False)
    try:
        rows = archive.conn.execute(
            """SELECT portal, status, listing_pages, article_pages, articles_new, articles_updated,
                      articles_unchanged, articles_rejected, articles_skipped, errors
               FROM crawl_runs WHERE id > ? ORDER BY portal""",
            (after_id,),
        ).fetchall()
    finally:
        archive.close()
    return [PortalRun(*row) for row in rows]


@contextlib.contextmanager
def _mirror(offline: bool) -> Iterator[str | None]:
    if not offline:
        yield None
        return
    with serving_in_subprocess() as url:
        yield url
