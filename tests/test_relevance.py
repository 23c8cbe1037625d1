"""Dân vận relevance: measured on hand-labelled real articles, and its rules one by one.

tests/files/labels.toml labels every article text of the offline mirror (the real Liferay
category of sotttt and the four seeds); each labelled page is extracted by its platform's
parse_article, exactly as the crawl does, then scored.
"""

from __future__ import annotations

import time
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from crawler.classify import classify
from crawler.classify.relevance import score_relevance
from crawler.classify.topics import Taxonomy, load_taxonomy, parse_taxonomy
from crawler.core import registry
from crawler.core.items import Article
from crawler.extract.dispatch import extract_page
from tests.helpers import ROOT, mirror_response

LABELS = ROOT / "tests" / "files" / "labels.toml"
REAL_HOST = "sotttt.hanoi.gov.vn"
SEEDS = {
    "000": "https://ngoquyen.haiphong.gov.vn/Tin-tuc-su-kien/"
    "Cong-tac-dan-van-cua-Quan-Ngo-Quyen-gop-phan-to-chuc-thanh-cong-dai-hoi-dang-cac-cap-57288.html",
    "001": "https://cong-chua-xac-dinh.invalid/tin-tuc/trien-khai-nhiem-vu-cong-tac-dan-van-nam-2020-15157.html",
    "003": "https://caugiay.hanoi.gov.vn/cong-tac-dang/-/view_content/2618352-hieu-qua-tu-phong-trao-thi-dua-dan-van-kheo",
    "004": "https://kinhtedothi.vn/phat-huy-suc-manh-dai-doan-ket-cua-nhan-dan-trong-xay-dung-thu-do.html",
}
MINIMUM = 0.9


@dataclass(frozen=True)
class Page:
    """One labelled mirror page and the article its platform's extractor reads from it."""

    title: str
    dan_van: bool
    topics: frozenset[str]
    split: str
    url: str
    article: Article

    @property
    def real(self) -> bool:
        return f"//{REAL_HOST}/" in self.url


def labels() -> list[dict]:
    return tomllib.loads(LABELS.read_text(encoding="utf-8"))["article"]


@cache
def labelled_pages() -> tuple[Page, ...]:
    """Every page of every labelled article, extracted once per test session."""
    reg = registry.load()
    pages = []
    for label in labels():
        for url in label["urls"]:
            article = extract_page(mirror_response(url).text, url, reg)
            topics = frozenset(label["topics"])
            pages.append(Page(label["title"], label["dan_van"], topics, label["split"], url, article))
    return tuple(pages)


def precision_recall(pages: list[Page], taxonomy: Taxonomy) -> tuple[float, float, list[str]]:
    tp = fp = fn = 0
    errors = []
    for page in pages:
        relevance = score_relevance(page.article, taxonomy)
        tp += relevance.relevant and page.dan_van
        fp += relevance.relevant and not page.dan_van
        fn += page.dan_van and not relevance.relevant
        if relevance.relevant != page.dan_van:
            kind = "kept, not dân vận" if relevance.relevant else "dropped, dân vận"
            errors.append(f"{kind} ({relevance.score}): {page.title} <{page.url}>")
    return tp / ((tp + fp) or 1), tp / ((tp + fn) or 1), errors


def report(name: str, pages: list[Page]) -> tuple[float, float, str]:
    precision, recall, errors = precision_recall(pages, load_taxonomy())
    articles = len({p.title for p in pages})
    line = (f"relevance on {name}: {len(pages)} pages, {articles} articles: "
            f"precision {precision:.3f}, recall {recall:.3f}")
    print(line, *("  " + e for e in errors), sep="\n")
    return precision, recall, line + "; " + "; ".join(errors[:5])


def print_speed(articles: list[Article]) -> None:
    """How fast relevance and topics are, for the record (no assertion: machines differ)."""
    taxonomy = load_taxonomy()
    start = time.perf_counter()
    for article in articles:
        classify(article, taxonomy)
    elapsed = time.perf_counter() - start
    print(f"classify (relevance + topics): {len(articles) / elapsed:.0f} articles/second")


# --- measured on the labels --------------------------------------------------------------


def test_labels_cover_at_least_120_real_articles_and_every_seed() -> None:
    titles = [label["title"] for label in labels()]
    urls = {url for label in labels() for url in label["urls"]}
    assert len(titles) >= 120 and len(set(titles)) == len(titles)
    assert set(SEEDS.values()) <= urls


