"""Dân vận relevance: a score with readable reasons, and whether it reaches the threshold.

The rules (weighted phrases, field weights, title exclusions, threshold) are the
[relevance] section of the taxonomy file (crawler/classify/taxonomy.toml).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crawler.classify.topics import FIELDS, Taxonomy, excluded_by, load_taxonomy, rule_parts
from crawler.core.items import Article


@dataclass
class Relevance:
    """score: the sum of the reasons' points; relevant: score >= threshold and not excluded."""

    score: float
    reasons: list[str] = field(default_factory=list)  # 'title: "dân vận" ×1 (+6.0)'
    relevant: bool = False


def score_relevance(article: Article, rules: Taxonomy | None = None) -> Relevance:
    """How much the article is about dân vận work, from its title, sapo and body."""
    taxonomy = rules or load_taxonomy()
    counts = taxonomy.counts(article)
    rel = taxonomy.relevance
    parts = rule_parts(counts, rel, taxonomy.scoring)
    score = sum(part[3] for part in parts)
    parts.sort(key=lambda p: (-abs(p[3]), FIELDS.index(p[0]), p[1]))  # the weightiest reasons first
    reasons = [f'{name}: "{rel.display[key]}" ×{n} ({points:+.1f})' for name, key, n, points in parts]
    veto = excluded_by(counts, rel)
    if veto:
        reasons.insert(0, f'excluded: title has "{rel.display[veto]}"')
    score = round(score, 3)
    return Relevance(score=score, reasons=reasons, relevant=veto is None and score >= taxonomy.threshold)
