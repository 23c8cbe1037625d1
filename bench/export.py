"""Benchmark: `danvan export` of a small and a ten-times larger archive, each format: rows/s and peak memory.

Archives: the synthetic archive of bench/search_text.py (real corpus text, 300-word
bodies, topics and mentioned units), built once under bench/.cache/. Each export runs as
its own `danvan export ... --output FILE` process, and its peak RSS is that process's own
(`wait4`). Baselines measured in the same run:

- speed: the same statement read to its end by a bare sqlite3 cursor in its own process
  (no formatting, no writing): what any export must pay; export rows/s ÷ that.
- memory: each format's peak RSS on the larger archive ÷ on the smaller (target ≤ 1.25×:
  flat in rows; 1.0 would mean not a byte more for ten times the rows).

Usage: python -m bench.export [--quick] [--small N] [--large N] [--seed S]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.search_text import cached

ROOT = Path(__file__).resolve().parents[1]
FORMATS = ("jsonl", "csv", "parquet")
MEMORY_TARGET = 1.25
SEED = 11
# The bare read the baseline does: the export's own statement, every column fetched, nothing written.
READ_ONLY = """
import sqlite3, sys
from crawler.archive.export import ExportFilters, selection_sql
sql, params = selection_sql(ExportFilters(), [])
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
cursor = conn.execute(sql, params)
rows = 0
while batch := cursor.fetchmany(1000):
    rows += len(batch)
print(rows)
"""


# A forked child's peak RSS counts the parent's pages it started with: the command is spawned
# (not forked) from this small process, which writes the command's own peak RSS and exit status.
SPAWN = """
import os, sys
pid = os.posix_spawnp(sys.argv[2], sys.argv[2:], os.environ)
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as out:
    out.write(f"{usage.ru_maxrss} {os.waitstatus_to_exitcode(status)} {usage.ru_utime + usage.ru_stime}")
"""


def measured(command: list[str]) -> tuple[float, int, str, float]:
    """(seconds, peak RSS in bytes, stdout, CPU seconds) of a command run as its own process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.NamedTemporaryFile("r", suffix=".rusage") as report:
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-c", SPAWN, report.name, *command], cwd=ROOT, env=env,
                                capture_output=True, check=False)
        seconds = time.perf_counter() - started
        peak, code, cpu = report.read().split()
        peak_kib, status = int(peak), int(code)
    if result.returncode or status:
        raise RuntimeError(f"{' '.join(command)}: exit {status}: {result.stderr.decode()[-500:]}")
    return seconds, peak_kib * 1024, result.stdout.decode(), float(cpu)


def measure(count: int, log: Any = print, seed: int = SEED) -> dict[str, Any]:
    """Figures for one archive size: the bare read, then each format's export."""
    db, _ = cached(count, seed, log=log)
    seconds, rss, out, cpu = measured([sys.executable, "-c", READ_ONLY, str(db)])
    assert int(out) == count, out
    result: dict[str, Any] = {"count": count, "read": {"seconds": seconds, "rss": rss, "rate": count / seconds,
                                                        "cpu_rate": count / cpu}}
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in FORMATS:
            target = Path(tmp) / f"out.{fmt}"
            seconds, rss, _, cpu = measured([sys.executable, "-m", "crawler.cli", "export", "--db", str(db),
                                             "--format", fmt, "--output", str(target)])
            result[fmt] = {"seconds": seconds, "rss": rss, "rate": count / seconds, "cpu_rate": count / cpu,
                           "bytes": target.stat().st_size}
            target.unlink()
    return result


def rows_for(small: dict[str, Any], large: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows for a `make bench`-style table (name/value/unit/baseline/ratio/target/met)."""
    rows: list[dict[str, Any]] = []
    for figures in (small, large):
        for fmt in FORMATS:
            for key, unit in (("rate", "rows/s"), ("cpu_rate", "rows/CPU s")):
                rate, read = figures[fmt][key], figures["read"][key]
                rows.append({"name": f"export {figures['count']:,} articles as {fmt}", "value": rate, "unit": unit,
                             "baseline": read, "baseline_name": "bare read of the same statement",
                             "ratio": rate / read, "target": "", "met": None})
    for fmt in FORMATS:
        ratio = large[fmt]["rss"] / small[fmt]["rss"]
        rows.append({"name": f"export peak RSS, {fmt}, {large['count']:,} articles", "value": large[fmt]["rss"] / 2**20,
                     "unit": "MiB", "baseline": small[fmt]["rss"] / 2**20,
                     "baseline_name": f"the same export of {small['count']:,} articles", "ratio": ratio,
                     "target": f"≤ {MEMORY_TARGET}×", "met": ratio <= MEMORY_TARGET})
    return rows


def run(quick: bool = False, log: Any = print) -> list[dict[str, Any]]:
    small, large = (2_000, 20_000) if quick else (10_000, 100_000)
    return rows_for(measure(small, log), measure(large, log))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2,000 and 20,000 articles")
    parser.add_argument("--small", type=int, help="articles in the smaller archive (default 10,000)")
    parser.add_argument("--large", type=int, help="articles in the larger archive (default 100,000)")
    parser.add_argument("--seed", type=int, default=SEED,
                        help=f"the archives' seed (default {SEED}; bench.search_scale's million: 20240317)")
    args = parser.parse_args()
    small_count = args.small or (2_000 if args.quick else 10_000)
    large_count = args.large or (20_000 if args.quick else 100_000)
    small, large = measure(small_count, seed=args.seed), measure(large_count, seed=args.seed)
    print(f"\nexport benchmark: {small_count:,} and {large_count:,} synthetic articles (300-word bodies)")
    print(f"{'run':34} {'articles':>9} {'seconds':>8} {'rows/s':>8} {'× read':>7} {'rows/CPU s':>10} {'× read':>7} "
          f"{'peak RSS':>9} {'output':>9}")
    for figures in (small, large):
        read = figures["read"]
        print(f"{'baseline: bare read of the rows':34} {figures['count']:9,} {read['seconds']:8.2f} "
              f"{read['rate']:8,.0f} {1.0:7.2f} {read['cpu_rate']:10,.0f} {1.0:7.2f} {read['rss'] / 2**20:5.0f} MiB")
        for fmt in FORMATS:
            f = figures[fmt]
            print(f"{'danvan export --format ' + fmt:34} {figures['count']:9,} {f['seconds']:8.2f} {f['rate']:8,.0f} "
                  f"{f['rate'] / read['rate']:7.2f} {f['cpu_rate']:10,.0f} {f['cpu_rate'] / read['cpu_rate']:7.2f} "
                  f"{f['rss'] / 2**20:5.0f} MiB {f['bytes'] / 2**20:5.0f} MiB")
    print(f"machine load, 1-minute average at the end: {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)")
    print(f"\npeak RSS at {large_count:,} ÷ at {small_count:,} (target ≤ {MEMORY_TARGET}×: flat in rows)")
    for fmt in FORMATS:
        ratio = large[fmt]["rss"] / small[fmt]["rss"]
        print(f"  {fmt:8} {small[fmt]['rss'] / 2**20:6.0f} MiB → {large[fmt]['rss'] / 2**20:6.0f} MiB  "
              f"{ratio:5.2f}×  {'met' if ratio <= MEMORY_TARGET else 'MISSED'}")


if __name__ == "__main__":
    main()
