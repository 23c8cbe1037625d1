"""`make bench`: every benchmark in one run, one table of figure, value, baseline, ratio, target, met?

Each baseline is measured in the same run on the same machine, so the ratios hold on a
shared machine where absolute times vary. `--quick` runs small sizes (a few minutes);
without it the full sizes run (the 10,000-article crawl among them).

    python -m bench            # full sizes
    python -m bench --quick    # small sizes
    python -m bench --only crawl,ingest --markdown results.md
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.report import Row, machine, table

# Section name -> (module, what it measures). Each module has run(quick) -> rows and runs alone.
SECTIONS: dict[str, tuple[str, str]] = {
    "crawl": ("bench.crawl", "crawl pages/min vs scrapy bench, re-crawl requests, peak RSS"),
    "extraction": ("bench.extraction", "ms/page per extractor vs trafilatura"),
    "ingest": ("bench.ingest", "articles/s into the archive vs plain executemany"),
    "retag": ("bench.retag", "retag of the archive vs reading and folding every text"),
    "search": ("bench.search_scale", "search, facets and pages at scale vs the stock design"),
    "distributed": ("bench.distributed", "pages/min with 1 and 2 Redis workers vs a single-process crawl"),
    "export": ("bench.export", "danvan export rows/s vs a bare read; peak RSS at 10,000 vs 100,000 articles"),
    "duplicates": ("bench.duplicates", "incremental near-duplicate linking vs linking everything again"),
    "rank": ("bench.search_rank", "relevance ranking at scale vs bm25"),
}


def _rows(section: str, quick: bool) -> list[Row | dict[str, Any]]:
    module_name = SECTIONS[section][0]
    if importlib.util.find_spec(module_name) is None:
        return []
    module = importlib.import_module(module_name)
    run: Callable[..., list[Any]] = module.run
    rows = run(quick)
    return [_with_note(r) if isinstance(r, dict) else r for r in rows]


def _with_note(row: dict[str, Any]) -> dict[str, Any]:
    """Rows from other modules may carry a note: shown after the figure's name."""
    note = row.get("note")
    return {**row, "name": f"{row['name']} ({note})"} if note else row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, a few minutes")
    parser.add_argument("--only", help=f"comma-separated sections of: {', '.join(SECTIONS)}")
    parser.add_argument("--skip", help="comma-separated sections to leave out")
    parser.add_argument("--markdown", type=Path, help="also write the table, machine and command to this file")
    args = parser.parse_args(argv)
    chosen = [s.strip() for s in args.only.split(",")] if args.only else list(SECTIONS)
    skipped = {s.strip() for s in args.skip.split(",")} if args.skip else set()
    unknown = [s for s in [*chosen, *skipped] if s not in SECTIONS]
    if unknown:
        parser.error(f"unknown section {', '.join(unknown)}; known: {', '.join(SECTIONS)}")
    where = machine()
    rows: list[Row | dict[str, Any]] = []
    timings: list[str] = []
    failed: list[str] = []
    for section in chosen:
        if section in skipped:
            continue
        started = time.perf_counter()
        print(f"bench: {section}: {SECTIONS[section][1]} ...", file=sys.stderr, flush=True)
        try:
            found = _rows(section, args.quick)
        except Exception as exc:  # one broken section must not lose the others' figures
            failed.append(section)
            print(f"bench: {section}: failed: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
            continue
        rows.extend(found)
        timings.append(f"{section} {time.perf_counter() - started:.0f} s")
        if found:
            print(table(found), file=sys.stderr, flush=True)  # each section's figures as soon as they exist
        else:
            print(f"bench: {section}: not available here", file=sys.stderr)
    command = "python -m bench" + (" --quick" if args.quick else "") + "".join(
        f" {flag} {value}" for flag, value in (("--only", args.only), ("--skip", args.skip)) if value)
    text = table(rows)
    print(text)
    print(f"\nmachine: {where}\ncommand: {command}\ntime: {', '.join(timings)}")
    if args.markdown:
        args.markdown.write_text(
            f"Machine: {where}\n\nCommand: `{command}` ({', '.join(timings)})\n\n{text}\n", encoding="utf-8")
    if failed:
        print(f"bench: failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
