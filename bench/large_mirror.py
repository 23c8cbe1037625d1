"""A large deterministic mirror for benchmarks: N articles of one Hải Phòng-style portal.

Every paragraph is real text (see bench.synthetic.paragraphs), recombined with a seeded
random generator; the pages are written by the Hải Phòng mirror builder's own markup
functions, so the real `haiphong` spider crawls them. The portal is served under the
host ngoquyen.haiphong.gov.vn (a mirrored host) with its own registry file.

    python -m bench.large_mirror /tmp/large --articles 10000
"""

from __future__ import annotations

import argparse
import random
from datetime import datetime, timedelta
from pathlib import Path

from bench.synthetic import paragraphs, titles
from crawler.mirror import build_haiphong as haiphong

HOST = "ngoquyen.haiphong.gov.vn"
PER_PAGE = 50

REGISTRY = f"""# A one-portal registry for the large benchmark mirror (bench/large_mirror.py).
[[portal]]
id = "bench"
name = "Cổng thông tin điện tử (benchmark)"
platform = "haiphong"
status = "active"
base_url = "https://{HOST}"
start_urls = ["https://{HOST}/Tin-tuc-su-kien"]
allowed_domains = ["{HOST}"]
  [[portal.unit]]
  name = "Quận Ngô Quyền"
  code = "304"
  level = "quận"
  province = "Thành phố Hải Phòng"
  province_code = "31"
"""


def posts(count: int, seed: int = 20240317) -> list[haiphong.Post]:
    """`count` posts, newest first, ids growing with the date as a CMS's would."""
    rng = random.Random(seed)
    pool, heads = paragraphs(), titles()
    start = datetime(2015, 1, 1, 7, 30)
    made = []
    for n in range(count):
        body = tuple(rng.sample(pool, rng.randint(4, 10)))
        made.append(haiphong.Post(
            id=100000 + n, title=f"{rng.choice(heads)} ({n})",
            when=start + timedelta(minutes=n * 317 + rng.randrange(300)),
            sapo=body[0][:200], paragraphs=body[1:],
        ))
    return sorted(made, key=lambda p: p.id, reverse=True)


def build(root: Path, count: int) -> Path:
    """Write the mirror's pages under `root`/sites and its registry; returns the registry path."""
    site = haiphong.Site(HOST, "Cổng thông tin điện tử (benchmark)", "Ủy ban nhân dân (benchmark)",
                         haiphong.CITY_THEME, 1000, "titlecase", PER_PAGE)
    haiphong._write_site(site, posts(count), root / "sites")
    registry = root / "portals.toml"
    registry.write_text(REGISTRY, encoding="utf-8")
    return registry


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args(argv)
    print(build(args.root, args.articles))


if __name__ == "__main__":
    main()
