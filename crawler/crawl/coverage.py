"""What the portal registry covers, against the official list of units (vietnamadminunits).

`danvan portals --coverage` reports: valid entries; the 34 province-level units of 1 July
2025 with a current (active) source; the former districts of Hà Nội, Hải Phòng and Hải Dương
with an entry; and entries whose units do not match the official list (names, levels, codes).
"""

from __future__ import annotations

from typing import Any

from crawler.core.registry import Portal, Registry
from crawler.core.text import fold

# Former provinces whose every district-level unit the registry is to cover.
DISTRICT_PROVINCES = {"01": "Hà Nội", "31": "Hải Phòng", "30": "Hải Dương"}
SOURCE_CHECKS = ("mirror", "example_urls", "url_rules")


def era(unit: Any) -> str:
    """"2025" for a unit valid from the 1 July 2025 reform, else "old"."""
    return "2025" if (unit.valid_from or "") >= "2025-07-01" else "old"


def select(reg: Registry, *, province: str | None = None, level: str | None = None, status: str | None = None,
           platform: str | None = None) -> list[Portal]:
    """The registry's portals that pass every filter given (accents and case ignored)."""
    def matches(portal: Portal) -> bool:
        if status and portal.status != status:
            return False
        if platform and portal.platform != platform:
            return False
        if level and not any(fold(u.level) == fold(level) for u in portal.units):
            return False
        return not province or any(
            province == u.province_code or fold(province) in fold(u.province) for u in portal.units)
    return [p for p in reg.portals if matches(p)]


def describe(portal: Portal) -> dict[str, Any]:
    """A portal as `danvan portals --json` shows it."""
    from crawler.mirror import mirrored_hosts

    mirrored = set(portal.hosts) <= mirrored_hosts()
    return {
        "id": portal.id, "name": portal.name, "platform": portal.platform, "status": portal.status,
        "base_url": portal.base_url, "start_urls": list(portal.start_urls), "unit": portal.units[-1].name,
        "units": [{"name": u.name, "code": u.code, "level": u.level, "province": u.province,
                   "province_code": u.province_code, "era": era(u), "valid_from": u.valid_from or None,
                   "valid_to": u.valid_to or None} for u in portal.units],
        "web_archive": portal.wayback is not None,
        # The wards and communes that succeeded the portal's former district on 1 July 2025.
        "successors": successors_of(portal),
        "example_urls": list(portal.example_urls),
        # How tests exercise the entry: crawled through the offline mirror, or its URL rules
        # checked against real article URLs (or, without any, against its own start URLs).
        "test": "mirror" if mirrored else "example_urls" if portal.example_urls else "url_rules",
    }


def successors_of(portal: Portal) -> list[str]:
    """Names of the 2025 wards and communes that succeeded the portal's district-level units."""
    from crawler.classify.units import successor_pairs, unit_rows

    names = {r.key: r.name for r in unit_rows()}
    olds = {f"old:{u.code}" for u in portal.units if era(u) == "old"}
    return sorted({names[new] for old, new in successor_pairs() if old in olds})


def summary(reg: Registry) -> dict[str, Any]:
    """Coverage of the official units, and every unit that does not match the official list."""
    from crawler.classify.units import unit_rows

    rows = unit_rows()
    by_key = {r.key: r for r in rows}
    provinces = {r.code: r.name for r in rows if r.key.startswith("2025:") and not r.parent_key}
    current = {u.code for p in reg.portals if p.status == "active" for u in p.units
               if era(u) == "2025" and u.code in provinces}
    districts: dict[str, dict[str, Any]] = {}
    for code, name in DISTRICT_PROVINCES.items():
        official = {r.code: r.name for r in rows if r.parent_key == f"old:{code}"}
        covered = {u.code for p in reg.portals for u in p.units if u.province_code == code and u.code in official}
        districts[name] = {"official": len(official), "covered": len(covered),
                           "missing": sorted(official[c] for c in set(official) - covered)}
    mismatches = []
    for portal in reg.portals:
        for unit in portal.units:
            row = by_key.get(f"{era(unit)}:{unit.code}")
            if row is None or (row.name, row.level, row.province_code) != (unit.name, unit.level, unit.province_code):
                mismatches.append({"portal": portal.id, "unit": unit.name, "code": unit.code,
                                   "official": None if row is None else [row.name, row.level, row.province_code]})
    tests = [describe(p)["test"] for p in reg.portals]
    return {
        "entries": len(reg.portals),
        "provinces_2025": {"official": len(provinces), "with_current_source": len(current),
                           "missing": sorted(provinces[c] for c in set(provinces) - current)},
        "former_districts": districts,
        "unit_mismatches": mismatches,
        "platforms": {name: sum(p.platform == name for p in reg.portals) for name in sorted({p.platform for p in
                                                                                            reg.portals})},
        "tests": {kind: tests.count(kind) for kind in SOURCE_CHECKS},
    }


def lines(summary_: dict[str, Any]) -> str:
    """The summary for a terminal."""
    out = [f"{summary_['entries']} valid entries",
           f"provinces after 1 July 2025: {summary_['provinces_2025']['with_current_source']}/"
           f"{summary_['provinces_2025']['official']} with a current source"]
    out += [f"former districts of {name}: {d['covered']}/{d['official']}"
            + (f" (missing: {', '.join(d['missing'])})" if d["missing"] else "")
            for name, d in summary_["former_districts"].items()]
    out.append(f"units that do not match the official list: {len(summary_['unit_mismatches'])}")
    out.append("platforms: " + ", ".join(f"{k} {v}" for k, v in summary_["platforms"].items()))
    out.append("tested by: " + ", ".join(f"{k} {v}" for k, v in summary_["tests"].items()))
    return "\n".join(out)
