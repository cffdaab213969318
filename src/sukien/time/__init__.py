"""Time expressions of Vietnamese news: find them, and resolve them to TIMEX3-style values.

>>> from datetime import date
>>> from sukien.time import normalize
>>> [(t.text, t.value) for t in normalize("Hôm thứ Ba, ông nói 8 ngày sau khi gặp.",
...                                       anchor=date(2022, 5, 25))]
[('Hôm thứ Ba', '2022-05-24'), ('8 ngày', 'P8D')]

- :func:`normalize` (this module): text and publication date → ``sukien.document.Time``
  spans with values, the layer the pipeline stores and exports.
- :func:`sukien.time.tagger.find_times`: the expressions with their explicit parts
  (:class:`sukien.time.mentions.TimeMention`), unresolved.
- :func:`sukien.time.resolve.resolve`: one mention → its value, given the anchor, the
  previously mentioned date and the tense (:func:`sukien.time.resolve.is_future`).
- :mod:`sukien.time.lunar`: the Vietnamese lunar calendar (UTC+7).

Values follow ``../shared/FORMAT.md``: ``2022-07-07``, ``2022-07``, ``2022``, ``2022-W27``,
``2024-Q3``, ``2024-H1``, ``2021-12-15T10:30``, ``P3D``, ``PT2H``, ``PAST_REF``…
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from sukien.document import Time
from sukien.time.mentions import FUTURE_REF, PAST_REF, PRESENT_REF, TimeMention
from sukien.time.resolve import is_future, resolve
from sukien.time.tagger import find_times

__all__ = [
    "FUTURE_REF",
    "PAST_REF",
    "PRESENT_REF",
    "TimeMention",
    "find_times",
    "is_future",
    "normalize",
    "resolve",
    "resolve_all",
]

_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d")
_DATE_VALUE = re.compile(r"^\d{4}(?:-\d\d(?:-\d\d)?)?(?:T|$)")


def resolve_all(
    text: str, mentions: list[TimeMention], anchor: date | str | None
) -> list[str | None]:
    """The values of ``mentions`` (in reading order) in ``text`` published at ``anchor``.

    Each mention is resolved with the tense of its clause (:func:`is_future`) and with the
    date mentioned before it: the last day-precise date for a day-level relative expression
    ("cùng ngày", "hôm sau", a bare clock time), the last date of any precision otherwise
    ("năm đó", "cùng tháng").
    """
    last_day: str | None = None
    last_any: str | None = None
    days: list[tuple[int, str]] = []  # (position, day) of every day-precise date so far
    values: list[str | None] = []
    for m in mentions:
        needs_day = m.unit in ("day", "week") or m.kind == "time"
        previous = last_day if needs_day else (last_any or last_day)
        if previous and m.unit == "day" and m.anchor == "previous" and not m.offset:
            previous = _scene_day(text, m.start, days) or previous
        value = resolve(m, anchor, previous=previous, future=is_future(text, m.start, m.end))
        values.append(value)
        if value and m.kind in ("date", "time") and _DATE_VALUE.match(value):
            last_any = value[:10]
            if _DAY_VALUE.match(value):
                last_day = value[:10]
                days.append((m.start, last_day))
    return values


def _scene_day(text: str, start: int, days: list[tuple[int, str]]) -> str | None:
    """The day a paragraph-opening "Cùng ngày" returns to when the paragraph before ended on
    a background date: "Cuộc khủng hoảng bắt đầu từ thứ Hai (18/9) … Ông Nijjar … bị bắn
    chết hôm 18/6 …" then "Cùng ngày, …" is 18/9, the latest day of that paragraph, when the
    last one said is more than a month older; otherwise None (the last day said holds)."""
    line = text.rfind("\n", 0, start) + 1
    if text[line:start].strip() or not days or line == 0:
        return None
    before = text.rfind("\n", 0, line - 1) + 1
    while before > 0 and not text[before : line - 1].strip():
        before = text.rfind("\n", 0, before - 1) + 1
    paragraph = [day for pos, day in days if before <= pos < line]
    if not paragraph or paragraph[-1] != days[-1][1]:
        return None
    latest = max(paragraph)
    if date.fromisoformat(latest) - date.fromisoformat(paragraph[-1]) > timedelta(days=31):
        return latest
    return None


def normalize(text: str, anchor: date | str | None = None, *, deictic: bool = False) -> list[Time]:
    """Every time expression of ``text`` as a ``Time(start, end, text, value)``.

    ``anchor`` is the publication date (a ``date``, or ``YYYY-MM-DD``/``YYYY-MM``/``YYYY``):
    relative expressions ("hôm qua", "tuần trước", "năm nay") resolve against it, dates
    without a year take the year nearest it, and a bare weekday the nearest such day before
    it (after it in a future clause). Without an anchor, relative expressions get no value
    and partial dates keep ``XXXX`` for the year. ``deictic=True`` also returns bare
    deictic adverbs ("hiện nay" ``PRESENT_REF``, "trước đây" ``PAST_REF``, "sắp tới"
    ``FUTURE_REF``), which the gold annotations do not count.
    """
    mentions = find_times(text, deictic=deictic)
    values = resolve_all(text, mentions, anchor)
    return [Time(m.start, m.end, m.text, v) for m, v in zip(mentions, values, strict=True)]