def test_labelled_topics_are_taxonomy_slugs() -> None:
    slugs = {t.slug for t in load_taxonomy().topics}
    assert {s for label in labels() for s in label["topics"]} <= slugs


def test_real_pages_extract_to_the_labelled_title() -> None:
    wrong = [p.url for p in labelled_pages() if p.real and p.article.title != p.title]
    assert not wrong


def test_precision_and_recall_on_every_labelled_page() -> None:
    pages = list(labelled_pages())
    print_speed([p.article for p in pages])
    precision, recall, line = report("all labelled pages", pages)
    for split in ("tune", "holdout"):
        report(f"the {split} labels", [p for p in pages if p.split == split])
    assert precision >= MINIMUM and recall >= MINIMUM, line


def test_precision_and_recall_on_the_real_liferay_category() -> None:
    precision, recall, line = report("the real sotttt category", [p for p in labelled_pages() if p.real])
    assert precision >= MINIMUM and recall >= MINIMUM, line


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_every_seed_is_kept(seed: str) -> None:
    page = next(p for p in labelled_pages() if p.url == SEEDS[seed])
    relevance = score_relevance(page.article)
    assert relevance.relevant, relevance.reasons


# --- the rules, on small taxonomies --------------------------------------------------------

RULES = """
[relevance]
threshold = 6
exclude = ["bóng đá"]
[relevance.weights]
title = 3
sapo = 2
body = 1
[relevance.phrases]
"dân vận" = 2
"Đảng ủy" = 1
"kết nạp" = -1
"""


@pytest.fixture
def rules(tmp_path: Path) -> Taxonomy:
    return parse_taxonomy(RULES, tmp_path / "taxonomy.toml")


def test_reason_names_field_phrase_count_and_points(rules: Taxonomy) -> None:
    relevance = score_relevance(Article(url="u", title="Công tác dân vận"), rules)
    assert relevance.reasons == ['title: "dân vận" ×1 (+6.0)']


def test_score_at_the_threshold_is_relevant(rules: Taxonomy) -> None:
    relevance = score_relevance(Article(url="u", title="Công tác dân vận"), rules)
    assert (relevance.score, relevance.relevant) == (6.0, True)


def test_title_weighs_more_than_body(rules: Taxonomy) -> None:
    in_title = score_relevance(Article(url="u", title="Dân vận"), rules).score
    in_body = score_relevance(Article(url="u", title="Tin", body="Dân vận"), rules).score
    assert in_title > in_body


def test_repeated_body_matches_count_less_and_less(rules: Taxonomy) -> None:
    once = score_relevance(Article(url="u", body="dân vận"), rules).score
    ten = score_relevance(Article(url="u", body="dân vận. " * 10), rules).score
    assert once < ten < 3 * once


@pytest.mark.parametrize("title", ["Đảng uỷ họp", "Đảng ủy họp", "DANG UY hop", "đảng-ủy họp"])
def test_matching_ignores_accents_tone_placement_case_and_punctuation(rules: Taxonomy, title: str) -> None:
    assert score_relevance(Article(url="u", title=title), rules).reasons == ['title: "Đảng ủy" ×1 (+3.0)']


def test_phrase_matches_whole_words_only(rules: Taxonomy) -> None:
    assert score_relevance(Article(url="u", title="Dân vậnx"), rules).score == 0


def test_negative_weight_counts_against(rules: Taxonomy) -> None:
    relevance = score_relevance(Article(url="u", title="Dân vận", body="kết nạp"), rules)
    assert relevance.score == 5.0


def test_excluded_title_is_not_relevant_whatever_the_score(rules: Taxonomy) -> None:
    relevance = score_relevance(Article(url="u", title="Giải bóng đá dân vận dân vận", sapo="dân vận"), rules)
    assert relevance.score >= 6 and not relevance.relevant


def test_exclusion_is_the_first_reason(rules: Taxonomy) -> None:
    relevance = score_relevance(Article(url="u", title="Giải Bóng Đá"), rules)
    assert relevance.reasons[0] == 'excluded: title has "bóng đá"'


def test_excluded_phrase_in_body_does_not_exclude(rules: Taxonomy) -> None:
    relevance = score_relevance(Article(url="u", title="Dân vận", body="giải bóng đá"), rules)
    assert relevance.relevant
