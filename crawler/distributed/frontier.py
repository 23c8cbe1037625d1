"""Distributed crawling on Redis: many workers share one frontier, one archiver writes SQLite.

Switched on by the DANVAN_REDIS_URL setting (`danvan crawl --redis URL`, `scrapy crawl -s
DANVAN_REDIS_URL=...`, or the environment). The `DistributedMode` add-on then swaps in:

- `SharedScheduler`, a scrapy-redis scheduler: the request queue (a sorted set by
  priority) and the duplicate filter live in Redis, per group of portals, so every worker
  crawling a portal pops from and adds to the same frontier. A popped request is leased
  to its worker (Lua: pop and record in one step) until Scrapy is done with it (response
  parsed, its links queued, its items queued); a worker that stops sending heartbeats is
  presumed dead and its leased requests go back into the queue. A worker stays open while
  another one still holds leases, so nobody quits while more links may come.
- `SharedPoliteness`, a download handler around the real one: one per-domain slot in
  Redis, reserved with the server's clock as each transfer starts, spaces requests to a
  domain by DANVAN_REDIS_DOMAIN_DELAY (default DOWNLOAD_DELAY) across all workers, so more
  machines do not hit a portal harder.
- `ItemQueuePipeline` instead of the SQLite pipelines: articles go to a Redis stream that
  one `danvan archiver` consumes (crawler.distributed.archiver). Workers never open the archive; the
  archive's incremental state (which URLs it holds) is published into Redis by the archiver.

Each crawl of a portal group is a "generation": the first worker to open it names it,
the worker that finds the frontier empty at the end closes it (and clears its frontier),
and the archiver keeps one crawl_runs row per portal per generation. A frontier left by
workers that were all stopped stays in Redis: the next worker resumes it.

Workers write their own raw captures (WARC) under `<capture dir>/<worker>/` and send the
file's absolute path and offset with each article; the archiver stores the pointer
(relative to the archive's folder when the capture lies inside it).
"""

from __future__ import annotations

import json
import os
import socket
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import redis
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.http import Response
from scrapy.settings import SETTINGS_PRIORITIES, Settings
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler
from twisted.internet import task

from crawler.core.errors import DanvanError
from crawler.core.items import Article

# One id per worker process: heartbeats, leases and capture folders are named after it.
WORKER_ID = f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
ITEMS_GROUP = "archiver"  # the stream's consumer group
GENERATION_STAT = "distributed/generation"  # crawl stats key: the generation this crawler works on
REQUEUED_STAT = "distributed/requeued"  # requests of dead workers this crawler put back in the queue


class RedisUnavailableError(DanvanError):
    """Redis cannot be reached (wrong URL, server down)."""


def connect(url: str) -> redis.Redis:
    """A client for `url`, checked with a PING; RedisUnavailableError in one line otherwise."""
    try:
        client = redis.Redis.from_url(url, socket_timeout=30, socket_connect_timeout=10, retry_on_timeout=True)
        client.ping()
    except (redis.RedisError, ValueError) as exc:
        raise RedisUnavailableError(f"cannot reach Redis at {url}: {exc}") from None
    return client


@dataclass(frozen=True)
class Keys:
    """The Redis keys of one deployment (DANVAN_REDIS_PREFIX)."""

    prefix: str = "danvan"

    @property
    def items(self) -> str:
        return f"{self.prefix}:items"

    @property
    def runs(self) -> str:
        """Hash: generation -> {"runs": {portal: crawl_runs id}, "finished": bool} (the archiver's)."""
        return f"{self.prefix}:runs"

    def run_counts(self, generation: str) -> str:
        """Hash: worker -> its per-portal counters for the generation (set once per worker: idempotent)."""
        return f"{self.prefix}:runcounts:{generation}"

    def seen(self, portal: str) -> str:
        """Hash: archived or skipped URL -> coalesce(published_at, first_seen), as the archive has it."""
        return f"{self.prefix}:seen:{portal}"

    @property
    def state(self) -> str:
        """Hash: `ready` once the archiver published, `<portal>` -> 1 when its last crawl finished cleanly."""
        return f"{self.prefix}:state"

    def alive(self, worker: str) -> str:
        return f"{self.prefix}:alive:{worker}"

    def polite(self, domain: str) -> str:
        return f"{self.prefix}:polite:{domain}"

    def frontier(self, group: str, part: str) -> str:
        """generation, requests, dupefilter or inflight of a portal group."""
        return f"{self.prefix}:crawl:{group}:{part}"


