"""Deterministic synthetic archives for benchmarks, recombined from real paragraphs.

Every paragraph is real text (the seed articles and the real Liferay copy's articles);
an article is a random but seeded choice of them, so the texts look like the portals'.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from crawler.core.items import Article
from crawler.core.registry import Registry
from crawler.mirror.corpus import real_articles, seed_text


def paragraphs() -> list[str]:
    """Every real paragraph of the corpus of at least 80 characters."""
    found = [p for a in real_articles() for p in a.paragraphs]
    for number in ("000", "001", "003", "004"):
        found.extend(seed_text(number).split("\n"))
    return [p.strip() for p in found if len(p.strip()) >= 80]


def titles() -> list[str]:
    return [a.title for a in real_articles()]


def articles(count: int, registry: Registry, seed: int = 20240317) -> Iterator[tuple[Article, str]]:
    """`count` articles with the portal id each belongs to (cycling through the registry)."""
    rng = random.Random(seed)
    pool, heads = paragraphs(), titles()
    portals = [p.id for p in registry.portals]
    start = date(2015, 1, 1)
    for n in range(count):
        body = rng.sample(pool, rng.randint(4, 12))
        day = start + timedelta(days=rng.randrange(0, 365 * 10))
        yield Article(
            url=f"https://bench.invalid/{n}",
            title=f"{rng.choice(heads)} ({n})",
            sapo=body[0][:200],
            body="\n\n".join(body),
            published_at=f"{day.isoformat()}T{rng.randrange(7, 18):02d}:{rng.randrange(60):02d}:00+07:00",
            time_known=True,
            extractor="bench",
        ), portals[n % len(portals)]
