"""The offline portal mirror: saved and generated portal pages served over real HTTP.

Files live under `sites/<host>/<path>`; the server answers
`http://127.0.0.1:<port>/<host>/<path>?<query>`, so every registered portal can be
served by one process on loopback, and spiders keep using live URLs (see `routing`).
"""

from pathlib import Path

SITES = Path(__file__).with_name("sites")


def mirror_url(base: str, live_url: str) -> str:
    """Map a live URL (https://host/path?q) to the mirror at `base` (http://127.0.0.1:port)."""
    from urllib.parse import urlsplit

    parts = urlsplit(live_url)
    path = parts.path or "/"
    query = f"?{parts.query}" if parts.query else ""
    return f"{base.rstrip('/')}/{parts.hostname}{path}{query}"


def mirrored_hosts(root: Path = SITES) -> set[str]:
    """Hosts the mirror holds pages for."""
    return {p.name for p in root.iterdir() if p.is_dir()} if root.is_dir() else set()
