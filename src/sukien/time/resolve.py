"""Resolve a :class:`TimeMention` to a TimeML/TIMEX3-style value (``../shared/FORMAT.md``).

Values: ``2022-07-07`` (day), ``2022-07`` (month), ``2022`` (year), ``2022-W27`` (ISO week),
``2024-Q3``, ``2024-H1``, ``199`` (the 1990s), ``20`` (the 21st century),
``2021-12-15T10:30`` (clock time), durations and sets ``P3D``/``P2W``/``PT2H``/``PXY``,
and ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``. Without an anchor an unresolved year is
``XXXX`` (``XXXX-12-15``) and relative expressions resolve to None.

Parts of the day ("sáng thứ Ba", "tối qua") give the day (the date, not ``TMO``/``TEV``):
the day is what events need. Ranges ("7 và 8/7", "từ 7/7 đến 9/7") give their first day;
``resolve(mention.range_end, …)`` gives the last.

Year (and month) choice for partial dates follows how Vietnamese news writes dates: a date
without a year is in the publication year unless that puts it too far ahead of the
publication (then the year before), so the chosen reading is the one nearest the anchor,
with readings after the anchor counted 1.5 times as far (``future=False``), or readings
before it counted 4 times as far (``future=True``). Explicit "tới" / "vừa qua" after the
date only allow readings after / before the anchor.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from sukien.time.lunar import lunar_to_solar
from sukien.time.mentions import TimeMention

__all__ = ["is_future", "resolve"]

_AHEAD = 1.5  # how much farther a reading after the anchor counts (past-tense default)
_BEHIND = 4.0  # how much farther a reading before the anchor counts in a future clause
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


class _Anchor:
    """A reference date known to day, month or year precision."""

    __slots__ = ("day", "month", "year")

    def __init__(self, year: int, month: int | None = None, day: int | None = None) -> None:
        self.year, self.month, self.day = year, month, day

    @classmethod
    def parse(cls, value: date | str | None) -> _Anchor | None:
        if value is None:
            return None
        if isinstance(value, date):
            return cls(value.year, value.month, value.day)
        m = _ISO.match(value.strip())
        if not m:
            return None
        year = int(m[1])
        month = int(m[2]) if m[2] else None
        day = int(m[3]) if m[3] and month else None
        try:
            date(year, month or 1, day or 1)
        except ValueError:
            return None
        return cls(year, month, day)

    @property
    def point(self) -> date:
        """A representative day: the day itself, mid-month, or mid-year."""
        if self.month is None:
            return date(self.year, 7, 1)
        return date(self.year, self.month, self.day or 15)


# ------------------------------------------------------------------------------ helpers
def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _day(d: date) -> str:
    return d.isoformat()


def _choose(
    cands: list[tuple[date, date]], anchor: date, future: bool, direction: int
) -> int | None:
    """Index of the reading (period start, end) nearest ``anchor`` under the tense bias."""
    best: tuple[float, int] | None = None
    for i, (s, e) in enumerate(cands):
        if direction > 0 and e < anchor:
            continue
        if direction < 0 and s > anchor:
            continue
        if s <= anchor <= e:
            cost = 0.0
        elif e < anchor:
            cost = (anchor - e).days * (_BEHIND if future else 1.0)
        else:
            cost = (s - anchor).days * (1.0 if future else _AHEAD)
        if best is None or cost < best[0]:
            best = (cost, i)
    return None if best is None else best[1]


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _solar_of_lunar(mention: TimeMention, lunar_year: int) -> date | None:
    return lunar_to_solar(mention.day or 1, mention.month or 1, lunar_year)


# ------------------------------------------------------------------------------ resolve
def resolve(
    m: TimeMention,
    anchor: date | str | None,
    *,
    previous: str | None = None,
    future: bool = False,
) -> str | None:
    """The value of ``m`` given the publication date ``anchor`` (a ``date`` or an ISO string
    ``YYYY-MM-DD``/``YYYY-MM``/``YYYY``; coarser anchors resolve what they can).

    ``previous`` is the value of the date the text mentioned last, for "cùng ngày", "một
    ngày trước đó", "hôm sau" (the publication date is used when it is None). ``future``
    says the clause is about the future ("sẽ", "dự kiến"): a partial date then reads as
    the nearest on or after the anchor, a bare weekday as the next such day.

    >>> resolve(TimeMention(0, 13, "thứ Năm (7/7)", weekday=3, month=7, day=7), "2022-07-08")
    '2022-07-07'
    """
    if m.kind in ("duration", "set"):
        return m.duration
    if m.kind == "ref":
        return m.ref
    pub = _Anchor.parse(anchor)
    base = pub
    if m.anchor == "previous":
        base = _Anchor.parse(previous) or pub
    value = _resolve_date(m, pub, base, future)
    if m.hour is not None:
        clock = f"T{_hour24(m.hour, m.daypart):02d}:{(m.minute or 0):02d}"
        if value is not None and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            value += clock
        elif value is None and m.kind == "time" and pub is None:
            value = "XXXX-XX-XX" + clock
    return value


def _hour24(hour: int, daypart: str | None) -> int:
    """ "2 giờ chiều" is 14:00, "10 giờ đêm" 22:00, "12 giờ đêm" 24:00."""
    if daypart in ("AF", "EV") and hour < 12:
        return hour + 12
    if daypart == "NI" and 6 <= hour <= 12:
        return hour + 12
    return hour


def _resolve_date(
    m: TimeMention, pub: _Anchor | None, base: _Anchor | None, future: bool
) -> str | None:
    if m.decade is not None:
        return f"{m.decade // 10:03d}"
    if m.century is not None:
        return f"{m.century - 1:02d}"
    if m.year is not None or m.month is not None or m.day is not None or m.quarter or m.half:
        if m.unit is None or m.unit == "day" or m.year is not None:
            return _absolute(m, pub, future)
        return _relative_refined(m, base)
    if m.unit is not None:
        return _relative(m, base)
    if m.weekday is not None:
        return _weekday_only(m, pub, future)
    if m.cycle is not None:
        return _absolute(m, pub, future)
    if m.kind == "time" and base is not None and base.day is not None and base.month:
        return _day(date(base.year, base.month, base.day))  # "9 giờ sáng" on the day in view
    return None


def _relative(m: TimeMention, base: _Anchor | None) -> str | None:
    if base is None:
        return None
    n = m.offset or 0
    unit = m.unit
    if unit == "year":
        return f"{base.year + n:04d}"
    if base.month is None:
        return f"{base.year:04d}" if unit in ("quarter", "month") and n == 0 else None
    if unit == "quarter":
        q = (base.month - 1) // 3 + n
        return f"{base.year + q // 4:04d}-Q{q % 4 + 1}"
    if unit == "month":
        y, mo = _add_months(base.year, base.month, n)
        return f"{y:04d}-{mo:02d}"
    if base.day is None:
        # Only the month is known: a day or a week near it is at best that month.
        return f"{base.year:04d}-{base.month:02d}" if abs(n) <= 1 else None
    d = date(base.year, base.month, base.day)
    if unit == "week":
        target = d + timedelta(weeks=n)
        if m.weekday is not None:
            monday = target - timedelta(days=target.weekday())
            return _day(monday + timedelta(days=m.weekday))
        return _week(target)
    return _day(d + timedelta(days=n))


def _relative_refined(m: TimeMention, base: _Anchor | None) -> str | None:
    """A relative unit made finer by explicit parts: "tháng 12 năm ngoái", "quý 3 năm nay"."""
    if base is None:
        return None
    if m.unit == "year":
        y = base.year + (m.offset or 0)
        return _absolute(_with_year(m, y), base, False)
    if m.unit == "month" and base.month is not None:
        y, mo = _add_months(base.year, base.month, m.offset or 0)
        if m.day is not None and (d := _safe_date(y, mo, m.day)):
            return _day(d)
        return f"{y:04d}-{mo:02d}"
    return _relative(m, base)


def _with_year(m: TimeMention, year: int) -> TimeMention:
    c = TimeMention(m.start, m.end, m.text, year=year, month=m.month, day=m.day)
    c.quarter, c.half, c.weekday, c.lunar = m.quarter, m.half, m.weekday, m.lunar
    return c


def _weekday_only(m: TimeMention, pub: _Anchor | None, future: bool) -> str | None:
    assert m.weekday is not None
    if pub is None or pub.day is None or pub.month is None:
        if pub is not None and pub.month is not None:
            return f"{pub.year:04d}-{pub.month:02d}"
        return f"XXXX-WXX-{m.weekday + 1}"
    a = date(pub.year, pub.month, pub.day)
    if m.direction > 0:
        ahead = (m.weekday - a.weekday()) % 7 or 7
        return _day(a + timedelta(days=ahead))
    if m.direction < 0:
        return _day(a - timedelta(days=(a.weekday() - m.weekday) % 7))
    if future:
        ahead = (m.weekday - a.weekday()) % 7 or 7
        return _day(a + timedelta(days=ahead))
    return _day(a - timedelta(days=(a.weekday() - m.weekday) % 7))


def _period(m: TimeMention, y: int) -> tuple[date, date] | None:
    """The period ``m`` names in (solar or lunar) year ``y``: its first and last day."""
    if m.lunar and m.month is not None:
        s = _solar_of_lunar(m, y)
        if s is None:
            return None
        if m.day is None:
            nxt = lunar_to_solar(1, m.month % 12 + 1, y + (m.month == 12))
            return s, (nxt - timedelta(days=1)) if nxt else s
        return s, s
    if m.month is not None and m.day is not None:
        d = _safe_date(y, m.month, m.day)
        return (d, d) if d else None
    if m.month is not None:
        return date(y, m.month, 1), _month_end(y, m.month)
    if m.quarter is not None:
        first = 3 * (m.quarter - 1) + 1
        return date(y, first, 1), _month_end(y, first + 2)
    if m.half is not None:
        return (date(y, 1, 1), date(y, 6, 30)) if m.half == 1 else (date(y, 7, 1), date(y, 12, 31))
    return date(y, 1, 1), date(y, 12, 31)


def _format(m: TimeMention, y: int, period: tuple[date, date] | None) -> str | None:
    if m.lunar and m.month is not None:
        if period is None:
            return None
        return _day(period[0]) if m.day is not None else f"{period[0]:%Y-%m}"
    if m.month is not None and m.day is not None:
        return _day(period[0]) if period else None
    if m.month is not None:
        return f"{y:04d}-{m.month:02d}"
    if m.quarter is not None:
        return f"{y:04d}-Q{m.quarter}"
    if m.half is not None:
        return f"{y:04d}-H{m.half}"
    return f"{y:04d}"


def _absolute(m: TimeMention, pub: _Anchor | None, future: bool) -> str | None:
    if m.year is not None:
        return _format(m, m.year, _period(m, m.year))
    if m.month is None and m.day is not None:
        return _day_only(m, pub, future)
    if pub is None:
        if m.month is not None and m.day is not None and not m.lunar:
            return f"XXXX-{m.month:02d}-{m.day:02d}"
        if m.month is not None and not m.lunar:
            return f"XXXX-{m.month:02d}"
        return None
    years = list(range(pub.year - 1, pub.year + 2))
    if m.cycle is not None:
        years = [y for y in range(pub.year - 40, pub.year + 41) if y % 60 == m.cycle]
        years = sorted(years, key=lambda y: abs(y - pub.year))[:1] or [pub.year]
    if pub.month is None and m.cycle is None:
        return _format(m, pub.year, _period(m, pub.year))
    periods = [(y, p) for y in years if (p := _period(m, y)) is not None]
    if m.weekday is not None and m.day is not None:
        agreeing = [(y, p) for y, p in periods if p[0].weekday() == m.weekday]
        periods = agreeing or periods
    if not periods:
        return None
    i = _choose([p for _, p in periods], pub.point, future, m.direction)
    if i is None:
        i = 0 if m.direction < 0 else len(periods) - 1
    y, p = periods[i]
    return _format(m, y, p)


def _day_only(m: TimeMention, pub: _Anchor | None, future: bool) -> str | None:
    """ "ngày 15" without a month: the month around the anchor that fits (weekday too)."""
    assert m.day is not None
    if pub is None or pub.month is None:
        return f"XXXX-XX-{m.day:02d}"
    cands: list[date] = []
    for n in (-1, 0, 1):
        y, mo = _add_months(pub.year, pub.month, n)
        if (d := _safe_date(y, mo, m.day)) is not None:
            cands.append(d)
    if m.weekday is not None:
        cands = [d for d in cands if d.weekday() == m.weekday] or cands
    if not cands:
        return None
    i = _choose([(d, d) for d in cands], pub.point, future, m.direction)
    return _day(cands[i if i is not None else -1])


# ----------------------------------------------------------------------------- is_future
_FUTURE = re.compile(
    r"(?<!\w)(?:sẽ|dự\s+kiến|dự\s+định|sắp(?!\s+xếp)|chuẩn\s+bị|theo\s+kế\s+hoạch|"
    r"lên\s+kế\s+hoạch|theo\s+lịch\s+trình|tới\s+đây|dự\s+trù)(?!\w)",
    re.IGNORECASE,
)
_DEADLINE = re.compile(
    r"(?<!\w)(?:hạn\s+chót|hạn\s+cuối|thời\s+hạn)(?:(?:\s+\w+){0,3}?\s+(?:là|vào|đến))?\s+$",
    re.IGNORECASE,
)
_PAST = re.compile(r"(?<!\w)(?:đã|vừa|từng|mới\s+đây)(?!\w)", re.IGNORECASE)
_CLAUSE_END = re.compile(
    r"[.!?;\n\"“”]|(?<!\w)(?:nói|cho\s+biết|cho\s+rằng|khẳng\s+định|tuyên\s+bố|nhấn\s+mạnh|"
    r"cảnh\s+báo|kêu\s+gọi|rằng|thông\s+báo|phát\s+biểu)(?!\w)",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"[.!?;\n\"“”][^.!?;\n\"“”]*$")


def is_future(text: str, start: int, end: int) -> bool:
    """True when the clause around ``text[start:end]`` speaks of the future: the tense marker
    nearest the expression in its sentence ("sẽ", "dự kiến", "sắp", "chuẩn bị"… against "đã",
    "vừa", "từng") is a future one. Reported speech after the expression is another clause:
    in "Hôm thứ Bảy, ông nói Mỹ sẽ…" the "sẽ" is not about Saturday."""
    if _DEADLINE.search(text, max(0, start - 40), start):
        return True  # "ấn định hạn chót là ngày 31.8": a deadline set, not a day gone by
    lo = max(0, start - 300)
    head = _CLAUSE_START.search(text, lo, start)
    s = head.start() + 1 if head else lo
    tail = _CLAUSE_END.search(text, end, min(len(text), end + 300))
    e = tail.start() if tail else min(len(text), end + 300)
    best: tuple[int, bool] | None = None
    for rx, fut in ((_FUTURE, True), (_PAST, False)):
        for mm in rx.finditer(text, s, e):
            if start <= mm.start() < end:
                continue
            dist = start - mm.end() if mm.end() <= start else mm.start() - end
            if best is None or dist < best[0]:
                best = (dist, fut)
    return bool(best and best[1])
