"""Topics: micro-F1 on the labelled dân vận articles, the seeds' acceptance topics, and the
taxonomy file (default, override, validation)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from crawler.classify import classify
from crawler.classify.relevance import score_relevance
from crawler.classify.topics import (
    DEFAULT_PATH,
    TaxonomyError,
    TopicScore,
    assign_topics,
    load_taxonomy,
    match_key,
    parse_taxonomy,
)
from crawler.core.errors import DanvanError
from crawler.core.items import Article
from crawler.core.text import fold
from tests.test_relevance import SEEDS, Page, labelled_pages

MINIMUM = 0.8
# The issue's starting list; the shipped taxonomy refines it and may add topics.
ISSUE_TOPICS = {
    "dan-van-kheo", "dan-van-chinh-quyen", "dan-chu-co-so", "doi-thoai-tiep-dan", "giam-sat-phan-bien",
    "mat-tran-doan-the", "xay-dung-dang", "ton-giao-dan-toc", "giai-phong-mat-bang", "do-thi-moi-truong",
    "an-sinh-xa-hoi", "phong-chong-dich", "tong-ket-thi-dua", "nam-tinh-hinh", "chuyen-doi-so",
    "quoc-phong-an-ninh",
}


def micro_f1(pages: list[Page]) -> tuple[float, float, float]:
    taxonomy = load_taxonomy()
    tp = fp = fn = 0
    for page in pages:
        got = {t.slug for t in assign_topics(page.article, taxonomy)}
        tp += len(got & page.topics)
        fp += len(got - page.topics)
        fn += len(page.topics - got)
    precision, recall = tp / ((tp + fp) or 1), tp / ((tp + fn) or 1)
    return precision, recall, 2 * precision * recall / ((precision + recall) or 1)


def report(name: str, pages: list[Page]) -> tuple[float, str]:
    precision, recall, f1 = micro_f1(pages)
    line = (f"topics on the dân vận articles of {name}: {len(pages)} pages: "
            f"micro precision {precision:.3f}, recall {recall:.3f}, F1 {f1:.3f}")
    print(line)
    return f1, line


def dan_van_pages() -> list[Page]:
    return [p for p in labelled_pages() if p.dan_van]


def test_micro_f1_on_every_labelled_dan_van_page() -> None:
    pages = dan_van_pages()
    f1, line = report("all labelled pages", pages)
    for split in ("tune", "holdout"):
        report(f"the {split} labels", [p for p in pages if p.split == split])
    assert f1 >= MINIMUM, line


def test_micro_f1_on_the_real_liferay_category() -> None:
    f1, line = report("the real sotttt category", [p for p in dan_van_pages() if p.real])
    assert f1 >= MINIMUM, line


@pytest.mark.parametrize(("seed", "expected"), [
    ("003", {"dan-van-kheo"}),
    ("000", {"xay-dung-dang", "dan-van-kheo"}),
    ("001", {"tong-ket-thi-dua", "dan-van-chinh-quyen"}),
])
def test_seed_topics(seed: str, expected: set[str]) -> None:
    page = next(p for p in labelled_pages() if p.url == SEEDS[seed])
    topics = assign_topics(page.article)
    assert expected <= {t.slug for t in topics}, topics


def test_topics_are_sorted_best_first() -> None:
    page = next(p for p in labelled_pages() if p.url == SEEDS["001"])
    scores = [t.score for t in assign_topics(page.article)]
    assert len(scores) > 1 and scores == sorted(scores, reverse=True)


def test_classify_gives_relevance_and_topics_of_the_separate_calls() -> None:
    article = next(p for p in labelled_pages() if p.url == SEEDS["000"]).article
    both = classify(article)
    assert (both.relevance, both.topics) == (score_relevance(article), assign_topics(article))


# --- the shipped taxonomy -------------------------------------------------------------------


def test_shipped_taxonomy_has_the_issue_topics() -> None:
    assert {t.slug for t in load_taxonomy().topics} >= ISSUE_TOPICS


def test_every_topic_has_a_vietnamese_label_and_description() -> None:
    assert all(t.label and t.description and fold(t.label) != t.label.lower() for t in load_taxonomy().topics)


def test_default_is_the_shipped_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DANVAN_TAXONOMY", raising=False)
    assert load_taxonomy().path == DEFAULT_PATH


def test_environment_variable_overrides_the_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(TINY, encoding="utf-8")
    monkeypatch.setenv("DANVAN_TAXONOMY", str(path))
    assert [t.slug for t in load_taxonomy().topics] == ["dan-van-kheo", "the-thao"]


def test_an_edited_file_is_reloaded(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(TINY, encoding="utf-8")
    load_taxonomy(path)
    path.write_text(TINY.replace('label = "Dân vận khéo"', 'label = "Dân vận khéo (mới)"'), encoding="utf-8")
    assert load_taxonomy(path).topics[0].label == "Dân vận khéo (mới)"


def test_match_key_is_fold_with_punctuation_as_spaces() -> None:
    texts = [t for p in labelled_pages()[:80] for t in (p.article.title, p.article.sapo, p.article.body)]
    assert all(match_key(t) == " ".join(re.sub(r"[^a-z0-9]+", " ", fold(t)).split()) for t in texts)


# --- rules on a small taxonomy ------------------------------------------------------------------

TINY = """
[relevance]
threshold = 1
[relevance.phrases]
"dân vận" = 1

