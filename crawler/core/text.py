"""Vietnamese text normalisation and folding, in one place.

`normalize` is what every stored string goes through; `fold` is the accent-free,
đ-less lower-case form used for search and matching (never stored as display text).
"""

from __future__ import annotations

import html
import re
import unicodedata

# Invisible characters that portals leave inside words, and look-alikes: capital eth
# (U+00D0) and small eth are typed for Đ/đ on some portals; odd spaces become spaces.
_ODD = {"\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "", "\u00ad": "",
        "\u00d0": "Đ", "\u00f0": "đ", "\u00a0": " ", "\u2007": " ", "\u202f": " "}
_ODD_RE = re.compile("[" + "".join(_ODD) + "]")


def _fix_odd(text: str) -> str:
    # A regex scan finds the (rare) odd characters far faster than translate() walks every one.
    return _ODD_RE.sub(lambda m: _ODD[m.group()], text) if _ODD_RE.search(text) else text
_SPACES = re.compile(r"[ \t\r\f\v]+")
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


def normalize(text: str | None) -> str:
    """NFC text with entities decoded, look-alikes fixed, invisibles dropped.

    Line breaks are kept (collapsed to single newlines); runs of spaces become one.
    """
    if not text:
        return ""
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    text = unicodedata.normalize("NFC", _fix_odd(text))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def normalize_inline(text: str | None) -> str:
    """`normalize`, then everything on one line (the same result, without the per-line work)."""
    if not text:
        return ""
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    return " ".join(unicodedata.normalize("NFC", _fix_odd(text)).split())


# Combining marks left by NFD (Vietnamese tone and vowel marks are all in this block).
_MARKS = re.compile("[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


# Runs of characters that are neither ASCII nor combining marks (quotes, dashes, other scripts).
_KEPT = re.compile("([^\x00-\x7f\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+)")


def fold(text: str | None) -> str:
    """Accent-free, lower-case form: 'Đảng uỷ' -> 'dang uy'. For search and matching."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", normalize_inline(text)).replace("đ", "d").replace("Đ", "D")
    if decomposed.isascii():
        return decomposed.lower()
    # Between the runs of other characters only ASCII and marks are left, and an ASCII
    # encode drops the marks in C: twice as fast as a regex removing each mark (fold runs
    # over every stored text three times, and again in classification).
    parts = _KEPT.split(decomposed)
    parts[::2] = [part.encode("ascii", "ignore").decode("ascii") for part in parts[::2]]
    return "".join(parts).lower()


def has_vietnamese_marks(text: str) -> bool:
    """True when the text carries any diacritic or đ (tells a name from an ASCII login)."""
    return fold(text) != normalize_inline(text).lower()


# Vietnamese pages come in UTF-8 or windows-1258; some portals declare the one and send the other.
_UTF8_NAMES = frozenset({"utf-8", "utf8"})
_VIETNAMESE_1258 = "cp1258"


def repair_charset(body: bytes, declared: str) -> str | None:
    """The encoding a page is really in when its declared charset is wrong, else None.

    A page declared in a single-byte charset whose body is valid UTF-8 with multi-byte
    characters is UTF-8 (mislabelled windows-1258 is the usual case); a page declared
    UTF-8 whose body is not UTF-8 at all but is valid windows-1258 is windows-1258.
    A UTF-8 page with a stray bad byte or two is left as declared.
    """
    declared = (declared or "").lower().replace("_", "-")
    if body.isascii():
        return None
    if declared not in _UTF8_NAMES:
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            return None
        return "utf-8"
    bad = body.decode("utf-8", errors="replace").count("\ufffd")
    if bad < 8:
        return None
    try:
        body.decode(_VIETNAMESE_1258)
    except UnicodeDecodeError:
        return None
    return _VIETNAMESE_1258
