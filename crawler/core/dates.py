"""Vietnamese publication dates: find the date in a date line, parse it day-first, +07:00.

Portals print dates with labels and noise around them ("Cập nhật: 12/10/2020 10:24",
"Ngày đăng 17/08/2018 | 23:40 | View count: 2192", "Thứ Bảy, 16/03/2024 06:30 (GMT+7)").
We cut out the date and the time next to it, then let dateparser read that snippet with
Vietnamese settings (day first, Asia/Ho_Chi_Minh), so labels never reach the parser.
"""

from __future__ import annotations

import email.utils
import re
import time
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

import dateparser

from crawler.core.text import fold, normalize_inline

TIMEZONE = "Asia/Ho_Chi_Minh"
_SETTINGS = {
    "DATE_ORDER": "DMY",
    "TIMEZONE": TIMEZONE,
    "TO_TIMEZONE": TIMEZONE,
    "RETURN_AS_TIMEZONE_AWARE": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
}
_DATE = r"(?P<date>\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4})"
_TIME = r"(?P<time>\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?|sa|ch)\b)?)"
# A time may stand before or after the date, separated by spaces, "-", "|" or ",".
_GAP = r"[\s|,\-–]*(?:ngay\s*)?"
_DATE_THEN_TIME = re.compile(_DATE + r"(?:" + _GAP + _TIME + r")?", re.I)
_TIME_THEN_DATE = re.compile(_TIME + _GAP + _DATE, re.I)
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?")
_WORDS = re.compile(r"ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s*(?:,|nam)?\s*(\d{4})", re.I)


@dataclass(frozen=True)
class PublishedDate:
    """A parsed publication date. `value` is ISO 8601 with +07:00, or a bare date."""

    value: str
    time_known: bool
    raw: str

    @property
    def date(self) -> str:
        return self.value[:10]


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_date(text: str) -> str | None:
    """`text` when it is a day that exists written YYYY-MM-DD (the form dates are asked in), else None."""
    if not _ISO_DATE.fullmatch(text):
        return None
    try:
        datetime.strptime(text, "%Y-%m-%d")
    except ValueError:
        return None
    return text


def parse_date_line(raw: str | None, *, midnight_unknown: bool = False) -> PublishedDate | None:
    """Parse a Vietnamese date line; None when it holds no day-month-year date.

    With `midnight_unknown`, "12:00 AM" (Liferay's placeholder for imported articles with
    no time) gives a date-only value with `time_known=False`.
    """
    if not raw:
        return None
    line = normalize_inline(raw)
    snippet, has_time = _find_snippet(line)
    if snippet is None:
        return None
    parsed = _parse(snippet)
    if parsed is None:
        return None
    midnight_placeholder = midnight_unknown and parsed.hour == 0 and parsed.minute == 0
    if not has_time or midnight_placeholder:
        return PublishedDate(parsed.date().isoformat(), False, line)
    return PublishedDate(parsed.replace(microsecond=0).isoformat(), True, line)


def _find_snippet(line: str) -> tuple[str | None, bool]:
    """Return the date (and time) substring, and whether a time was found."""
    folded = fold(line)  # same length as `line` for Vietnamese text; labels are ASCII now
    if len(folded) != len(line):
        folded = line
    iso = _ISO.search(line)
    if iso:
        return iso.group(0), "T" in iso.group(0) or " " in iso.group(0).strip()
    for pattern in (_TIME_THEN_DATE, _DATE_THEN_TIME):
        match = pattern.search(folded)
        if match:
            date = match.group("date").replace(".", "/").replace("-", "/")
            time = match.group("time")
            if time:
                time = re.sub(r"(?<=\d)h(?=\d)", ":", time, flags=re.I)
                time = re.sub(r"\bsa\b", "AM", re.sub(r"\bch\b", "PM", time, flags=re.I), flags=re.I)
                return f"{date} {time}", True
            return date, False
    words = _WORDS.search(folded)
    if words:
        day, month, year = words.groups()
        return f"{day}/{month}/{year}", False
    return None, False


@lru_cache(maxsize=4096)
def _parse(snippet: str) -> datetime | None:
    """The snippet as an aware datetime in Vietnam's time; None when it is no valid date."""
    return _parse_plain(snippet) or dateparser.parse(snippet, languages=["vi", "en"], settings=_SETTINGS)


_ZONE = ZoneInfo(TIMEZONE)
_PLAIN = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap]m))?)?", re.I)
# Vietnam has kept +07:00 since 1975; older dates go to dateparser, which knows every offset.
_FIRST_PLAIN_YEAR = 1976


def _parse_plain(snippet: str) -> datetime | None:
    """The two shapes nearly every page prints (dd/mm/yyyy [HH:MM[:SS] [AM|PM]] and ISO 8601),
    read directly: dateparser costs milliseconds per call, a third of an article's extraction.
    Gives dateparser's answer or None (then dateparser decides), never a different one."""
    try:
        if (match := _PLAIN.fullmatch(snippet)) is not None:
            day, month, year, hour, minute, second, half = match.groups()
            h = int(hour or 0)
            if half:
                if not 1 <= h <= 12:
                    return None
                h = h % 12 + (12 if half.lower() == "pm" else 0)
            parsed = datetime(int(year), int(month), int(day), h, int(minute or 0), int(second or 0))
        elif _ISO.fullmatch(snippet) is not None:
            parsed = datetime.fromisoformat(snippet)
        else:
            return None
    except ValueError:
        return None
    if parsed.year < _FIRST_PLAIN_YEAR:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=_ZONE)
    return parsed.astimezone(_ZONE)


def retry_after_seconds(value: bytes | str | None, now: float | None = None) -> float | None:
    """A Retry-After header (seconds, or an HTTP date) as seconds from now; None if absent or unreadable."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))
