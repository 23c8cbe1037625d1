"""Syndicated copies: MinHash signatures, the duplicate index and links to the earliest article."""

from __future__ import annotations

import re
import zlib

import numpy as np
import pytest
from datasketch import MinHash

from crawler.classify import duplicates
from crawler.classify.duplicates import (
    DuplicateIndex,
    Signature,
    SignatureError,
    article_signature,
    article_text,
    from_bytes,
    is_copy,
    link_all,
    signature,
    signature_of,
    words,
)
from crawler.core import registry
from crawler.core.errors import DanvanError
from crawler.core.items import Article
from crawler.core.text import fold
from crawler.extract.clean import source_credit
from crawler.extract.dispatch import extract_page
from crawler.mirror.corpus import CorpusArticle, real_articles, seed_text
from spiders.hanoi_liferay import parse_listing
from tests.helpers import mirror_response

# Seed 001 where it was first published (the unidentified portal, 27/12/2019 01:44 PM) and
# Cầu Giấy's copy of it, the next morning, in Liferay markup.
ORIGINAL_URL = "https://cong-chua-xac-dinh.invalid/tin-tuc/trien-khai-nhiem-vu-cong-tac-dan-van-nam-2020-15157.html"
COPY_URL = ("https://caugiay.hanoi.gov.vn/cong-tac-dang/-/view_content/"
            "2636766-trien-khai-nhiem-vu-cong-tac-dan-van-nam-2020")
# The real sotttt copy published one article three times (two same minute, one 6 minutes later).
VIEW = "https://sotttt.hanoi.gov.vn/hoat-ong-ang-oan-the/-/view_content/"
TWICE = (
    VIEW + "1825534-dang-bo-so-tt-tt-tich-cuc-trien-khai-co-hieu-qua-cac-nhiem-vu-cua-to-chuc-co-so-dang",
    VIEW + "1825543-dang-bo-so-tt-tt-tich-cuc-trien-khai-co-hieu-qua-cac-nhiem-vu-cua-to-chuc-co-so-da-1",
    VIEW + "1825575-dang-bo-so-tt-tt-tich-cuc-trien-khai-co-hieu-qua-cac-nhiem-vu-cua-to-chuc-co-so-da-2",
)


def _extract(url: str) -> Article:
    return extract_page(mirror_response(url).text, url, registry.load())


def _sig(article: Article) -> bytes:
    return article_signature(article)


def _real(key: str) -> CorpusArticle:
    return next(a for a in real_articles() if a.key == key)


def _real_text(key: str) -> str:
    article = _real(key)
    return article_text(article.sapo, "\n\n".join(article.paragraphs))


def _real_words(key: str) -> list[str]:
    return _real_text(key).split()


@pytest.fixture(scope="module")
def original() -> Article:
    return _extract(ORIGINAL_URL)


@pytest.fixture(scope="module")
def copy() -> Article:
    return _extract(COPY_URL)


# --- signatures -----------------------------------------------------------------------


def test_signature_round_trips_through_bytes():
    data = signature(_real_text("1443477"))
    assert from_bytes(data).to_bytes() == data


def test_signature_round_trip_keeps_every_value():
    direct = signature_of(_real_text("1443477"))
    again = from_bytes(direct.to_bytes())
    assert np.array_equal(direct.hashvalues, again.hashvalues) and direct.shingles == again.shingles


def test_signature_is_small_enough_for_a_column():
    assert len(signature(_real_text("1443477"))) <= 600


def test_signature_is_deterministic():
    text = _real_text("1443477")
    assert signature(text) == signature(text)


@pytest.mark.parametrize("data", [b"", b"not a signature", signature("một hai ba")[:-4]])
def test_from_bytes_rejects_other_bytes(data):
    with pytest.raises(SignatureError):
        from_bytes(data)


def test_signature_error_is_a_user_facing_error():
    assert issubclass(SignatureError, DanvanError)


def test_shingle_count_is_exact():
    text = " ".join(f"từ{i}" for i in range(60))  # 60 distinct words: 56 five-word shingles
    assert signature_of(text).shingles == 56


def test_empty_text_has_an_empty_signature():
    assert signature_of("").shingles == 0 and signature_of(" . , ").shingles == 0


