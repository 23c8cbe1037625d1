"""The archiver of a distributed crawl: the one process that writes the archive.

Workers (`danvan crawl --redis URL`, crawler.distributed.frontier) put three kinds of messages on
the Redis stream `<prefix>:items`: `open` (a worker joined a crawl generation of some
portals), `item` (an extracted article) and `close` (a worker's counters, failed pages and
capture file; `last` when the crawl generation ended). The archiver reads them through a
consumer group and runs each article through the same pipelines as a single-machine crawl
(validate, classify, store with its capture pointer), keeps one crawl_runs row per portal
per generation, and acknowledges a message only after its SQLite transaction committed
(consecutive article messages share one, as a crawl's batches do):
an archiver stopped or killed at any point loses nothing, it re-reads what it had not
acknowledged. (Killed between commit and acknowledgement, it applies that one message
again: the article is found unchanged.)

It also publishes the archive's incremental state into Redis — each portal's archived and
skipped URLs with their dates, and whether its last crawl finished cleanly — so workers on
any machine skip what the archive holds, as a single-machine crawl does.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import redis

from crawler.archive import Archive
from crawler.archive.ranking import refresh_ranking
from crawler.archive.store import Pending
from crawler.core import clock, errors
from crawler.core import registry as registry_module
from crawler.core.items import Article
from crawler.crawl.lock import archive_lock
from crawler.distributed.frontier import ITEMS_GROUP, Keys, connect

logger = logging.getLogger(__name__)

# Per-article outcomes the archiver counts itself; the rest comes from the workers.
_OUTCOMES = ("articles_new", "articles_updated", "articles_unchanged", "articles_skipped", "articles_rejected")
# Outcomes of articles read from a web archive, counted apart as a single-machine crawl does
# (a later capture with another text is "versioned": no articles_ column counts it).
_CAPTURE_OUTCOMES = ("captures_new", "captures_versioned")
# Worker counters kept in crawl_runs columns.
_WORKER_COLUMNS = ("requests", "responses", "listing_pages", "article_pages", "errors",
                   "captures_listed", "captures_ignored", "captures_fetched")


class _Stats:
    """The slice of Scrapy's stats collector the pipelines use."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}

    def inc_value(self, key: str, count: int = 1, start: int = 0, spider: Any = None) -> None:
        self.values[key] = self.values.get(key, start) + count

    def get_value(self, key: str, default: Any = None, spider: Any = None) -> Any:
        return self.values.get(key, default)

    def set_value(self, key: str, value: Any, spider: Any = None) -> None:
        self.values[key] = value

    def get_stats(self, spider: Any = None) -> dict[str, Any]:
        return self.values


@dataclass
class ArchiverReport:
    """What one archiver session did."""

    messages: int = 0
    articles: dict[str, int] = field(default_factory=dict)  # outcome -> count
    runs_finished: list[int] = field(default_factory=list)

    def lines(self) -> list[str]:
        counts = ", ".join(f"{v} {k.removeprefix('articles_')}" for k, v in sorted(self.articles.items())) or "none"
        return [f"{self.messages} messages; articles: {counts}; crawl runs finished: {len(self.runs_finished)}"]


