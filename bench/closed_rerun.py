"""Benchmark: requests a re-run of closed portals' web-archive crawl sends, once their windows are read.

The closed portals of the offline mirror (every one with a web-archive source) are crawled
from the local web archive into a fresh archive; then the crawl runs again, unchanged.
Baseline in the same run: the re-run listing every closed window again from its start
(DANVAN_WAYBACK_RELIST, what every crawl did before), which still fetches no article the
archive holds. Measured: the default re-run, which asks for nothing in a window read to
its end (at most one request per closed portal). Requests are counted by the local web
archive's request log.
Usage: python -m bench.closed_rerun [--page-size N]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from crawler.core import registry

ROOT = Path(__file__).resolve().parent.parent


def _crawl(db: Path, log: Path, portals: list[str], page_size: int, **env: str) -> int:
    """One `danvan crawl --offline --wayback`; the requests it sent to the archive."""
    log.unlink(missing_ok=True)
    result = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "crawl", "--offline", "--wayback", "--quiet", "--db", str(db),
         *[a for p in portals for a in ("--portal", p)]], capture_output=True, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "DANVAN_CDX_LOG": str(log),
             "DANVAN_WAYBACK_PAGE_SIZE": str(page_size), **env})
    if result.returncode not in (0, 3):
        raise SystemExit(f"crawl failed: {result.stderr[-2000:]}")
    return len(log.read_text().splitlines()) if log.exists() else 0


def measure(page_size: int = 5) -> dict[str, Any]:
    portals = [p.id for p in registry.load().portals if p.status == "closed" and p.wayback is not None
               and set(p.hosts) <= _mirrored()]
    with tempfile.TemporaryDirectory() as tmp:
        db, log = Path(tmp) / "archive.db", Path(tmp) / "cdx.log"
        first = _crawl(db, log, portals, page_size)
        again = _crawl(db, log, portals, page_size)
        relisted = _crawl(db, log, portals, page_size, DANVAN_WAYBACK_RELIST="1")
    return {"portals": len(portals), "first": first, "again": again, "relisted": relisted}


def _mirrored() -> set[str]:
    from crawler.mirror import mirrored_hosts

    return mirrored_hosts()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--page-size", type=int, default=5, help="CDX rows per listing page (small: many pages)")
    args = parser.parse_args()
    f = measure(args.page_size)
    print(json.dumps(f))
    print(f"closed portals with a web-archive source, offline: {f['portals']}")
    print(f"{'run':58} {'requests':>9} {'× baseline':>11}")
    print(f"{'first crawl (lists and fetches everything)':58} {f['first']:9d}")
    print(f"{'baseline: re-run listing every window again':58} {f['relisted']:9d} {1.0:11.3f}")
    print(f"{'re-run, windows read once (default)':58} {f['again']:9d} {f['again'] / max(1, f['relisted']):11.3f}")
    print(f"at most 1 request per closed portal: {'met' if f['again'] <= f['portals'] else 'MISSED'}")


if __name__ == "__main__":
    main()
