"""A large deterministic mirror for benchmarks: N articles spread over the five platforms.

Every paragraph is real text (see bench.synthetic.paragraphs), recombined with a seeded
random generator (the same seed gives the same mirror, byte for byte); the pages are
written by each mirror builder's own markup functions, so the real spiders crawl them:
one portal per platform (Hải Phòng, Hà Nội Liferay, hanoi.gov.vn, Kinh tế & Đô thị and a
generic portal), each on its mirrored host, with a registry file of its own.

    python -m bench.large_mirror /tmp/large --articles 10000
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from bench.synthetic import paragraphs, titles
from crawler.mirror import build_generic as generic
from crawler.mirror import build_haiphong as haiphong
from crawler.mirror import build_hanoi_current as hanoi_current
from crawler.mirror import build_hanoi_liferay as liferay
from crawler.mirror import build_kinhtedothi as kinhtedothi
from crawler.mirror.pages import slugify, write_page

PER_PAGE = 50
START = datetime(2015, 1, 1, 7, 30)
PLATFORMS = ("haiphong", "hanoi_liferay", "hanoi_current", "kinhtedothi", "generic")
# Where each platform's article pages land in the mirror: host and a glob under it.
ARTICLE_FILES = {
    "haiphong": ("ngoquyen.haiphong.gov.vn", "Tin-tuc-su-kien/*-*.html"),
    "hanoi_liferay": ("hoangmai.hanoi.gov.vn", "cong-tac-dang/-/view_content/*"),
    "hanoi_current": ("hanoi.gov.vn", "tin-tuc-su-kien-noi-bat/*-[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]*.htm"),
    "kinhtedothi": ("kinhtedothi.vn", "*.html"),
    "generic": ("cong-chua-xac-dinh.invalid", "tin-tuc/*.html"),
}


@dataclass(frozen=True)
class Text:
    """One synthetic article before a platform's markup: real paragraphs recombined."""

    n: int
    title: str
    when: datetime
    sapo: str
    paragraphs: tuple[str, ...]


def texts(count: int, seed: int = 20240317, offset: int = 0) -> list[Text]:
    """`count` articles, oldest first, from real paragraphs chosen with a fixed seed."""
    rng = random.Random(seed + offset)
    pool, heads = paragraphs(), titles()
    made = []
    for i in range(count):
        n = offset + i
        body = tuple(rng.sample(pool, rng.randint(4, 10)))
        made.append(Text(n, f"{rng.choice(heads)} ({n})", START + timedelta(minutes=i * 317 + rng.randrange(300)),
                         body[0][:200], body[1:]))
    return made


# --- one writer per platform: texts -> pages under root, and the portal's registry entry ----


def _haiphong(items: list[Text], root: Path) -> str:
    site = haiphong.Site("ngoquyen.haiphong.gov.vn", "Cổng thông tin điện tử (benchmark)",
                         "Ủy ban nhân dân (benchmark)", haiphong.CITY_THEME, 1000, "titlecase", PER_PAGE)
    posts = [haiphong.Post(id=100000 + t.n, title=t.title, when=t.when, sapo=t.sapo, paragraphs=t.paragraphs)
             for t in items]
    haiphong._write_site(site, sorted(posts, key=lambda p: p.id, reverse=True), root)
    return _entry("bench-haiphong", "haiphong", site.host, f"https://{site.host}/Tin-tuc-su-kien",
                  "Quận Ngô Quyền", "304", "quận", "Thành phố Hải Phòng", "31")


def _liferay(items: list[Text], root: Path) -> str:
    site = liferay.Site("hoangmai.hanoi.gov.vn", "Cổng thông tin điện tử (benchmark)", "Ủy ban nhân dân (benchmark)",
                        "cong-tac-dang", "Công tác Đảng", "CÔNG TÁC ĐẢNG", PER_PAGE, "24h", False,
                        1351277, 1352810, 1000)
    stories = [liferay.Story(id=2000000 + t.n, title=t.title, when=t.when, time_entered=True, sapo=t.sapo,
                             blocks=tuple(hanoi_current.Block("p", p) for p in t.paragraphs), views=100 + t.n % 900)
               for t in items]
    liferay._write_site(site, sorted(stories, key=lambda s: (s.when, s.id), reverse=True), root)
    return _entry("bench-hanoi-liferay", "hanoi_liferay", site.host, site.listing_url,
                  "Quận Hoàng Mai", "008", "quận", "Thành phố Hà Nội", "01")


def _hanoi_current(items: list[Text], root: Path) -> str:
    site, category = hanoi_current.HANOI, hanoi_current.NOI_BAT
    posts = [hanoi_current.Post(site=site, category=category, title=t.title, sapo=t.sapo,
                                blocks=tuple(hanoi_current.Block("p", p) for p in t.paragraphs), author="",
                                published=t.when, created=t.when - timedelta(minutes=5), serial=t.n % 1000)
             for t in items]
    posts.sort(key=lambda p: p.published, reverse=True)
    # The builder's own writer compares every post with every other: fine for a few dozen, not thousands.
    pages = [posts[i:i + PER_PAGE] for i in range(0, len(posts), PER_PAGE)]
    for number, chunk in enumerate(pages, 1):
        html = hanoi_current._listing_page(site, category, chunk, number, len(pages), posts)
        path = f"{category.slug}/" if number == 1 else f"{category.slug}/trang-{number}.htm"
        write_page(site.host, path, html, root=root)
    for index, post in enumerate(posts):
        same = posts[index + 1:index + 7] or posts[max(0, index - 6):index]
        write_page(site.host, post.path, hanoi_current._article_page(post, same, posts[:6]), root=root)
    return _entry("bench-hanoi-current", "hanoi_current", site.host, f"https://{site.host}/{category.slug}",
                  "Thành phố Hà Nội", "01", "thành phố", "Thành phố Hà Nội", "01")