def test_words_are_the_words_of_fold_on_every_real_text():
    texts = [seed_text(n) for n in ("000", "001", "003", "004")]
    texts += ["\n\n".join((a.title, a.sapo, *a.paragraphs)) for a in real_articles()]
    mismatched = [t[:60] for t in texts if words(t) != [w.encode() for w in re.findall(r"\w+", fold(t))]]
    assert mismatched == []


def test_accents_case_and_punctuation_do_not_change_the_signature():
    text = _real_text("1443477")
    plain = " ".join(w.decode() for w in words(text)).upper()
    assert signature(plain) == signature(text)


def test_signature_values_are_datasketch_minhash():
    text = _real_text("1443477")
    # The module computes datasketch's affine32 MinHash itself (vectorised): it must agree.
    hashes = duplicates._shingle_hashes(np.array([zlib.crc32(w) for w in words(text)], dtype=np.uint64))
    reference = MinHash(num_perm=duplicates.NUM_PERM, seed=duplicates.SEED, hashfunc=int, scheme="affine32")
    reference.update_batch(hashes.tolist())
    assert np.array_equal(signature_of(text).hashvalues, reference.hashvalues)


def test_jaccard_matches_datasketch_estimate():
    a, b = signature_of(_real_text("1128541")), signature_of(_real_text("1346990"))
    assert a.jaccard(b) == pytest.approx(a.minhash().jaccard(b.minhash()))


def test_jaccard_estimate_is_close_to_the_exact_value():
    tokens = [w.decode() for w in words(_real_text("1575499"))]
    first, second = tokens[:900], tokens[300:1200]

    def shingle_set(seq: list[str]) -> set[tuple[str, ...]]:
        return {tuple(seq[i:i + 5]) for i in range(len(seq) - 4)}

    exact = len(shingle_set(first) & shingle_set(second)) / len(shingle_set(first) | shingle_set(second))
    estimate = signature_of(" ".join(first)).jaccard(signature_of(" ".join(second)))
    assert 0.4 < exact < 0.6 and estimate == pytest.approx(exact, abs=0.1)


# --- the mirror's syndicated copy ----------------------------------------------------------


def test_copy_is_listed_on_the_portal():
    listing = "https://caugiay.hanoi.gov.vn/cong-tac-dang"
    assert COPY_URL in parse_listing(mirror_response(listing).selector, listing).articles


def test_copy_is_extracted_by_the_liferay_platform(copy):
    assert (copy.extractor, copy.portal, copy.category) == ("hanoi_liferay", "caugiay", "Công tác Đảng")


def test_copy_is_dated_the_morning_after(original, copy):
    assert (original.published_at, copy.published_at) == ("2019-12-27T13:44:00+07:00", "2019-12-28T08:15:00+07:00")


def test_copy_and_original_credit_the_city_portal(original, copy):
    assert original.source_credit == copy.source_credit == "CTTĐT"


def test_copy_body_is_the_original_body_modulo_the_credit_line(original, copy):
    # Liferay bodies keep the portal's closing line (signature or credit); the generic one drops it.
    def paragraphs(article: Article) -> list[str]:
        return [p for p in article.body.split("\n\n") if not source_credit(p)]

    assert paragraphs(copy) == paragraphs(original) and len(paragraphs(original)) == 16


def test_copy_keeps_the_original_captions(original, copy):
    assert [i.caption for i in copy.images if i.caption] == [i.caption for i in original.images]


def test_copy_is_linked_to_the_original(original, copy):
    index = DuplicateIndex()
    index.add(1, _sig(original), original.published_at, original.portal, original.url)
    assert index.find_original(_sig(copy), copy.published_at, copy.url) == 1


def test_copy_is_linked_by_link_all(original, copy):
    rows = [(7, copy.published_at, copy.url, _sig(copy)), (3, original.published_at, original.url, _sig(original))]
    assert link_all(rows) == {7: 3}


def test_original_crawled_after_its_copy_is_no_copy(original, copy):
    index = DuplicateIndex()
    index.add(1, _sig(copy), copy.published_at, copy.portal, copy.url)
    assert index.find_original(_sig(original), original.published_at, original.url) is None


def test_original_crawled_after_its_copy_finds_the_copy_to_relink(original, copy):
    index = DuplicateIndex()
    index.add(1, _sig(copy), copy.published_at, copy.portal, copy.url)
    assert index.later_copies(_sig(original), original.published_at, original.url) == [1]


