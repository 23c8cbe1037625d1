"""Benchmark: how long `danvan serve` takes to answer on a large archive, with and without its inspect file.

The archive: bench/search_text's synthetic archive (default 1,000,000 articles, built once
under bench/.cache). Each start runs the real `danvan serve` on a free port and times the
first answer of `/-/versions.json`. Cold: the kernel's page cache dropped first (needs root;
reported as not measured otherwise). Baseline in the same run: the start without the inspect
file (Datasette hashes the file and counts every table itself).
Usage: python -m bench.serve_start [--articles N]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from bench.search_text import cached
from crawler.archive.inspect import inspect_path, write_inspect_file
from crawler.publish.serve import free_port

ROOT = Path(__file__).resolve().parent.parent


def drop_caches() -> bool:
    """Empty the page cache (a cold start); False when not allowed here."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def start_time(db: Path, limit: float = 1800) -> float:
    """Seconds from `danvan serve` to its first answer."""
    port = free_port()
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, "-m", "crawler.cli", "serve", "--db", str(db), "--port", str(port)],
                               cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.monotonic() - started < limit:
            if process.poll() is not None:
                raise SystemExit(f"danvan serve exited with status {process.returncode}")
            with contextlib.suppress(OSError), urllib.request.urlopen(
                    f"http://127.0.0.1:{port}/-/versions.json", timeout=5):
                return time.monotonic() - started
            time.sleep(0.1)
        raise SystemExit("no answer")
    finally:
        process.terminate()
        process.wait(timeout=60)


def measure(count: int) -> dict[str, Any]:
    source, _ = cached(count, 20240317)
    with tempfile.TemporaryDirectory(dir=source.parent) as tmp:
        db = Path(tmp) / "archive.db"
        shutil.copy(source, db)  # serving may checkpoint or migrate: never the shared cache file
        figures: dict[str, Any] = {"articles": count, "size_gb": db.stat().st_size / 1e9}
        started = time.monotonic()
        write_inspect_file(db)
        figures["write_inspect"] = time.monotonic() - started
        for with_inspect in (False, True):
            saved = inspect_path(db).read_bytes()
            if not with_inspect:
                inspect_path(db).unlink()
            key = "inspect" if with_inspect else "no_inspect"
            figures[f"{key}_cold"] = start_time(db) if drop_caches() else None
            figures[f"{key}_warm"] = start_time(db)
            inspect_path(db).write_bytes(saved)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    args = parser.parse_args()
    f = measure(args.articles)

    def show(v: float | None) -> str:
        return f"{v:8.2f}" if v is not None else "  not measured (page cache not droppable)"

    print(f"danvan serve start, {f['articles']:,} articles ({f['size_gb']:.1f} GB)")
    print(f"writing the inspect file (at the end of a crawl): {f['write_inspect']:.2f} s")
    for key, name in (("no_inspect", "baseline: without the inspect file"), ("inspect", "with the inspect file")):
        print(f"{name:40} cold {show(f[key + '_cold'])} s   warm {show(f[key + '_warm'])} s")
    if f["no_inspect_warm"]:
        print(f"warm ratio (with / without): {f['inspect_warm'] / f['no_inspect_warm']:.3f}")


if __name__ == "__main__":
    main()
