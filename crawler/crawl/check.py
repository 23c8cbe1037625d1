"""`danvan check`: a short self-test of every portal through the real crawler.

For each portal it crawls, with the crawl's own settings (politeness included), the first
listing page of each start URL and a sample of its articles (newest first) into a
throw-away archive, then checks: the start URLs answer; every listing yields article links
and a next page; every sampled article has a title, a date to the minute and a body of
sensible length, each from the platform's selectors and with the page's own declarations
agreeing. What fails is named by field with the URL to look at.

A portal's result is `ok`; `degraded` (it is read, but through the lower layers, or
without a time of day: the selectors need attention); or `failed` (a start URL does not
answer, no article link is found, or a sampled article lacks a title, date or body even
from the lower layers). Closed portals are not checked live (they are read from web
archives only).
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from crawler.core import registry as registry_module
from crawler.crawl import outcomes, runner
from crawler.extract.layers import ESSENTIAL, PLATFORM

SAMPLE = 3
MIN_BODY = 200  # characters: a body shorter than this is a lead or a caption, not an article
# Pages that ended in an error, by the stage the errors table gives them.
_FETCH_STAGES = ("http", "download", "robots", "redirect")


@dataclass
class Finding:
    """One thing that failed: the field (start_url, listing, next_page, title, published_at, body, ...)."""

    field: str
    message: str
    url: str = ""
    severity: str = "failed"  # or "degraded"


@dataclass
class PortalCheck:
    portal: str
    status: str = "ok"  # ok, degraded, failed, skipped
    articles_checked: int = 0
    findings: list[Finding] = field(default_factory=list)
    note: str = ""

    def add(self, field_name: str, message: str, url: str = "", severity: str = "failed") -> None:
        self.findings.append(Finding(field_name, message, url, severity))
        if severity == "failed":
            self.status = "failed"
        elif self.status == "ok":
            self.status = "degraded"


def check(portal_ids: list[str] | None = None, *, offline: bool = False, registry_path: str | None = None,
          sample: int = SAMPLE, log_level: str = "CRITICAL", progress: bool = False) -> list[PortalCheck]:
    """Check the portals (all of the registry by default); one result per portal, in registry order."""
    reg = registry_module.load(registry_path)
    plan = runner.plan(reg, portal_ids, offline)
    results = {pid: PortalCheck(pid, "skipped", note=why) for pid, why in plan.skipped.items()}
    live_closed = {p.id for p in plan.portals if not offline and p.id in plan.wayback}
    for pid in live_closed:
        results[pid] = PortalCheck(pid, "skipped", note="closed: read from its web archive only, not checked live")
    portals = [p.id for p in plan.portals if p.id not in live_closed]
    if portals:
        with tempfile.TemporaryDirectory(prefix="danvan-check-") as tmp:
            db = Path(tmp) / "check.db"
            _plan, runs = runner.crawl(
                db, portal_ids=portals, offline=offline, registry_path=registry_path, progress=progress,
                log_level=log_level, full_sweep=True, settings={
                    "DANVAN_CHECK_SAMPLE": sample,
                    "DANVAN_STORE_ALL": True,  # every sampled article is kept to be looked at
                    "DANVAN_CAPTURES": False,
                    "SPIDERMON_ENABLED": False,
                })
            counts = {run.portal: run.counts for run in runs}
            for pid in portals:
                results[pid] = assess(db, reg.get(pid), sample, counts.get(pid, {}))
    order = [p.id for p in reg.portals]
    return sorted(results.values(), key=lambda r: order.index(r.portal) if r.portal in order else len(order))


def assess(db: Path, portal: registry_module.Portal, sample: int, counts: dict[str, int]) -> PortalCheck:
    """What the check's crawl of one portal shows: its archive, and its counters (`counts`)."""
    result = PortalCheck(portal.id)
    conn = sqlite3.connect(db)
    try:
        run = conn.execute("SELECT listing_pages, article_pages, articles_rejected, errors, problems FROM crawl_runs "
                           "WHERE portal = ? ORDER BY id DESC LIMIT 1", (portal.id,)).fetchone()
        errors = conn.execute("SELECT url, stage, reason FROM errors WHERE portal = ? ORDER BY id",
                              (portal.id,)).fetchall()
        articles = conn.execute(
            "SELECT a.url, a.title, a.published_at, a.time_known, length(t.body), a.field_sources FROM articles a "
            "JOIN article_texts t ON t.article_id = a.id WHERE a.portal = ? ORDER BY a.published_at DESC",
            (portal.id,)).fetchall()
    finally:
        conn.close()
    listing_pages, _article_pages, rejected, _errors, _problems = run or (0, 0, 0, 0, None)
    for url in portal.start_urls:
        failed = [reason for u, stage, reason in errors if u == url and stage in _FETCH_STAGES]
        if failed:
            result.add("start_url", f"does not answer: {failed[0]}", url)
    if not listing_pages and not result.findings:
        result.add("start_url", "no listing page was read", portal.start_urls[0])
    for url, stage, reason in errors:
        if stage == "drift" and reason.startswith("listing:"):
            result.add("listing", reason.removeprefix("listing: "), url, "degraded")
        elif stage == "drift":
            name = reason.split(":", 1)[0]
            result.add(name, f"layers disagree: {reason.split(':', 1)[1].strip()}", url, "degraded")
        elif stage in _FETCH_STAGES and url not in portal.start_urls:
            result.add("article", f"does not answer: {reason}", url)
        elif stage in ("extract", "validate"):
            result.add("article", reason, url)
    if listing_pages and not counts.get("check_article_links") and not articles:
        result.add("listing", "yields no article link", portal.start_urls[0])
    if listing_pages and not counts.get("check_next_pages") and _has_html_listing(portal):
        result.add("next_page", "no next page found on the first listing page", portal.start_urls[0], "degraded")
    if rejected:
        result.add("article", f"{rejected} sampled pages gave no title or body", portal.start_urls[0])
    result.articles_checked = len(articles)
    for url, title, published_at, time_known, body_length, sources in articles:
        sources = json.loads(sources) if sources else {}
        if not title:
            result.add("title", "missing", url)
        if not published_at:
            result.add("published_at", "missing", url)
        elif not time_known:
            result.add("published_at", f"no time of day ({published_at})", url, "degraded")
        if (body_length or 0) < MIN_BODY:
            result.add("body", f"only {body_length or 0} characters", url, "failed" if not body_length else "degraded")
        for name in ESSENTIAL:
            if sources.get(name) and sources[name] != PLATFORM and portal.platform != "generic":
                result.add(name, f"the platform's selectors found none; taken from the {sources[name]} layer", url,
                           "degraded")
    if listing_pages and len(articles) < min(sample, 1):
        result.add("article", "no article could be read from the listing's links", portal.start_urls[0])
    return result


def _has_html_listing(portal: registry_module.Portal) -> bool:
    """Whether any start URL is an HTML listing (sitemaps and feeds have no next page)."""
    return any(not u.endswith((".xml", ".rss", "/feed", "/rss")) for u in portal.start_urls)


def exit_status(results: list[PortalCheck]) -> int:
    """As `danvan crawl` exits (crawler.crawl.outcomes.exit_status); a portal not checked counts for nothing."""
    return outcomes.exit_status([r.status for r in results if r.status != "skipped"])


def table(results: list[PortalCheck]) -> str:
    """portal | status | what failed | the URL to look at, one row per finding (a row for an ok portal)."""
    rows = [("portal", "status", "what failed", "look at")]
    for r in results:
        if not r.findings:
            rows.append((r.portal, r.status, r.note or f"{r.articles_checked} articles read", ""))
        for f in r.findings:
            rows.append((r.portal, r.status, f"{f.field}: {f.message}", f.url))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines = ["  ".join(c.ljust(widths[i]) if i < 3 else c for i, c in enumerate(row)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths) + "  -------")
    return "\n".join(lines)


def as_json(results: list[PortalCheck]) -> list[dict[str, object]]:
    return [asdict(r) for r in results]