def test_article_signature_is_of_sapo_and_body():
    article = Article(url="https://a.invalid/1", title="Tiêu đề", sapo="Sapo của bài.", body="Đoạn một.\n\nĐoạn hai.")
    assert article_signature(article) == signature("Sapo của bài.\n\nĐoạn một.\n\nĐoạn hai.")


def test_exact_recrawl_of_one_url_is_not_a_copy(copy):
    index = DuplicateIndex()
    index.add(1, _sig(copy), copy.published_at, copy.portal, copy.url)
    assert index.find_original(_sig(copy), copy.published_at, copy.url) is None


def test_recrawl_with_another_spelling_of_the_url_is_not_a_copy(copy):
    index = DuplicateIndex()
    index.add(1, _sig(copy), copy.published_at, copy.portal, copy.url)
    spelling = copy.url.replace("https://", "http://www.") + "/"
    assert index.find_original(_sig(copy), "2019-12-29T09:00:00+07:00", spelling) is None


def test_link_all_does_not_link_rows_of_one_url(copy):
    rows = [(1, copy.published_at, copy.url, _sig(copy)), (2, "2020-01-05T10:00:00+07:00", copy.url, _sig(copy))]
    assert link_all(rows) == {}


@pytest.mark.parametrize(("first", "second"), [
    # The 90th anniversary of the Hà Nội Party Committee, both on plan 27/KH-UBND: one reports
    # the city's programme, the other asks the press to cover it.
    ("3581687", "3587700"),
    # The 8 programmes of the City Party Committee: the news of their issue, then the plan.
    ("1128541", "1346990"),
    # The same title, "Lễ kết nạp Đảng viên mới": two ceremonies, months apart.
    ("984545", "1083028"),
    # The guide to branch congresses, reissued for the next term with much the same wording.
    ("700869", "1764431"),
])
def test_different_articles_on_one_event_are_not_copies(first, second):
    a, b = _real(first), _real(second)
    rows = [(1, "2016-01-01", f"https://a.invalid/{first}", signature(_real_text(first))),
            (2, "2016-01-02", f"https://b.invalid/{second}", signature(_real_text(second)))]
    assert a.paragraphs != b.paragraphs and link_all(rows) == {}


# The real category's republications, read side by side: the same text under a second id
# (the CMS's "-1", "-2" copies), or published again the next day with a sapo added.
REPUBLISHED = {
    706476: 699204, 706485: 699213, 706935: 699222, 973390: 972748, 973437: 972761, 973419: 972770,
    1492846: 1492837, 1581442: 1581411, 1720528: 1720497, 1720537: 1720497, 1825543: 1825534,
    1825575: 1825534, 1940302: 1940293, 1974952: 1974943,
}


def _iso(date_line: str) -> str:
    """'19/04/2016 | 10:41 AM' -> '2016-04-19T10:41:00+07:00' ('12:00 AM': no time, a bare date)."""
    day, month, year, hour, minute, half = re.match(
        r"(\d{2})/(\d{2})/(\d{4}) \| (\d{1,2}):(\d{2}) ([AP]M)", date_line).groups()
    if (hour, minute, half) == ("12", "00", "AM"):
        return f"{year}-{month}-{day}"
    hour24 = int(hour) % 12 + (12 if half == "PM" else 0)
    return f"{year}-{month}-{day}T{hour24:02d}:{minute}:00+07:00"


def test_real_category_links_exactly_its_republications():
    rows = [(int(a.key), _iso(a.date_line), f"{VIEW}{a.key}", signature(_real_text(a.key))) for a in real_articles()]
    assert link_all(rows) == REPUBLISHED


def test_short_identical_notices_are_not_copies():
    notice = ("Ban Dân vận Quận ủy thông báo lịch tiếp công dân tháng 3: sáng thứ Năm hằng tuần,"
              " tại trụ sở Quận ủy, số 2 phố Cầu Giấy.")
    assert signature_of(notice).shingles < duplicates.MIN_SHINGLES
    rows = [(1, "2020-03-01", "https://a.invalid/1", signature(notice)),
            (2, "2020-03-02", "https://b.invalid/2", signature(notice))]
    assert link_all(rows) == {}


# --- copies that are not word for word ------------------------------------------------------


