"""Infer an article's publication date from what it says, when no metadata gives it.

Evidence, strongest first:
1. **Years said outright** ("năm 2024", "tháng 2/2022") that are not in a future-tense clause:
   the article was written in or after the latest of them.
2. **Weekday + date pairs** ("thứ Năm (7/7)"): only some years put 7 July on a Thursday.
3. **Dated offices**: a person named with a title ("Ngoại trưởng Anh Liz Truss") held that
   office when the article was written; the knowledge base knows when, so the titles of an
   article bound its date to the intersection of those terms.
4. **The latest past date** the article mentions (day and month; future-tense ones such as
   "sẽ … vào ngày 9/7" excluded) is a lower bound of the publication date and, news being
   news, usually its day or close to it.

The year is the latest outright year when there is one; else the most recent year (not after
today) that satisfies the weekday pairs within the office window; else, when only the office
window bounds it, its first year (a weak prior, reported with low confidence). The result is
the latest past date in that year (or the month, or the year, when that is all there is).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from sukien.document import Document
from sukien.entities.roles import ROLE_NAMES, TITLES
from sukien.kb.loader import KB, load_kb

EARLIEST_YEAR = 1990
_FORMER = re.compile(r"(?:cựu|nguyên|người tiền nhiệm)\s*$", re.IGNORECASE)
_TITLE_BEFORE = re.compile(
    r"(?<!\w)(" + "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True)) + r")"
    r"(?:\s+[^\s]+){0,3}\s*$",
    re.IGNORECASE,
)


class DateParts(Protocol):
    """What inference reads of a time mention (``sukien.time.mentions.TimeMention``)."""

    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    weekday: int | None


@dataclass(frozen=True)
class Inferred:
    value: str  # YYYY-MM-DD, YYYY-MM or YYYY
    confidence: str  # high | medium | low
    reasons: tuple[str, ...]


def office_window(doc: Document, kb: KB | None = None) -> tuple[date, date, list[str]]:
    """The dates during which every titled person of ``doc`` held the office named."""
    kb = kb or load_kb()
    low, high = date(EARLIEST_YEAR, 1, 1), date.today()
    reasons: list[str] = []
    for ent in doc.entities:
        if ent.type != "PER" or not ent.kb_id or ent.kb_id not in kb:
            continue
        before = doc.text[max(0, ent.start - 60) : ent.start]
        m = _TITLE_BEFORE.search(before)
        if m is None or _FORMER.search(before[: m.start()]):
            continue
        role = TITLES[m.group(1).lower()]
        names = ROLE_NAMES.get(role, ())
        terms = [
            (_date(r.get("from"), low), _date(r.get("to"), high, end=True))
            for r in kb.by_id(ent.kb_id).roles
            if any(str(r.get("role", "")).startswith(n) for n in names)
        ]
        if not terms:
            continue
        start, end = min(t[0] for t in terms), max(t[1] for t in terms)
        if start > low or end < high:
            new_low, new_high = max(low, start), min(high, end)
            if new_low <= new_high:  # a contradiction (a wrong title) is ignored
                low, high = new_low, new_high
                reasons.append(f"{ent.name} as {role} ({start.year}–{end.year})")
    return low, high, reasons


def infer_published(
    doc: Document,
    mentions: Sequence[DateParts],
    future: Iterable[bool],
    kb: KB | None = None,
    today: date | None = None,
) -> Inferred | None:
    """The publication date the text implies, or None when it says nothing datable."""
    today = today or date.today()
    past = [m for m, fut in zip(mentions, future, strict=True) if not fut]
    low, high, reasons = office_window(doc, kb)
    high = min(high, today)
    years = [m.year for m in past if m.year and EARLIEST_YEAR <= m.year <= today.year]
    pairs = [m for m in past if m.weekday is not None and m.day and m.month and not m.year]
    confidence = "low"
    if years:
        year = max(years)
        confidence = "high"
        reasons.append(f"latest year said: {year}")
    else:
        fitting = [
            y
            for y in range(high.year, low.year - 1, -1)
            if pairs and all(_weekday_fits(y, m) for m in pairs)
        ]
        if fitting:
            year = fitting[0]
            confidence = "high"
            reasons.append(f"weekday and date agree in {year}")
        elif low.year > EARLIEST_YEAR and any(m.month for m in past):
            year = low.year
            confidence = "medium" if low.year == high.year else "low"
            reasons.append(f"first year of the offices' window {low.year}–{high.year}")
        else:
            return None
    dated = [
        (m.month, m.day or 0)
        for m in past
        if m.month and (m.year in (None, year)) and _valid(year, m.month, m.day)
    ]
    if not dated:
        return Inferred(str(year), confidence, tuple(reasons))
    month, day = max(dated)
    value = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
    reasons.append(f"latest past date mentioned: {value}")
    return Inferred(value, confidence, tuple(reasons))


def _weekday_fits(year: int, m: DateParts) -> bool:
    if not m.month or not m.day or not _valid(year, m.month, m.day):
        return False
    return date(year, m.month, m.day).weekday() == m.weekday


def _valid(year: int, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    return day is None or 1 <= day <= calendar.monthrange(year, month)[1]


def _date(value: object, default: date, end: bool = False) -> date:
    """An ISO prefix ("2021", "2021-09", "2021-09-15") as a date (its last day when ``end``)."""
    if not value:
        return default
    parts = [int(p) for p in str(value).split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else (12 if end else 1)
    day = parts[2] if len(parts) > 2 else (calendar.monthrange(year, month)[1] if end else 1)
    return date(year, month, day)
