"""fold drops combining marks with an ASCII encode between other characters: it must give
exactly what removing every mark after NFD gives, for any text."""

from __future__ import annotations

import random
import unicodedata

from bench.synthetic import paragraphs
from crawler.core.text import _MARKS, fold, normalize_inline


def _reference(text: str) -> str:
    stripped = _MARKS.sub("", unicodedata.normalize("NFD", normalize_inline(text)))
    return stripped.replace("đ", "d").replace("Đ", "D").lower()


def test_fold_of_real_paragraphs_is_unchanged() -> None:
    texts = paragraphs()
    assert len(texts) > 1000
    for text in texts:
        assert fold(text) == _reference(text)


def test_fold_of_any_characters_is_unchanged() -> None:
    rng = random.Random(20241123)
    alphabet = [chr(c) for c in range(0x20, 0x2200)] + list("ĐđÐðİıẞ\u200b\ufeff\u00a0\u1dc0\ufe20\u20d0“”–…")
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert fold(text) == _reference(text), repr(text)


def test_fold_examples() -> None:
    assert fold("Đảng uỷ “Dân vận khéo” – 2024") == "dang uy “dan van kheo” – 2024"
    assert fold("ĐOÀN THANH NIÊN") == "doan thanh nien"
    assert fold("") == "" and fold(None) == ""
