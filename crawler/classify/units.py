"""Vietnamese administrative units before and after the 1 July 2025 reform, and the units a text names.

The data is the `vietnamadminunits` package's (read directly, without importing the package,
whose converter pulls in geocoding): its SQLite `dataset.db` holds `admin_units_legacy` (63
provinces, their districts and wards as they stood until 30 June 2025, with GSO codes) and
`admin_units` (the 34 provinces and their wards and communes from 1 July 2025), and its
`converter_2025.json` lists the old provinces each new province absorbed.

Every unit belongs to one era, and its key in the `units` table says which: "old:005" (Quận
Cầu Giấy until 30 June 2025), "2025:00166" (Phường Cầu Giấy from 1 July 2025). Codes alone
clash across eras (the 2025 wards reuse old ward codes), so provinces are split too: "old:01"
and "2025:01" are Hà Nội before and after the reform.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from contextlib import closing
from dataclasses import dataclass
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from crawler.core.errors import DanvanError
from crawler.core.text import fold

REFORM_DATE = "2025-07-01"  # the first day without districts (Resolution 202/2025/QH15)
LEGACY_LAST_DAY = "2025-06-30"
OLD, NEW = "old", "2025"  # era prefixes of unit keys

# Name prefixes of the official full names and the level words stored for them, longest first
# so "Thành phố" is not read as something shorter.
_PREFIXES = (
    ("Thành phố", "thành phố"), ("Thị xã", "thị xã"), ("Thị trấn", "thị trấn"), ("Đặc khu", "đặc khu"),
    ("Quận", "quận"), ("Huyện", "huyện"), ("Phường", "phường"), ("Xã", "xã"), ("Tỉnh", "tỉnh"),
)
_DISTRICT_LEVELS = frozenset({"quận", "huyện", "thị xã", "thành phố"})

# The words that introduce a unit's name in running text, folded, with the level they name.
# Party committees name their unit too ("Quận ủy Ngô Quyền" is the committee of Quận Ngô Quyền).
_LEVEL_WORDS: dict[str, str] = {
    "quan uy": "quận", "huyen uy": "huyện", "thi uy": "thị xã", "thanh uy": "thành phố",
    "thanh pho": "thành phố", "thi xa": "thị xã", "thi tran": "thị trấn", "dac khu": "đặc khu",
    "quan": "quận", "huyen": "huyện", "phuong": "phường", "xa": "xã",
}
# How they may be written: accented correctly (either tone placement), or with no accent at
# all (texts typed without accents); "xá", "xả", "quán" are other words.
_SPELLINGS = (
    "quận ủy", "quận uỷ", "huyện ủy", "huyện uỷ", "thị ủy", "thị uỷ", "thành ủy", "thành uỷ",
    "thành phố", "thị xã", "thị trấn", "đặc khu", "quận", "huyện", "phường", "xã",
)
# Abbreviations count only when written with a capital ("TP Hải Dương", "Q. Cầu Giấy").
_ABBREVIATIONS = {"tp": "thành phố", "tx": "thị xã", "q": "quận", "p": "phường"}

_MAX_NAME_WORDS = 8
_SP = r"[^\S\n]"  # a space that is not a line break: a name never runs across paragraphs
_TOKEN = r"[^\W_][\w'’]*"
_NAME = rf"(?P<name>{_TOKEN}(?:(?:{_SP}+|{_SP}*[-–]{_SP}*){_TOKEN}){{0,{_MAX_NAME_WORDS - 1}}})"


def _level_pattern() -> str:
    """The level words as one regex that starts with a character class.

    Starting with a class lets the regex engine skip ahead in C to the next candidate letter
    instead of trying every word at every position (the difference is 5x on long articles).
    """
    words = sorted({*_SPELLINGS, *_LEVEL_WORDS}, key=len, reverse=True)
    firsts = sorted({w[0] for w in words} | {w[0].upper() for w in words})
    branches = [
        f"(?<=[{first}{first.upper()}])(?i:"
        + "|".join(w[1:].replace(" ", f"{_SP}+") for w in words if w[0] == first) + ")"
        for first in sorted({w[0] for w in words})
    ]
    branches += [r"(?<=T)[Pp]\.?", r"(?<=T)[Xx]\.?", r"(?<=[QP])\."]  # TP, TX, Q., P.
    return (
        f"(?P<level>[{''.join(firsts)}](?<![\\w.'’].)(?:" + "|".join(branches) + r"))(?:(?<=\.)|(?!\w))"
    )


_LEVEL = _level_pattern()
# A level word, then its name: "phường Trung Hòa", "các phường: Quan Hoa", "Q.Cầu Giấy".
_MENTION = re.compile(rf"{_LEVEL}(?:{_SP}*:{_SP}*|{_SP}+|(?<=\.))" + _NAME)
_TOKENS = re.compile(_TOKEN)
_UNUSUAL_NAME = re.compile(r"-|\s\s|[^\S ]|^\s|\s$|\b0\d")
# "các phường", "3 xã" (folded, just before the level word): a plural, which may list names.
_PLURAL_BEFORE = re.compile(rf"(?:\bcac|\bnhung|\b\d+){_SP}+$")
_AND = r"\b(?i:và|va)\b"
_LIST_NEXT = re.compile(rf"{_SP}*(?:[,;]|{_AND}){_SP}*(?:{_AND}{_SP}*)?" + _NAME)
# Between a ward and the district that places it: "xã Tân Lập, huyện Đan Phượng", "(quận Cầu Giấy)".
_PARENT_GAP = re.compile(rf"{_SP}*(?:[,(–-]|\b(?i:thuộc|thuoc)\b)?{_SP}*")


class UnitDataError(DanvanError):
    """The administrative-unit library is missing or unreadable."""


@dataclass(frozen=True)
class UnitRow:
    """One row of the `units` table: a unit of one era, with its official (GSO) code."""

    key: str  # "old:<code>" (valid until 2025-06-30) or "2025:<code>" (from 2025-07-01): unique
    code: str
    name: str  # full official name: "Quận Cầu Giấy", "Phường Trung Hòa", "Thành phố Hà Nội"
    level: str  # thành phố, tỉnh, quận, huyện, thị xã, phường, xã, thị trấn, đặc khu
    parent_key: str  # "" for a province
    parent_code: str
    province_code: str
    valid_from: str  # ISO date or "" (unknown: the library does not date older changes)
    valid_to: str  # ISO date or "" (still valid)


@dataclass(frozen=True)
class MentionedUnit:
    """A district, ward or commune a text names; `key`/`code` are None when the name is ambiguous."""

    code: str | None
    name: str  # the official full name ("Phường Trung Hòa"), however the text spelled it
    level: str
    key: str | None = None


def unit_rows() -> list[UnitRow]:
    """Every unit of both eras (provinces first), for the `units` table."""
    return list(_data().rows)


def era_of(on_date: str | None) -> str:
    """"old" for a date before 1 July 2025, "2025" from then on and when the date is unknown."""
    return OLD if on_date and on_date[:10] < REFORM_DATE else NEW


def unit_key(code: str, on_date: str | None) -> str:
    """The `units` key of the unit with this code as on `on_date`; "" when there is none."""
    key = f"{era_of(on_date)}:{code}"
    return key if key in _data().by_key else ""


def province_after_2025(province_code: str) -> tuple[str, str]:
    """(code, full name) of the province that holds this province since 1 July 2025.

    Accepts a pre-2025 code ("30" Hải Dương -> ("31", "Thành phố Hải Phòng")) or a 2025 one;
    ("", "") for an empty or unknown code (an article of no province).
    """
    return _data().after_2025.get(province_code, ("", ""))


def mentioned_units(
    text: str, province_code: str, on_date: str | None, *, unit_code: str | None = None
) -> list[MentionedUnit]:
    """The districts, wards and communes `text` names, each once, in order of first mention.

    Names are looked up among the units of the article's province as on `on_date` (before
    1 July 2025 the old districts and wards, from then on — or when the date is unknown — the
    2025 wards and communes, plus the old districts, which 2025 texts still name), and failing
    that among the whole country's units of that era. Tone placement never matters ("Hoà" is
    "Hòa"); accents matter only in a text written with accents ("Trung Hoa" finds Trung Hòa,
    "Trung Hóa" does not). The level word may be in any case; the name must start with a
    capital, so "xã hội" or "các quận, huyện" name nothing. A name two units of that level
    share is kept with key and code None, unless the district written right after it ("xã Tân
    Lập, huyện Đan Phượng") or the publishing unit `unit_code` (its district) tells which.
    Counts ("12 phường") name no unit and are not reported.
    """
    era = era_of(on_date)
    index = _index(era, province_code)
    if not index or not text:
        return []
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    indexes = (index, _national_index(era))
    found: dict[object, MentionedUnit] = {}
    pos = 0
    while match := _MENTION.search(text, pos):
        pos = match.end("level")
        hit = _resolve(match, indexes)
        if hit is None:
            continue
        _add(found, hit, _parent_after(text, hit.end, indexes), unit_code, indexes[1])
        pos = hit.end
        if _PLURAL_BEFORE.search(_fold(text[max(0, match.start() - 12):match.start()])):
            while (more := _LIST_NEXT.match(text, pos)) and (hit := _lookup(more, indexes, hit.level)):
                _add(found, hit, _parent_after(text, hit.end, indexes), unit_code, indexes[1])
                pos = hit.end
    # A name left ambiguous once but placed elsewhere in the text is that unit.
    placed = {(m.level, m.name) for m in found.values() if m.key}
    return [m for m in found.values() if m.key or (m.level, m.name) not in placed]


# --- matching ---------------------------------------------------------------------------


Candidates = tuple[UnitRow, ...]
Index = dict[tuple[str, str], Candidates]


@dataclass(frozen=True)
class _Hit:
    level: str
    name_key: str
    toned: str  # the name as written, tone placement aside ("" when written without accents)
    candidates: Candidates
    end: int  # where the name ends in the text


def _resolve(match: re.Match[str], indexes: tuple[Index, Index]) -> _Hit | None:
    """The units a level word and the name after it name; None if they name none."""
    word = " ".join(_fold(match.group("level")).split())
    return _lookup(match, indexes, _ABBREVIATIONS.get(word.rstrip(".")) or _LEVEL_WORDS[word])


def _lookup(match: re.Match[str], indexes: tuple[Index, Index], level: str) -> _Hit | None:
    """The units of `level` named by the longest leading words of the match's name.

    The article's province first; failing that, the whole country (in the same era).
    """
    name = match.group("name")
    if not (name[0].isupper() or name[0].isdigit()):
        return None
    ends = [token.end() for token in _TOKENS.finditer(name)]
    keys = [_name_key(_fold(name[:end])) for end in ends]
    for index in indexes:
        for end, key in zip(reversed(ends), reversed(keys), strict=True):
            if candidates := index.get((level, key)):
                written = name[:end]
                toned = _toned_key(written) if _fold(written) != written.lower() else ""
                if candidates := _spelled(candidates, toned):
                    return _Hit(level, key, toned, candidates, match.start("name") + end)
    return None


def _spelled(candidates: Candidates, toned: str) -> Candidates:
    """The candidates whose name is spelled as written; all of them for a text without accents.

    Folding alone would take "Thanh Hải" for "Thạnh Hải": an accented text means its accents.
    """
    return tuple(u for u in candidates if _toned_key(_short_name(u.name)) == toned) if toned else candidates


_TONE_MARKS = {"\u0300": "2", "\u0301": "1", "\u0309": "3", "\u0303": "4", "\u0323": "5"}


@cache
def _toned_key(name: str) -> str:
    """A name's spelling with each word's tone moved to its end: "Hoà" and "Hòa" are one name."""
    words = []
    for word in _name_key(name.lower()).split(" "):
        decomposed = unicodedata.normalize("NFD", word)
        tones = "".join(_TONE_MARKS.get(c, "") for c in decomposed)
        words.append(unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS)) + tones)
    return " ".join(words)


def _parent_after(text: str, pos: int, indexes: tuple[Index, Index]) -> str:
    """The code of the district named right after a ward ("..., quận Cầu Giấy"), or ""."""
    gap = _PARENT_GAP.match(text, pos)
    match = _MENTION.match(text, gap.end() if gap else pos)
    hit = _resolve(match, indexes) if match else None
    if hit and hit.level in _DISTRICT_LEVELS and len(hit.candidates) == 1:
        return hit.candidates[0].code
    return ""


def _add(found: dict[object, MentionedUnit], hit: _Hit, parent: str, unit_code: str | None,
         national: Index) -> None:
    """Record a mention once; the district written after it, or else the publisher, places it."""
    candidates = hit.candidates
    if parent:  # "xã Hoàng Văn Thụ, huyện Văn Lãng" is Lạng Sơn's, even in a Hà Nội article
        candidates = tuple(u for u in _spelled(national.get((hit.level, hit.name_key), ()), hit.toned)
                           if u.parent_code == parent) or candidates
    if len(candidates) > 1 and unit_code:
        candidates = tuple(u for u in candidates if unit_code in (u.parent_code, u.code)) or candidates
    if len(candidates) == 1:
        unit = candidates[0]
        found.setdefault(unit.key, MentionedUnit(code=unit.code, name=unit.name, level=unit.level, key=unit.key))
    else:
        name = candidates[0].name
        found.setdefault((hit.level, name), MentionedUnit(code=None, name=name, level=hit.level))


def _fold(text: str) -> str:
    """`fold` for matching, one character for one (NFC input)."""
    return text.translate(_fold_table())


def _name_key(folded_name: str) -> str:
    """A name's lookup form: single spaces, no spaces around hyphens, no leading zeros ("05" = "5")."""
    if not _UNUSUAL_NAME.search(folded_name):  # the common case, kept fast
        return folded_name
    key = re.sub(r"\s*-\s*", "-", folded_name.strip())
    key = re.sub(r"\s+", " ", key)
    return re.sub(r"\b0+(?=\d)", "", key)


@cache
def _fold_table() -> dict[int, str]:
    """`fold` one character at a time (so folded positions are the original's), plus quotes/dashes."""
    table = {ord(c): "'" for c in "’‘`ʼ"} | {ord(c): "-" for c in "–—‑"}
    for cp in (*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        folded = fold(chr(cp))
        if len(folded) == 1 and folded != chr(cp):
            table[cp] = folded
    return table


def _short_name(name: str) -> str:
    """A unit's name without its level word: "Phường Trung Hòa" -> "Trung Hòa"."""
    for prefix, _level in _PREFIXES:
        if name.startswith(prefix + " "):
            return name[len(prefix) + 1:]
    return name


def _short_key(name: str) -> str:
    """The lookup form of a unit's name without its level word."""
    return _name_key(_fold(_short_name(name)))


@cache
def _index(era: str, province_code: str) -> Index:
    """(level, name key) -> units, for one province in one era (built once per province)."""
    data = _data()
    if era == NEW:
        province_code = data.after_2025.get(province_code, ("", ""))[0]
    if not province_code or f"{era}:{province_code}" not in data.by_key:
        return {}
    units = [u for u in data.by_province[era].get(province_code, ()) if u.parent_key]  # not the province
    if era == NEW:
        # The old districts of the old provinces merged into this one: 2025 texts still name them.
        for old_code in data.merged_into.get(province_code, ()):
            units += [u for u in data.by_province[OLD].get(old_code, ()) if u.level in _DISTRICT_LEVELS
                      and u.parent_key == f"{OLD}:{old_code}"]
    index: dict[tuple[str, str], list[UnitRow]] = {}
    for unit in units:
        index.setdefault((unit.level, _short_key(unit.name)), []).append(unit)
    return {k: tuple(v) for k, v in index.items()}


@cache
def _national_index(era: str) -> Index:
    """(level, name key) -> units of the whole country in one era, below province level.

    From 2025 the old districts too, as in `_index`.
    """
    index: dict[tuple[str, str], list[UnitRow]] = {}
    for unit in _data().rows:
        if unit.parent_key and (unit.key.startswith(f"{era}:") or (
                era == NEW and unit.level in _DISTRICT_LEVELS and unit.parent_code == unit.province_code)):
            index.setdefault((unit.level, _short_key(unit.name)), []).append(unit)
    return {k: tuple(v) for k, v in index.items()}


# --- data -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Data:
    rows: tuple[UnitRow, ...]
    by_key: dict[str, UnitRow]
    by_province: dict[str, dict[str, tuple[UnitRow, ...]]]  # era -> province code -> units in it
    after_2025: dict[str, tuple[str, str]]  # old or 2025 province code -> (2025 code, name)
    merged_into: dict[str, tuple[str, ...]]  # 2025 province code -> old province codes


def _library_file(name: str) -> Path:
    """A data file of the installed `vietnamadminunits` package (found without importing it)."""
    spec = find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise UnitDataError("the vietnamadminunits package is not installed (pip install vietnamadminunits)")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / name
    if not path.is_file():
        raise UnitDataError(f"{path}: missing from the vietnamadminunits package")
    return path


def _split(full_name: str) -> tuple[str, str]:
    """(official full name with its level word capitalised as usual, level) of a library name."""
    full_name = unicodedata.normalize("NFC", full_name.strip())
    for prefix, level in _PREFIXES:
        if full_name.lower().startswith(prefix.lower() + " "):
            # Trust the name over the library's type column, which disagrees on a few rows.
            return f"{prefix} {_capitalise(full_name[len(prefix) + 1:])}", level
    raise UnitDataError(f"unit name without a level word in the library: {full_name!r}")


def _capitalise(name: str) -> str:
    """Every word of a name capitalised: the library has "Đại áng", "Mường é" for Đại Áng, Mường É.

    "Nông trường" (state-farm townships: "Thị trấn Nông trường Việt Lâm") keeps its lower case.
    """
    words = name.split(" ")
    return " ".join(
        w if (i and words[i - 1] == "Nông" and w == "trường") else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


@cache
def _data() -> _Data:
    db = _library_file("dataset.db")
    try:
        with closing(sqlite3.connect(f"{db.as_uri()}?mode=ro&immutable=1", uri=True)) as conn:
            legacy = conn.execute(
                "SELECT DISTINCT provinceCode, province, provinceKey, districtCode, district, wardCode, ward"
                " FROM admin_units_legacy ORDER BY provinceCode, districtCode, wardCode").fetchall()
            current = conn.execute(
                "SELECT DISTINCT provinceCode, province, provinceKey, wardCode, ward"
                " FROM admin_units ORDER BY provinceCode, wardCode").fetchall()
        converter = json.loads(_library_file("converter_2025.json").read_text(encoding="utf-8"))
    except (sqlite3.Error, OSError, ValueError) as exc:
        raise UnitDataError(f"cannot read the vietnamadminunits data: {exc}") from None

    rows: dict[str, UnitRow] = {}

    def add(era: str, code: str, full: str, parent: str, province: str) -> None:
        key = f"{era}:{code}"
        if key in rows:
            return
        name, level = _split(full)
        valid = ("", LEGACY_LAST_DAY) if era == OLD else (REFORM_DATE, "")
        rows[key] = UnitRow(key, code, name, level, f"{era}:{parent}" if parent else "", parent, province, *valid)

    old_keys: dict[str, str] = {}
    for pcode, province, pkey, dcode, district, wcode, ward in legacy:
        old_keys[pkey] = pcode
        add(OLD, pcode, province, "", pcode)
        add(OLD, dcode, district, pcode, pcode)
        if wcode:  # island districts have no wards
            add(OLD, wcode, ward, dcode, pcode)
    new_provinces: dict[str, tuple[str, str]] = {}
    for pcode, province, pkey, wcode, ward in current:
        new_provinces[pkey] = (pcode, _split(province)[0])
        add(NEW, pcode, province, "", pcode)
        add(NEW, wcode, ward, pcode, pcode)

    after: dict[str, tuple[str, str]] = {}
    merged: dict[str, tuple[str, ...]] = {}
    for new_key, old_list in converter["DICT_PROVINCE"].items():
        new = new_provinces[new_key]
        merged[new[0]] = tuple(old_keys[k] for k in old_list)
        after[new[0]] = new
        after.update(dict.fromkeys(merged[new[0]], new))

    # Old units first; in each era provinces, then districts, then wards (codes grow by level).
    ordered = sorted(rows.values(), key=lambda u: (u.key.startswith(NEW), len(u.code), u.code))
    by_province: dict[str, dict[str, list[UnitRow]]] = {OLD: {}, NEW: {}}
    for unit in ordered:
        by_province[unit.key.split(":")[0]].setdefault(unit.province_code, []).append(unit)
    return _Data(
        rows=tuple(ordered),
        by_key={u.key: u for u in ordered},
        by_province={era: {p: tuple(us) for p, us in provs.items()} for era, provs in by_province.items()},
        after_2025=after,
        merged_into=merged,
    )


@cache
def successor_pairs() -> tuple[tuple[str, str], ...]:
    """(old district key, 2025 ward key) for every ward or commune of 1 July 2025 that took in
    (part of) a district-level unit: "old:005" (Quận Cầu Giấy) -> "2025:00166" (Phường Cầu Giấy).

    From vietnamadminunits' converter: each new ward lists the old wards it merged whole, and
    each old ward divided between new ones names the one that took its main part (a sliver
    given to a neighbour does not make that neighbour a successor); an old ward's district is
    the middle part of its key.
    """
    db = _library_file("dataset.db")
    try:
        with closing(sqlite3.connect(f"{db.as_uri()}?mode=ro&immutable=1", uri=True)) as conn:
            districts = {f"{p}_{d}_{w}": code for p, d, w, code in conn.execute(
                "SELECT provinceKey, districtKey, wardKey, districtCode FROM admin_units_legacy")}
            wards = {(p, w): code for p, w, code in conn.execute(
                "SELECT provinceKey, wardKey, wardCode FROM admin_units")}
        converter = json.loads(_library_file("converter_2025.json").read_text(encoding="utf-8"))
    except (sqlite3.Error, OSError, ValueError) as exc:
        raise UnitDataError(f"cannot read the vietnamadminunits data: {exc}") from None
    pairs: set[tuple[str, str]] = set()
    for province, new_wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_ward, old_wards in new_wards.items():
            for old in old_wards:
                if old in districts and (province, new_ward) in wards:
                    pairs.add((f"{OLD}:{districts[old]}", f"{NEW}:{wards[province, new_ward]}"))
    for province, old_wards in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, parts in old_wards.items():
            for part in parts:
                new = (province, part.get("newWardKey"))
                # A divided ward counts for the new ward that took its main part, not for every sliver.
                if part.get("isDefaultNewWard") and old in districts and new in wards:
                    pairs.add((f"{OLD}:{districts[old]}", f"{NEW}:{wards[new]}"))
    return tuple(sorted(pairs))