def test_copy_trimmed_of_its_last_paragraphs_is_linked():
    full = _real_words("1575499")
    trimmed = full[: len(full) * 3 // 4]
    assert is_copy(signature_of(" ".join(full)), signature_of(" ".join(trimmed)))


def test_excerpt_of_an_article_is_not_a_copy():
    full = _real_words("1575499")
    excerpt = full[: len(full) * 2 // 5]
    assert not is_copy(signature_of(" ".join(full)), signature_of(" ".join(excerpt)))


def test_copy_with_a_few_edits_is_linked():
    edited = _real_words("1443477")
    for position in range(40, len(edited), 150):  # a typo fixed every 150 words
        edited[position] = "sửa"
    assert is_copy(signature_of(_real_text("1443477")), signature_of(" ".join(edited)))


def test_short_text_is_linked_when_nearly_identical():
    text = _real_words("1443477")[:120]  # about 120 shingles: a short article
    assert signature_of(" ".join(text)).shingles < duplicates.SHORT_SHINGLES
    retouched = [*text[:60], text[60].upper(), *text[61:], "./."]
    assert is_copy(signature_of(" ".join(text)), signature_of(" ".join(retouched)))


def test_short_texts_differing_in_a_few_words_are_not_copies():
    # Templated short items differ in a date, a name, a place: not the same article.
    text = _real_words("1443477")[:120]
    changed = list(text)
    for position in (20, 60, 100):
        changed[position] = "khác"
    assert not is_copy(signature_of(" ".join(text)), signature_of(" ".join(changed)))


# --- clusters ---------------------------------------------------------------------------------


def test_chain_of_copies_links_to_the_earliest():
    words_ = _real_words("1575499")
    a, b, c = (signature_of(" ".join(words_[shift:shift + 1000])) for shift in (0, 80, 160))
    assert (is_copy(a, b), is_copy(b, c), is_copy(a, c)) == (True, True, False)  # the premise
    rows = [(30, "2020-01-03", "https://c.invalid/x", c), (10, "2020-01-01", "https://a.invalid/x", a),
            (20, "2020-01-02", "https://b.invalid/x", b)]
    assert link_all(rows) == {20: 10, 30: 10}


def test_index_follows_known_links_to_the_root():
    words_ = _real_words("1575499")
    a, b, c = (signature_of(" ".join(words_[shift:shift + 1000])) for shift in (0, 80, 160))
    index = DuplicateIndex()
    index.add(10, a, "2020-01-01", "p", "https://a.invalid/x")
    index.add(20, b, "2020-01-02", "p", "https://b.invalid/x", duplicate_of=10)
    assert index.find_original(c, "2020-01-03", "https://c.invalid/x") == 10


def test_same_portal_republication_links_to_the_first():
    # Published twice at 5:00 PM and again at 5:06 PM: ties go to the first URL.
    articles = [_extract(url) for url in TWICE]
    rows = [(12, articles[1].published_at, articles[1].url, _sig(articles[1])),
            (11, articles[0].published_at, articles[0].url, _sig(articles[0])),
            (13, articles[2].published_at, articles[2].url, _sig(articles[2]))]
    assert link_all(rows) == {12: 11, 13: 11}


def test_undated_article_is_never_the_original():
    text = signature_of(_real_text("1443477"))
    rows = [(1, "", "https://a.invalid/1", text), (2, "2016-12-26T08:54:00+07:00", "https://b.invalid/2", text)]
    assert link_all(rows) == {1: 2}


def test_index_reports_its_size_and_members():
    index = DuplicateIndex()
    index.add(5, signature_of(_real_text("1443477")), "2016-12-26", "sotttt", "https://a.invalid/5")
    assert (len(index), 5 in index, 6 in index) == (1, True, False)


def test_link_all_accepts_parsed_signatures():
    sig = signature_of(_real_text("1443477"))
    assert isinstance(sig, Signature)
    assert link_all([(1, "2016-01-01", "https://a.invalid/1", sig), (2, "2016-01-02", "https://b.invalid/2",
                     sig.to_bytes())]) == {2: 1}


def test_copies_of_the_same_minute_link_alike_whatever_order_they_were_stored_in():
    """A parallel crawl stores same-minute copies in any order: the first URL is the original."""
    articles = [_extract(url) for url in TWICE[:2]]
    assert articles[0].published_at == articles[1].published_at
    first, second = sorted(articles, key=lambda a: a.url)
    for first_id, second_id in ((1, 2), (2, 1)):
        rows = [(first_id, first.published_at, first.url, _sig(first)),
                (second_id, second.published_at, second.url, _sig(second))]
        assert link_all(rows) == {second_id: first_id}