def keys_from(settings: Settings) -> Keys:
    return Keys(settings.get("DANVAN_REDIS_PREFIX") or "danvan")


def group_of(spider: Any) -> str:
    """The frontier a crawler shares: its portals (one per crawler under `danvan crawl`)."""
    portals = sorted(getattr(spider, "portals", {}) or [])
    return "+".join(portals) if portals else spider.name


# -- Lua: each script is one atomic step on the server ------------------------------------

# Open (or join) the group's current generation.
_JOIN = """
redis.call('SET', KEYS[1], ARGV[1], 'NX')
return redis.call('GET', KEYS[1])
"""

# Pop the best request and lease it to this worker: field "<worker>|<seq>|<score>".
_POP = """
local top = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #top == 0 then return false end
redis.call('ZREM', KEYS[1], top[1])
redis.call('HSET', KEYS[2], ARGV[1] .. '|' .. top[2], top[1])
return top
"""

# Put back the leases of workers without a heartbeat (ARGV[2]: alive key prefix), or all
# leases of one worker (ARGV[1]). Returns how many requests went back into the queue.
_REQUEUE = """
local fields = redis.call('HGETALL', KEYS[2])
local moved = 0
for i = 1, #fields, 2 do
  local field = fields[i]
  local worker, score = string.match(field, '^(.*)|[^|]*|([^|]*)$')
  if worker and ((ARGV[1] ~= '' and worker == ARGV[1]) or
                 (ARGV[1] == '' and redis.call('EXISTS', ARGV[2] .. worker) == 0)) then
    redis.call('ZADD', KEYS[1], tonumber(score), fields[i + 1])
    redis.call('HDEL', KEYS[2], field)
    moved = moved + 1
  end
end
return moved
"""

# A worker leaves its generation: when the frontier is empty and the crawl finished, the
# generation ends here (its frontier is cleared) and this worker's message says `last`.
# KEYS: generation, requests, dupefilter, inflight, items stream. ARGV: generation, finished, message.
_LEAVE = """
local empty = redis.call('ZCARD', KEYS[2]) == 0 and redis.call('HLEN', KEYS[4]) == 0
local last = 0
if ARGV[2] == '1' and empty then
  if redis.call('GET', KEYS[1]) == ARGV[1] then last = 1 end
  redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4])
end
redis.call('XADD', KEYS[5], '*', 'type', 'close', 'last', last, 'data', ARGV[3])
return last
"""

# Reserve the next slot for a domain with the server's clock (ms): returns how long to wait.
_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local free = tonumber(redis.call('GET', KEYS[1]) or '0')
local start = math.max(now, free)
redis.call('SET', KEYS[1], start + tonumber(ARGV[1]), 'PX', start - now + tonumber(ARGV[1]) + 60000)
return start - now
"""


class DistributedMode:
    """Add-on: with DANVAN_REDIS_URL set, crawl as a worker of a shared Redis frontier."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DistributedMode:
        return cls()

    def update_settings(self, settings: Settings) -> None:
        url = settings.get("DANVAN_REDIS_URL")
        if not url:
            return
        from crawler.crawl.capture import capture_dir

        def put(name: str, value: object) -> None:
            # Above the project's defaults and the spider's own choices, below what a job sets.
            if (settings.getpriority(name) or 0) < SETTINGS_PRIORITIES["cmdline"]:
                settings.set(name, value, priority="spider")

        put("SCHEDULER", "crawler.distributed.frontier.SharedScheduler")
        put("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter")
        put("SCHEDULER_PERSIST", True)
        put("REDIS_URL", url)
        pipelines = {name: None for name in settings.getdict("ITEM_PIPELINES")}
        pipelines["crawler.distributed.frontier.ItemQueuePipeline"] = 800
        put("ITEM_PIPELINES", pipelines)
        middlewares = dict(settings.getdict("DOWNLOADER_MIDDLEWARES"))
        # Conditional requests read and write the archive's `pages` table: not on workers.
        middlewares["crawler.crawl.incremental.IncrementalMiddleware"] = None
        put("DOWNLOADER_MIDDLEWARES", middlewares)
        if shared_delay(settings) > 0:
            # Around the HTTP handler in use (the mirror's, offline), so the slot is taken at
            # the moment of transfer: retries and redirects take one too.
            handlers = {**settings.getdict("DOWNLOAD_HANDLERS_BASE"), **settings.getdict("DOWNLOAD_HANDLERS")}
            inner = {handlers.get("http"), handlers.get("https")} - {None}
            if len(inner) == 1:
                put("DANVAN_REDIS_INNER_HANDLER", inner.pop())
                put("DOWNLOAD_HANDLERS", {**settings.getdict("DOWNLOAD_HANDLERS"),
                                          "http": "crawler.distributed.frontier.SharedPoliteness",
                                          "https": "crawler.distributed.frontier.SharedPoliteness"})
        # The monitors read the archive; the archiver records runs and errors instead.
        put("SPIDERMON_ENABLED", False)
        # Each worker its own capture folder: two workers never write one WARC file.
        base = capture_dir(settings).resolve()
        settings.set("DANVAN_CAPTURE_DIR", str(base / _safe(WORKER_ID)), priority="cmdline")
        # Workers have no archive: the incremental state comes from Redis (SharedScheduler.open).
        settings.set("DANVAN_DB", "", priority="cmdline")


