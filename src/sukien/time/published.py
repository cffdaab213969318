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

The year is chosen among those not before the latest year said, inside the office window and
agreeing with every weekday pair: the latest year said when it is among them, else the year
after it (a date written with its year, "tháng 7/2022", is seldom this year's), else the most
recent one (confidence "high" when one year is left, "medium" when weekday pairs or a year
said leave a few, "low" when only the recency prior decides).
The day is the one the text gives itself ("hôm nay (7/4)", "hôm qua (28/2)"), else the latest
past date mentioned in that year (or the month, or the year, when that is all there is).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final, Protocol

from sukien.document import Document
from sukien.entities.roles import ROLE_NAMES, TITLES
from sukien.kb.loader import KB, load_kb
from sukien.kb.schema import KBEntity
from sukien.kb.summits import find_summits

EARLIEST_YEAR = 1990
_FORMER = re.compile(r"(?:cựu|nguyên|người tiền nhiệm)\s*$", re.IGNORECASE)
_TITLE_BEFORE = re.compile(
    r"(?<!\w)(" + "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True)) + r")"
    r"(?:\s+[^\s]+){0,3}\s*$",
    re.IGNORECASE,
)
# "nhà lãnh đạo mới đắc cử của Australia, Anthony Albanese": descriptors, "của" and the
# country between the title and the name
_TITLE_DESCRIBED = re.compile(
    r"(?<!\w)(" + "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True)) + r")"
    r"(?:\s+(?:mới|vừa|đắc cử|nhậm chức|đương nhiệm|tân|của|(?-i:[A-ZÀ-Ỹ]\w*)),?){1,6}\s*$",
    re.IGNORECASE,
)
# a head of government is as much "the leader" as a head of state, for dating an article
_LEADER_ROLES = ("Prime Minister", "Chancellor")


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
        m = _TITLE_BEFORE.search(before) or _TITLE_DESCRIBED.search(before)
        if m is None or _FORMER.search(before[: m.start()]):
            continue
        role = TITLES[m.group(1).lower()]
        names = ROLE_NAMES.get(role, ()) + (_LEADER_ROLES if role == "leader" else ())
        terms = [
            (_date(r.get("from"), low), _date(r.get("to"), high, end=True))
            for r in kb.by_id(ent.kb_id).roles
            if any(str(r.get("role", "")).startswith(n) for n in names)
        ]
        if not terms:
            continue
        start, end = min(t[0] for t in terms), max(t[1] for t in terms)
        sentence = next((x for x in doc.sentences if x.start <= ent.start < x.end), None)
        if sentence is not None and _PAST_CUE.search(doc.text, sentence.start, ent.start):
            end = high  # "Hồi tháng 7, Ngoại trưởng Thái Lan … đã …": in office then, not now
        if start > low or end < high:
            new_low, new_high = max(low, start), min(high, end)
            if new_low <= new_high:  # a contradiction (a wrong title) is ignored
                low, high = new_low, new_high
                reasons.append(f"{ent.name} as {role} ({start.year}–{end.year})")
    return low, high, reasons


_YEAR_IN_NAME = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_FUTURE_CUE = re.compile(
    r"(?<!\w)(?:sẽ|dự kiến|sắp|mong|mong muốn|hy vọng|hi vọng|kế hoạch|chuẩn bị|tới đây)(?!\w)",
    re.IGNORECASE,
)
_PAST_CUE = re.compile(r"(?<!\w)(?:đã|vừa|từng|hồi)(?!\w)", re.IGNORECASE)
_UNSCHEDULED = re.compile(
    r"\b(?:attacks?|war|invasion|disaster|accident|rebellion|sabotage|pandemic|crisis|"
    r"protests|annexation|massacre|coup|bombing|shootdown)\b",
    re.IGNORECASE,
)
_AFTER_CUE = re.compile(
    r"\s+(?:(sắp tới|sắp diễn ra|sắp khai mạc|sắp được tổ chức)|"
    r"vừa qua|vừa diễn ra|vừa kết thúc|vừa bế mạc)(?!\w)",
    re.IGNORECASE,
)


def event_window(doc: Document, kb: KB | None = None) -> tuple[date | None, date | None, list[str]]:
    """Bounds from named events with known dates (the KB's ``when``, else the year in their
    name): one spoken of as to come ("mong gặp … tại Thế vận hội Mùa đông Bắc Kinh") dates the
    article before it began; one spoken of as past, after it began."""
    kb = kb or load_kb()
    low: date | None = None
    high: date | None = None
    reasons: list[str] = []
    for ent in doc.entities:
        if not ent.kb_id or not ent.kb_id.startswith("event/") or ent.kb_id not in kb:
            continue
        span = _event_span(kb.by_id(ent.kb_id))
        if span is None:
            continue
        starts, ends, dated = span
        sentence = next((s for s in doc.sentences if s.start <= ent.start < s.end), None)
        clause = doc.text[sentence.start if sentence else 0 : ent.start]
        cues = [(c.start(), "future") for c in _FUTURE_CUE.finditer(clause)]
        cues += [(c.start(), "past") for c in _PAST_CUE.finditer(clause)]
        after = _AFTER_CUE.match(doc.text, ent.end)  # "Thế vận hội … sắp tới", "… vừa qua"
        if after is not None:
            cues = [(len(clause), "future" if after.group(1) else "past")]
        if not cues and _UNSCHEDULED.search(kb.by_id(ent.kb_id).name):
            cues = [(0, "past")]  # an attack or a war cannot be told before it happened
        if not cues:
            continue
        tense = max(cues)[1]
        if tense == "future":  # written before the event began
            bound = starts if dated else ends
            high = bound if high is None else min(high, bound)
            reasons.append(f"{ent.name} still to come")
        else:  # written after it began
            low = starts if low is None else max(low, starts)
            reasons.append(f"{ent.name} already past")
    return low, high, reasons