[[topic]]
slug = "dan-van-kheo"
label = "Dân vận khéo"
description = "Phong trào thi đua Dân vận khéo."
min_score = 4
exclude = ["bóng đá"]
[topic.phrases]
"dân vận khéo" = 2
"mô hình" = 1

[[topic]]
slug = "the-thao"
label = "Thể thao"
[topic.phrases]
"bóng đá" = 1
"""


@pytest.fixture
def tiny(tmp_path: Path):
    return parse_taxonomy(TINY, tmp_path / "tiny.toml")


def test_topic_reaching_min_score_is_assigned(tiny) -> None:
    assert assign_topics(Article(url="u", title="Mô hình “Dân vận khéo”"), tiny) == [TopicScore("dan-van-kheo", 9.0)]


def test_topic_below_min_score_is_not_assigned(tiny) -> None:
    assert assign_topics(Article(url="u", body="dân vận khéo"), tiny) == []


def test_topic_exclusion_in_title_rules_the_topic_out(tiny) -> None:
    article = Article(url="u", title="Giải bóng đá Dân vận khéo")
    assert [t.slug for t in assign_topics(article, tiny)] == ["the-thao"]


def test_topic_matching_ignores_tone_placement(tiny) -> None:
    # "khoẻ"/"khỏe"-style differences: the mark on another vowel is the same word
    tiny_oe = parse_taxonomy(TINY.replace('"mô hình" = 1', '"sức khỏe" = 5'), Path("t.toml"))
    assert [t.slug for t in assign_topics(Article(url="u", title="Sức khoẻ"), tiny_oe)] == ["dan-van-kheo"]


def test_topics_multi_label(tiny) -> None:
    article = Article(url="u", title="Dân vận khéo", sapo="Giải bóng đá")
    assert {t.slug for t in assign_topics(article, tiny)} == {"dan-van-kheo", "the-thao"}


# --- broken files -----------------------------------------------------------------------------

BROKEN = {
    "bad TOML": (TINY.replace('min_score = 4', 'min_score = '), "topic 'dan-van-kheo': not valid TOML"),
    "unquoted phrase": (TINY.replace('"bóng đá" = 1', 'bóng đá = 1'), "topic 'the-thao': not valid TOML"),
    "missing slug": (TINY.replace('slug = "the-thao"\n', ""), "topic #2: missing slug"),
    "missing label": (TINY.replace('label = "Thể thao"\n', ""), "topic 'the-thao': missing label"),
    "duplicate slug": (TINY.replace('slug = "the-thao"', 'slug = "dan-van-kheo"'),
                       "topic 'dan-van-kheo': duplicate slug"),
    "empty phrase": (TINY.replace('"bóng đá" = 1', '"" = 1'), "topic 'the-thao': empty phrase"),
    "punctuation-only phrase": (TINY.replace('"mô hình" = 1', '" - " = 1'), "topic 'dan-van-kheo': empty phrase"),
    "non-numeric weight": (TINY.replace('"mô hình" = 1', '"mô hình" = "một"'),
                           "topic 'dan-van-kheo': weight of phrase 'mô hình' must be a number"),
    "boolean weight": (TINY.replace('"bóng đá" = 1', '"bóng đá" = true'), "topic 'the-thao': weight of phrase"),
    "non-numeric min_score": (TINY.replace("min_score = 4", 'min_score = "4"'),
                              "topic 'dan-van-kheo': min_score must be a number"),
    "misspelt key": (TINY.replace("[topic.phrases]\n\"bóng", "[topic.phrase]\n\"bóng"),
                     "topic 'the-thao': unknown key 'phrase'"),
    "no relevance section": (TINY.replace("[relevance]\nthreshold = 1\n[relevance.phrases]\n\"dân vận\" = 1\n", ""),
                             "[relevance] section is missing"),
    "no threshold": (TINY.replace("threshold = 1\n", ""), "[relevance]: missing threshold"),
    "non-numeric threshold": (TINY.replace("threshold = 1", 'threshold = "cao"'),
                              "[relevance]: threshold must be a number"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_taxonomy_is_one_line_naming_file_topic_and_problem(tmp_path: Path, case: str) -> None:
    text, problem = BROKEN[case]
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TaxonomyError) as info:
        load_taxonomy(path)
    message = str(info.value)
    assert "\n" not in message and message.startswith(f"{path}:") and problem in message, message


def test_taxonomy_error_is_a_danvan_error() -> None:
    assert issubclass(TaxonomyError, DanvanError)


def test_missing_file_is_a_taxonomy_error(tmp_path: Path) -> None:
    with pytest.raises(TaxonomyError, match="cannot read"):
        load_taxonomy(tmp_path / "nowhere.toml")
