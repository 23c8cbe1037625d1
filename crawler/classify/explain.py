"""`danvan classify`: one saved page through the crawl's extraction and classification."""

from __future__ import annotations

from typing import Any

from crawler.classify.annotate import annotate
from crawler.classify.topics import load_taxonomy
from crawler.core.registry import Portal, Registry, Unit
from crawler.extract.dispatch import extract_page

# A page of no registered portal: no unit, so no province to resolve mentions in.
_UNKNOWN = Portal(id="", name="", platform="generic", base_url="", start_urls=(), allowed_domains=(),
                  units=(Unit("", "", "", "", ""),))


def explain_page(html: str, url: str, registry: Registry, taxonomy_path: str | None = None) -> dict[str, Any]:
    """The article's relevance (score, reasons, archived or not), topics, unit and mentioned units."""
    taxonomy = load_taxonomy(taxonomy_path)
    article = extract_page(html, url, registry)
    portal = registry.get(article.portal) if article.portal else _UNKNOWN
    note = annotate(article, portal, taxonomy, with_signature=False)
    unit = portal.unit_on(article.published_at[:10] or None)
    labels = {t.slug: t.label for t in taxonomy.topics}
    return {
        "url": article.url,
        "title": article.title,
        "portal": article.portal,
        "published_at": article.published_at,
        "archived": note.relevance.relevant,
        "relevance": {"score": note.relevance.score, "threshold": taxonomy.threshold,
                      "reasons": note.relevance.reasons},
        "topics": [{"slug": t.slug, "label": labels.get(t.slug, t.slug), "score": t.score} for t in note.topics],
        "unit": {"name": unit.name, "code": unit.code, "level": unit.level, "province": unit.province},
        "province_2025": note.province_2025,
        "mentioned_units": [{"name": m.name, "level": m.level, "key": m.key} for m in note.mentions],
    }
