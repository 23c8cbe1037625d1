"""Scrapy settings for danvan: polite live defaults, layered by profile (see PROFILES)."""

from __future__ import annotations

import os

BOT_NAME = "danvan"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

# Politeness for live portals: robots.txt, at most 2 requests at once per domain, a
# delay adapted to each server's latency, and a User-Agent that says who we are.
CONTACT = os.environ.get("DANVAN_CONTACT", "danvan-archive@users.noreply.github.com")
USER_AGENT = f"danvan/0.1 (dân vận archive; +mailto:{CONTACT})"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 1  # one request at a time per portal: deep first crawls stay polite
DOWNLOAD_DELAY = 1.0
RANDOMIZE_DOWNLOAD_DELAY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 60
# Bounded retries of server errors, throttling and failed downloads (crawler.crawl.middlewares
# honours Retry-After up to DANVAN_RETRY_AFTER_MAX seconds; the web archive's spider up to
# DANVAN_WAYBACK_MAX_BACKOFF); 404 and 410 are final.
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
DANVAN_RETRY_AFTER_MAX = 60
RETRY_GIVE_UP_LOG_LEVEL = "WARNING"  # a page given up on is an errors row, not a line for cron's mail
REDIRECT_MAX_TIMES = 5
# No article page is this big: a larger response is cut off and recorded as an error.
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"

ITEM_PIPELINES = {
    "crawler.crawl.pipelines.ValidatePipeline": 100,
    "crawler.crawl.pipelines.ClassifyPipeline": 300,
    "crawler.crawl.pipelines.ArchivePipeline": 800,
}
# The offline profile follows DANVAN_MIRROR_URL as a setting too (Scrapyd jobs set it so).
ADDONS = {"crawler.crawl.profiles.MirrorProfile": 0, "crawler.distributed.frontier.DistributedMode": 10}
EXTENSIONS = {
    "crawler.crawl.progress.CrawlProgress": 500,
    "spidermon.contrib.scrapy.extensions.Spidermon": 510,
}
DOWNLOADER_MIDDLEWARES = {
    # Next to the downloader, so the capture holds the bytes as served (redirects and errors too).
    "crawler.crawl.capture.CaptureMiddleware": 950,
    # Below RetryMiddleware (550): only failures that survived the retries are recorded.
    "crawler.crawl.monitors.ErrorRecorder": 540,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.crawl.middlewares.RetryAfterMiddleware": 550,
    # Just after decompression (590), before anything reads the text.
    "crawler.crawl.middlewares.CharsetRepairMiddleware": 589,
    # Before RedirectMiddleware (600) follows the Location.
    "crawler.crawl.middlewares.OffsiteRedirectMiddleware": 610,
}
SPIDER_MIDDLEWARES = {
    "crawler.crawl.capture.CaptureItemsMiddleware": 950,
    "crawler.crawl.monitors.ExtractRecorder": 960,
}
# Run monitors (crawler.crawl.monitors), per portal when a crawl closes; failures go to the errors table.
SPIDERMON_ENABLED = True
SPIDERMON_SPIDER_CLOSE_MONITORS = ("crawler.crawl.monitors.PortalMonitorSuite",)
SPIDERMON_EXPECTED_FINISH_REASONS = ("finished",)