_YEAR_AFTER: Final = re.compile(
    r"(?:\s*\([^)]{1,30}\))?\s*,?\s*(?:vào\s+)?(năm ngoái|năm trước|năm nay|năm tới|năm sau)(?!\w)",
    re.IGNORECASE,
)
# a summit told as just past: "thượng đỉnh G7 ở Anh cuối tuần trước", "… hôm thứ Hai"; the
# article is then from at most this many days after it ended
_JUST_PAST: Final = re.compile(
    r"\s*,?\s*(?:vào\s+|hồi\s+)?(?:(?P<week>(?:cuối |đầu )?tuần (?:trước|qua)|hôm qua|"
    r"(?:hôm|ngày) (?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật))|(?P<month>tháng trước|tháng qua))"
    r"(?!\w)",
    re.IGNORECASE,
)
_JUST_PAST_DAYS: Final = {"week": 14, "month": 62}
_YEAR_SHIFT: Final = {"năm ngoái": 1, "năm trước": 1, "năm nay": 0, "năm tới": -1, "năm sau": -1}


def summit_window(doc: Document) -> tuple[date | None, date | None, list[str]]:
    """Bounds from summits named by organization and host (``sukien.kb.summits``): "hội nghị
    G20 tại Bali năm ngoái" (2022) puts the article in 2023; one spoken of as to come dates it
    before the summit, one spoken of as past after it began."""
    low: date | None = None
    high: date | None = None
    reasons: list[str] = []
    for mention in find_summits(doc):
        edition = mention.edition
        name = f"{edition.series.split('/')[-1].upper()} {edition.start.year}"
        said = _YEAR_AFTER.match(doc.text, mention.end)
        if said is not None:
            year = edition.start.year + _YEAR_SHIFT[said.group(1).lower()]
            low = max(low or date.min, date(year, 1, 1))
            high = min(high or date.max, date(year, 12, 31))
            reasons.append(f"{name} said to be of {said.group(1).lower()}")
            continue
        recent = _JUST_PAST.match(doc.text, mention.end)
        if recent is not None:
            days = _JUST_PAST_DAYS["week" if recent.group("week") else "month"]
            low = max(low or date.min, edition.start)
            high = min(high or date.max, edition.end + timedelta(days=days))
            reasons.append(f"{name} told as just past ({recent.group().strip(' ,')})")
            continue
        sentence = next((x for x in doc.sentences if x.start <= mention.start < x.end), None)
        clause = doc.text[sentence.start if sentence else 0 : mention.start]
        cues = [(c.start(), "future") for c in _FUTURE_CUE.finditer(clause)]
        cues += [(c.start(), "past") for c in _PAST_CUE.finditer(clause)]
        if not cues:
            continue
        if max(cues)[1] == "future":
            high = min(high or date.max, edition.start)
            reasons.append(f"{name} still to come")
        else:
            low = max(low or date.min, edition.start)
            reasons.append(f"{name} already past")
    return low, high, reasons


def _event_span(event: KBEntity) -> tuple[date, date, bool] | None:
    """When an event began and ended (from its ``when``, else the year in its name), and
    whether the dates are known to the day."""
    if event.when is not None and event.when[0]:
        start = _date(event.when[0], date.min)
        return start, _date(event.when[1] or event.when[0], date.max, end=True), True
    m = _YEAR_IN_NAME.search(event.name)
    if m is None:
        return None
    year = int(m.group(1))
    return date(year, 1, 1), date(year, 12, 31), False


