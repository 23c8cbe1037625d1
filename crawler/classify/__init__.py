"""Classifying articles: dân vận relevance, topics (and, in sibling modules, units and duplicates)."""

from __future__ import annotations

from dataclasses import dataclass

from crawler.classify.relevance import Relevance, score_relevance
from crawler.classify.topics import Taxonomy, TaxonomyError, TopicScore, assign_topics, load_taxonomy
from crawler.core.items import Article

__all__ = [
    "Classification",
    "Relevance",
    "Taxonomy",
    "TaxonomyError",
    "TopicScore",
    "assign_topics",
    "classify",
    "load_taxonomy",
    "score_relevance",
]


@dataclass
class Classification:
    relevance: Relevance
    topics: list[TopicScore]


def classify(article: Article, taxonomy: Taxonomy | None = None) -> Classification:
    """Relevance and topics of one article; the text is scanned once for both."""
    taxonomy = taxonomy or load_taxonomy()
    return Classification(score_relevance(article, taxonomy), assign_topics(article, taxonomy))
