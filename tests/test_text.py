"""Vietnamese text normalisation (stored text) and folding (search and matching)."""

from __future__ import annotations

import unicodedata

import pytest

from crawler.core.text import fold, has_vietnamese_marks, normalize, normalize_inline


def test_entities_are_decoded() -> None:
    assert normalize("Sở TT&amp;TT &ldquo;Dân vận khéo&rdquo; &#272;ảng &#x1EE7;y") == "Sở TT&TT “Dân vận khéo” Đảng ủy"


def test_plain_ampersand_is_kept() -> None:
    assert normalize("Sở TT&TT") == "Sở TT&TT"


def test_nbsp_indentation_becomes_nothing() -> None:
    assert normalize("\u00a0\u00a0\u00a0 Để triển khai\u00a0nhiệm vụ") == "Để triển khai nhiệm vụ"


def test_nbsp_entity_is_a_space() -> None:
    assert normalize("Dân&nbsp;vận&nbsp;&nbsp;khéo") == "Dân vận khéo"


@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"])
def test_invisible_characters_are_dropped(invisible: str) -> None:
    assert normalize(f"Dân{invisible} vận kh{invisible}éo") == "Dân vận khéo"


def test_nfd_becomes_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Nhiệm vụ công tác dân vận")
    assert decomposed != "Nhiệm vụ công tác dân vận"
    result = normalize(decomposed)
    assert result == "Nhiệm vụ công tác dân vận"
    assert unicodedata.is_normalized("NFC", result)


def test_capital_eth_becomes_d_with_stroke() -> None:
    assert normalize("\u00d0ảng bộ") == "\u0110ảng bộ"


def test_small_eth_becomes_d_with_stroke() -> None:
    assert normalize("\u00f0ồng chí") == "\u0111ồng chí"


def test_line_breaks_are_kept_and_collapsed() -> None:
    assert normalize("Dòng một  \n\n\n   Dòng   hai\n") == "Dòng một\nDòng hai"


def test_normalize_inline_joins_lines() -> None:
    assert normalize_inline("Dòng một\n\nDòng hai") == "Dòng một Dòng hai"


@pytest.mark.parametrize("empty", ["", None])
def test_empty_is_empty(empty: str | None) -> None:
    assert normalize(empty) == "" and normalize_inline(empty) == "" and fold(empty) == ""


def test_fold_of_both_tone_placements_and_ascii_is_equal() -> None:
    assert fold("Đảng uỷ") == fold("Đảng ủy") == fold("DANG UY") == "dang uy"


def test_fold_of_d_with_stroke() -> None:
    assert fold("Đoàn đại biểu") == "doan dai bieu"


def test_fold_of_eth_lookalike() -> None:
    assert fold("\u00d0ảng") == "dang"


def test_fold_of_decomposed_text() -> None:
    assert fold(unicodedata.normalize("NFD", "Dân vận khéo")) == "dan van kheo"


def test_fold_of_two_mark_letters() -> None:
    assert fold("nhiệm vụ quận Việt Nẵng") == "nhiem vu quan viet nang"


def test_has_vietnamese_marks() -> None:
    assert has_vietnamese_marks("Thu Hiền") is True
    assert has_vietnamese_marks("Thu Lan") is False