# danvan's own settings.
DANVAN_DB = os.environ.get("DANVAN_DB", "archive.db")
DANVAN_REGISTRY = os.environ.get("DANVAN_REGISTRY") or None
# Listing pages followed from a start URL in an incremental run; a first crawl, `--backfill` and
# `--since` walk to the listing's end, bounded only by DANVAN_BACKFILL_MAX_PAGES (against traps).
# A cap given to the crawl itself (`--max-pages`, `-s`) always applies, and is what was asked.
DANVAN_MAX_LISTING_PAGES = 50
DANVAN_BACKFILL_MAX_PAGES = 10_000
DANVAN_BACKFILL = False
DANVAN_SINCE = None  # YYYY-MM-DD: a backfill reads no article published before it
DANVAN_MIRROR_URL = os.environ.get("DANVAN_MIRROR_URL") or None  # fetch every page from this mirror
DANVAN_TAXONOMY = os.environ.get("DANVAN_TAXONOMY") or None  # topic and relevance rules (TOML)
DANVAN_RELEVANCE_THRESHOLD = None  # overrides the taxonomy file's threshold when set
# Archive articles below the relevance threshold too (`danvan check` does, in its own archive).
DANVAN_STORE_ALL = os.environ.get("DANVAN_STORE_ALL", "") not in ("", "0", "false", "no", "off")
# A run is degraded when at least this share of its article pages needed the lower extraction
# layers (the platform's selectors missed a field) or contradicted what the page declares.
DANVAN_DRIFT_RATIO = 0.1
# Link syndicated copies when a crawler closes; `danvan crawl` does it once after all portals.
DANVAN_LINK_DUPLICATES_ON_CLOSE = True
# Stored articles are written in batches, one transaction each (an article never without its
# capture pointer): at most this many articles, and no article waits longer than this (seconds).
DANVAN_ARCHIVE_BATCH = 200
DANVAN_ARCHIVE_FLUSH_SECONDS = 1.0
DANVAN_PROGRESS = False  # a live line of pages/articles/errors per portal on a terminal
# Raw captures: every response as a WARC record, one file per crawler run (crawler.crawl.capture).
DANVAN_CAPTURES = os.environ.get("DANVAN_CAPTURES", "1") not in ("0", "false", "no", "off")
DANVAN_CAPTURE_DIR = os.environ.get("DANVAN_CAPTURE_DIR") or None  # default: captures/ beside the archive
# A capture file is rotated past this size (bytes; 0: never); files older than the retention
# (days) are deleted after a crawl, their pointers cleared — 0, the default, keeps everything.
DANVAN_CAPTURE_MAX_BYTES = int(os.environ.get("DANVAN_CAPTURE_MAX_BYTES") or 1024 ** 3)
DANVAN_CAPTURE_RETENTION_DAYS = float(os.environ.get("DANVAN_CAPTURE_RETENTION_DAYS") or 0)
# A portal is marked broken when at least this share of its article pages needed the generic extractor.
DANVAN_BROKEN_FALLBACK_RATIO = 0.5
DANVAN_MONITOR_MAX_ERROR_RATIO = 0.2  # failed requests per request, per portal
# An active portal whose newest archived article is older than this (days) fails a monitor; 0: off.
DANVAN_MONITOR_MAX_DAYS_SINCE_NEW = int(os.environ.get("DANVAN_MONITOR_MAX_DAYS_SINCE_NEW", "30"))
# Failure notifications (crawler.crawl.notify): when portals fail a monitor, an e-mail over SMTP
# and/or a post to a chat webhook (Discord, Slack, Mattermost) names them and what failed. Each is
# off until it has somewhere to go: recipients, or a webhook URL.
DANVAN_NOTIFY_EMAIL_TO = os.environ.get("DANVAN_NOTIFY_EMAIL_TO", "")  # comma-separated; empty: no e-mail
DANVAN_NOTIFY_EMAIL_FROM = os.environ.get("DANVAN_NOTIFY_EMAIL_FROM") or "danvan@localhost"
DANVAN_NOTIFY_SMTP_HOST = os.environ.get("DANVAN_NOTIFY_SMTP_HOST") or "localhost"
DANVAN_NOTIFY_SMTP_PORT = int(os.environ.get("DANVAN_NOTIFY_SMTP_PORT") or "25")
DANVAN_NOTIFY_SMTP_USER = os.environ.get("DANVAN_NOTIFY_SMTP_USER", "")  # empty: no login
DANVAN_NOTIFY_SMTP_PASSWORD = os.environ.get("DANVAN_NOTIFY_SMTP_PASSWORD", "")
DANVAN_NOTIFY_SMTP_TLS = os.environ.get("DANVAN_NOTIFY_SMTP_TLS", "").lower() in ("1", "true", "yes", "on")  # STARTTLS
DANVAN_NOTIFY_WEBHOOK_URL = os.environ.get("DANVAN_NOTIFY_WEBHOOK_URL", "")  # an incoming webhook; empty: off
# The archive's writer lock (crawler.crawl.lock), taken by the archive pipeline: a `scrapy crawl` or
# Scrapyd job finding another writer waits for it (polling every DANVAN_LOCK_POLL_SECONDS), or with
# DANVAN_LOCK_WAIT=0 stops at once without writing. (`danvan crawl` refuses unless --wait.)
DANVAN_LOCK_WAIT = os.environ.get("DANVAN_LOCK_WAIT", "1").lower() not in ("", "0", "false", "no", "off")
DANVAN_LOCK_POLL_SECONDS = 1.0
# Distributed crawling (crawler.distributed.frontier): with a Redis URL, a crawl is one worker of a
# shared frontier and its articles go to one `danvan archiver`; without, nothing changes.
DANVAN_REDIS_URL = os.environ.get("DANVAN_REDIS_URL") or None
DANVAN_REDIS_PREFIX = os.environ.get("DANVAN_REDIS_PREFIX", "danvan")  # keys of one deployment
# A worker silent this long (seconds) is presumed dead; its requests go back to the queue.
DANVAN_REDIS_HEARTBEAT = float(os.environ.get("DANVAN_REDIS_HEARTBEAT", "15"))
# Seconds between requests to one domain across all workers (default DOWNLOAD_DELAY; 0: off).
DANVAN_REDIS_DOMAIN_DELAY = os.environ.get("DANVAN_REDIS_DOMAIN_DELAY") or None

