"""`danvan probe`: which platform a page is of, and a registry entry ready to paste.

A platform is recognised by its own extractor: its selectors (no lower layer) must find the
title, the date and a body on the page, and its URL rules should take the page's URL. A page
no platform module reads is matched against the CMS families the evidence describes
(generator meta and markup markers, see ../shared notes and the registry's `family:` notes);
those portals use the `generic` platform with URL patterns drawn from the page's URL. A page
of no known family is "unknown", with a generic entry to start from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from parsel import Selector

from crawler.core import registry as registry_module
from crawler.core.registry import Registry
from crawler.core.text import fold
from crawler.extract.clean import without_scripts
from crawler.extract.dispatch import platform_module, portal_for

PLATFORMS = tuple(p for p in registry_module.PLATFORMS if p != "generic")
MIN_BODY = 200
# CMS families by their markers (any of which names it); a family read by a platform module
# names it, so a page whose template drifted past the module's selectors still gets its module.
FAMILIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("VNPT vnPortal", ("ArticleDetailControl", "UIArticleInMenu", 'class="ArticleHeader"')),
    ("SharePoint (tandan)", ("tandan-p-article",)),
    ("news-detail-layout CMS (Hưng Yên, Gia Lai)", ("news-detail-layout-type", "Article-Detail-listType")),
    ("/vi/bai-viet portal (Hà Tĩnh)", ('class="detail-content-lead"', "detail-content-lead")),
    ("SharePoint", ("/_layouts/15/", "SharePoint", "/Style Library/")),
    ("Liferay", ("Liferay.", "/-/asset_publisher/", "p_p_id=")),
    ("WordPress", ('name="generator" content="WordPress', "/wp-content/", "/wp-includes/")),
    ("Drupal", ('name="generator" content="Drupal', "/sites/default/files/")),
    ("DotNetNuke", ("DesktopModules/", "dnn_ctr", "DotNetNuke")),
    ("NukeViet", ('name="generator" content="NukeViet', "/themes/default/images/")),
)
FAMILY_PLATFORMS = {"VNPT vnPortal": "vnportal", "SharePoint (tandan)": "tandan",
                    "news-detail-layout CMS (Hưng Yên, Gia Lai)": "news_layout",
                    "/vi/bai-viet portal (Hà Tĩnh)": "bai_viet"}


@dataclass
class Probe:
    """What a page is: a platform (or generic), the family, why, and an entry to paste."""

    url: str
    platform: str  # a platform module, "generic" (a known family), or "unknown"
    family: str = ""
    evidence: list[str] = field(default_factory=list)
    entry: str = ""


def probe(html: str, url: str, registry: Registry | None = None) -> Probe:
    """Fingerprint one page (its HTML and URL); a registry says whether its portal is known already."""
    html = without_scripts(html)
    sel = Selector(text=html)
    best: tuple[int, str, list[str]] | None = None
    for name in PLATFORMS:
        module = platform_module(name)
        if module is None:
            continue
        try:
            article = module.parse_article(sel, url)
        except Exception:  # a platform's extractor failing on foreign markup says it is not that platform
            continue
        found = [f for f, ok in (("title", article.title), ("date", article.published_at),
                                 ("body", len(article.body) >= MIN_BODY)) if ok]
        takes_url = bool(getattr(module, "is_article_url", lambda _u: False)(url))
        score = len(found) * 2 + takes_url
        if len(found) == 3 and (best is None or score > best[0]):
            evidence = [f"the {name} selectors read its title, date and body"]
            evidence.append(f"{name} takes its URL for an article" if takes_url else
                            f"its URL is not of {name}'s shape: check `is_article_url` or use generic patterns")
            best = (score, name, evidence)
    if best is not None:
        result = Probe(url, best[1], family=best[1], evidence=best[2])
    else:
        family, markers = _family(html)
        module_name = FAMILY_PLATFORMS.get(family, "")
        platform = module_name if module_name and platform_module(module_name) else "generic" if family else "unknown"
        result = Probe(url, platform, family=family,
                       evidence=[f"markup: {m}" for m in markers] or ["no platform's selectors and no known "
                                                                          "family's markers match"])
    owner = portal_for(url, registry)[0] if registry is not None else None
    if owner is not None:
        result.evidence.append(f"its URL belongs to the registered portal {owner.id} (platform {owner.platform})")
        if result.platform == "unknown":
            result.platform = owner.platform  # known by its registry entry's URL patterns
    result.entry = entry(result)
    return result


def _family(html: str) -> tuple[str, list[str]]:
    for name, markers in FAMILIES:
        found = [m for m in markers if m in html]
        if found:
            return name, found
    return "", []


def article_pattern(url: str) -> str:
    """A regex for articles shaped like `url`: its folder, then a slug ending as this one does."""
    parts = urlsplit(url)
    folder, _, last = parts.path.rpartition("/")
    ending = re.search(r"(-?\d+)?(\.[a-z]+)?$", last)
    tail = ("-\\d+" if ending and ending.group(1) else "") + (re.escape(ending.group(2)) if ending and
                                                               ending.group(2) else "")
    return f"{re.escape(folder)}/[^/?#]+{tail}$" if folder else f"/[^/?#]+{tail}$"


def entry(found: Probe) -> str:
    """A registry entry for the page's portal, to paste and complete (name, unit, start URL)."""
    parts = urlsplit(found.url)
    host = parts.hostname or ""
    base = f"{parts.scheme or 'https'}://{host}"
    slug = re.sub(r"[^a-z0-9]+", "-", fold(host.split(".")[0])).strip("-") or "portal"
    platform = found.platform if found.platform != "unknown" else "generic"
    lines = ["[[portal]]", f'id = "{slug}"', 'name = "…"  # the portal\'s Vietnamese name',
             f'platform = "{platform}"', f'base_url = "{base}"',
             f'start_urls = ["{base}/"]  # the news or dân vận category listing',
             f'allowed_domains = ["{host}"]', f'example_urls = ["{found.url}"]']
    if platform == "generic":
        lines.append(f"article_pattern = '{article_pattern(found.url)}'")
        lines.append("listing_pattern = ''  # the category's pages")
    family = f"family: {found.family or 'unknown'}; "
    lines.append(f'notes = "{family}[G] entry drafted by danvan probe from {found.url}"')
    lines += ["  [[portal.unit]]", '  name = "…"', '  code = "…"', '  level = "…"', '  province = "…"',
              '  province_code = "…"']
    return "\n".join(lines)


def report(found: Probe) -> str:
    """What `danvan probe` prints."""
    head = (f"unknown: no platform or known family recognised ({found.url})" if found.platform == "unknown" else
            f"platform: {found.platform}" + (f" (family: {found.family})" if found.platform == "generic" else ""))
    return "\n".join([head, *(f"  - {e}" for e in found.evidence), "", "# registry entry, to complete:",
                      found.entry])
