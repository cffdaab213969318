"""A recognized time expression before resolution: what the text says explicitly.

:func:`sukien.time.tagger.find_times` fills a :class:`TimeMention` with the parts an
expression states (a day, a month, a weekday, "tuần trước" as week −1…); nothing is inferred
from the publication date. :func:`sukien.time.resolve.resolve` turns it into a value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["FUTURE_REF", "PAST_REF", "PRESENT_REF", "Kind", "TimeMention"]

PRESENT_REF = "PRESENT_REF"
PAST_REF = "PAST_REF"
FUTURE_REF = "FUTURE_REF"

Kind = Literal["date", "time", "duration", "set", "ref"]


@dataclass(slots=True)
class TimeMention:
    """One time expression, ``text == source[start:end]``, with its explicit parts.

    ``kind``: ``date`` (a day, week, month, quarter, year… absolute or relative), ``time``
    (a clock time, possibly with its date), ``duration`` ("hai tuần"), ``set`` ("hằng năm")
    or ``ref`` ("những năm qua", "hiện nay").

    Absolute parts: ``year``, ``month``, ``day``; ``weekday`` (0 = Monday … 6 = Sunday);
    ``quarter`` (1–4); ``half`` (1–2: "nửa đầu năm"); ``decade`` (1990 for "thập niên 90")
    and ``century`` (21 for "thế kỷ 21"); ``part`` (``early``/``mid``/``late`` for
    đầu/giữa/cuối); ``daypart`` (``MO`` sáng, ``MI`` trưa, ``AF`` chiều, ``EV`` tối,
    ``NI`` đêm); ``hour``/``minute``; ``tz_note`` ("giờ địa phương", "giờ Hà Nội"…, as
    written). With ``lunar`` the day and month are of the lunar calendar;
    ``cycle`` is the year's place in the 60-year can chi cycle (``year % 60``) when the text
    names the year that way ("Tết Giáp Thìn": 44).

    Relative parts: ``offset`` units of ``unit`` (``day``/``week``/``month``/``quarter``/
    ``year``) from ``anchor``: ``publication`` ("tuần trước" is week −1, "năm nay" year 0) or
    ``previous`` (the date the text mentioned last: "cùng ngày", "một ngày trước đó").
    A relative unit sets the coarser parts; explicit parts refine it ("tháng 12 năm ngoái":
    year −1, month 12). ``direction`` is +1 for a date said to be ahead ("ngày 15/12 tới",
    "thứ Hai tới") and −1 for one said to be past ("tháng 3 vừa qua").

    ``range_end``: the last day of a range or list ("7 và 8/7", "từ 7/7 đến 9/7"), itself a
    mention with the parts it states (the missing ones shared from the range's start and end
    are filled in both). ``duration``: the ISO 8601 value of a duration or a set ("P3D",
    "PT2H", "PXY" for "nhiều năm"). ``ref``: ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``.
    """

    start: int
    end: int
    text: str
    kind: Kind = "date"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None
    century: int | None = None
    part: Literal["early", "mid", "late"] | None = None
    daypart: str | None = None
    hour: int | None = None
    minute: int | None = None
    tz_note: str | None = None
    unit: Literal["day", "week", "month", "quarter", "year"] | None = None
    offset: int | None = None
    anchor: Literal["publication", "previous"] | None = None
    direction: int = 0
    range_end: TimeMention | None = None
    duration: str | None = None
    lunar: bool = False
    cycle: int | None = None
    ref: str | None = None

    @property
    def is_relative(self) -> bool:
        """True when the value depends on a reference date (publication or previous)."""
        return self.anchor is not None