class SharedScheduler(Scheduler):
    """scrapy-redis's scheduler with leases, heartbeats and a shared end of crawl."""

    def __init__(self, server: redis.Redis, **kwargs: Any):
        super().__init__(server, **kwargs)
        self.crawler: Crawler | None = None
        self.keys = Keys()
        self.heartbeat = 15.0
        self.group = ""
        self.generation = ""
        # Who holds this crawler's leases: one heartbeat per crawler, as a process runs several.
        self.holder = f"{WORKER_ID}.{uuid.uuid4().hex[:4]}"
        self.leases: dict[int, str] = {}  # id(request) -> its field in the inflight hash
        self.sequence = 0
        self.beating: task.LoopingCall | None = None
        self._pop = server.register_script(_POP)
        self._requeue = server.register_script(_REQUEUE)
        self._leave = server.register_script(_LEAVE)
        self._join = server.register_script(_JOIN)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedScheduler:
        connect(crawler.settings.get("REDIS_URL"))  # a clear error before scrapy-redis tries
        scheduler = super().from_crawler(crawler)
        scheduler.crawler = crawler
        scheduler.keys = keys_from(crawler.settings)
        scheduler.heartbeat = crawler.settings.getfloat("DANVAN_REDIS_HEARTBEAT", 15.0)
        crawler.signals.connect(scheduler.spider_idle, signal=signals.spider_idle)
        return scheduler

    def open(self, spider: Any) -> None:
        self.group = group_of(spider)
        self.queue_key = self.keys.frontier(self.group, "requests")
        self.df = RFPDupeFilter(self.server, key=self.keys.frontier(self.group, "dupefilter"))
        super().open(spider)
        self.beat()
        self.beating = task.LoopingCall(self.beat)
        self.beating.start(max(self.heartbeat / 3, 0.2), now=False)
        self.generation = self._join(
            keys=[self.keys.frontier(self.group, "generation")], args=[uuid.uuid4().hex[:12]]
        ).decode()
        assert self.crawler is not None
        self.crawler.stats.set_value(GENERATION_STAT, self.generation)
        self._watch_requests_done()
        if not self.crawler.settings.getbool("DANVAN_FULL_SWEEP"):
            state = published_state(self.server, self.keys, list(getattr(spider, "portals", {})),
                                    self.crawler.settings.getfloat("DANVAN_RECENT_DAYS", 7))
            if isinstance(getattr(spider, "archived", None), dict):  # the portal spiders (spiders.base)
                spider.archived = state
            elif isinstance(getattr(spider, "seen", None), dict):  # the web-archive spider: URLs it has
                spider.seen = {pid: s.seen for pid, s in state.items()}
        mode = "offline" if self.crawler.settings.get("DANVAN_MIRROR_URL") else "live"
        self.server.xadd(self.keys.items, {"type": "open", "data": json.dumps(
            {"generation": self.generation, "worker": WORKER_ID, "portals": sorted(spider.portals), "mode": mode})})

    def _watch_requests_done(self) -> None:
        # Scrapy has no signal for "a request is fully handled" (parsed, its links and items
        # passed on): the engine's slot forgets a request exactly then, so the lease ends there.
        slot = getattr(self.crawler.engine, "_slot", None) if self.crawler else None
        if slot is None or not hasattr(slot, "remove_request"):
            raise NotConfigured("this Scrapy's engine does not expose request completion")
        forget = slot.remove_request

        def remove_request(request: Request) -> None:
            forget(request)
            self.release(request)

        slot.remove_request = remove_request

    def beat(self) -> None:
        self.server.set(self.keys.alive(self.holder), "1", px=int(self.heartbeat * 1000))

    def enqueue_request(self, request: Request) -> bool:
        # Across workers, dont_filter exempts only retries and redirect hops: every worker yields
        # the same start requests, and a spider that avoids repeats with its own memory (the
        # web-archive spider's `seen`) sees only its share of the crawl, so a request once
        # queued by any worker is not queued again in this crawl.
        again = request.meta.get("retry_times") or request.meta.get("redirect_times")
        if not (request.dont_filter and again) and self.df.request_seen(request):
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self) -> Request | None:
        self.sequence += 1
        field = f"{self.holder}|{self.sequence}"
        popped = self._pop(keys=[self.queue_key, self.keys.frontier(self.group, "inflight")], args=[field])
        if not popped:
            return None
        data, score = popped
        request = self.queue._decode_request(data)
        self.leases[id(request)] = f"{field}|{score.decode()}"
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def release(self, request: Request) -> None:
        field = self.leases.pop(id(request), None)
        if field is not None:
            self.server.hdel(self.keys.frontier(self.group, "inflight"), field)

    def recover(self) -> int:
        """Put the requests of dead workers (no heartbeat) back into the queue."""
        return int(self._requeue(keys=[self.queue_key, self.keys.frontier(self.group, "inflight")],
                                 args=["", self.keys.alive("")]))

    def has_pending_requests(self) -> bool:
        return len(self) > 0

    def spider_idle(self, spider: Any = None) -> None:
        """Stay open while the frontier has requests, or another worker holds leases (more may come)."""
        moved = self.recover()
        if moved and self.stats:
            self.stats.inc_value(REQUEUED_STAT, moved)
        if moved or len(self.queue) or self.server.hlen(self.keys.frontier(self.group, "inflight")):
            from twisted.internet import reactor  # the one Scrapy installed (never at import time)

            reactor.callLater(0.3, self._wake)  # type: ignore[attr-defined]
            raise DontCloseSpider

    def _wake(self) -> None:
        slot = getattr(self.crawler.engine, "_slot", None) if self.crawler else None
        if slot is not None:
            slot.nextcall.schedule()

    def close(self, reason: str) -> None:
        if self.beating is not None and self.beating.running:
            self.beating.stop()
        inflight = self.keys.frontier(self.group, "inflight")
        # Anything still leased (an unusual close) goes back for the other workers.
        self._requeue(keys=[self.queue_key, inflight], args=[self.holder, self.keys.alive("")])
        self.leases.clear()
        message = json.dumps(self.close_report(reason), ensure_ascii=False)
        self._leave(
            keys=[self.keys.frontier(self.group, "generation"), self.queue_key,
                  self.keys.frontier(self.group, "dupefilter"), inflight, self.keys.items],
            args=[self.generation, "1" if reason == "finished" else "0", message],
        )
        self.server.delete(self.keys.alive(self.holder))

    def close_report(self, reason: str) -> dict[str, Any]:
        """What the archiver needs of this worker's crawl: counters, capture file, failed pages."""
        from crawler.crawl.monitors import ErrorLog
        from crawler.crawl.outcomes import STAT_FILE, portal_counts

        assert self.crawler is not None
        stats = self.crawler.stats.get_stats()
        # The failures this worker saw; taken here so nothing tries to write them to an archive.
        log = ErrorLog.of(self.crawler)
        errors, log.rows = log.rows, []
        capture = stats.get(STAT_FILE)
        if capture:
            from crawler.crawl.capture import resolve_path

            capture = str(resolve_path(capture, "archive.db"))  # absolute: see ItemQueuePipeline
        return {
            "generation": self.generation, "worker": self.holder, "reason": reason,
            "counts": {pid: portal_counts(stats, pid) for pid in sorted(getattr(self.spider, "portals", {}))},
            "capture": capture, "errors": [list(row) for row in errors],
        }


