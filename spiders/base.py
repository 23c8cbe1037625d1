"""The base of every platform spider: portals from the registry, listings, articles.

A platform module provides two pure functions and names them on its spider class:
`parse_listing(sel, url) -> Listing` and `parse_article(sel, url) -> Article`, plus
`is_article_url(url)` when sitemaps or feeds list more than articles.

Crawls are incremental, from the archive's state (`Archive.seen_urls`): an article
already archived (or skipped) is not requested again unless it is recent (published, or
first seen when undated, within DANVAN_RECENT_DAYS), to catch edits; a listing stops
paging once one of its pages links to no unseen article (DANVAN_SWEEP_PAGES more pages
are still read). A portal whose last crawl did not end cleanly (killed, or with errors)
gets a catch-up sweep: every listing page, still skipping archived articles, so a
re-run completes what the interrupted one left. DANVAN_FULL_SWEEP ignores the state.

Links are canonicalised (crawler.core.urls: no tracking parameters or session ids) before they
are requested, so one article is fetched and stored once. A listing is followed at most
DANVAN_MAX_LISTING_PAGES pages deep, which ends calendar and pagination traps. Every
request that ends without a page (robots.txt, a redirect loop or one to another domain,
besides failed downloads and error statuses) becomes an `errors` row with its reason.
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any, ClassVar

import scrapy
from parsel import Selector
from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.settings import SETTINGS_PRIORITIES
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.sitemap import Sitemap
from twisted.python.failure import Failure

from crawler.core import clock, registry
from crawler.core.errors import is_disk_error
from crawler.core.items import Article
from crawler.core.urls import canonical_url, on_domains
from crawler.crawl.monitors import ErrorLog
from crawler.extract import clean
from crawler.extract.layers import PLATFORM, Layered, layered
from crawler.extract.listing import headline_links, next_page


@dataclass
class PortalState:
    """What the archive already holds of one portal, as read when the crawl starts."""

    seen: set[str] = field(default_factory=set)
    recent: set[str] = field(default_factory=set)
    catch_up: bool = True  # page every listing (first crawl, or the last one did not finish)


@dataclass
class Listing:
    """What a listing page links to: articles, and further listing pages."""

    articles: list[str] = field(default_factory=list)
    next_pages: list[str] = field(default_factory=list)


class PortalSpider(scrapy.Spider):
    """Crawls the registry's portals of one platform (or the ones named with -a portal=)."""

    platform: ClassVar[str]
    parse_listing: ClassVar[Callable[[Selector, str], Listing]]
    parse_article: ClassVar[Callable[[Selector, str], Article]]
    is_article_url: ClassVar[Callable[[str], bool] | None] = None
    # For a platform whose further listing pages are answered to a POST (spiders/vnportal.py): the
    # request a listing URL stands for, (endpoint, form fields); None for a page read by GET.
    listing_form: ClassVar[Callable[[str], tuple[str, dict[str, str]] | None] | None] = None
    custom_settings: ClassVar[dict[str, Any] | None] = None
    full_sweep = False
    sweep_pages = 0
    sample = 0  # `danvan check`'s articles per portal (0: a crawl, not a check)
    max_listing_pages = 50
    cap_asked = False
    backfill_max_pages = 10_000
    backfill = False
    since = ""  # DANVAN_SINCE: a backfill reads no article published before this date (YYYY-MM-DD)

    def __init__(self, portal: str | None = None, registry_path: str | None = None, **kwargs: Any):
        super().__init__(**kwargs)
        missing = [a for a in ("platform", "parse_listing", "parse_article") if not hasattr(type(self), a)]
        if missing:
            raise TypeError(f"{type(self).__name__} must define {', '.join(missing)}")
        self.registry = registry.load(registry_path)
        if portal:
            portals = [self.registry.get(p.strip()) for p in portal.split(",") if p.strip()]
            wrong = [p.id for p in portals if p.platform != self.platform]
            if wrong:
                raise registry.RegistryError(
                    f"portal {', '.join(wrong)} is not of platform {self.platform!r}"
                )
        else:
            portals = self.registry.for_platform(self.platform)
        self.portals = {p.id: p for p in portals}
        # Read from the archive in from_crawler. Not `state`: Scrapy's JOBDIR persistence owns that name.
        self.archived = {pid: PortalState() for pid in self.portals}
        self.sampled = dict.fromkeys(self.portals, 0)
        self.linked: dict[str, set[str]] = {}  # article links seen on listings in this crawl, per portal
        self.reached_since: dict[str, bool] = {}  # portal -> an article older than DANVAN_SINCE was read
        self.allowed_domains = sorted({d for p in portals for d in p.allowed_domains})

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> PortalSpider:
        kwargs.setdefault("registry_path", crawler.settings.get("DANVAN_REGISTRY"))
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.max_listing_pages = settings.getint("DANVAN_MAX_LISTING_PAGES", 50)
        # A cap the crawl was started with (`--max-pages`, `-s`) is what was asked for; the default
        # one bounds incremental runs only: a first crawl or a backfill walks its listings to the end.
        spider.cap_asked = (settings.getpriority("DANVAN_MAX_LISTING_PAGES") or 0) >= SETTINGS_PRIORITIES["cmdline"]
        spider.backfill_max_pages = settings.getint("DANVAN_BACKFILL_MAX_PAGES", 10_000)
        spider.backfill = settings.getbool("DANVAN_BACKFILL") or bool(settings.get("DANVAN_SINCE"))
        spider.offline = bool(crawler.settings.get("DANVAN_MIRROR_URL"))
        spider.full_sweep = crawler.settings.getbool("DANVAN_FULL_SWEEP")
        spider.sweep_pages = crawler.settings.getint("DANVAN_SWEEP_PAGES", 0)
        # `danvan check`: read the first listing page of each start URL and this many articles, no more.
        spider.sample = crawler.settings.getint("DANVAN_CHECK_SAMPLE", 0)
        spider.since = settings.get("DANVAN_SINCE") or ""
        spider.archived = spider.load_state(
            crawler.settings.get("DANVAN_DB"), crawler.settings.getfloat("DANVAN_RECENT_DAYS", 7)
        )
        crawler.signals.connect(spider.request_dropped, signal=signals.request_dropped)
        return spider

    @classmethod
    def update_settings(cls, settings: Any) -> None:
        super().update_settings(settings)
        # The conditional-request middleware belongs with these spiders wherever they run
        # (danvan crawl, scrapy crawl, Scrapyd); it switches itself off without DANVAN_DB.
        middlewares = dict(settings.getdict("DOWNLOADER_MIDDLEWARES"))
        middlewares.setdefault("crawler.crawl.incremental.IncrementalMiddleware", 580)
        settings.set("DOWNLOADER_MIDDLEWARES", middlewares, priority="spider")

    def load_state(self, db: str | None, recent_days: float) -> dict[str, PortalState]:
        """Each portal's archived URLs; read before this crawl's own run row exists."""
        if self.full_sweep or not db or not Path(db).exists():
            return {pid: PortalState() for pid in self.portals}
        from crawler.archive import Archive

        since = (clock.now() - timedelta(days=recent_days)).isoformat()
        archive = Archive.open(db)
        try:
            states = {}
            for pid in self.portals:
                seen, recent = archive.seen_urls(pid, since)
                states[pid] = PortalState(seen, recent, self.backfill or not archive.last_run_finished(pid))
        finally:
            archive.close()
        return states

    async def start(self) -> AsyncIterator[Any]:
        for portal in self.portals.values():
            if portal.status == "unidentified" and not self.offline:
                self.logger.warning("portal %s: live URL unknown; skipped", portal.id)
                continue
            for url in portal.start_urls:
                yield self.listing_request(url, portal.id, depth=1)

    def listing_request(self, url: str, portal_id: str, depth: int, spare: int | None = None) -> scrapy.Request:
        """A listing page; `spare` is how many more pages to read without an unseen article.

        A URL the platform's `listing_form` names is POSTed to its endpoint, never conditionally
        (the endpoint's validators are not one page's); the URL is kept in the request's meta
        (`danvan_listing_url`) and is what the platform's `parse_listing` reads the page as."""
        state = self.archived[portal_id]
        form = type(self).listing_form(url) if type(self).listing_form is not None else None
        meta = self._meta(portal_id, "listing", conditional=not state.catch_up and form is None)
        cb_kwargs = {"portal_id": portal_id, "depth": depth, "spare": self.sweep_pages if spare is None else spare}
        if form is None:
            return scrapy.Request(url, callback=self.parse_listing_page, errback=self.on_error,
                                  cb_kwargs=cb_kwargs, meta=meta)
        endpoint, fields = form
        meta["danvan_listing_url"] = url
        return scrapy.FormRequest(endpoint, formdata=fields, callback=self.parse_listing_page,
                                  errback=self.on_error, cb_kwargs=cb_kwargs, meta=meta)

    def article_request(self, url: str, portal_id: str) -> scrapy.Request:
        return scrapy.Request(
            url, callback=self.parse_article_page, errback=self.on_error,
            cb_kwargs={"portal_id": portal_id},
            meta=self._meta(portal_id, "article", conditional=url in self.archived[portal_id].seen),
        )

    @staticmethod
    def _meta(portal_id: str, kind: str, conditional: bool) -> dict[str, Any]:
        meta: dict[str, Any] = {"danvan_portal": portal_id, "danvan_kind": kind}
        if conditional:
            # 304 Not Modified reaches the callback (not the errback) as "unchanged".
            meta.update(danvan_conditional=True, handle_httpstatus_list=[304])
        return meta

    def unseen(self, urls: Iterable[str], portal_id: str) -> list[str]:
        """The article URLs to request: new ones, and archived ones that are still recent."""
        state = self.archived[portal_id]
        urls = list(urls)
        wanted = [u for u in urls if u not in state.seen or u in state.recent]
        if len(wanted) < len(urls):
            self.crawler.stats.inc_value(f"danvan/{portal_id}/articles_known", len(urls) - len(wanted))
        return wanted

    def on_error(self, failure: Failure) -> None:
        """A page that could not be fetched (after retries) or answered with an error status."""
        request = failure.request  # type: ignore[attr-defined]
        portal_id = request.meta.get("danvan_portal", "")
        if is_disk_error(failure.value):  # a capture or page record could not be written: stop, do not go on
            from crawler.crawl.outcomes import stop_for_full_disk

            path = getattr(failure.value, "filename", None) or self.crawler.settings.get("DANVAN_DB")
            stop_for_full_disk(self.crawler, path, failure.value)
            return
        self.crawler.stats.inc_value(f"danvan/{portal_id}/errors")
        self.logger.warning("portal %s: %s failed: %s", portal_id, request.url, failure.getErrorMessage())
        # Error statuses and failed downloads are recorded by crawler.crawl.monitors.ErrorRecorder;
        # requests refused on the way (robots.txt, redirects) reach only this errback.
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            message = failure.getErrorMessage() or "request dropped"
            stage = "robots" if "robots.txt" in message else "redirect"
            chain = request.meta.get("redirect_urls") or []
            if chain:  # recorded under the URL the portal linked to, with where it led
                message += ": " + " -> ".join(u.rsplit("/", 1)[-1] for u in [*chain, request.url])
                request = request.replace(url=chain[0])
            ErrorLog.of(self.crawler).add(request, stage, message)

    def closed(self, reason: str) -> None:
        """After a stop for a full disk, the JOBDIR's saved queue may be cut short: drop it, so the
        next crawl sweeps every listing again (the archive knows what it already has)."""
        jobdir = self.crawler.settings.get("JOBDIR")
        if reason == "disk_full" and jobdir:
            for name in ("requests.queue", "requests.seen"):
                path = Path(jobdir) / name
                if path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink(missing_ok=True)

    def request_dropped(self, request: scrapy.Request, spider: Any = None) -> None:
        """A redirect back to a URL of its own chain was dropped as a duplicate: a redirect loop."""
        chain = request.meta.get("redirect_urls") or []
        if request.url in chain and request.meta.get("danvan_portal"):
            portal_id = request.meta["danvan_portal"]
            self.crawler.stats.inc_value(f"danvan/{portal_id}/errors")
            loop = " -> ".join(u.rsplit("/", 1)[-1] for u in [*chain, request.url])
            ErrorLog.of(self.crawler).add(request.replace(url=chain[0]), "redirect", f"redirect loop: {loop}")

    def parse_listing_page(self, response: Response, portal_id: str, depth: int, spare: int = 0) -> Iterable[Any]:
        if response.status == 304:  # unchanged since the last finished crawl: nothing new behind it
            return
        self.crawler.stats.inc_value(f"danvan/{portal_id}/listing_pages")
        head = response.body[:300].lstrip()
        if head.startswith(b"<?xml") or b"<urlset" in head or b"<sitemapindex" in head or b"<rss" in head:
            yield from self._parse_xml(response, portal_id, depth)
            return
        # A POSTed page (listing_form) is read as the listing URL it was requested for.
        page_url = getattr(response.request, "meta", {}).get("danvan_listing_url") or response.url
        found = type(self).parse_listing(response.selector, page_url)
        found = Listing(_canonical(found.articles), _canonical(found.next_pages))
        listing = self.listing_layers(response, self.select(found, portal_id, page_url), portal_id, depth)
        state = self.archived[portal_id]
        fresh = [u for u in listing.articles if u not in state.seen]
        if self.sample:
            stats = self.crawler.stats
            stats.inc_value(f"danvan/{portal_id}/check_article_links", len(listing.articles))
            stats.inc_value(f"danvan/{portal_id}/check_next_pages", len(listing.next_pages))
            yield from self.sample_requests(listing.articles, portal_id)
            return
        for url in self.unseen(listing.articles, portal_id):
            yield self.article_request(url, portal_id)
        walking = state.catch_up and not self.cap_asked  # to the listing's end
        if depth >= self.depth_limit(state):
            if listing.next_pages:
                self.listing_capped(response, portal_id)
            return
        if self.since and self.reached_since.get(portal_id):
            # A backfill bounded by --since: an article older than the bound was met; older pages follow.
            self.crawler.stats.inc_value(f"danvan/{portal_id}/listings_stopped_since")
            return
        if walking and not self.new_in_this_crawl(listing.articles, portal_id):
            # No article link this crawl has not seen: the listing ended, or pages repeat (a trap).
            self.crawler.stats.inc_value(f"danvan/{portal_id}/listings_ended")
            return
        if listing.articles and not fresh and not state.catch_up:
            if spare <= 0:  # this page holds only archived articles: the rest is older
                self.crawler.stats.inc_value(f"danvan/{portal_id}/listings_stopped")
                return
            spare -= 1
        else:
            spare = self.sweep_pages
        for url in listing.next_pages:
            yield self.listing_request(url, portal_id, depth + 1, spare)

    def _parse_xml(self, response: Response, portal_id: str, depth: int) -> Iterable[Any]:
        if b"<rss" in response.body[:500] or b"<feed" in response.body[:500]:
            sel = Selector(text=response.text, type="xml")
            sel.remove_namespaces()
            links = _canonical(u.strip() for u in sel.xpath("//item/link/text() | //entry/link/@href").getall())
            links = self.unseen([u for u in links if self.wanted(u, portal_id)], portal_id)
            yield from self.sample_requests(links, portal_id) if self.sample else (
                self.article_request(u, portal_id) for u in links)
            return
        sitemap = Sitemap(response.body)
        locs = _canonical(entry.get("loc", "").strip() for entry in sitemap)
        if sitemap.type == "sitemapindex":
            yield from (self.listing_request(loc, portal_id, depth) for loc in locs)
            return
        wanted = self.unseen([loc for loc in locs if self.wanted(loc, portal_id)], portal_id)
        if self.sample:
            yield from self.sample_requests(wanted, portal_id)
            return
        for loc in wanted:
            yield self.article_request(loc, portal_id)

    def sample_requests(self, urls: list[str], portal_id: str) -> Iterable[scrapy.Request]:
        """The first of `urls` (newest first, as listings order them) up to the check's sample size."""
        room = self.sample - self.sampled[portal_id]
        for url in urls[:max(room, 0)]:
            self.sampled[portal_id] += 1
            yield self.article_request(url, portal_id)

    def listing_layers(self, response: Response, listing: Listing, portal_id: str, depth: int) -> Listing:
        """The generic listing layer (crawler.extract.listing) where the platform's found nothing.

        A listing page with no article link, or (before the depth cap) no next page while
        the page's own pager shows one, reads the page by shape instead; each such page is
        counted and recorded as drift, so the run ends degraded and `danvan check` names it.
        """
        stats, log = self.crawler.stats, ErrorLog.of(self.crawler)
        if not listing.articles:
            links = [u for u in _canonical(headline_links(response.selector, response.url))
                     if u not in listing.next_pages and self.owns(u, portal_id)]
            if links:  # a page with no headline either is an empty page, or the end: nothing read by shape
                listing = Listing(links, listing.next_pages)
                stats.inc_value(f"danvan/{portal_id}/listing_fallbacks")
                log.add(response.request, "drift", f"listing: the platform's selectors found no article link; "
                                                   f"{len(links)} headline links read instead")
        if not listing.next_pages and depth < self.max_listing_pages:
            pages = [u for u in _canonical(next_page(response.selector, response.url)) if self.owns(u, portal_id)]
            if pages:
                listing = Listing(listing.articles, pages)
                stats.inc_value(f"danvan/{portal_id}/listing_fallbacks")
                log.add(response.request, "drift",
                        f"listing: the platform's selectors found no next page; the page's pager links {pages[0]}")
        return listing

    def owns(self, url: str, portal_id: str) -> bool:
        """Whether a URL is on the portal's own site."""
        return on_domains(url, self.portals[portal_id].allowed_domains)

    def depth_limit(self, state: PortalState) -> int:
        """How deep a listing is followed: the cap asked for; else the end for a first crawl or a
        backfill (bounded by DANVAN_BACKFILL_MAX_PAGES against traps), DANVAN_MAX_LISTING_PAGES otherwise."""
        if self.cap_asked or not state.catch_up:
            return self.max_listing_pages
        return max(self.backfill_max_pages, self.max_listing_pages)

    def new_in_this_crawl(self, links: list[str], portal_id: str) -> bool:
        """Whether any of a listing page's article links is new to this crawl (and remember them)."""
        seen = self.linked.setdefault(portal_id, set())
        new = [u for u in links if u not in seen]
        seen.update(new)
        return bool(new)

    def listing_capped(self, response: Response, portal_id: str) -> None:
        """A listing still links further at the depth limit: a long archive, or a trap. Recorded once.

        Counted as `listings_capped` (the run is partial: it did less than a full walk) unless
        the cap is the one the crawl was started with (`listings_capped_as_asked`)."""
        stats = self.crawler.stats
        key = f"danvan/{portal_id}/listings_capped" + ("_as_asked" if self.cap_asked else "")
        stats.inc_value(key)
        limit = self.depth_limit(self.archived[portal_id])
        setting = "DANVAN_MAX_LISTING_PAGES" if limit == self.max_listing_pages else "DANVAN_BACKFILL_MAX_PAGES"
        if stats.get_value(key) == 1:
            ErrorLog.of(self.crawler).add(
                response.request, "listing", f"listing pages not followed past depth {limit} ({setting})")

    def select(self, listing: Listing, portal_id: str, page_url: str) -> Listing:
        """Which of a listing page's links to follow: all of them, unless a platform says otherwise."""
        return listing

    def wanted(self, url: str, portal_id: str) -> bool:
        """Whether a URL from a sitemap or feed is an article worth fetching."""
        check = type(self).is_article_url
        return bool(url) and (check is None or check(url))

    def extract_article(self, response: Response) -> Article:
        """The platform's pure extractor over the page."""
        return type(self).parse_article(response.selector, response.url)

    # The layer `extract_article` is: the platform's selectors, or (generic portals) the generic extractor.
    first_layer = PLATFORM

    def parse_article_page(self, response: Response, portal_id: str) -> Iterable[Any]:
        if response.status == 304:  # unchanged; counted and touched by crawler.crawl.incremental
            return
        stats = self.crawler.stats
        stats.inc_value(f"danvan/{portal_id}/article_pages")
        response = without_scripts(response)
        try:
            article = self.extract_article(response)
        except Exception as exc:  # one broken page must not stop the portal
            stats.inc_value(f"danvan/{portal_id}/extract_errors")
            stats.inc_value(f"danvan/{portal_id}/errors")
            self.logger.error("portal %s: cannot extract %s: %s", portal_id, response.url, exc)
            return
        article = self.lower_layers(response, article, portal_id)
        if self.since and article.published_at and article.published_at[:10] < self.since:
            self.reached_since[portal_id] = True
            stats.inc_value(f"danvan/{portal_id}/articles_before_since")
            return
        article.url = canonical_url(article.url)
        # An image is a web address to show, never a script (src="javascript:...", data: URIs).
        article.images = [i for i in article.images if i.url.startswith(("http://", "https://"))]
        article.portal = portal_id
        article.fetched_at = clock.now_iso()
        yield article

    def lower_layers(self, response: Response, article: Article, portal_id: str) -> Article:
        """Fill what the first layer missed from the page's declarations, then the generic extractor
        (crawler.extract.layers); count and record the platform layer's misses and disagreements."""
        result = layered(article, response.text, response.url, response.selector, first_layer=self.first_layer)
        record_layers(self.crawler, portal_id, response.url, result)
        if result.platform_missed:
            self.logger.warning("portal %s: %s lacks %s; page declarations and generic extractor used",
                                portal_id, response.url, ", ".join(result.platform_missed))
        return result.article


def record_layers(crawler: Any, portal_id: str, url: str, result: Layered) -> None:
    """Stats and errors rows for one page's layers: fields the platform layer missed, and drift."""
    stats = crawler.stats
    if result.platform_missed:
        stats.inc_value(f"danvan/{portal_id}/generic_fallbacks")
        for name in result.platform_missed:
            stats.inc_value(f"danvan/{portal_id}/platform_missed_{name}")
    if result.drift:
        stats.inc_value(f"danvan/{portal_id}/drift_pages")
        for warning in result.drift:
            ErrorLog.of(crawler).add_for(portal_id, url, "drift", warning)


def without_scripts(response: Response) -> Response:
    """The page without its <script> elements (crawler.extract.clean.without_scripts)."""
    if not isinstance(response, TextResponse) or b"<script" not in response.body.lower():
        return response
    return response.replace(body=clean.without_scripts(response.text), encoding="utf-8")


def _canonical(urls: Iterable[str]) -> list[str]:
    """Canonical URLs (crawler.core.urls), each once, in order."""
    return list(dict.fromkeys(canonical_url(u) for u in urls if u))
