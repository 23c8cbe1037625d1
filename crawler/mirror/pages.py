"""Small helpers for the mirror builders: slugs, escaping, writing pages under `sites/`."""

from __future__ import annotations

import html
import re
from pathlib import Path

from crawler.core.text import fold
from crawler.mirror import SITES


def slugify(text: str, limit: int = 80) -> str:
    """'Dân vận khéo' -> 'dan-van-kheo' (portals' URL slugs are accent-free)."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return slug[:limit].rstrip("-")


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def write_page(host: str, path: str, content: str, query: str = "", root: Path = SITES) -> Path:
    """Write one page served at https://<host>/<path>[?<query>] (see mirror.server.resolve)."""
    target = root / host / path.lstrip("/")
    if path.endswith("/") or not path.strip("/"):
        target = target / "index.html"
    if query:
        target = target.with_name(target.name + "@" + query)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(content, encoding="utf-8")
    return target