def _kinhtedothi(items: list[Text], root: Path) -> str:
    stories = [kinhtedothi.Story(slug=f"{slugify(t.title, 120)}-{t.n}", kicker="", title=t.title, author="",
                                 when=t.when, sapo="Kinhtedothi - " + t.sapo,
                                 blocks=tuple(kinhtedothi.Block("p", p) for p in t.paragraphs), dan_van=True)
               for t in items]
    stories.sort(key=lambda s: s.when, reverse=True)
    by_slug = {s.slug: s for s in stories}
    path = kinhtedothi.CATEGORY[0]
    pages = [stories[i:i + PER_PAGE] for i in range(0, len(stories), PER_PAGE)]
    for number, chunk in enumerate(pages, 1):
        html = kinhtedothi._listing_page(chunk, number, len(pages), stories)
        write_page(kinhtedothi.HOST, path, html, query="" if number == 1 else f"page={number}", root=root)
    for index, story in enumerate(stories):
        same = stories[index + 1:index + 7] or stories[max(0, index - 6):index]
        write_page(kinhtedothi.HOST, f"{story.slug}.html", kinhtedothi._article_page(story, same, stories, by_slug),
                   root=root)
    return _entry("bench-kinhtedothi", "kinhtedothi", kinhtedothi.HOST, f"{kinhtedothi.BASE}{path}",
                  "Thành phố Hà Nội", "01", "thành phố", "Thành phố Hà Nội", "01")


def _generic(items: list[Text], root: Path) -> str:
    posts = [generic.Post(id=500000 + 11 * t.n, title=t.title, when=t.when, sapo=t.sapo,
                          blocks=tuple(("p", p) for p in t.paragraphs)) for t in items]
    posts.sort(key=lambda p: (p.when, p.id), reverse=True)
    pages = [posts[i:i + PER_PAGE] for i in range(0, len(posts), PER_PAGE)]
    for number, chunk in enumerate(pages, 1):
        html = generic._listing_page(chunk, number, len(pages), posts)
        write_page(generic.HOST, generic.CATEGORY_PATH, html, query="" if number == 1 else f"page={number}",
                   root=root)
    for index, post in enumerate(posts):
        others = posts[index + 1:index + 6] or posts[max(0, index - 5):index]
        post = generic._with(post, related=tuple((p.url, p.title, generic._views_line(p)) for p in others))
        write_page(generic.HOST, post.path, generic._article_page(post, posts), root=root)
    return _entry("bench-generic", "generic", generic.HOST, f"https://{generic.HOST}{generic.CATEGORY_PATH}",
                  "Quận Ngô Quyền", "304", "quận", "Thành phố Hải Phòng", "31",
                  article_pattern=r"/tin-tuc/[a-z0-9-]+-\d+\.html$",
                  listing_pattern=r"/tin-tuc/dan-van(\?page=\d+)?$")


WRITERS: dict[str, Callable[[list[Text], Path], str]] = {
    "haiphong": _haiphong, "hanoi_liferay": _liferay, "hanoi_current": _hanoi_current,
    "kinhtedothi": _kinhtedothi, "generic": _generic,
}


def _entry(portal_id: str, platform: str, host: str, start: str, unit: str, code: str, level: str,
           province: str, province_code: str, **patterns: str) -> str:
    extra = "".join(f"{key} = '{value}'\n" for key, value in patterns.items())
    return f"""[[portal]]
id = "{portal_id}"
name = "Cổng thông tin điện tử (benchmark, {platform})"
platform = "{platform}"
status = "active"
base_url = "https://{host}"
start_urls = ["{start}"]
allowed_domains = ["{host}"]
{extra}  [[portal.unit]]
  name = "{unit}"
  code = "{code}"
  level = "{level}"
  province = "{province}"
  province_code = "{province_code}"
"""


def shares(count: int, platforms: tuple[str, ...] = PLATFORMS) -> dict[str, int]:
    """How many of `count` articles each platform's portal gets (as even as possible)."""
    base, extra = divmod(count, len(platforms))
    return {name: base + (1 if i < extra else 0) for i, name in enumerate(platforms)}


def build(root: Path, count: int, platforms: tuple[str, ...] = PLATFORMS) -> Path:
    """Write the mirror's pages under `root`/sites and its registry; returns the registry path."""
    sites = root / "sites"
    # It stands alone: the shipped portals whose hosts it reuses are not crawled beside its own.
    entries = ["# The benchmark mirror's registry (bench/large_mirror.py): one portal per platform.\nextends = false\n"]
    offset = 0
    for name, share in shares(count, platforms).items():
        if share:
            entries.append(WRITERS[name](texts(share, offset=offset), sites))
        offset += share
    registry = root / "portals.toml"
    registry.write_text("\n".join(entries), encoding="utf-8")
    return registry


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args(argv)
    print(build(args.root, args.articles))


if __name__ == "__main__":
    main()
