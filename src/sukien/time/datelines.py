"""Parse the publication-date strings ("datelines") of Vietnamese news sites and archives.

:func:`parse_dateline` reads one date field such as ``"Thứ sáu, 20/05/2016 - 23:40 (GMT+7)"``
and returns a :class:`Dateline` (ISO value, granularity, time zone, a label of the format and
warnings), or ``None`` when the string holds no absolute date. :func:`find_dateline` finds a
line of an article that *is* a dateline (``"Hà Nội, ngày 20/5/2016"``) among its first or last
lines. :func:`infer_order` tells from several strings of one source whether it writes
day/month or month/day.

How a string is read (every pattern is a compiled regular expression; a string is scanned a
dozen times at most, which takes some tens of microseconds):

1. NFC, non-breaking and other Unicode spaces → ``" "``. Strings longer than 300 characters
   are not date fields (``None``).
2. **Revisions** are cut off: when a marker ``Cập nhật``/``Sửa đổi``/``Updated``/``Modified``
   follows a date (``"Đăng tải: 2016-05-23 16:17 Cập nhật: 2016-05-23 17:10"``,
   ``"17:02 02.06.2016 (cập nhật 17:26 02.06.2016)"``) the string ends there: the publication
   date is the first one. A marker *before* any date is just a label (``"Cập nhật: 20/5/2016"``).
3. The pieces are then taken out one kind at a time, so one never reads another's digits:
   the **weekday** (``Thứ sáu``/``Thứ 6``/``Chủ nhật``/English names), the **time zone**
   (``GMT+7``, ``(GMT +7)``, ``UTC+7``, ``giờ Hà Nội``/``giờ Việt Nam``/``ICT`` → ``+07:00``;
   ``GMT``/``UTC`` alone → ``+00:00``; a truncated ``GMT+`` → no zone and a warning), the
   **date** (the leftmost of the patterns below) and the **time** (the first ``HH:MM``,
   ``HH:MM:SS``, ``17h40'``, ``20h:22``, ``10 giờ 30``, else an hour alone ``21h``/``9 giờ
   sáng`` (→ ``:00``); minutes may have one digit, ``"8:6"`` = 08:06; an ISO offset glued to
   it, ``+07:00``/``+0700``/``Z``, is its zone).
4. Date patterns, day level: year first ``2016-05-20``, ``2016/05/20``, ``2016.05.20``
   (``T`` may follow); numeric ``20/05/2016``, ``20-05-2016``, ``20.05.2016``, mixed
   ``21/05.2016``, spaced ``19 / 5 / 2016``, a year glued to the time
   (``19/05/201600:00:00``), two-digit years (``20/05/16``: 00–69 → 20xx, 70–99 → 19xx);
   Vietnamese ``20 tháng 5 năm 2016``, ``ngày 20 tháng 05, 2016``, ``18 tháng 5 2016``, month
   in words ``25 Tháng năm 2016`` (tháng giêng/một … mười hai/chạp); English
   ``May 20, 2016``, ``20 May 2016``, ``20th of May 2016``. Month level (only when no day-level
   date is there): ``tháng 5/2016``, ``tháng 5 năm 2016``, ``May 2016``, ``05/2016``,
   ``2016-05``. Year level: the string is only ``2016`` or ``năm 2016``. A day and month
   without a year (``"21/05 06:45"``) gives ``None`` unless ``year=`` supplies it; so does a
   year cut to three digits (``"31-05-201"``, ``"02/06/206"``), read as ``year=`` only when
   its digits are that year's with one lost.
5. What is left must be little: known labels (``Published Date``, ``Đăng lúc``, ``Ngày
   đăng``, ``Cập nhật``, ``Gửi``, ``lúc``, ``ngày``, …) and punctuation are ignored; more than
   six other words (a title, a sentence that mentions a date) → ``None``; a month-level date
   allows two other words, a year-level one none.
6. Checks: the date must exist (``31/02`` → ``None``), years 1900–2099, three-digit years
   (``31-05-201``) are not dates without ``year=``. A time that cannot be (``25:10``) is dropped
   with a warning (day granularity). ``AM``/``PM``, ``SA``/``CH`` (sáng/chiều) and the words
   ``sáng``, ``trưa``, ``chiều``, ``tối``, ``đêm`` move the hour (``2:33:23 Chiều`` → 14:33); a
   24-hour hour with a redundant ``PM`` (``22:15 PM``) is kept. ``00:00:00`` with explicit seconds
   is the date-only placeholder of many CMSs: day granularity and a warning. A weekday that is not
   the date's weekday gives a warning (the date is still returned); so do an ``order=`` that the
   fields contradict and an assumed year.

**Day/month order** of a numeric date ``A/B/YYYY`` (not year-first, which is always y-m-d):

- ``order="dmy"`` or ``"mdy"`` (e.g. from :func:`infer_order` over the other strings of the
  same source *and format*: one site may print several, vovgiaothong.vn writes both
  ``5/20/2016 11:40:52 PM`` and ``Thứ 4, 1/6/2016``) is used whenever that reading is a real
  date; if only the other reading is, the other is used with a warning.
- ``order=None``: (1) if only one reading is a real date (one field > 12), it wins; (2) both
  readings valid: a weekday that matches exactly one reading decides (``"Thứ Ba,
  9/8/2016"`` is 9 August: 8 September 2016 was a Thursday); (3) else the
  *US-exporter signature* — the time follows the date, has seconds and an English AM/PM
  (.NET's ``M/d/yyyy h:mm:ss tt``, ``"6/1/2016 8:39:40 AM"``) — reads month first; (4) else
  day first, the Vietnamese convention (``"01/06/2016 08:38 AM"`` is 1 June: Vietnamese sites
  print AM/PM with day-first dates, so AM/PM alone is no clue).

Relative strings (``"2 giờ trước"``, ``"hôm qua"``, ``"5 minutes ago"``) need the time of
crawling, which a string does not carry: they give ``None``; resolve them upstream with the
crawl timestamp.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

__all__ = ["Dateline", "Granularity", "Order", "find_dateline", "infer_order", "parse_dateline"]

Granularity = Literal["day", "minute", "month", "year"]
Order = Literal["dmy", "mdy"]


@dataclass(frozen=True)
class Dateline:
    """A parsed publication date.

    ``value``: ISO 8601 — ``"2016-05-20T23:40"`` (minute), ``"2016-05-20"`` (day),
    ``"2016-05"`` (month), ``"2016"`` (year); seconds are dropped. ``tz``: the UTC offset the
    string states (``"+07:00"``), else ``None`` (the value is then local time as printed).
    ``source_format``: the pieces found, in the order they appear (``"weekday dmy time tz"``;
    date pieces: ``ymd``, ``dmy``, ``mdy``, ``dmy-yy``/``mdy-yy`` (two-digit year), ``dm``
    (year assumed), ``vi-text``, ``en-mdy``, ``en-dmy``, ``vi-month``, ``en-month``, ``my``,
    ``ym``, ``year``; ``iso8601`` for a string that is exactly ISO 8601). ``warnings``:
    contradictions and repairs (weekday mismatch, impossible time, placeholder midnight, …).
    """

    value: str
    granularity: Granularity
    tz: str | None = None
    source_format: str = ""
    warnings: tuple[str, ...] = ()

    def to_date(self) -> date | None:
        """The calendar day (``None`` for month- or year-level values)."""
        if self.granularity not in ("day", "minute"):
            return None
        return date.fromisoformat(self.value[:10])


# ------------------------------------------------------------------------------ vocabulary

_FLAGS: Final = re.IGNORECASE
MIN_YEAR: Final = 1900
MAX_YEAR: Final = 2099
_MAX_CHARS: Final = 300
_MAX_RESIDUE: Final = 6

_WEEKDAY_NAMES: Final = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)  # fmt: skip
_VI_WEEKDAYS: Final = {
    "hai": 0, "2": 0, "ba": 1, "3": 1, "tư": 2, "bốn": 2, "4": 2, "năm": 3, "5": 3,
    "sáu": 4, "6": 4, "bảy": 5, "bẩy": 5, "7": 5,
}  # fmt: skip
_EN_WEEKDAYS: Final = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_VI_MONTH_WORDS: Final = {
    "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "bẩy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}  # fmt: skip
_EN_MONTHS: Final = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any whitespace."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_VI_MW: Final = _alternation(_VI_MONTH_WORDS)
_EN_MW: Final = _alternation(_EN_MONTHS)

# ------------------------------------------------------------------------------ patterns

_SPACES_RE: Final = re.compile(r"[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000]+")
_ISO_FULL_RE: Final = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
_REVISION_RE: Final = re.compile(
    r"(?<!\w)(?:cập\s*nhật|sửa\s*đổi|sửa\s+lần\s+cuối|chỉnh\s+sửa|last\s+updated|updated"
    r"|last\s+modified|modified|edited)(?!\w)",
    _FLAGS,
)
_WEEKDAY_RE: Final = re.compile(
    r"(?<!\w)(?:thứ\s*(hai|ba|tư|bốn|năm|sáu|bảy|bẩy|[2-7])|(chủ\s*nhật)"
    r"|(monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.?)(?!\w)",
    _FLAGS,
)
_TZ_RE: Final = re.compile(
    r"(?<!\w)(?:(GMT|UTC)(?:\s*([+\-−])\s*(\d{1,2})(?:\s*:?\s*(\d{2}))?(?!\d)|\s*([+-]))?"
    r"|(giờ\s+(?:hà\s+nội|việt\s+nam|vn)|ICT))(?!\w)",
    _FLAGS,
)
# Numeric dates. The first field must not continue another number or a time ("11:03, 20/05").
_YMD_RE: Final = re.compile(
    r"(?<![\d/.:-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)(?![/.-]\d)(?:T(?=\d))?"
)
_NUM_RE: Final = re.compile(
    r"(?<![\d/.:-])(\d{1,2})(?:\s*/\s*|[.-])(\d{1,2})(?:\s*/\s*|[.-])"
    r"(\d{4}(?=\d{1,2}:)|\d{4}(?!\d)|\d{2}(?!\d|[/.:-]\d))"
)
# a year cut to three digits ("31-05-201", "02/06/206"): completed only from ``year=``
_TRUNCATED_RE: Final = re.compile(r"(?<![\d/.:-])(\d{1,2})([-/.])(\d{1,2})\2(\d{3})(?![\d/.-])")
_DM_RE: Final = re.compile(r"(?<![\d/.:-])(\d{1,2})/(\d{1,2})(?!\d|\s*[/.-]\s*\d)")
_VI_TEXT_RE: Final = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s+tháng\s+(\d{{1,2}}|{_VI_MW})(?!\w)\s*(?:,|năm(?!\w)|/)?\s*"
    r"(\d{4})(?!\d)",
    _FLAGS,
)
_EN_MDY_RE: Final = re.compile(
    rf"(?<!\w)({_EN_MW})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\d)\s*,?\s*(\d{{4}})(?!\d)", _FLAGS
)
_EN_DMY_RE: Final = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_EN_MW})(?!\w)\.?\s*,?\s*(\d{{4}})(?!\d)",
    _FLAGS,
)
_VI_MONTH_RE: Final = re.compile(
    rf"(?<!\w)tháng\s+(\d{{1,2}}|{_VI_MW})(?!\w)\s*(?:,|năm(?!\w)|/)?\s*(\d{{4}})(?!\d)",
    _FLAGS,
)
_EN_MONTH_RE: Final = re.compile(rf"(?<!\w)({_EN_MW})(?!\w)\.?\s*,?\s*(\d{{4}})(?!\d)", _FLAGS)
_MY_RE: Final = re.compile(r"(?<![\d/.:-])(\d{1,2})/(\d{4})(?![\d/.-])")
_YM_RE: Final = re.compile(r"(?<![\d/.:-])(\d{4})-(\d{1,2})(?![\d/.-])")
_YEAR_RE: Final = re.compile(r"(?:năm\s+)?(\d{4})", _FLAGS)
_TIME_RE: Final = re.compile(
    r"(?<![\d:])(\d{1,2})\s*(?:h\s*:?|:|giờ)\s*(\d{1,2})(?!\d)(?:\s*phút)?\s*'{0,2}"
    r"(?:\s*:\s*(\d{1,2})(?![\d:])(?:[.,]\d+)?\s*'{0,2})?"
    r"(?:\s*(a\.?m\.?|p\.?m\.?|sa|ch|sáng|trưa|chiều|tối|đêm)(?!\w))?"
    r"(?:\s?([+-]\d{2}:?\d{2})(?![\d:])|(Z))?(?!\w)",
    _FLAGS,
)
_HOUR_RE: Final = re.compile(
    r"(?<![\d:])(\d{1,2})\s*(?:h|giờ)(?!\w)"
    r"(?:\s*(sáng|trưa|chiều|tối|đêm|a\.?m\.?|p\.?m\.?)(?!\w))?",
    _FLAGS,
)
_LABELS_RE: Final = re.compile(
    r"(?<!\w)(?:published\s+date|date\s+published|published|posted\s+on|posted|updated\s+on"
    r"|last\s+updated|updated|date|time|at|on|ngày\s+đăng|ngày\s+cập\s+nhật|ngày\s+xuất\s+bản"
    r"|cập\s+nhật\s+lúc|cập\s+nhật|đăng\s+lúc|đăng\s+ngày|đăng\s+tải|đăng\s+vào|đăng|gửi\s+lúc"
    r"|gửi|vào\s+lúc|vào|lúc|ngày|xuất\s+bản|thời\s+gian|giờ|hồi|phút)(?!\w)",
    _FLAGS,
)
_TOKEN_RE: Final = re.compile(r"[^\W_]+")
_AFTER_NOON: Final = {"pm", "p.m.", "p.m", "pm.", "ch", "chiều", "tối"}
_BEFORE_NOON: Final = {"am", "a.m.", "a.m", "am.", "sa", "sáng"}


# ------------------------------------------------------------------------------ scanning


@dataclass
class _DateHit:
    """A date found in the working string (``first``/``second`` unresolved for ``num``)."""

    kind: str  # num | ymd | vi-text | en-mdy | en-dmy | dm | vi-month | en-month | my | ym | year
    start: int
    end: int
    year: int | None
    first: int  # num/dm: first field; others: month
    second: int | None  # num/dm: second field; others: day (None at month/year level)
    two_digit_year: bool = False


@dataclass
class _TimeHit:
    start: int
    hour: int
    minute: int
    second: int | None
    meridiem: str | None
    offset: str | None


@dataclass
class _Scan:
    """Everything found in one string, before validation."""

    date: _DateHit
    time: _TimeHit | None
    weekday: int | None
    weekday_text: str
    weekday_pos: int
    tz: str | None
    tz_pos: int
    tz_incomplete: bool
    residue: list[tuple[int, str]]
    text: str


def _blank(s: str, start: int, end: int) -> str:
    return s[:start] + " " * (end - start) + s[end:]


def _normalize(raw: str) -> str:
    return _SPACES_RE.sub(" ", unicodedata.normalize("NFC", raw)).strip()


def _month_of(token: str) -> int:
    if token.isdigit():
        return int(token)
    key = " ".join(token.casefold().split())
    return _VI_MONTH_WORDS.get(key) or _EN_MONTHS.get(key, 0)


def _year4(token: str) -> tuple[int, bool]:
    if len(token) == 2:
        yy = int(token)
        return (2000 + yy if yy < 70 else 1900 + yy), True
    return int(token), False


def _day_level(s: str) -> _DateHit | None:
    """The leftmost day-level date of ``s``."""
    hits: list[_DateHit] = []
    if m := _YMD_RE.search(s):
        hits.append(_DateHit("ymd", m.start(), m.end(), int(m[1]), int(m[3]), int(m[4])))
    if m := _NUM_RE.search(s):
        y, yy = _year4(m[3])
        hits.append(_DateHit("num", m.start(), m.end(), y, int(m[1]), int(m[2]), yy))
    if m := _VI_TEXT_RE.search(s):
        hits.append(_DateHit("vi-text", m.start(), m.end(), int(m[3]), _month_of(m[2]), int(m[1])))
    if m := _EN_MDY_RE.search(s):
        hits.append(_DateHit("en-mdy", m.start(), m.end(), int(m[3]), _month_of(m[1]), int(m[2])))
    if m := _EN_DMY_RE.search(s):
        hits.append(_DateHit("en-dmy", m.start(), m.end(), int(m[3]), _month_of(m[2]), int(m[1])))
    if not hits:
        return None
    return min(hits, key=lambda h: (h.start, -h.end))


def _other_level(s: str) -> _DateHit | None:
    """A year-less day (``dm``), else the leftmost month-level date of ``s``."""
    if m := _DM_RE.search(s):
        return _DateHit("dm", m.start(), m.end(), None, int(m[1]), int(m[2]))
    if m := _TRUNCATED_RE.search(s):
        return _DateHit("dmy-cut", m.start(), m.end(), int(m[4]), int(m[1]), int(m[3]))
    hits: list[_DateHit] = []
    if m := _VI_MONTH_RE.search(s):
        hits.append(_DateHit("vi-month", m.start(), m.end(), int(m[2]), _month_of(m[1]), None))
    if m := _EN_MONTH_RE.search(s):
        hits.append(_DateHit("en-month", m.start(), m.end(), int(m[2]), _month_of(m[1]), None))
    if m := _MY_RE.search(s):
        hits.append(_DateHit("my", m.start(), m.end(), int(m[2]), int(m[1]), None))
    if m := _YM_RE.search(s):
        hits.append(_DateHit("ym", m.start(), m.end(), int(m[1]), int(m[2]), None))
    if hits:
        return min(hits, key=lambda h: (h.start, -h.end))
    core = _LABELS_RE.sub(" ", s).strip(" ,.:;|-()[]")
    if _YEAR_RE.fullmatch(core) and (m := _YEAR_RE.search(s)):
        return _DateHit("year", m.start(), m.end(), int(m[1]), 0, None)
    return None


def _cut_revision(s: str) -> str:
    """Drop a revision ("Cập nhật …") that follows the first date of ``s``."""
    for m in _REVISION_RE.finditer(s):
        head = s[: m.start()]
        if _day_level(head) is not None:
            return head.rstrip(" ([|,-")
    return s


def _offset(sign: str, hours: str, minutes: str | None) -> str | None:
    h, mi = int(hours), int(minutes or 0)
    if h > 14 or mi > 59:
        return None
    return f"{'-' if sign in '-−' else '+'}{h:02d}:{mi:02d}"


def _scan(raw: str) -> _Scan | None:
    s = _normalize(raw)
    if not s or len(s) > _MAX_CHARS:
        return None
    s = _cut_revision(s)

    weekday: int | None = None
    weekday_text, weekday_pos = "", -1
    if m := _WEEKDAY_RE.search(s):
        if m[1]:
            weekday = _VI_WEEKDAYS[m[1].casefold()]
        elif m[2]:
            weekday = 6
        else:
            weekday = _EN_WEEKDAYS[m[3].casefold()[:3]]
        weekday_text, weekday_pos = m[0], m.start()
        s = _blank(s, m.start(), m.end())

    tz: str | None = None
    tz_pos, tz_incomplete = -1, False
    if m := _TZ_RE.search(s):
        if m[6]:
            tz = "+07:00"
        elif m[3]:
            tz = _offset(m[2], m[3], m[4])
        elif m[5]:
            tz_incomplete = True
        else:
            tz = "+00:00"
        tz_pos = m.start()
        s = _blank(s, m.start(), m.end())

    hit = _day_level(s) or _other_level(s)
    if hit is None:
        return None
    s = _blank(s, hit.start, hit.end)

    time: _TimeHit | None = None
    if hit.second is not None and (m := _TIME_RE.search(s)):
        off = None
        if m[5]:
            off = _offset(m[5][0], m[5][1:3], m[5][-2:])
        elif m[6]:
            off = "+00:00"
        sec = int(m[3]) if m[3] is not None else None
        meridiem = m[4].casefold() if m[4] else None
        time = _TimeHit(m.start(), int(m[1]), int(m[2]), sec, meridiem, off)
        s = _blank(s, m.start(), m.end())
    elif hit.second is not None and (m := _HOUR_RE.search(s)) and int(m[1]) <= 23:
        meridiem = m[2].casefold() if m[2] else None
        time = _TimeHit(m.start(), int(m[1]), 0, None, meridiem, None)
        s = _blank(s, m.start(), m.end())

    rest = _LABELS_RE.sub(lambda x: " " * len(x[0]), s)
    residue = [(t.start(), t[0]) for t in _TOKEN_RE.finditer(rest)]
    return _Scan(
        hit, time, weekday, weekday_text, weekday_pos, tz, tz_pos, tz_incomplete, residue, s
    )


# ------------------------------------------------------------------------------ resolving


def _valid(y: int | None, m: int, d: int | None) -> bool:
    if y is None or not MIN_YEAR <= y <= MAX_YEAR or not 1 <= m <= 12:
        return False
    if d is None:
        return True
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _weekday_of(y: int, m: int, d: int) -> int:
    return date(y, m, d).weekday()


def _us_signature(scan: _Scan) -> bool:
    """Time after the date, with seconds and an English AM/PM: .NET ``M/d/yyyy h:mm:ss tt``."""
    t = scan.time
    return (
        t is not None
        and t.second is not None
        and t.meridiem is not None
        and t.meridiem.startswith(("a", "p"))
        and t.start > scan.date.start
    )


def _resolve_numeric(
    scan: _Scan, order: Order | None, warnings: list[str]
) -> tuple[int, int, str] | None:
    """(month, day, reading) of an ``A/B/Y`` date, following the rule in the module docs."""
    hit = scan.date
    a, b, y = hit.first, hit.second, hit.year
    assert b is not None and y is not None
    dmy_ok, mdy_ok = _valid(y, b, a), _valid(y, a, b)
    if not dmy_ok and not mdy_ok:
        return None
    if order is not None:
        if (order == "dmy" and dmy_ok) or (order == "mdy" and mdy_ok):
            reading: str = order
        else:
            reading = "mdy" if order == "dmy" else "dmy"
            warnings.append(f"fields contradict order={order!r}: read as {reading}")
    elif dmy_ok != mdy_ok:
        reading = "dmy" if dmy_ok else "mdy"
    elif a == b:
        reading = "dmy"
    else:
        fits = set()
        if scan.weekday is not None:
            if _weekday_of(y, b, a) == scan.weekday:
                fits.add("dmy")
            if _weekday_of(y, a, b) == scan.weekday:
                fits.add("mdy")
        if len(fits) == 1:
            reading = fits.pop()
        elif _us_signature(scan):
            reading = "mdy"
        else:
            reading = "dmy"
    return (b, a, reading) if reading == "dmy" else (a, b, reading)


def _hour24(t: _TimeHit, warnings: list[str]) -> int:
    h, mer = t.hour, t.meridiem
    if mer is None:
        return h
    if mer in _AFTER_NOON or mer.startswith("p"):
        return h + 12 if 1 <= h <= 11 else h
    if mer in _BEFORE_NOON or mer.startswith("a"):
        if h == 12:
            return 0
        if h > 12:
            warnings.append(f"{t.hour}:{t.minute:02d} with {mer!r}: hour kept")
        return h
    if mer == "trưa":  # noon: 11–12 as is, 1–2 in the afternoon
        return h + 12 if 1 <= h <= 4 else h
    if mer == "đêm":  # night: 9–11 pm, 12 = midnight, 1–4 am
        if h == 12:
            return 0
        return h + 12 if 6 <= h <= 11 else h
    return h


def _build(
    scan: _Scan, order: Order | None, year: int | None, raw: str
) -> tuple[Dateline, _Scan] | None:
    warnings: list[str] = []
    hit = scan.date
    kind = hit.kind
    day: int | None
    if kind == "num":
        got = _resolve_numeric(scan, order, warnings)
        if got is None:
            return None
        month, day, kind = got[0], got[1], got[2] + ("-yy" if hit.two_digit_year else "")
        y = hit.year
    elif kind == "dm":
        if year is None:
            return None
        y, month, day = year, hit.second or 0, hit.first
        if order == "mdy" or (order is None and hit.second is not None and hit.second > 12):
            month, day = hit.first, hit.second or 0
        warnings.append(f"year {year} assumed")
    elif kind == "dmy-cut":  # three year digits: the assumed year with one digit lost
        if year is None or not _subsequence(str(hit.year), str(year)):
            return None
        y, month, day = year, hit.second or 0, hit.first
        warnings.append(f"truncated year {hit.year} read as {year}")
    else:
        y, month, day = hit.year, hit.first, hit.second
    # a year alone has no month; "2000/0/1" has no month 0
    if not _valid(y, 1 if kind == "year" or month is None else month, day):
        return None
    assert y is not None

    if day is None:
        value = f"{y:04d}-{month:02d}" if kind != "year" else f"{y:04d}"
        gran: Granularity = "month" if kind != "year" else "year"
        pieces = [(hit.start, kind)]
        if scan.tz is not None:
            pieces.append((scan.tz_pos, "tz"))
        label = " ".join(p for _, p in sorted(pieces))
        return Dateline(value, gran, scan.tz, label, tuple(warnings)), scan

    value, gran = f"{y:04d}-{month:02d}-{day:02d}", "day"
    if scan.weekday is not None and _weekday_of(y, month, day) != scan.weekday:
        actual = _WEEKDAY_NAMES[_weekday_of(y, month, day)]
        warnings.append(
            f"weekday {scan.weekday_text!r} ({_WEEKDAY_NAMES[scan.weekday]}) but {value} "
            f"is a {actual}"
        )
    pieces = [(hit.start, kind)]
    if scan.weekday is not None:
        pieces.append((scan.weekday_pos, "weekday"))
    tz = scan.tz
    t = scan.time
    if t is not None:
        pieces.append((t.start, "time"))
        hour = _hour24(t, warnings)
        if t.offset is not None and tz is None:
            tz = t.offset
            pieces.append((t.start + 1, "tz"))
        if not (0 <= hour <= 23 and 0 <= t.minute <= 59 and (t.second or 0) <= 59):
            warnings.append(f"impossible time {t.hour}:{t.minute:02d} dropped")
        elif hour == 0 and t.minute == 0 and t.second == 0 and t.meridiem is None:
            warnings.append("00:00:00 taken as a date-only placeholder")
        else:
            value, gran = f"{value}T{hour:02d}:{t.minute:02d}", "minute"
    if scan.tz is not None:
        pieces.append((scan.tz_pos, "tz"))
    if scan.tz_incomplete:
        warnings.append("incomplete time zone ignored")
    label = " ".join(p for _, p in sorted(pieces))
    if _ISO_FULL_RE.fullmatch(raw.strip()):
        label = "iso8601"
    return Dateline(value, gran, tz, label, tuple(warnings)), scan


def _subsequence(short: str, full: str) -> bool:
    it = iter(full)
    return all(ch in it for ch in short)


def _parse(raw: str, order: Order | None, year: int | None) -> tuple[Dateline, _Scan] | None:
    scan = _scan(raw)
    if scan is None:
        return None
    built = _build(scan, order, year, raw)
    if built is None:
        return None
    dl = built[0]
    limit = {"year": 0, "month": 2}.get(dl.granularity, _MAX_RESIDUE)
    if len(scan.residue) > limit:
        return None
    return built


# ------------------------------------------------------------------------------ public API


def parse_dateline(
    raw: str, order: Order | None = None, *, year: int | None = None
) -> Dateline | None:
    """Parse one publication-date string; ``None`` when it holds no absolute date.

    ``order``: how to read an ambiguous numeric ``A/B/YYYY`` (``"dmy"``, ``"mdy"``, or
    ``None`` for the rule in the module docs). ``year``: the year to assume for a day and
    month without one (``"21/05 06:45"``), typically the crawl year; without it such strings
    give ``None``.

    >>> d = parse_dateline("Thứ sáu, 20/05/2016 - 23:40 (GMT+7)")
    >>> d.value, d.granularity, d.tz, d.source_format
    ('2016-05-20T23:40', 'minute', '+07:00', 'weekday dmy time tz')
    >>> parse_dateline("2 giờ trước") is None
    True
    """
    got = _parse(raw, order, year)
    return got[0] if got else None


def infer_order(raws: Iterable[str]) -> Order | None:
    """The day/month order of a source, voted by its unambiguous numeric dates.

    Only ``A/B/Y`` dates where exactly one field is over 12 vote; the majority wins (``None``
    when no string votes or the vote is tied). Pass the result as ``order=`` to
    :func:`parse_dateline` for the ambiguous strings of the same source. Group the strings by
    source *and* format (e.g. digits → 9): a site's templates may differ in order.
    """
    votes: Counter[str] = Counter()
    for raw in raws:
        scan = _scan(raw)
        if scan is None or scan.date.kind != "num" or scan.date.second is None:
            continue
        a, b = scan.date.first, scan.date.second
        if a > 12 >= b:
            votes["dmy"] += 1
        elif b > 12 >= a:
            votes["mdy"] += 1
    if votes["dmy"] > votes["mdy"]:
        return "dmy"
    if votes["mdy"] > votes["dmy"]:
        return "mdy"
    return None


_MAX_LINE: Final = 120
_PLACE_WORDS: Final = 6


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            start = pos + (len(body) - len(body.lstrip()))
            spans.append((start, start + len(stripped)))
        pos += len(line)
    return spans


def _is_dateline(line: str) -> Dateline | None:
    """``line`` as a whole is a dateline: nothing but date pieces, labels and a place prefix."""
    if len(line) > _MAX_LINE:
        return None
    got = _parse(line, None, None)
    if got is None:
        return None
    dl, scan = got
    if dl.granularity == "year":
        return None
    if not scan.residue:
        return dl
    # "Hà Nội, ngày 20/5/2016": a few capitalised words, then a comma, then the date.
    if len(scan.residue) > _PLACE_WORDS:
        return None
    last = scan.residue[-1][0] + len(scan.residue[-1][1])
    if last > scan.date.start or "," not in scan.text[last : scan.date.start]:
        return None
    if not all(tok[0].isupper() and not tok.isdigit() for _, tok in scan.residue):
        return None
    return dl


def find_dateline(text: str, max_lines: int = 5) -> tuple[int, int, Dateline] | None:
    """A line among the first or last ``max_lines`` non-empty lines that is a dateline.

    Returns ``(start, end, dateline)`` where ``text[start:end]`` is the line without its
    surrounding spaces. Accepted lines hold only the date, its weekday, time, zone and labels
    (``"Thứ sáu, 20/05/2016 - 23:40"``, ``"(Cập nhật 20/5/2016)"``, ``"Published Date: …"``),
    optionally after a place and a comma (``"Hà Nội, ngày 20/5/2016"``); a sentence that
    mentions a date (``"Ngày 20/5/2016, hai bên đã ký…"``) is never one. The first lines are
    tried top-down, then the last lines bottom-up.
    """
    spans = _line_spans(text)
    if max_lines <= 0 or not spans:
        return None
    head = spans[:max_lines]
    tail = [s for s in reversed(spans[-max_lines:]) if s not in head]
    for start, end in head + tail:
        dl = _is_dateline(text[start:end])
        if dl is not None:
            return start, end, dl
    return None
