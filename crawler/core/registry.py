"""The portal registry: every portal is one entry of `portals.toml`, validated on load."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from crawler.core.errors import DanvanError
from crawler.core.urls import on_domains

DEFAULT_PATH = Path(__file__).with_name("portals.toml")
SHIPPED_DIR = Path(__file__).with_name("portals.d")  # more shipped entries, one file per region
PLATFORMS = ("hanoi_liferay", "haiphong", "kinhtedothi", "hanoi_current", "vnportal", "tandan", "news_layout",
             "bai_viet", "generic")
LEVELS = ("thành phố", "tỉnh", "quận", "huyện", "thị xã", "phường", "xã", "thị trấn")
STATUSES = ("active", "closed", "unidentified")
# Where a portal's articles can come from besides its own site (one [[portal.source]] each).
SOURCE_KINDS = ("wayback",)
WAYBACK_CDX = "https://web.archive.org/cdx/search/cdx"
WAYBACK_SNAPSHOTS = "https://web.archive.org/web/"


class RegistryError(DanvanError):
    """A registry file that cannot be used; the message is one line naming the problem."""


@dataclass(frozen=True)
class Unit:
    """A publishing unit as it was during [valid_from, valid_to] (ISO dates, inclusive)."""

    name: str
    code: str
    level: str
    province: str
    province_code: str
    valid_from: str = ""
    valid_to: str = ""

    def covers(self, date: str) -> bool:
        return (not self.valid_from or date >= self.valid_from) and (
            not self.valid_to or date <= self.valid_to
        )


@dataclass(frozen=True)
class WaybackSource:
    """A web archive's captures of a portal: a CDX API, URL prefixes to list, a date range.

    `date_from`/`date_to` are CDX timestamps (4 to 14 digits, UTC) bounding the captures;
    `article_pattern` (a regex over the portal's URLs) overrides the platform's own test.
    """

    cdx: str = WAYBACK_CDX
    snapshots: str = WAYBACK_SNAPSHOTS
    prefixes: tuple[str, ...] = ()
    date_from: str = ""
    date_to: str = ""
    article_pattern: str = ""
    kind: str = "wayback"

    @property
    def hosts(self) -> tuple[str, ...]:
        """The archive's hosts (CDX server and snapshots)."""
        return tuple(sorted({urlsplit(self.cdx).hostname or "", urlsplit(self.snapshots).hostname or ""}))


@dataclass(frozen=True)
class Portal:
    id: str
    name: str
    platform: str
    base_url: str
    start_urls: tuple[str, ...]
    allowed_domains: tuple[str, ...]
    units: tuple[Unit, ...]
    status: str = "active"
    article_pattern: str = ""  # regex over absolute URLs; the generic platform needs it
    listing_pattern: str = ""  # regex for pagination links; generic platform
    notes: str = ""
    # Days the portal may go without a new article before a crawl calls it stale (degraded);
    # 0: the crawl's default (DANVAN_MONITOR_MAX_DAYS_SINCE_NEW).
    cadence_days: int = 0
    # Real article URLs of the portal seen in public material: a test checks the URL rules accept them.
    example_urls: tuple[str, ...] = field(default=())
    hosts: tuple[str, ...] = field(default=())
    sources: tuple[WaybackSource, ...] = field(default=())

    @property
    def wayback(self) -> WaybackSource | None:
        """The portal's web-archive source, if the registry gives one."""
        return next((s for s in self.sources if s.kind == "wayback"), None)

    def unit_on(self, date: str | None) -> Unit:
        """The unit the portal published as on `date` (YYYY-MM-DD); latest if unknown."""
        if date:
            for unit in self.units:
                if unit.covers(date[:10]):
                    return unit
        return self.units[-1]

    def owns(self, url: str) -> bool:
        return on_domains(url, self.allowed_domains) and (
            not self.article_pattern or bool(re.search(self.article_pattern, url))
            or bool(self.listing_pattern and re.search(self.listing_pattern, url))
            or url.rstrip("/") == self.base_url.rstrip("/")
        )


@dataclass(frozen=True)
class Registry:
    path: Path
    portals: tuple[Portal, ...]

    def get(self, portal_id: str) -> Portal:
        for portal in self.portals:
            if portal.id == portal_id:
                return portal
        known = ", ".join(p.id for p in self.portals)
        raise RegistryError(f"unknown portal id {portal_id!r} (known: {known})")

    def for_platform(self, platform: str) -> list[Portal]:
        return [p for p in self.portals if p.platform == platform]

    def candidates_for_url(self, url: str) -> list[Portal]:
        """Portals whose domains hold `url`, most specific host first."""
        host = (urlsplit(url).hostname or "").lower()
        found = [p for p in self.portals if on_domains(host, p.allowed_domains)]
        return sorted(found, key=lambda p: -max(len(d) for d in p.allowed_domains if host.endswith(d)))


def load(path: str | os.PathLike[str] | None = None) -> Registry:
    """The shipped registry (portals.toml and portals.d/*.toml), with a local file's entries on top.

    The local file (`path`, default $DANVAN_REGISTRY) adds portals and replaces shipped ones
    of the same id; with a top-level `extends = false` it stands alone instead.
    """
    path = Path(path or os.environ.get("DANVAN_REGISTRY") or DEFAULT_PATH)
    shipped = path == DEFAULT_PATH
    data = _parse(path)
    local = _portals(data, path)
    if not shipped and data.get("extends", True) is False:
        return Registry(path, tuple(local))
    portals = {p.id: p for p in _portals(_parse(DEFAULT_PATH), DEFAULT_PATH)} if not shipped else {
        p.id: p for p in local}
    for extra in _shipped_extras():
        for portal in _portals(_parse(extra), extra):
            if portal.id in portals:
                raise RegistryError(f"{extra}: portal id {portal.id!r} is already in the shipped registry")
            portals[portal.id] = portal
    if not shipped:
        for portal in local:
            portals[portal.id] = portal  # added, or replacing the shipped entry of that id
    return Registry(path, tuple(portals.values()))


def _parse(path: Path) -> dict[str, object]:
    try:
        return tomllib.loads(_read(path))
    except FileNotFoundError:
        raise RegistryError(f"{path}: registry file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RegistryError(f"{path}: cannot read registry: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"{path}: not valid TOML: {exc}") from None


def _portals(data: dict[str, object], path: Path) -> list[Portal]:
    entries = data.get("portal")
    if not isinstance(entries, list) or not entries:
        raise RegistryError(f"{path}: no [[portal]] entries")
    portals = [_portal(entry, f"{path}: portal #{n}") for n, entry in enumerate(entries, 1)]
    seen: set[str] = set()
    for portal in portals:
        if portal.id in seen:
            raise RegistryError(f"{path}: portal id {portal.id!r} appears twice")
        seen.add(portal.id)
    return portals


def _shipped_extras() -> list[Path]:
    """The shipped registry's further files, portals.d/*.toml, in name order."""
    if SHIPPED_DIR.is_dir():
        return sorted(SHIPPED_DIR.glob("*.toml"))
    folder = resources.files(__package__).joinpath(SHIPPED_DIR.name)  # a zipped egg (Scrapyd)
    if not folder.is_dir():
        return []
    return [SHIPPED_DIR / entry.name for entry in sorted(folder.iterdir(), key=lambda e: e.name)
            if entry.name.endswith(".toml")]


def _read(path: Path) -> str:
    if path.parent in (DEFAULT_PATH.parent, SHIPPED_DIR) and not path.is_file():
        # Run from a zipped egg (Scrapyd): the shipped registry is package data, not a file on disk.
        package = resources.files(__package__)
        inside = package.joinpath(path.name) if path == DEFAULT_PATH else package.joinpath(SHIPPED_DIR.name, path.name)
        return inside.read_text(encoding="utf-8")
    return path.read_text(encoding="utf-8")


def _portal(entry: object, where: str) -> Portal:
    if not isinstance(entry, dict):
        raise RegistryError(f"{where}: is not a table")
    pid = entry.get("id")
    if isinstance(pid, str) and pid:
        where = f"{where} ({pid!r})"
    for name in ("id", "name", "platform", "base_url", "start_urls", "unit"):
        if not entry.get(name):
            raise RegistryError(f"{where}: missing field {name!r}")
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", entry["id"]):
        raise RegistryError(f"{where}: id must be lower-case letters, digits, '-' or '_'")
    if entry["platform"] not in PLATFORMS:
        raise RegistryError(f"{where}: unknown platform {entry['platform']!r} (one of {', '.join(PLATFORMS)})")
    status = entry.get("status", "active")
    if status not in STATUSES:
        raise RegistryError(f"{where}: status must be one of {', '.join(STATUSES)}")
    base = _url(entry["base_url"], where, "base_url")
    starts = entry["start_urls"]
    if not isinstance(starts, list):
        raise RegistryError(f"{where}: start_urls must be a list of URLs")
    start_urls = tuple(_url(u, where, "start_urls") for u in starts)
    domains = entry.get("allowed_domains") or [urlsplit(base).hostname]
    for url in (base, *start_urls):
        if not on_domains(url, domains):
            raise RegistryError(f"{where}: {url} is outside allowed_domains {domains}")
    for key in ("article_pattern", "listing_pattern"):
        try:
            re.compile(entry.get(key, ""))
        except re.error as exc:
            raise RegistryError(f"{where}: {key} is not a valid regex: {exc}") from None
    if entry["platform"] == "generic" and not entry.get("article_pattern"):
        raise RegistryError(f"{where}: a generic portal needs article_pattern")
    cadence = entry.get("cadence_days", 0)
    if not isinstance(cadence, int) or isinstance(cadence, bool) or cadence < 0:
        raise RegistryError(f"{where}: cadence_days must be a whole number of days (0: the default)")
    units = entry["unit"] if isinstance(entry["unit"], list) else [entry["unit"]]
    sources = entry.get("source", [])
    if not isinstance(sources, list):
        sources = [sources]
    base_host = urlsplit(base).hostname or ""
    return Portal(
        id=entry["id"],
        name=entry["name"],
        platform=entry["platform"],
        base_url=base,
        start_urls=start_urls,
        allowed_domains=tuple(d.lower() for d in domains),
        units=tuple(_unit(u, f"{where} unit #{n}") for n, u in enumerate(units, 1)),
        status=status,
        article_pattern=entry.get("article_pattern", ""),
        listing_pattern=entry.get("listing_pattern", ""),
        notes=entry.get("notes", ""),
        cadence_days=cadence,
        example_urls=tuple(_url(u, where, "example_urls") for u in _list(entry.get("example_urls", []), where,
                                                                          "example_urls")),
        hosts=tuple(sorted({urlsplit(u).hostname or "" for u in (base, *start_urls)})),
        sources=tuple(
            _source(src, f"{where} source #{n}", base_host, [d.lower() for d in domains])
            for n, src in enumerate(sources, 1)
        ),
    )


def _source(entry: object, where: str, base_host: str, domains: list[str]) -> WaybackSource:
    if not isinstance(entry, dict):
        raise RegistryError(f"{where}: is not a table")
    kind = entry.get("kind")
    if kind not in SOURCE_KINDS:
        raise RegistryError(f"{where}: kind must be one of {', '.join(SOURCE_KINDS)}")
    cdx = _url(entry.get("cdx", WAYBACK_CDX), where, "cdx")
    snapshots = _url(entry.get("snapshots", WAYBACK_SNAPSHOTS), where, "snapshots")
    prefixes = entry.get("prefixes", [f"{base_host}/"])
    if not isinstance(prefixes, list) or not prefixes or not all(isinstance(p, str) and p for p in prefixes):
        raise RegistryError(f"{where}: prefixes must be a list of URL prefixes")
    for prefix in prefixes:
        if not on_domains(prefix if "://" in prefix else "http://" + prefix, domains):
            raise RegistryError(f"{where}: prefix {prefix} is outside allowed_domains {domains}")
    dates = {}
    for key in ("from", "to"):
        value = str(entry.get(key, ""))
        if value and not re.fullmatch(r"\d{4}(\d{2}){0,5}", value):
            raise RegistryError(f"{where}: {key} must be a CDX timestamp (YYYY to YYYYMMDDhhmmss)")
        dates[key] = value
    if dates["from"] and dates["to"] and dates["from"][:len(dates["to"])] > dates["to"]:
        raise RegistryError(f"{where}: from {dates['from']} is after to {dates['to']}")
    pattern = entry.get("article_pattern", "")
    try:
        re.compile(pattern)
    except re.error as exc:
        raise RegistryError(f"{where}: article_pattern is not a valid regex: {exc}") from None
    unknown = set(entry) - {"kind", "cdx", "snapshots", "prefixes", "from", "to", "article_pattern"}
    if unknown:
        raise RegistryError(f"{where}: unknown field {sorted(unknown)[0]!r}")
    return WaybackSource(cdx=cdx, snapshots=snapshots, prefixes=tuple(prefixes), date_from=dates["from"],
                         date_to=dates["to"], article_pattern=pattern, kind=kind)


def _list(value: object, where: str, key: str) -> list[object]:
    if not isinstance(value, list):
        raise RegistryError(f"{where}: {key} must be a list")
    return value


def _url(value: object, where: str, key: str) -> str:
    parts = urlsplit(value) if isinstance(value, str) else None
    if not parts or parts.scheme not in ("http", "https") or not parts.hostname:
        raise RegistryError(f"{where}: {key} has a bad URL {value!r}")
    return value  # type: ignore[return-value]


def _unit(entry: object, where: str) -> Unit:
    if not isinstance(entry, dict):
        raise RegistryError(f"{where}: is not a table")
    for name in ("name", "code", "level", "province", "province_code"):
        if not entry.get(name):
            raise RegistryError(f"{where}: missing field {name!r}")
    if entry["level"] not in LEVELS:
        raise RegistryError(f"{where}: level must be one of {', '.join(LEVELS)}")
    for key in ("valid_from", "valid_to"):
        value = entry.get(key, "")
        if value and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value)):
            raise RegistryError(f"{where}: {key} must be YYYY-MM-DD")
    return Unit(
        name=entry["name"], code=str(entry["code"]), level=entry["level"],
        province=entry["province"], province_code=str(entry["province_code"]),
        valid_from=str(entry.get("valid_from", "")), valid_to=str(entry.get("valid_to", "")),
    )
