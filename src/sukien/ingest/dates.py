"""Publication dates given as metadata, to ISO dates: the dateline parser of
:mod:`sukien.time.datelines` (ISO strings, numeric day-month-year and US forms, English and
Vietnamese month names, weekdays and clock times), cut to the day."""

from __future__ import annotations

from sukien.time.datelines import parse_dateline


def parse_published(value: str | None) -> str | None:
    """``"2024-05-17T08:30:00+07:00"`` → ``"2024-05-17"``, ``"May 20, 2016"`` →
    ``"2016-05-20"``, ``"2024-05"`` → ``"2024-05"``; None when not understood."""
    if not value:
        return None
    parsed = parse_dateline(value)
    return parsed.value[:10] if parsed is not None else None
