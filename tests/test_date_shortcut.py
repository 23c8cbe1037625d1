"""The direct reading of common date shapes gives exactly dateparser's answer, or defers to it."""

from __future__ import annotations

import random

import dateparser
import pytest

from crawler.core.dates import _SETTINGS, _parse_plain, parse_date_line


def _dateparser(snippet: str) -> str | None:
    parsed = dateparser.parse(snippet, languages=["vi", "en"], settings=_SETTINGS)
    return None if parsed is None else parsed.isoformat()


def _snippets(count: int) -> list[str]:
    """Snippets as crawler.core.dates cuts them out of date lines, valid and invalid, over 1970-2030."""
    rng = random.Random(20241123)
    made = []
    for _ in range(count):
        day, month, year = rng.randint(0, 32), rng.randint(0, 13), rng.randint(1970, 2030)
        hour, minute, second = rng.randint(0, 24), rng.randint(0, 59), rng.randint(0, 59)
        shape = rng.randrange(8)
        if shape == 0:
            made.append(f"{day}/{month}/{year}")
        elif shape == 1:
            made.append(f"{day:02d}/{month:02d}/{year} {hour:02d}:{minute:02d}")
        elif shape == 2:
            made.append(f"{day}/{month}/{year} {hour}:{minute:02d}:{second:02d}")
        elif shape == 3:
            made.append(f"{day:02d}/{month:02d}/{year} {hour % 13}:{minute:02d} {rng.choice(['AM', 'PM', 'am', 'pm'])}")
        elif shape == 4:
            made.append(f"{year}-{month:02d}-{day:02d}")
        elif shape == 5:
            made.append(f"{year}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}")
        elif shape == 6:
            offset = rng.choice(["Z", "+07:00", "+00:00", "-05:00", "+0700"])
            made.append(f"{year}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}{offset}")
        else:
            made.append(f"{year}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}")
    return made


def test_direct_reading_agrees_with_dateparser() -> None:
    read = 0
    for snippet in _snippets(1500):
        direct = _parse_plain(snippet)
        if direct is not None:
            read += 1
            assert direct.isoformat() == _dateparser(snippet), snippet
    assert read > 900  # the shortcut does cover the common shapes


@pytest.mark.parametrize("snippet", ["31/02/2020", "00/05/2020", "12/13/2020", "15/03/1965 10:00", "13:00 PM"])
def test_what_it_cannot_read_goes_to_dateparser(snippet: str) -> None:
    assert _parse_plain(snippet) is None


def test_old_dates_keep_their_historical_offset() -> None:
    parsed = parse_date_line("15/03/1965 10:00")
    assert parsed is not None and parsed.value == _dateparser("15/03/1965 10:00")
