"""Extraction benchmark: ms per article page for each platform extractor and for the generic
path, against trafilatura.extract on the same pages.

Pages come from the large benchmark mirror (bench.large_mirror: real paragraphs in each
platform's markup). A platform extractor is timed as its spider runs it: the page parsed
into a Selector, then the platform's `parse_article`. The generic path is
`extract_generic` over the pages of every platform. Each page is read by ours and by
trafilatura in turn, and CPU time (time.process_time) is counted, so other work on a
shared machine weighs on both alike. Target: platform extractors ≤ 0.3× trafilatura.

    python -m bench.extraction [--pages 100]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura
from parsel import Selector

from bench import large_mirror
from bench.report import Row, print_table
from crawler.extract.dispatch import _parse_article, platform_module
from crawler.extract.generic import extract_generic

TARGET = 0.3


def pages(root: Path) -> dict[str, list[tuple[str, str]]]:
    """Article pages of the mirror under `root`, by platform: (live URL, HTML)."""
    found: dict[str, list[tuple[str, str]]] = {}
    for platform, (host, pattern) in large_mirror.ARTICLE_FILES.items():
        folder = root / "sites" / host
        files = sorted(p for p in folder.glob(pattern) if p.is_file() and "@" not in p.name)
        found[platform] = [(f"https://{host}/{p.relative_to(folder)}", p.read_text(encoding="utf-8"))
                           for p in files]
    return found


def _time(func: Callable[[], object]) -> float:
    started = time.process_time()
    result = func()
    spent = time.process_time() - started
    assert result, "an extractor found nothing"
    return spent


def measure(by_platform: dict[str, list[tuple[str, str]]]) -> list[Row]:
    """One row per platform extractor, then the generic path's; each against trafilatura."""
    rows = []
    generic_total = trafilatura_total = 0.0
    count = 0
    for platform, items in by_platform.items():
        module = platform_module(platform)
        parse = _parse_article(module) if module is not None else None
        assert parse is not None, platform
        ours = theirs = 0.0
        url, html = items[0]
        parse(Selector(text=html), url), trafilatura.extract(html, url=url), extract_generic(html, url)  # warm up
        for url, html in items:
            if platform != "generic":
                ours += _time(lambda u=url, h=html, f=parse: f(Selector(text=h), u).body)
            generic_total += _time(lambda u=url, h=html: extract_generic(h, u).body)
            spent = _time(lambda u=url, h=html: trafilatura.extract(h, url=u))
            theirs += spent
            trafilatura_total += spent
            count += 1
        if platform != "generic":
            rows.append(Row(f"extraction, {platform} extractor ({len(items)} pages)", ours / len(items) * 1000,
                            "ms/page", theirs / len(items) * 1000, "trafilatura", False, TARGET))
    rows.append(Row(f"extraction, generic path ({count} pages, every platform)", generic_total / count * 1000,
                    "ms/page", trafilatura_total / count * 1000, "trafilatura", False, None))
    return rows


def run(quick: bool = False, per_platform: int | None = None) -> list[Row]:
    """Build a mirror of `per_platform` articles per platform and time the extractors on it."""
    per_platform = per_platform or (20 if quick else 100)
    with tempfile.TemporaryDirectory(prefix="danvan-bench-extract-") as tmp:
        large_mirror.build(Path(tmp), per_platform * len(large_mirror.PLATFORMS))
        return measure(pages(Path(tmp)))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, help="article pages per platform (default 100, 20 with --quick)")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    print_table(run(args.quick, args.pages))


if __name__ == "__main__":
    main()
