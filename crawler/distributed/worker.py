"""One worker of a distributed crawl: the portals' crawlers in this process, on the shared Redis frontier."""

from __future__ import annotations

from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.spiderloader import SpiderLoader

from crawler.core import registry
from crawler.crawl import runner
from crawler.distributed.frontier import WorkerRun, connect, worker_runs


def crawl_worker(
    redis_url: str,
    *,
    db: str | Path = "archive.db",
    portal_ids: list[str] | None = None,
    offline: bool = False,
    registry_path: str | None = None,
    progress: bool = False,
    log_level: str = "ERROR",
    max_listing_pages: int | None = None,
    full_sweep: bool | None = None,
    wayback: bool = False,
) -> tuple[runner.CrawlPlan, list[WorkerRun]]:
    """Crawl as one worker of the shared Redis frontier at `redis_url` (crawler.distributed.frontier).

    A worker never opens the archive: its articles go to the Redis stream that one
    `danvan archiver` consumes, and `db` only places the worker's raw captures (beside it,
    or DANVAN_CAPTURE_DIR). Redis is checked before any request is made.
    """
    reg = registry.load(registry_path)
    crawl_plan = runner.plan(reg, portal_ids, offline, wayback)
    connect(redis_url)
    if not crawl_plan.portals:
        return crawl_plan, []
    with runner.mirror(offline) as mirror_url, runner.archive_mirror(offline, crawl_plan) as archive_url:
        settings = runner.crawl_settings(
            offline, db, reg, mirror_url, archive_url, progress, log_level, max_listing_pages, full_sweep,
            DANVAN_REDIS_URL=redis_url,
        )
        loader = SpiderLoader.from_settings(settings)
        process = CrawlerProcess(settings)
        # No JOBDIR: the frontier lives in Redis and outlives any one worker.
        crawlers = []
        for _job, spider, portal_ids in runner.crawler_jobs(crawl_plan):
            crawler = process.create_crawler(loader.load(spider))
            crawlers.append(crawler)
            process.crawl(crawler, portal=portal_ids)
        process.start()
    return crawl_plan, [run for crawler in crawlers for run in worker_runs(crawler)]