class Archiver:
    """Consumes the workers' stream into the archive at `db` (see the module docstring)."""

    def __init__(self, db: str | Path, server: redis.Redis, keys: Keys, registry_path: str | None = None,
                 consumer: str | None = None, taxonomy: str | None = None):
        from crawler.crawl.pipelines import ArchivePipeline, ClassifyPipeline, ValidatePipeline
        from crawler.crawl.runner import project_settings

        self.db = str(db)
        self.server = server
        self.keys = keys
        self.consumer = consumer or socket.gethostname()
        self.registry = registry_module.load(registry_path)
        self.stats = _Stats()
        settings = project_settings(DANVAN_DB=self.db, DANVAN_REGISTRY=str(self.registry.path),
                                    DANVAN_TAXONOMY=taxonomy)
        # The pipelines see a crawler of every portal of the registry.
        spider = SimpleNamespace(portals={p.id: p for p in self.registry.portals}, registry=self.registry,
                                 logger=logger)
        # A pipeline that must stop "the crawl" (a full disk) stops the archiver instead.
        engine = SimpleNamespace(close_spider_async=self._stop_requested)
        crawler = SimpleNamespace(settings=settings, stats=self.stats, spider=spider, engine=engine)
        self.portals = spider.portals
        self.validate = ValidatePipeline(crawler)  # type: ignore[arg-type]
        self.classify = ClassifyPipeline(crawler)  # type: ignore[arg-type]
        self.store = ArchivePipeline(crawler)  # type: ignore[arg-type]
        self.settings = settings
        self.taxonomy = taxonomy
        self.archive: Archive | None = None
        self.report = ArchiverReport()
        self.stop_reason = ""

    # -- lifecycle ------------------------------------------------------------------
    def run(self, stop: Callable[[], bool], *, exit_when_done: bool = False, block_ms: int = 1000) -> ArchiverReport:
        """Consume until `stop()` says so (or, with exit_when_done, until no crawl is open and nothing waits)."""
        with archive_lock(self.db):
            self.archive = Archive.open(self.db)
            try:
                self._prepare()
                self.publish_state()
                self._consume(stop, exit_when_done, block_ms)
            finally:
                self.archive.close()
                self.archive = None
        return self.report

    def _prepare(self) -> None:
        from crawler.classify.topics import load_taxonomy
        from crawler.classify.units import successor_pairs, unit_rows

        assert self.archive is not None
        self.archive.sync_portals(self.registry)
        self.archive.sync_topics(load_taxonomy(self.taxonomy).topics)
        self.archive.ensure_units(unit_rows)
        self.archive.ensure_successors(successor_pairs)
        self.store.archive = self.archive
        self._create_group()

    def _create_group(self) -> None:
        try:
            self.server.xgroup_create(self.keys.items, ITEMS_GROUP, id="0", mkstream=True)
        except redis.ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise

    def _consume(self, stop: Callable[[], bool], exit_when_done: bool, block_ms: int) -> None:
        # First what this consumer read before and did not acknowledge (it was stopped or
        # killed), then new messages.
        backlog: str | None = "0"
        while not stop():
            try:
                batches = self.server.xreadgroup(ITEMS_GROUP, self.consumer, {self.keys.items: backlog or ">"},
                                                 count=100, block=None if backlog else block_ms)
            except redis.ResponseError as exc:
                if "NOGROUP" not in str(exc) and "UNBLOCKED" not in str(exc):
                    raise
                self._create_group()  # the stream was deleted under us (a flushed Redis): start again
                continue
            messages = batches[0][1] if batches else []
            if backlog is not None and not messages:
                backlog = None
                self._claim_abandoned()
                continue
            for run in _runs_of_items(messages):
                if backlog is not None:
                    backlog = run[-1][0].decode()  # a message that fails stays pending; go past it
                if len(run) == 1 and run[0][1].get(b"type") != b"item":
                    message_id, fields = run[0]
                    applied = [message_id] if not fields or self._apply(message_id, fields) else []
                else:
                    applied = self._apply_items(run)
                for message_id in applied:
                    self.server.xack(self.keys.items, ITEMS_GROUP, message_id)
                    self.server.xdel(self.keys.items, message_id)
                    self.report.messages += 1
                if stop():
                    return
            if exit_when_done and not messages and backlog is None and self.idle():
                return

    def _apply(self, message_id: bytes, fields: dict[bytes, bytes]) -> bool:
        """Handle one message; False (and it stays unacknowledged, for the next start) if it failed."""
        try:
            self.handle(message_id, fields)
        except (ValueError, KeyError, TypeError, sqlite3.Error) as exc:
            logger.error("archiver: message %s not applied (kept for the next start): %s",
                         message_id.decode(), exc)
            return False
        return True

    def _claim_abandoned(self) -> None:
        """Messages another consumer name read and never acknowledged (an archiver renamed or moved)."""
        self.server.xautoclaim(self.keys.items, ITEMS_GROUP, self.consumer, min_idle_time=0, count=1000)

    def idle(self) -> bool:
        """No crawl generation open, nothing waiting in the stream."""
        pending = self.server.xpending(self.keys.items, ITEMS_GROUP)["pending"]
        if pending or self.server.xlen(self.keys.items):
            return False
        return not any(not json.loads(v)["finished"] for v in self.server.hvals(self.keys.runs))

    async def _stop_requested(self, reason: str = "") -> None:
        self.stop_reason = reason

    # -- messages -------------------------------------------------------------------
    def handle(self, message_id: bytes, fields: dict[bytes, bytes]) -> None:
        kind = fields.get(b"type", b"").decode()
        data = json.loads(fields.get(b"data", b"{}"))
        if kind == "open":
            self.open_runs(data["generation"], data["portals"], data.get("mode", "live"))
        elif kind == "item":
            self.store_item(data)
        elif kind == "close":
            self.close_worker(data, last=fields.get(b"last") == b"1")
        else:
            logger.warning("archiver: unknown message %s of type %r ignored", message_id, kind)

    def runs_of(self, generation: str) -> dict[str, Any]:
        raw = self.server.hget(self.keys.runs, generation)
        return json.loads(raw) if raw else {"runs": {}, "finished": False}

    def open_runs(self, generation: str, portals: list[str], mode: str) -> dict[str, int]:
        """One crawl_runs row per portal of the generation (the first worker's open starts them)."""
        assert self.archive is not None
        entry = self.runs_of(generation)
        started = False
        for pid in portals:
            if pid not in entry["runs"] and pid in self.portals:
                entry["runs"][pid] = self.archive.start_run(pid, mode)
                started = True
        if started:
            self.server.hset(self.keys.runs, generation, json.dumps(entry))
        return entry["runs"]

    def _apply_items(self, run: list[tuple[bytes, dict[bytes, bytes]]]) -> list[bytes]:
        """Store consecutive article messages in one transaction; the ids of those applied."""
        try:
            return self.store_items([(message_id, fields) for message_id, fields in run])
        except (ValueError, KeyError, TypeError, sqlite3.Error) as exc:
            # Failed as a whole: each alone, so only the messages that fail by themselves stay.
            logger.warning("archiver: %d articles not applied together (%s); applying them one by one",
                           len(run), exc)
            return [message_id for message_id, fields in run if self._apply(message_id, fields)]

    def store_item(self, data: dict[str, Any]) -> None:
        """Validate, classify and store one article; its counters move with it in one transaction."""
        message = (b"-", {b"type": b"item", b"data": json.dumps(data).encode()})
        if not self.store_items([message]):
            raise sqlite3.DatabaseError("the article could not be stored")

    def store_items(self, messages: list[tuple[bytes, dict[bytes, bytes]]]) -> list[bytes]:
        """Validate, classify and store article messages: one transaction holds their rows and counters.

        Returns the ids of the messages applied: stored, skipped, rejected (an errors row) or
        ignored. An article that fails alone is logged and left out (it stays pending); a
        full disk rolls the whole batch back and raises.
        """
        from crawler.crawl.capture import stored_path
        from crawler.crawl.outcomes import Rejected

        assert self.archive is not None
        applied: list[bytes] = []
        rejected: list[tuple[bytes, Article, int | None, str]] = []
        batch: list[tuple[bytes, Pending, int | None]] = []
        for message_id, fields in messages:
            try:
                article = Article.from_dict(json.loads(fields.get(b"data", b"{}"))["article"])
                if article.portal not in self.portals:
                    logger.warning("archiver: %s: portal %r is not in the registry; ignored",
                                   article.url, article.portal)
                    applied.append(message_id)
                    continue
                if article.capture_file:
                    article.capture_file = stored_path(Path(article.capture_file), self.db)
                generation = json.loads(fields.get(b"data", b"{}")).get("generation", "")
                run_id = self.open_runs(generation, [article.portal], "live").get(article.portal)
                try:
                    item = self.classify.process_item(self.validate.process_item(article))
                except Rejected as exc:
                    rejected.append((message_id, article, run_id, str(exc)))
                    continue
                batch.append((message_id, self.store.pending_for(item), run_id))
            except (ValueError, KeyError, TypeError) as exc:
                logger.error("archiver: message %s not applied (kept for the next start): %s",
                             message_id.decode(), exc)
        changes: dict[int, Counter[str]] = {}  # crawl_runs id -> counters to add
        outcomes: Counter[str] = Counter()  # for the session's report
        try:
            with self.archive.transaction():
                at = clock.now_iso()
                for _, article, run_id, reason in rejected:
                    self.archive.conn.execute(
                        "INSERT INTO errors (run_id, portal, url, stage, reason, at) VALUES (?, ?, ?, ?, ?, ?)",
                        (run_id, article.portal, article.url, "validate", reason, at))
                    outcomes["articles_rejected"] += 1
                    if run_id is not None:
                        changes.setdefault(run_id, Counter())["articles_rejected"] += 1
                results = self.archive.store_articles([pending for _, pending, _ in batch])
                for (message_id, pending, run_id), result in zip(batch, results, strict=True):
                    if isinstance(result, Exception):
                        logger.error("archiver: message %s not applied (kept for the next start): %s",
                                     message_id.decode(), result)
                    else:
                        outcomes[f"articles_{result}"] += 1
                        if run_id is not None:
                            changes.setdefault(run_id, Counter()).update(_run_columns(pending.article, result))
                for run_id, counts in changes.items():
                    if not counts:
                        continue
                    assignments = ", ".join(f"{k} = {k} + ?" for k in counts)
                    self.archive.conn.execute(f"UPDATE crawl_runs SET {assignments} WHERE id = ?",
                                              (*counts.values(), run_id))
        except Exception as exc:
            if errors.is_disk_error(exc):
                # Nothing of these articles is committed and their messages stay unacknowledged.
                raise errors.disk_full(self.db, exc) from None
            raise
        for k, v in outcomes.items():
            self.report.articles[k] = self.report.articles.get(k, 0) + v
        applied += [message_id for message_id, *_ in rejected]
        for (message_id, pending, _), result in zip(batch, results, strict=True):
            if not isinstance(result, Exception):
                applied.append(message_id)
                article = pending.article
                self.server.hset(self.keys.seen(article.portal), article.url,
                                 article.published_at or clock.now_iso())
        return applied

    def close_worker(self, data: dict[str, Any], *, last: bool) -> None:
        """A worker's counters and failures; the generation's last close finishes its runs."""
        from crawler.crawl.capture import stored_path

        assert self.archive is not None
        generation = data["generation"]
        runs = self.open_runs(generation, list(data.get("counts", {})), "live")
        late = self.runs_of(generation)["finished"]
        if not late:
            # Set once per worker, so a message applied twice counts once.
            self.server.hset(self.keys.run_counts(generation), data["worker"], json.dumps(data.get("counts", {})))
        capture = data.get("capture")
        at = clock.now_iso()
        with self.archive.transaction():
            self.archive.conn.executemany(
                "INSERT INTO errors (run_id, portal, url, stage, reason, at) VALUES (?, ?, ?, ?, ?, ?)",
                [(runs.get(portal), portal, url or None, stage, reason, at)
                 for portal, url, stage, reason in data.get("errors", [])])
            if capture:
                for run_id in runs.values():
                    self.archive.conn.execute(
                        "UPDATE crawl_runs SET capture_file = coalesce(capture_file, ?) WHERE id = ?",
                        (stored_path(Path(capture), self.db), run_id))
            if late:  # a worker that closed after the one that ended the generation
                self._add_counts(runs, data.get("counts", {}))
        if last:
            self.finish(generation, data.get("reason", "finished"))

    def _add_counts(self, runs: dict[str, int], counts: dict[str, dict[str, int]]) -> None:
        """Add a late worker's counters to its finished runs."""
        from crawler.crawl.outcomes import responses_by_status

        assert self.archive is not None
        for portal, run_id in runs.items():
            mine = counts.get(portal, {})
            row = self.archive.conn.execute("SELECT responses_by_status FROM crawl_runs WHERE id = ?",
                                            (run_id,)).fetchone()
            statuses = json.loads(row[0] or "{}") if row else {}
            for code, n in responses_by_status(mine).items():
                statuses[code] = statuses.get(code, 0) + n
            assignments = ", ".join(f"{k} = {k} + ?" for k in _WORKER_COLUMNS)
            self.archive.conn.execute(
                f"UPDATE crawl_runs SET {assignments}, responses_by_status = ? WHERE id = ?",
                (*(int(mine.get(k, 0)) for k in _WORKER_COLUMNS), json.dumps(statuses, sort_keys=True), run_id))

    def finish(self, generation: str, reason: str) -> None:
        """Finish the generation's runs with every worker's counters summed."""
        from crawler.classify.retag import link_duplicates
        from crawler.crawl.outcomes import finish_portal_run

        assert self.archive is not None
        entry = self.runs_of(generation)
        totals: dict[str, dict[str, int]] = {}
        for raw in self.server.hvals(self.keys.run_counts(generation)):
            for portal, counts in json.loads(raw).items():
                into = totals.setdefault(portal, {})
                for name, value in counts.items():
                    into[name] = into.get(name, 0) + int(value)
        for portal, run_id in entry["runs"].items():
            counts = dict(totals.get(portal, {}))
            row = self.archive.conn.execute(
                f"SELECT {', '.join(_OUTCOMES)} FROM crawl_runs WHERE id = ?", (run_id,)).fetchone()
            counts.update(zip(_OUTCOMES, row or (0,) * len(_OUTCOMES), strict=True))
            finish_portal_run(self.archive, run_id, counts, reason, settings=self.settings, columns=_WORKER_COLUMNS)
            self.report.runs_finished.append(run_id)
            self.server.hset(self.keys.state, portal, "1" if self.archive.last_run_finished(portal) else "0")
        link_duplicates(self.archive)  # once per finished crawl, across the archive
        self.archive.refresh_facet_counts()  # the search page's counts, as after a single-machine crawl
        refresh_ranking(self.archive.conn)  # and its relevance order
        entry["finished"] = True
        self.server.hset(self.keys.runs, generation, json.dumps(entry))
        self.server.delete(self.keys.run_counts(generation))

    # -- incremental state for the workers ------------------------------------------
    def publish_state(self) -> None:
        """Every portal's archived and skipped URLs, and whether its last crawl finished, into Redis."""
        assert self.archive is not None
        for portal in self.registry.portals:
            rows = self.archive.conn.execute(
                """SELECT url, coalesce(published_at, first_seen) FROM articles WHERE portal = ?
                   UNION ALL SELECT url, coalesce(published_at, first_seen) FROM skipped WHERE portal = ?""",
                (portal.id, portal.id)).fetchall()
            pipe = self.server.pipeline(transaction=False)
            for start in range(0, len(rows), 1000):
                pipe.hset(self.keys.seen(portal.id), mapping={u: w or "" for u, w in rows[start:start + 1000]})
            pipe.hset(self.keys.state, portal.id, "1" if self.archive.last_run_finished(portal.id) else "0")
            pipe.execute()
        self.server.hset(self.keys.state, "ready", "1")