def published_state(server: redis.Redis, keys: Keys, portals: list[str], recent_days: float) -> dict[str, Any]:
    """Each portal's archived URLs as the archiver published them (spiders.base.PortalState)."""
    from datetime import timedelta

    from crawler.core import clock
    from spiders.base import PortalState

    if not server.hget(keys.state, "ready"):
        return {pid: PortalState() for pid in portals}  # no archiver yet: crawl as a first crawl
    since = (clock.now() - timedelta(days=recent_days)).isoformat()
    states = {}
    for pid in portals:
        seen: set[str] = set()
        recent: set[str] = set()
        for url, when in server.hscan_iter(keys.seen(pid), count=1000):
            seen.add(url.decode())
            if when.decode() >= since:
                recent.add(url.decode())
        finished = server.hget(keys.state, pid) == b"1"
        states[pid] = PortalState(seen, recent, not finished)
    return states


class ItemQueuePipeline:
    """Workers' only pipeline: each article goes to the Redis stream the archiver consumes."""

    def __init__(self, crawler: Crawler, server: redis.Redis, keys: Keys):
        self.crawler = crawler
        self.server = server
        self.keys = keys

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ItemQueuePipeline:
        url = crawler.settings.get("DANVAN_REDIS_URL")
        if not url:
            raise NotConfigured("DANVAN_REDIS_URL is not set")
        return cls(crawler, connect(url), keys_from(crawler.settings))

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Article):
            return item
        data = item.to_dict()
        if item.capture_file:
            from crawler.crawl.capture import resolve_path

            # Absolute: the archiver may run elsewhere; it makes the pointer relative again.
            data["capture_file"] = str(resolve_path(item.capture_file, "archive.db"))
        generation = self.crawler.stats.get_value(GENERATION_STAT, "")
        self.server.xadd(self.keys.items, {"type": "item", "data": json.dumps(
            {"generation": generation, "worker": WORKER_ID, "article": data}, ensure_ascii=False)})
        self.crawler.stats.inc_value(f"danvan/{item.portal}/items_queued")
        return item


