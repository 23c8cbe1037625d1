"""Everything the classifiers say about one article, in one call (crawl, retag and classify share it)."""

from __future__ import annotations

from dataclasses import dataclass, field

from crawler.archive.store import search_entry
from crawler.classify.duplicates import article_signature
from crawler.classify.relevance import Relevance, score_relevance
from crawler.classify.topics import Taxonomy, TopicScore, assign_topics
from crawler.classify.units import mentioned_units, province_after_2025
from crawler.core.items import Article
from crawler.core.registry import Portal


@dataclass(frozen=True)
class Mention:
    """A unit the text names; `key` is its row in `units` when the name is unambiguous."""

    name: str
    level: str
    key: str | None


@dataclass
class Annotation:
    relevance: Relevance
    topics: list[TopicScore]
    mentions: list[Mention] = field(default_factory=list)
    province_2025: str = ""
    signature: bytes | None = None
    # The full-text entry (folded title with kicker, sapo, body), when asked for: folded while
    # the article is classified, the archive writes it as it is.
    folded: tuple[str, str, str] | None = None


def annotate(article: Article, portal: Portal, taxonomy: Taxonomy, *, with_signature: bool = True,
             relevance_only_if_skipped: bool = False, with_folded: bool = False) -> Annotation:
    """Relevance, topics, mentioned units, the province after 2025 and a near-duplicate signature.

    With `relevance_only_if_skipped`, an article below the relevance threshold gets its
    relevance only: a crawl records nothing else of a skipped page, and most of the cost
    (topics, units, signature) goes to the rest. With `with_folded`, the annotation carries
    the article's full-text entry (`crawler.archive.store.search_entry`) for the archive.
    """
    relevance = score_relevance(article, taxonomy)
    date = article.published_at[:10] or None
    unit = portal.unit_on(date)
    if relevance_only_if_skipped and not relevance.relevant:
        return Annotation(relevance=relevance, topics=[])
    text = "\n".join((article.kicker, article.title, article.sapo, article.body))
    return Annotation(
        relevance=relevance,
        topics=assign_topics(article, taxonomy),
        mentions=[_mention(m) for m in mentioned_units(text, unit.province_code, date, unit_code=unit.code)],
        province_2025=province_after_2025(unit.province_code)[1],
        signature=article_signature(article) if with_signature else None,
        folded=search_entry(article) if with_folded else None,
    )


def _mention(found: object) -> Mention:
    return Mention(name=found.name, level=found.level, key=getattr(found, "key", None))  # type: ignore[attr-defined]
