"""A deep category for first-crawl tests and benchmarks: one real article page per listing page.

The article is a real page of the generic mirror portal (`TEMPLATE`), served under a new
URL per listing page and dated a day before the previous one; the listing pages link one
article each and the next page ("Trang sau"). `build(root, pages)` writes the site under
`root/sites/<HOST>` and a local registry file `root/local.toml` (portal `sau`).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from crawler.mirror import SITES

HOST = "chuyen-muc-sau.invalid"
PORTAL = "sau"
TEMPLATE = SITES / "cong-chua-xac-dinh.invalid" / "tin-tuc" / (
    "3-thang-cuoi-nam-dang-uy-chi-dao-cac-chi-bo-tap-trung-toan-luc-hoan-thanh-tot-ca-14992.html")
DATE_LINE = "07/10/2016 - 04:50 PM"  # the template's own date line
NEWEST = date(2026, 11, 1)
REGISTRY = '''
[[portal]]
id = "{portal}"
name = "Cổng thông tin (chuyên mục sâu)"
platform = "generic"
base_url = "https://{host}"
start_urls = ["https://{host}/tin-tuc/chuyen-muc"]
article_pattern = '/bai/bai-viet-\\d+\\.html$'
listing_pattern = '/tin-tuc/chuyen-muc(\\?page=\\d+)?$'
notes = "[G] a test category {pages} listing pages deep"
  [[portal.unit]]
  name = "Thành phố Hà Nội"
  code = "01"
  level = "thành phố"
  province = "Thành phố Hà Nội"
  province_code = "01"
'''


def day(n: int) -> date:
    """The publication day of article `n` (1 is the newest)."""
    return NEWEST - timedelta(days=n)


def build(root: Path, pages: int) -> Path:
    """Write the category (`pages` listing pages, as many articles) and its registry under `root`."""
    site = root / "sites" / HOST
    (site / "tin-tuc").mkdir(parents=True, exist_ok=True)
    (site / "bai").mkdir(exist_ok=True)
    template = TEMPLATE.read_text(encoding="utf-8")
    if DATE_LINE not in template:
        raise ValueError(f"{TEMPLATE}: its date line changed")
    for n in range(1, pages + 1):
        name = "chuyen-muc" if n == 1 else f"chuyen-muc@page={n}"
        more = f'<a href="/tin-tuc/chuyen-muc?page={n + 1}">Trang sau</a>' if n < pages else ""
        (site / "tin-tuc" / name).write_text(
            f'<html><body><ul><li><a href="/bai/bai-viet-{n}.html">Bài viết số {n} về công tác dân vận của '
            f'Đảng ủy</a></li></ul><div class="pager">{more}</div></body></html>', encoding="utf-8")
        (site / "bai" / f"bai-viet-{n}.html").write_text(
            template.replace(DATE_LINE, f"{day(n):%d/%m/%Y} - 08:00 AM"), encoding="utf-8")
    (root / "local.toml").write_text(REGISTRY.format(portal=PORTAL, host=HOST, pages=pages), encoding="utf-8")
    return root