class SharedPoliteness:
    """Per-domain spacing across all workers, as a download handler around the real one.

    Each download reserves its domain's next slot in Redis right before the transfer
    starts (after Scrapy's own per-worker delays and concurrency limits, which still
    apply), so the requests to a domain leave all workers at least the delay apart.
    """

    lazy = False

    def __init__(self, crawler: Crawler, inner: Any, server: redis.Redis, keys: Keys, delay: float):
        self.inner = inner
        self.server = server
        self.keys = keys
        self.delay_ms = int(delay * 1000)
        self._reserve = server.register_script(_RESERVE)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedPoliteness:
        from scrapy.utils.misc import build_from_crawler, load_object

        inner = build_from_crawler(load_object(crawler.settings.get("DANVAN_REDIS_INNER_HANDLER")), crawler)
        delay = shared_delay(crawler.settings)
        return cls(crawler, inner, connect(crawler.settings.get("DANVAN_REDIS_URL")), keys_from(crawler.settings),
                   delay)

    async def download_request(self, request: Request) -> Response:
        if self.delay_ms > 0:
            domain = urlsplit(request.url).hostname or ""
            wait_ms = int(self._reserve(keys=[self.keys.polite(domain)], args=[self.delay_ms]))
            if wait_ms > 0:
                from scrapy.utils.defer import maybe_deferred_to_future
                from twisted.internet import reactor

                await maybe_deferred_to_future(task.deferLater(reactor, wait_ms / 1000, lambda: None))
        return await self.inner.download_request(request)

    async def close(self) -> None:
        closing = getattr(self.inner, "close", None)
        if closing is not None:
            result = closing()
            if result is not None:
                from scrapy.utils.defer import maybe_deferred_to_future

                await (result if not hasattr(result, "addCallback") else maybe_deferred_to_future(result))


def shared_delay(settings: Settings) -> float:
    """DANVAN_REDIS_DOMAIN_DELAY, else DOWNLOAD_DELAY: seconds between two requests to one domain."""
    delay = settings.get("DANVAN_REDIS_DOMAIN_DELAY")
    return settings.getfloat("DOWNLOAD_DELAY") if delay in (None, "") else float(delay)


@dataclass
class WorkerRun:
    """One portal's share of a distributed crawl, as one worker saw it."""

    portal: str
    finish_reason: str
    listing_pages: int
    article_pages: int
    items_queued: int
    errors: int
    requeued: int = 0  # requests of stopped workers taken over


def worker_runs(crawler: Crawler) -> list[WorkerRun]:
    """This worker's per-portal counters once its crawler closed."""
    from crawler.crawl.outcomes import portal_counts

    stats = crawler.stats.get_stats()
    reason = str(stats.get("finish_reason", ""))
    runs = []
    for pid in sorted(getattr(crawler.spider, "portals", {}) or []):
        c = portal_counts(stats, pid)
        runs.append(WorkerRun(pid, reason, c.get("listing_pages", 0), c.get("article_pages", 0),
                              c.get("items_queued", 0), c.get("errors", 0), int(stats.get(REQUEUED_STAT, 0))))
    return runs


def _safe(label: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in label)
