"""Which extractor reads a page: the platform's, when the URL belongs to a registered portal,
else the generic one (`danvan extract FILE --url URL`)."""

from __future__ import annotations

import importlib
import re
from types import ModuleType

from parsel import Selector

from crawler.core.items import Article
from crawler.core.registry import Portal, Registry
from crawler.extract.clean import without_scripts
from crawler.extract.generic import extract_generic
from crawler.extract.layers import GENERIC as GENERIC_LAYER
from crawler.extract.layers import Layered, layered

GENERIC = "generic"


def platform_module(platform: str) -> ModuleType | None:
    """The spider module of a platform (spiders.<platform>), None when there is none."""
    try:
        return importlib.import_module(f"spiders.{platform}")
    except ModuleNotFoundError as exc:
        if exc.name not in (f"spiders.{platform}", "spiders"):
            raise  # the module exists but is broken: say so
        return None


def _parse_article(module: ModuleType):  # -> Callable[[Selector, str], Article] | None
    """The module's parse_article, or its PortalSpider class's."""
    func = getattr(module, "parse_article", None)
    if callable(func):
        return func
    for value in vars(module).values():
        if isinstance(value, type) and callable(getattr(value, "parse_article", None)) and hasattr(value, "platform"):
            return value.parse_article
    return None


def portal_for(url: str, registry: Registry) -> tuple[Portal | None, ModuleType | None]:
    """The portal that owns `url` and its platform module (None for generic portals).

    Among the portals on the URL's host, one whose article_pattern matches comes first; a
    platform module's is_article_url, when it has one, must accept the URL."""
    owners = [p for p in registry.candidates_for_url(url) if p.owns(url)]
    owners.sort(key=lambda p: not (p.article_pattern and re.search(p.article_pattern, url)))
    for portal in owners:
        if portal.platform == GENERIC:
            return portal, None
        module = platform_module(portal.platform)
        if module is None or _parse_article(module) is None:
            continue
        check = getattr(module, "is_article_url", None)
        if callable(check) and not check(url):
            continue
        return portal, module
    return (owners[0] if owners else None), None


def extract_page(html: str, url: str, registry: Registry) -> Article:
    """The article of one saved page, by the extractor its URL calls for (see `extract_layers`)."""
    return extract_layers(html, url, registry).article


def extract_layers(html: str, url: str, registry: Registry) -> Layered:
    """The article of one saved page through the layers, as the spiders read it.

    The platform's selectors when the URL belongs to a portal of a known platform, else the
    generic extractor; fields missing are filled from the page's declarations, then the
    generic extractor (crawler.extract.layers). The portal id is set when the URL belongs to one."""
    html = without_scripts(html)  # as the spiders do: script code is never article text
    portal, module = portal_for(url, registry)
    sel = Selector(text=html)
    if module is None:
        result = layered(extract_generic(html, url), html, url, sel, first_layer=GENERIC_LAYER)
    else:
        parse = _parse_article(module)
        assert parse is not None
        result = layered(parse(sel, url), html, url, sel)
    if portal is not None:
        result.article.portal = portal.id
    return result
