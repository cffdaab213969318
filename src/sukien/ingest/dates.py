"""Publication dates given as metadata (ISO strings, common numeric forms) to ISO dates."""

from __future__ import annotations

import re
from datetime import date

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T\s].*)?$")
_DMY = re.compile(r"^\s*(?:\D*?)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_YEAR = re.compile(r"^\s*(\d{4})\s*$")


def parse_published(value: str | None) -> str | None:
    """``"2024-05-17T08:30:00+07:00"`` → ``"2024-05-17"``; None when not understood."""
    if not value:
        return None
    if m := _ISO.match(value):
        year, month, day = int(m[1]), int(m[2]), int(m[3]) if m[3] else None
        return _valid(year, month, day)
    if m := _DMY.match(value):
        return _valid(int(m[3]), int(m[2]), int(m[1]))
    if m := _YEAR.match(value):
        return m[1]
    return None


def _valid(year: int, month: int, day: int | None) -> str | None:
    try:
        if day is None:
            date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return date(year, month, day).isoformat()
    except ValueError:
        return None
