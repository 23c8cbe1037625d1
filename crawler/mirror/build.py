"""Build the offline mirror's generated portals from the real corpus (deterministic).

Each platform's builder module writes its portals' pages under `sites/<host>/`;
the real Liferay copy (sites/sotttt.hanoi.gov.vn) is served as it is and never rebuilt.
Run `python -m crawler.mirror.build` after changing a builder; a test checks the
committed pages equal a fresh build.
"""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path

from crawler.mirror import SITES

# Builder modules, each with `HOSTS` (the hosts it owns) and `build(root: Path)`.
BUILDERS = (
    "crawler.mirror.build_haiphong",
    "crawler.mirror.build_kinhtedothi",
    "crawler.mirror.build_hanoi_liferay",
    "crawler.mirror.build_hanoi_current",
    "crawler.mirror.build_generic",
    "crawler.mirror.build_vnportal",
    "crawler.mirror.build_tandan",
    "crawler.mirror.build_news_layout",
    "crawler.mirror.build_bai_viet",
)
REAL_HOSTS = ("sotttt.hanoi.gov.vn",)


def build(root: Path = SITES) -> list[str]:
    """Rebuild every generated host under `root`; returns the hosts built."""
    built = []
    for name in BUILDERS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        for host in module.HOSTS:
            shutil.rmtree(root / host, ignore_errors=True)
        module.build(root)
        built.extend(module.HOSTS)
    return built


if __name__ == "__main__":
    print("built:", ", ".join(build()))