def _run_columns(article: Article, outcome: str) -> list[str]:
    """The crawl_runs columns an article's outcome adds one to: the pipelines' counters that
    are columns (a "versioned" capture has no articles_ column)."""
    from crawler.crawl.outcomes import outcome_counters

    return [c for c in outcome_counters(article, outcome) if c in _OUTCOMES or c in _CAPTURE_OUTCOMES]


def _runs_of_items(messages: list[tuple[bytes, dict[bytes, bytes]]]
                   ) -> Iterator[list[tuple[bytes, dict[bytes, bytes]]]]:
    """The messages in order, consecutive article messages together, any other alone."""
    run: list[tuple[bytes, dict[bytes, bytes]]] = []
    for message in messages:
        if message[1].get(b"type") == b"item":
            run.append(message)
            continue
        if run:
            yield run
            run = []
        yield [message]
    if run:
        yield run


def run_archiver(db: str | Path, redis_url: str, *, registry_path: str | None = None, prefix: str | None = None,
                 consumer: str | None = None, exit_when_done: bool = False,
                 stop: Callable[[], bool] | None = None) -> ArchiverReport:
    """Consume a distributed crawl's stream into the archive at `db` until stopped (SIGTERM, Ctrl-C).

    The archive is checked (and locked: one writer) before anything is read from Redis.
    """
    import signal

    server = connect(redis_url)
    Archive.open(db).close()  # a clear one-line error for an unusable path, before the lock
    stopping = {"now": False}

    def on_signal(signum: int, frame: Any) -> None:
        stopping["now"] = True

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        keys = Keys(prefix or os.environ.get("DANVAN_REDIS_PREFIX") or "danvan")  # as the workers' setting
        archiver = Archiver(db, server, keys, registry_path=registry_path, consumer=consumer)
        return archiver.run(lambda: stopping["now"] or bool(stop and stop()), exit_when_done=exit_when_done)
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
