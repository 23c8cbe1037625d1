"""Benchmark: the staff search page `/-/tim-kiem` at 1,000,000 articles, one staff member and eight at once.

The archive: bench/search_text's synthetic archive (default 1,000,000 articles, with its stored
relevance ranking), served by the real `danvan serve` configuration on loopback. For each kind
of request (newest first, ranked, three units and two topics, a date range, the second page
through its cursor), every query of bench.search_scale.QUERIES is asked once by one client (the
page p95 of that kind), then by eight clients at once (p95, requests per second, errors).
Baseline in the same run: the one-client p95 of the same kind. Targets: page p95 ≤ 300 ms for
every kind; under load p95 ≤ 500 ms and no error.
Each is measured twice: on a server without the match cache (every request pays its whole
search, as when each request brings new words) and as served (the match cache on: a request
whose words were searched before, as the next page, another filter or order is).
Usage: python -m bench.search_load [--articles N] [--clients 8] [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import statistics
import threading
import time
import urllib.error
from collections.abc import Callable
from urllib.parse import urlencode

from bench.search_scale import _LOCAL, QUERIES, SEED, match_cache
from bench.search_text import cached
from crawler.archive.inspect import write_inspect_file
from crawler.publish import serve as publish
from crawler.publish.search_page import DEFAULT_CACHE_MB

PAGE_MS, LOAD_MS = 300.0, 500.0


def _get(url: str) -> float:
    started = time.perf_counter()
    with _LOCAL.open(url, timeout=120) as response:
        response.read()
    return (time.perf_counter() - started) * 1000


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1] if len(samples) > 1 else (samples or [0.0])[0]


def kinds(base: str) -> dict[str, Callable[[str], str]]:
    """Each kind of request: a query -> the page's URL."""
    landing = json.loads(_LOCAL.open(f"{base}-/tim-kiem.json").read())["facets"]
    chosen = [("unit", str(i["value"])) for i in landing["unit"][:3]]
    chosen += [("topic", str(i["value"])) for i in landing["topic"][:2]]

    def second(q: str) -> str:
        first = json.loads(_LOCAL.open(f"{base}-/tim-kiem.json?{urlencode({'q': q})}").read())
        return base.rstrip("/") + (first.get("next_url") or f"/-/tim-kiem.json?{urlencode({'q': q})}").replace(
            ".json", "", 1)

    return {
        "newest first": lambda q: f"{base}-/tim-kiem?{urlencode({'q': q})}",
        "ranked": lambda q: f"{base}-/tim-kiem?{urlencode({'q': q, 'sort': 'rank'})}",
        "3 units + 2 topics": lambda q: f"{base}-/tim-kiem?{urlencode([('q', q), *chosen])}",
        "date range": lambda q: f"{base}-/tim-kiem?{urlencode({'q': q, 'tu': '2019-01-01', 'den': '2021-12-31'})}",
        "second page": second,
    }


def under_load(urls: list[str], clients: int) -> tuple[list[tuple[str, float]], int, float]:
    """Every URL asked `clients` times over, by `clients` threads at once: (URL, latency)s, errors, seconds."""
    work = [u for _ in range(clients) for u in urls]
    latencies: list[tuple[str, float]] = []
    errors = [0]
    lock = threading.Lock()

    def client(part: list[str]) -> None:
        for url in part:
            try:
                ms = _get(url)
            except (urllib.error.URLError, OSError):
                with lock:
                    errors[0] += 1
                continue
            with lock:
                latencies.append((url, ms))

    threads = [threading.Thread(target=client, args=(work[i::clients],)) for i in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, errors[0], time.perf_counter() - started


def measure(count: int, clients: int, rounds: int, cache: bool = True) -> list[dict[str, object]]:
    """Every kind, one client then `clients` at once; `cache` False: a server without the match cache,
    so every request pays its whole search (staff asking new words each time)."""
    db, _ = cached(count, SEED)
    write_inspect_file(db)
    with match_cache(None if cache else 0), publish.datasette_running(db) as base:
        return _measure_kinds(base, clients, rounds)


def _measure_kinds(base: str, clients: int, rounds: int) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    pages = kinds(base)
    for _, q in QUERIES:  # warm: the facet index and the ranking are loaded once per server
        _get(pages["newest first"](q))
        _get(pages["ranked"](q))
    for kind, url_of in pages.items():
        urls = [url_of(q) for _, q in QUERIES]
        one = [_get(u) for u in urls for _ in range(rounds)]
        many, errors, seconds = under_load(urls * rounds, clients)
        # Phrases (quoted) apart: FTS5 lists their matches, the costliest first requests.
        phrases = {u for (_, q), u in zip(QUERIES, urls, strict=True) if '"' in q}
        rows.append({"kind": kind, "one_p95": _p95(one), "load_p95": _p95([ms for _, ms in many]),
                     "words_p95": _p95([ms for u, ms in many if u not in phrases]),
                     "phrases_p95": _p95([ms for u, ms in many if u in phrases]),
                     "errors": errors, "rps": len(many) / seconds, "requests": len(many) + errors})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    for cache, title in ((False, "every request a new search (match cache off)"),
                         (True, f"as served (match cache {DEFAULT_CACHE_MB} MB: the same words again)")):
        report(measure(args.articles, args.clients, args.rounds, cache), args, title)


def report(rows: list[dict[str, object]], args: argparse.Namespace, title: str) -> None:
    print(f"\n/-/tim-kiem at {args.articles:,} articles, {title}: one client, then {args.clients} at once")
    print(f"{'kind':22} {'1 client p95':>13} {'target':>8} {args.clients:>3} clients p95 {'× 1 client':>11}"
          f" {'req/s':>7} {'errors':>7}  target   (under load: words p95, phrases p95)")
    for r in rows:
        one, load = float(r["one_p95"]), float(r["load_p95"])  # type: ignore[arg-type]
        print(f"{r['kind']:22} {one:10.1f} ms {'met' if one <= PAGE_MS else 'MISSED':>8} {load:11.1f} ms"
              f" {load / one:11.2f} {float(r['rps']):7.1f} {r['errors']:>7}  "  # type: ignore[arg-type]
              f"{'met' if load <= LOAD_MS and not r['errors'] else 'MISSED':6}   "
              f"({float(r['words_p95']):.0f} ms, {float(r['phrases_p95']):.0f} ms)")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