def infer_published(
    doc: Document,
    mentions: Sequence[DateParts],
    future: Iterable[bool],
    kb: KB | None = None,
    today: date | None = None,
) -> Inferred | None:
    """The publication date the text implies, or None when it says nothing datable."""
    today = today or date.today()
    # a mention pointing forward ("tháng 11 tới") is future whatever the verb says
    future_flags = [
        fut or (getattr(m, "direction", 0) or 0) > 0
        for m, fut in zip(mentions, future, strict=True)
    ]
    past = [m for m, fut in zip(mentions, future_flags, strict=True) if not fut]
    low, high, reasons = office_window(doc, kb)
    for window in (event_window(doc, kb), summit_window(doc)):
        event_low, event_high, event_reasons = window
        if event_low is not None and event_low <= high:
            low = max(low, event_low)
        if event_high is not None and event_high >= low:
            high = min(high, event_high)
        reasons += event_reasons
    # a year spoken of as still to come ("sẽ … trong năm 2023") was not over when written
    coming = [
        m.year
        for m, fut in zip(mentions, future_flags, strict=True)
        if fut and m.year and getattr(m, "unit", None) is None and m.year >= low.year
    ]
    if coming and date(min(coming), 12, 31) < high:
        high = date(min(coming), 12, 31)
        reasons.append(f"{min(coming)} still to come")
    high = min(high, today)
    absolute = [m for m in past if getattr(m, "unit", None) is None]
    # a year after what the other evidence allows is one spoken of ahead ("ghế Chủ tịch năm
    # 2026"), not one the article was written in or after
    said = [m.year for m in absolute if m.year and EARLIEST_YEAR <= m.year <= high.year]
    pairs = [m for m in absolute if m.weekday is not None and m.day and m.month and not m.year]
    bare_weekdays = {m.weekday for m in past if m.weekday is not None and not m.month}
    if not (said or pairs or low.year > EARLIEST_YEAR):
        return None
    candidates: list[tuple[tuple[int, int, bool, int], int, str]] = []
    for year in range(high.year, max([low.year, *said]) - 1, -1):
        if not all(_weekday_fits(year, m) for m in pairs):
            continue
        told = _publication_day(past, year)
        value = told or _latest_date(absolute, year)
        if value is not None and not told and _date(value, low, end=True) < low <= high:
            value = low.isoformat()  # the dates said are older than the article can be
        if not _within(value, low, high):
            continue
        if value is not None and not told and len(value) == 10 and bare_weekdays:
            value = _weekdays_close(date.fromisoformat(value), bare_weekdays, high).isoformat()
        # bare weekdays ("hôm thứ Ba") that some date of the article falls on in that year
        days = {
            date(year, m.month, m.day).weekday()
            for m in absolute
            if m.month and m.day and m.year in (None, year) and _valid(year, m.month, m.day)
        }
        rank = (_said_rank(said, year), len(bare_weekdays & days), bool(pairs), year)
        candidates.append((rank, year, value or str(year)))
    if not candidates:
        return None
    candidates.sort(reverse=True)
    rank, year, value = candidates[0]
    if rank[0] == 2:
        reasons.append(f"latest year said: {year}")
    elif rank[0] == 1:
        reasons.append(
            f"the year after the latest said ({year - 1}), which other evidence rules out"
        )
    if rank[1]:
        reasons.append(f"{rank[1]} weekday(s) the text names fall on its dates")
    if pairs:
        reasons.append(f"weekday and date agree in {year}")
    tied = [c for c in candidates if c[0][:3] == rank[:3]]
    if len(candidates) == 1 or (pairs and len(tied) == 1):
        confidence = "high"
    elif rank[0] or rank[1] or pairs:
        confidence = "medium"  # the evidence leaves a few years; the most recent is taken
    else:
        confidence = "low"  # only the recency prior decides
    if len(tied) > 1:
        reasons.append(f"most recent of {len(tied)} possible years")
    return Inferred(value, confidence, tuple(reasons))


def _said_rank(said: Sequence[int], year: int) -> int:
    """2 for the latest year said, 1 for the year after it (the dates said are then last
    year's: "tháng 7/2022" is written out because it is not this year), else 0."""
    if not said:
        return 0
    return 2 if year == max(said) else 1 if year == max(said) + 1 else 0


def _weekdays_close(base: date, weekdays: set[int], high: date) -> date:
    """The first day from ``base`` (a lower bound) in its week that brings the bare weekdays
    the article names ("hôm thứ Ba", "hôm thứ Hai": each the last such day on or before
    publication) closest together: a report's weekday-dated events are its latest ones."""

    def spread(day: date) -> int:
        back = [(day.weekday() - w) % 7 for w in weekdays]
        return max(back) - min(back)

    days = [base + timedelta(days=k) for k in range(7) if base + timedelta(days=k) <= high]
    return min(days, key=lambda d: (spread(d), d)) if days else base


def _latest_date(mentions: Sequence[DateParts], year: int) -> str | None:
    """The latest (month, day) said in ``year`` (or without a year) as an ISO prefix."""
    dated = [
        (m.month, m.day or 0)
        for m in mentions
        if m.month and m.year in (None, year) and _valid(year, m.month, m.day)
    ]
    if not dated:
        return None
    month, day = max(dated)
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def _within(value: str | None, low: date, high: date) -> bool:
    if value is None:
        return True
    start = _date(value, low)
    end = _date(value, high, end=True)
    return end >= low and start <= high


def _publication_day(mentions: Sequence[DateParts], year: int) -> str | None:
    """ "hôm nay (7/4)", "hôm qua (28/2)": the day the article was written."""
    for m in mentions:
        offset = getattr(m, "offset", None)
        if getattr(m, "unit", None) != "day" or offset not in (0, -1, -2):
            continue
        if m.day and m.month and _valid(year, m.month, m.day):
            return (date(year, m.month, m.day) - timedelta(days=int(offset))).isoformat()
    return None


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
