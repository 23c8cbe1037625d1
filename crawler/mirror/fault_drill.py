"""The fault drill: serve the fault portal (crawler.mirror.faults), crawl it, and say what became of each fault.

`python -m crawler.mirror.fault_drill [--db faults.db]` crawls it with the real Scrapy
engine (`scrapy crawl generic`) into a temporary archive unless one is named, and prints
a table: fault kind, pages, outcome.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from crawler.mirror.faults import CRAWL_SETTINGS, HOST, PORTAL_ID, ROOT, catalogue, hits, registry_toml
from crawler.mirror.server import serving_in_subprocess


@dataclass
class FaultCrawl:
    """The result of crawling the fault portal."""

    db: Path
    returncode: int
    seconds: float
    hits: dict[str, int] = field(repr=False)
    waits: dict[str, float] = field(repr=False)  # seconds between a path's first and second request
    stderr: str = field(repr=False, default="")


def crawl(db: Path, registry: Path) -> FaultCrawl:
    """Serve the fault portal, crawl it with `scrapy crawl generic` into `db`, and stop the server."""
    registry.write_text(registry_toml(), encoding="utf-8")
    with serving_in_subprocess(faults=True) as base:
        args = [sys.executable, "-m", "scrapy", "crawl", "generic", "-a", f"portal={PORTAL_ID}",
                "-s", f"DANVAN_DB={db}", "-s", f"DANVAN_REGISTRY={registry}", "-s", f"DANVAN_MIRROR_URL={base}"]
        for name, value in CRAWL_SETTINGS.items():
            args += ["-s", f"{name}={value}"]
        started = time.monotonic()
        result = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, timeout=600,
                                env={**os.environ, "PYTHONPATH": str(ROOT)})
        seconds = time.monotonic() - started
        counts, waits = hits(base)
    return FaultCrawl(db, result.returncode, seconds, counts, waits, result.stderr)


def outcomes(db: Path, counts: dict[str, int]) -> list[tuple[str, int, str]]:
    """(fault kind, pages, outcome) for every fault kind, read from the archive and the server's counts."""
    conn = sqlite3.connect(db)
    try:
        stored = {u: d for u, d in conn.execute("SELECT url, published_at FROM articles WHERE portal = ?",
                                                 (PORTAL_ID,))}
        errors: dict[str, list[str]] = {}
        for url, stage, reason in conn.execute("SELECT url, stage, reason FROM errors WHERE portal = ?",
                                               (PORTAL_ID,)):
            errors.setdefault(url or "", []).append(f"{stage}: {reason}")
    finally:
        conn.close()
    rows: dict[str, tuple[int, list[str]]] = {}
    for page in catalogue():
        requests = sum(n for path, n in counts.items() if path.split("?")[0] == page.path.split("?")[0])
        if page.serve == "calendar":
            requests = sum(n for path, n in counts.items() if path.startswith(f"/{HOST}/lich"))
            what = f"{requests} pages requested; " + "; ".join(
                r for u, rs in errors.items() if "/lich" in u for r in rs)
        elif page.expect in ("redirected", "loop"):
            what = f"redirects to {page.location.rsplit('/', 1)[-1]} ({requests} requests)"
        elif page.url in stored:
            what = "stored" + ("" if stored[page.url] else " without a date") + f" after {requests} requests"
            what += "".join(f"; {r}" for r in errors.get(page.url, []))
        elif page.url in errors:
            what = f"{'; '.join(errors[page.url])} ({requests} requests)"
        else:
            what = f"not stored, no error row ({requests} requests)"
        count, seen = rows.get(page.kind, (0, []))
        rows[page.kind] = (count + 1, [*seen, what])
    return [(kind, n, " | ".join(dict.fromkeys(w))) for kind, (n, w) in rows.items()]


def table(rows: list[tuple[str, int, str]]) -> str:
    """The outcomes as a fixed-width table: fault kind | pages | outcome."""
    width = max(len(k) for k, _, _ in [*rows, ("fault kind", 0, "")])
    lines = [f"{'fault kind'.ljust(width)} | pages | outcome", f"{'-' * width}-|-------|--------"]
    lines += [f"{kind.ljust(width)} | {pages:5} | {outcome}" for kind, pages, outcome in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Crawl the fault portal and print what became of each fault.")
    parser.add_argument("--db", type=Path, help="Archive to crawl into (default: a temporary one).")
    args = parser.parse_args(argv)
    with contextlib.ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        db = args.db or work / "faults.db"
        result = crawl(db, work / "faults.toml")
        print(table(outcomes(db, result.hits)))
        print(f"\ncrawl ended by itself in {result.seconds:.1f} s (exit status {result.returncode})")


if __name__ == "__main__":
    main()