# Web archives (spiders/wayback.py): CDX rows per listing page, the backoff after a 429/503
# without Retry-After (the first, doubled at each one in a row) and the longest one (also the
# longest Retry-After the archive's spider honours, in place of DANVAN_RETRY_AFTER_MAX), the
# archive hosts the offline mode routes to a local archive (crawler.mirror.cdx).
DANVAN_WAYBACK_PAGE_SIZE = int(os.environ.get("DANVAN_WAYBACK_PAGE_SIZE", "1000"))
# A listing read to its end is not read again: a later crawl asks only for captures since it,
# less this many days (the archive indexes captures late), and a window closed before that
# asks for nothing (crawler.wayback.progress.window_read).
DANVAN_WAYBACK_INDEX_LAG_DAYS = float(os.environ.get("DANVAN_WAYBACK_INDEX_LAG_DAYS", "7"))
# List every window again from its start (the archive may ingest an old collection): once, by hand.
DANVAN_WAYBACK_RELIST = os.environ.get("DANVAN_WAYBACK_RELIST", "").lower() in ("1", "true", "yes", "on")
DANVAN_WAYBACK_BACKOFF_BASE = 2.0
DANVAN_WAYBACK_MAX_BACKOFF = 300
DANVAN_WAYBACK_HOSTS = ["web.archive.org"]
DANVAN_WAYBACK_MIRROR_URL = os.environ.get("DANVAN_WAYBACK_MIRROR_URL") or None

# Profiles layered over the defaults above by the runner (`crawler.crawl.runner`).
PROFILES: dict[str, dict[str, object]] = {
    "live": {},
    # The offline mirror is ours, on loopback: no delays, more parallelism.
    "offline": {
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "CONCURRENT_REQUESTS": 32,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
        "RANDOMIZE_DOWNLOAD_DELAY": False,
        "DOWNLOAD_HANDLERS": {
            "http": "crawler.mirror.routing.MirrorDownloadHandler",
            "https": "crawler.mirror.routing.MirrorDownloadHandler",
        },
        "RETRY_TIMES": 1,
        # The mirror is a snapshot: its newest articles are as old as the snapshot.
        "DANVAN_MONITOR_MAX_DAYS_SINCE_NEW": int(os.environ.get("DANVAN_MONITOR_MAX_DAYS_SINCE_NEW", "0")),
    },
}

# `scrapy crawl` users pick a profile by environment (DANVAN_PROFILE, or implied by a
# mirror URL); `danvan crawl` layers it through crawler.crawl.runner.project_settings.
PROFILE = os.environ.get("DANVAN_PROFILE") or ("offline" if DANVAN_MIRROR_URL else "live")
globals().update(PROFILES[PROFILE])
