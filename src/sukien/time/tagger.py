"""Find the time expressions of Vietnamese news text.

:func:`find_times` returns flat, ordered, non-overlapping :class:`TimeMention` spans with the
parts each expression states (see :mod:`sukien.time.mentions`); :mod:`sukien.time.resolve`
turns them into values.

How it works: every kind of expression is a rule, a regular expression with named groups and
a handler that reads the groups (and may check the words around, e.g. "lần thứ ba" is
"third", not Tuesday). All rules are joined into one compiled alternation that is searched
once over the text; the rule that matched is read from ``lastgroup`` and its own compiled
pattern is re-run at that position to get its groups. A handler may reject a match (the
search then goes on from the next word) or shorten it ("8 ngày sau khi" → "8 ngày").
At one position the first rule in :data:`_RULES` order wins, so longer, more specific forms
come first ("thứ Năm (7/7)" before "7/7", "tháng 12 năm ngoái" before "năm ngoái").

Span conventions (see GUIDELINES.md "Times"): a leading "ngày"/"hôm" is part of the span
("ngày 9/7", "hôm thứ Ba"), and so are parts of the day ("sáng 28/2", "tối qua"), "đầu/
giữa/cuối" ("cuối năm nay"), a bracketed date after a weekday or a relative day ("thứ Năm
(7/7)", "hôm nay (12/6)"), a time zone note ("10h30 (giờ địa phương)") and "âm lịch";
prepositions ("vào", "hồi", "từ", "trong", "lúc", "khoảng") are not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from sukien.time.mentions import FUTURE_REF, PAST_REF, PRESENT_REF, TimeMention
from sukien.time.numbers import NUM_WORDS, parse_number, parse_roman

__all__ = ["find_times"]

# --------------------------------------------------------------------------- pattern pieces
S = r"[^\S\n]+"  # spaces inside a line
S0 = r"[^\S\n]*"
DS = r"(?<![\d][.,/:\-])"  # a number does not continue another one ("240,1", "1.5")
DE = r"(?!\d)(?![.,/:\-]\d)"  # … and is not continued by one
DAY = r"(?:3[01]|[12]\d|0?[1-9])"
MON = r"(?:1[0-2]|0?[1-9])"
YEAR = r"(?:1[6-9]\d\d|20\d\d|21\d\d)"
NUMW = NUM_WORDS
NUMD = rf"(?:{DS}\d{{1,3}}(?:\.\d{{3}})+|{DS}\d+(?:,\d+)?){DE}"
VAGUE = (
    rf"(?:một{S}vài|vài{S}chục|vài{S}trăm|mấy{S}chục|mấy{S}trăm|hàng{S}chục|hàng{S}trăm|"
    rf"hàng{S}nghìn|hàng{S}ngàn|hơn{S}chục|dăm{S}ba|dăm|nhiều|vài|mấy)"
)
DP = (
    rf"(?:buổi{S})?(?:rạng{S}sáng|sáng{S}sớm|sáng|gần{S}trưa|trưa|chiều{S}tối|xế{S}chiều|"
    rf"chiều|tối{S}muộn|tối|đêm{S}khuya|đêm|khuya|nửa{S}đêm)"
)
POS = rf"(?:đầu|giữa|cuối|thượng{S}tuần|trung{S}tuần|hạ{S}tuần)"
MTOK = (
    r"(?:(?:1[0-2]|0?[1-9])(?!\d)|(?:giêng|chạp|mười[^\S\n]+một|mười[^\S\n]+hai|mười|một|hai|"
    r"ba|tư|bốn|năm|sáu|bảy|bẩy|tám|chín)(?!\w))"
)
YREL = rf"(?:vừa{S}qua|vừa{S}rồi|nay|ngoái|trước|tới|sau|qua|kia|rồi|này)(?!\w)"
NOT_NAME = r"(?![^\S\n]+(?-i:[A-ZĐ]))"  # "tới" is the verb "to go" before a name
TAIL = rf"(?:{S}(?:tới{NOT_NAME}|sắp{S}tới|này|vừa{S}qua|vừa{S}rồi)(?!\w))"
LUN = rf"(?:{S0}\({S0}âm{S}lịch{S0}\)|{S}âm{S}lịch(?!\w)|{S0}\({S0}ÂL{S0}\))"
TZ = (
    rf"(?:{S0}\({S0}(?:tức|theo)?[^()\n]{{0,30}}?giờ[^()\n]{{1,30}}\)|"
    rf"{S0}\({S0}(?:GMT|UTC)[^()\n]{{0,8}}\)|"
    rf"{S}(?:theo{S})?giờ{S}(?:địa{S}phương|Hà{S}Nội|Việt{S}Nam|GMT|UTC|quốc{S}tế)(?!\w))"
)
WD = rf"(?:thứ{S}(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7](?!\d))|chủ{S}nhật)(?!\w)"
RS = (
    rf"(?:{S0}(?:-|–|—|,|&){S0}|{S}(?:và|đến|tới|hoặc|cho{S}đến){S})"
    rf"(?:(?:ngày|hôm){S})?"
)
RSW = rf"(?:{S0},{S0}|{S}(?:và|đến|tới|hoặc|cho{S}đến){S})(?:(?:ngày|hôm){S})?"  # no dash
RANGE = rf"(?:{S0}(?:-|–|—){S0}|{S}(?:đến|tới|cho{S}đến){S})"
DATEX = (
    rf"(?:{DS}{DAY}[/.\-]{MON}(?:[/.\-](?:{YEAR}|\d\d))?{DE}|"
    rf"{DS}{DAY}{S}tháng{S}{MTOK}(?:{S}năm{S}{YEAR}(?!\d))?)"
)
OUNIT = rf"(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|quý|năm|thập{S}kỷ|thập{S}niên|thế{S}kỷ)(?!\w)"
UNIT = (
    rf"(?:giây|phút|giờ{S}đồng{S}hồ|giờ|tiếng{S}đồng{S}hồ|"
    rf"tiếng(?!{S}(?:súng|nổ|kêu|chuông|còi|nói|la|hét|động|(?-i:[A-ZĐ])))|"
    rf"ngày{S}đêm|ngày|tuần{S}lễ|tuần|tháng|quý|năm|thập{S}kỷ|thập{S}niên|thế{S}kỷ)(?!\w)"
)
APPROX = rf"(?:(?:hơn|gần|khoảng|chừng|chưa{S}đầy|chưa{S}đến|ít{S}nhất|trên|dưới|tròn){S})?"
CANCHI = (
    rf"(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý){S}"
    rf"(?:Tý|Tí|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)(?!\w)"
)


def _clock(sfx: str) -> str:
    """A clock time: "10h30", "10 giờ 30 (phút)", "20:30", "chín giờ (rưỡi)"."""
    return (
        rf"(?:{DS}(?P<h{sfx}>2[0-4]|[01]?\d){S0}(?:h|giờ)(?![^\W\d])"
        rf"(?:{S0}(?P<mi{sfx}>[0-5]?\d)(?:{S0}(?:phút|p)(?!\w)|(?![\w:]))|{S}(?P<hr{sfx}>rưỡi)(?!\w))?"
        rf"|{DS}(?P<hc{sfx}>2[0-3]|[01]?\d):(?P<mc{sfx}>[0-5]\d){DE}"
        rf"|(?P<hw{sfx}>{NUMW}){S}giờ(?!\w)(?:{S}(?:(?P<mw{sfx}>{NUMW}){S}phút(?!\w)|"
        rf"(?P<hwr{sfx}>rưỡi)(?!\w)))?)"
    )


# Pieces that stand before a date: "cuối", "sáng", "hai ngày", "ngày"/"hôm"/"mùng".
def _prefix(lead: bool = True) -> str:
    head = rf"(?:(?P<pos>{POS}){S})?(?:(?P<dp>{DP}){S})?(?:(?P<cnt>{NUMW}|\d{{1,2}}){S}(?=ngày))?"
    if lead:
        head += rf"(?:(?P<lead>ngày|hôm|mùng|mồng){S})?"
    return head


_YEAR_TAIL = (
    rf"(?:{S0}[/.\-]{S0}(?P<y>{YEAR}|\d\d){DE}|{S}năm{S}(?:(?P<y2>{YEAR})(?!\d)|(?P<yr>{YREL})))"
)


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    pattern: str
    handler: Callable[[re.Match[str], str], TimeMention | None]


# ------------------------------------------------------------------------- word tables
_WEEKDAYS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5, "bẩy": 5}
_WEEKDAY_DIGITS = {"2": 0, "3": 1, "4": 2, "5": 3, "6": 4, "7": 5}
_MONTH_WORDS = {
    "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "bẩy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}  # fmt: skip
_DAYPARTS = {
    "rạng sáng": "MO", "sáng sớm": "MO", "sáng": "MO", "gần trưa": "MI", "trưa": "MI",
    "chiều tối": "EV", "xế chiều": "AF", "chiều": "AF", "tối muộn": "EV", "tối": "EV",
    "đêm khuya": "NI", "đêm": "NI", "khuya": "NI", "nửa đêm": "NI",
}  # fmt: skip
_PARTS = {
    "đầu": "early", "giữa": "mid", "cuối": "late", "thượng tuần": "early",
    "trung tuần": "mid", "hạ tuần": "late",
}  # fmt: skip
_YEAR_REL = {
    "nay": 0, "này": 0, "ngoái": -1, "trước": -1, "qua": -1, "rồi": -1, "vừa qua": -1,
    "vừa rồi": -1, "kia": -2, "tới": 1, "sau": 1,
}  # fmt: skip
_UNITS = {"ngày": "day", "tuần": "week", "tháng": "month", "quý": "quarter", "năm": "year"}
_DURATION_UNITS = {
    "giây": ("T", "S", 1), "phút": ("T", "M", 1), "giờ": ("T", "H", 1), "tiếng": ("T", "H", 1),
    "ngày": ("", "D", 1), "tuần": ("", "W", 1), "tháng": ("", "M", 1), "quý": ("", "M", 3),
    "năm": ("", "Y", 1), "thập kỷ": ("", "Y", 10), "thập niên": ("", "Y", 10),
    "thế kỷ": ("", "Y", 100),
}  # fmt: skip
_STEMS = {
    "giáp": 0,
    "ất": 1,
    "bính": 2,
    "đinh": 3,
    "mậu": 4,
    "kỷ": 5,
    "canh": 6,
    "tân": 7,
    "nhâm": 8,
    "quý": 9,
}
_BRANCHES = {
    "tý": 0,
    "tí": 0,
    "sửu": 1,
    "dần": 2,
    "mão": 3,
    "mẹo": 3,
    "thìn": 4,
    "tỵ": 5,
    "tị": 5,
    "ngọ": 6,
    "mùi": 7,
    "thân": 8,
    "dậu": 9,
    "tuất": 10,
    "hợi": 11,
}


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


# Words after which "thứ hai/ba…" is an ordinal ("lần thứ ba", "bên thứ ba").
_ORDINAL_HEADS = _words(
    "lần bên người nước kỳ khóa khoá phiên vòng hạng vị trí lượt đợt con cháu đời thế hệ số "
    "chương phần mục điều khoản tầng trận ván hiệp mùa đứa ông bà vợ chồng quốc gia giai đoạn "
    "cuộc năm tháng tuần ngày chiếc cái chuyến loạt nhiệm liên tiếp"
)
# Words before "1/3" that make it a fraction, and words after it.
_FRACTION_BEFORE = _words(
    "khoảng hơn gần chừng chiếm tới trên dưới còn mất bằng tăng giảm đạt là có được với gấp vòng lệ"
)
_FRACTION_AFTER = _words(
    "số dân diện tổng lượng phần trong các những thế dung sản nguồn ngân lực kim giá"
)
# Counted nouns after a four-digit number ("2000 người" is not a year), and words before it.
_NOT_YEAR_AFTER = _words(
    "người binh quân lính tỷ tỉ triệu nghìn ngàn usd đô đồng euro km m mét tấn kg chiếc con "
    "căn ngôi hộ học sinh doanh công trường ca vụ dự máy xe tàu ha héc lít thùng lượt phiếu "
    "ghế đại thành nhân cán đơn điểm bài trang tên quả viên khẩu cây gói bao lần ký"
)
_NOT_YEAR_BEFORE = _words(
    "khoảng hơn gần chừng tới có số mã với mất tổng khoản điều hạng top nhóm phòng lô"
)
# Words before "N giờ" that make it a clock time ("lúc 2 giờ"), and words that make "24h",
# "3 giờ" a duration ("trong 24h", "sau 3 giờ", "khoảng hai giờ": about two hours).
_CLOCK_CUES = _words("lúc vào từ đến tới hồi")
_DURATION_CUES = _words("trong suốt sau mất dài hơn gần khoảng chừng")
# "một ngày" after or before these is "a day (like…)", not a duration.
_A_DAY_BEFORE = _words("là như vào có thành từng lại mỗi một hôm đúng")
_A_DAY_AFTER = _words("như nào nọ kia mới đặc lịch trọng đáng quan buồn vui tồi đẹp khó")
# "năm tháng" after these is "years" (literary), not five months.
_YEARS = _words("những bao các mấy nhiều qua")

_WORD_AFTER_RX = re.compile(r"[^\S\n]*(\w+)")
_WORD_BEFORE_RX = re.compile(r"(\w+)\W*$")


def _norm(s: str | None) -> str:
    return " ".join(s.lower().split()) if s else ""


def _word_before(text: str, pos: int) -> str:
    m = _WORD_BEFORE_RX.search(text, max(0, pos - 30), pos)
    return m.group(1).lower() if m else ""


def _word_after(text: str, pos: int) -> str:
    m = _WORD_AFTER_RX.match(text, pos)
    return m.group(1).lower() if m else ""


def _g(m: re.Match[str], name: str) -> str | None:
    """Group ``name`` of ``m``, or None when the rule has no such group."""
    return m[name] if name in m.re.groupindex else None


def _mk(m: re.Match[str], text: str, **kw: object) -> TimeMention:
    return TimeMention(m.start(), m.end(), text[m.start() : m.end()], **kw)  # type: ignore[arg-type]


def _cut(mention: TimeMention, text: str, end: int) -> TimeMention:
    """The mention shortened to end at ``end`` (trailing spaces dropped)."""
    while end > mention.start and text[end - 1].isspace():
        end -= 1
    mention.end = end
    mention.text = text[mention.start : end]
    return mention


def _num(s: str | None) -> int | None:
    return parse_number(s) if s else None


def _month(s: str | None) -> int | None:
    if not s:
        return None
    s = _norm(s)
    return int(s) if s.isdigit() else _MONTH_WORDS.get(s)


def _year(y: str | None) -> int | None:
    if not y:
        return None
    v = int(y)
    return 2000 + v if len(y) == 2 else v


def _weekday(s: str) -> int:
    s = _norm(s)
    if s.startswith("chủ"):
        return 6
    word = s.split()[-1]
    return _WEEKDAY_DIGITS.get(word, _WEEKDAYS.get(word, 0))


def _common(m: re.Match[str], mention: TimeMention) -> TimeMention:
    """The prefix parts: đầu/giữa/cuối and the part of the day."""
    if pos := _g(m, "pos"):
        mention.part = _PARTS[_norm(pos)]  # type: ignore[assignment]
    if dp := _g(m, "dp"):
        mention.daypart = _DAYPARTS.get(_norm(dp).removeprefix("buổi "))
    return mention


def _apply_tail(mention: TimeMention, tail: str | None) -> None:
    tail = _norm(tail)
    if tail in ("tới", "sắp tới"):
        mention.direction = 1
    elif tail in ("vừa qua", "vừa rồi"):
        mention.direction = -1


def _apply_year(m: re.Match[str], mention: TimeMention, sfx: str = "") -> None:
    y = _g(m, "y" + sfx) or _g(m, "y2" + sfx)
    if y:
        mention.year = _year(y)
    elif yr := _g(m, "yr" + sfx):
        mention.unit, mention.offset, mention.anchor = "year", _YEAR_REL[_norm(yr)], "publication"


_DATEX_RX = re.compile(
    rf"(?P<d>{DAY})(?:[/.\-](?P<m>{MON})(?:[/.\-](?P<y>{YEAR}|\d\d))?|{S}tháng{S}(?P<mt>{MTOK})"
    rf"(?:{S}năm{S}(?P<y2>{YEAR}))?)",
    re.IGNORECASE,
)


def _datex(mention: TimeMention, s: str | None) -> None:
    """Fill day/month/year from a bracketed or appended date ("7/7", "7 tháng 7 năm 2022")."""
    if not s:
        return
    dm = _DATEX_RX.search(s)
    if dm:
        mention.day = int(dm["d"])
        mention.month = int(dm["m"]) if dm["m"] else _month(dm["mt"])
        mention.year = _year(dm["y"] or dm["y2"])


# ------------------------------------------------------------------------------ handlers
def _h_clock(m: re.Match[str], text: str) -> TimeMention | None:
    hour = _num(_g(m, "h") or _g(m, "hc") or _g(m, "hw"))
    minute_s = _g(m, "mi") or _g(m, "mc") or _g(m, "mw")
    half = _g(m, "hr") or _g(m, "hwr")
    minute = 30 if half else _num(minute_s)
    if hour is None or hour > 24:
        return None
    raw = text[m.start() : m.end()].lower()
    formatted = bool(_g(m, "hc")) or re.match(r"\d+\s*h", raw) is not None
    rd_word = _norm(_g(m, "rd"))
    if rd_word == "qua" and not _g(m, "dp"):
        # "trong 24h qua": the last 24 hours
        return _mk(
            m, text, kind="duration", duration=f"PT{hour}H" + (f"{minute}M" if minute else "")
        )
    context = bool(_g(m, "dp") or _g(m, "date") or rd_word or _g(m, "wd") or _g(m, "tz"))
    context = context or bool(_g(m, "tz2"))
    clock_hour = hour is not None and 13 <= hour <= 23
    before = _word_before(text, m.start())
    if not context and minute is None and before in _DURATION_CUES:
        formatted = clock_hour = False  # "trong 24h", "sau 3 giờ"
    if not (formatted or context or clock_hour or before in _CLOCK_CUES):
        # "hai giờ", "2 giờ 30 phút" with no clock cue: a duration.
        head = m.start("dash") if _g(m, "dash") else m.end()  # "2 giờ đến 3 giờ": the first
        value = f"PT{hour}H" + (f"{minute}M" if minute else "")
        return _cut(_mk(m, text, kind="duration", duration=value), text, head)
    mention = _common(m, _mk(m, text, kind="time", hour=hour, minute=minute or 0))
    if tz := _g(m, "tz") or _g(m, "tz2"):
        mention.tz_note = tz.strip(" ()")
    _datex(mention, _g(m, "date"))
    if rd := _norm(_g(m, "rd")):
        word = rd.split()[-1]
        mention.unit, mention.anchor = "day", "publication"
        mention.offset = {"nay": 0, "qua": -1, "mai": 1}[word]
        _datex(mention, _g(m, "rbd"))  # "21 giờ 45 tối qua (22/5)"
    if wd := _g(m, "wd"):
        mention.weekday = _weekday(wd)
        _datex(mention, _g(m, "bd"))
    if mention.day is None and mention.unit is None and mention.weekday is None:
        mention.anchor = "previous"  # a bare clock time is on the day the text is about
    h2 = _num(_g(m, "h2") or _g(m, "hc2") or _g(m, "hw2"))
    if h2 is not None and h2 <= 24:
        end = TimeMention(mention.start, mention.end, mention.text, kind="time", hour=h2)
        end.minute = (
            30
            if (_g(m, "hr2") or _g(m, "hwr2"))
            else (_num(_g(m, "mi2") or _g(m, "mc2") or _g(m, "mw2")) or 0)
        )
        mention.range_end = end
    return mention


def _h_weekday(m: re.Match[str], text: str) -> TimeMention | None:
    wd = m["wd"]
    word = wd.split()[-1]
    is_sunday = wd.lower().startswith("chủ")
    lead = _norm(_g(m, "lead"))
    has_date = bool(_g(m, "bd") or _g(m, "fd"))
    cue = bool(_g(m, "dp")) or lead == "hôm" or has_date or bool(_g(m, "wrel") or _g(m, "dir"))
    before = _word_before(text, m.start())
    if not is_sunday and not cue:
        if word[0].isdigit():
            if lead == "ngày" or before not in ("vào", "các", "mỗi", "từ", "đến", "tới", "hôm"):
                return None
        elif word[0].islower():
            # "thứ ba" is "third" unless a cue says it is Tuesday.
            if lead == "ngày" or before not in ("vào", "hôm"):
                return None
        elif before in _ORDINAL_HEADS and not lead:
            return None
    mention = _common(m, _mk(m, text, weekday=_weekday(wd)))
    if lead == "hôm":
        mention.direction = -1  # "hôm thứ Ba": a day that has come
    if (wrel := _g(m, "wrel")) and not has_date:
        # "Chủ nhật tuần trước (24/9)": the date said is the day; the week only agrees
        mention.unit, mention.anchor = "week", "publication"
        mention.offset = {"này": 0, "trước": -1, "qua": -1, "rồi": -1, "tới": 1, "sau": 1}[
            _norm(wrel)
        ]
    _apply_tail(mention, _g(m, "dir"))
    _datex(mention, _g(m, "bd") or _g(m, "fd"))
    if tz := _g(m, "tz"):
        mention.tz_note = tz.strip(" ()")
    return mention


def _h_relday(m: re.Match[str], text: str) -> TimeMention | None:
    mention = _common(m, _mk(m, text, unit="day", anchor="publication"))
    if dp2 := _g(m, "dp2"):
        mention.daypart = _DAYPARTS.get(_norm(dp2).removeprefix("buổi "))
    word = _norm(_g(m, "hq") or _g(m, "hh") or _g(m, "nn"))
    offsets = {"nay": 0, "qua": -1, "kia": -2, "mai": 1, "mốt": 2}
    if _g(m, "nn"):
        offsets["kia"] = 2  # "ngày kia": the day after tomorrow
    if word in ("sau", "trước", "đó", "ấy", "trước đó", "sau đó"):
        mention.anchor = "previous"
        mention.offset = {"sau": 1, "trước": -1}.get(word.split()[0], 0)
    else:
        mention.offset = offsets[word]
    if bd := _g(m, "bd"):
        _datex(mention, bd)
    return mention


def _days_and_range(m: re.Match[str], text: str, mention: TimeMention) -> None:
    d1 = _g(m, "d1")
    dl = _g(m, "dl")
    mention.day = _num(d1)
    if dl and dl != d1:
        end = TimeMention(m.start("dl"), m.end(), text[m.start("dl") : m.end()])
        end.day = _num(dl)
        mention.range_end = end


def _share(mention: TimeMention) -> None:
    """Fill the parts a range states once in both ends: "7 và 8/7" gives the 7th month 7,
    "tháng 11 đến tháng 2/2022" gives the 11th the year 2021 (a range does not go back)."""
    end = mention.range_end
    if end is None:
        return
    if mention.month is None:
        mention.month = end.month
    if end.month is None:
        end.month = mention.month
    if end.year is None:
        end.year = mention.year
    if end.unit is None:
        end.unit, end.offset, end.anchor = mention.unit, mention.offset, mention.anchor
    end.lunar = end.lunar or mention.lunar
    end.direction = end.direction or mention.direction
    if (
        mention.year is not None
        and mention.year == end.year
        and mention.month is not None
        and end.month is not None
        and (mention.month, mention.day or 1) > (end.month, end.day or 1)
    ):
        mention.year -= 1


def _h_date_range(m: re.Match[str], text: str) -> TimeMention | None:
    mention = _common(m, _mk(m, text, day=int(m["d1"]), month=int(m["m1"])))
    end = TimeMention(m.start("d2"), m.end(), text[m.start("d2") : m.end()])
    end.day, end.month, end.year = int(m["d2"]), int(m["m2"]), _year(_g(m, "y2"))
    mention.year = _year(_g(m, "y1")) or end.year
    mention.range_end = end
    _apply_tail(mention, _g(m, "tail"))
    _share(mention)
    return mention


def _h_date_num(m: re.Match[str], text: str) -> TimeMention | None:
    sep = m["sep"]
    has_year = bool(_g(m, "y") or _g(m, "y2") or _g(m, "yr"))
    lead = _norm(_g(m, "lead"))
    context = bool(lead or _g(m, "dp") or _g(m, "pos") or _g(m, "cnt"))
    ranged = bool(_g(m, "dl"))
    if sep != "/" and not (context or has_year):
        return None  # "2-1" (a score), "17.2" (a version)
    if sep == "." and not (has_year or lead):
        return None
    if _g(m, "y") and len(m["y"]) == 2 and sep != "/":
        return None
    month = int(m["m"])
    if not (context or has_year or ranged):
        before = _word_before(text, m.start())
        after = _word_after(text, m.end())
        day = _num(_g(m, "d1")) or 0
        prev_char = text[m.start() - 1] if m.start() else ""
        if prev_char != "(":
            if (day, month) == (24, 7):
                return None  # "24/7": around the clock
            if day < month and (before in _FRACTION_BEFORE or after in _FRACTION_AFTER):
                return None  # "1/3 dân số"
            if after in _FRACTION_AFTER and day <= 10 and month <= 10:
                return None
    mention = _common(m, _mk(m, text, month=month))
    _days_and_range(m, text, mention)
    _apply_year(m, mention)
    if lead == "hôm":
        mention.direction = -1  # "hôm 14/12": a day that has come
    _apply_tail(mention, _g(m, "tail"))
    if _g(m, "lun"):
        mention.lunar = True
    if tz := _g(m, "tz"):
        mention.tz_note = tz.strip(" ()")
    _share(mention)
    return mention


def _h_date_text(m: re.Match[str], text: str) -> TimeMention | None:
    lead = _norm(_g(m, "lead"))
    d1 = _g(m, "d1") or ""
    if not d1[:1].isdigit() and lead not in ("ngày", "mùng", "mồng"):
        return None
    month = _month(m["mt"])
    sure = bool(_g(m, "y") or _g(m, "y2") or _g(m, "lun"))
    if month is None or not _month_word_ok(m["mt"], sure):
        return None
    mention = _common(m, _mk(m, text, month=month))
    _days_and_range(m, text, mention)
    if mention.day is None or not 1 <= mention.day <= 31:
        return None
    _apply_year(m, mention)
    _apply_tail(mention, _g(m, "tail"))
    if _g(m, "lun") or _norm(m["mt"]) in ("giêng", "chạp"):
        mention.lunar = True
    _share(mention)
    return mention


def _h_date_day(m: re.Match[str], text: str) -> TimeMention | None:
    lead = _norm(m["lead"])
    d = m["d"]
    if not d[:1].isdigit() and lead == "ngày":
        return None  # "ngày một tăng": more and more
    day = _num(d)
    if day is None or not 1 <= day <= 31:
        return None
    mention = _common(m, _mk(m, text, day=day))
    _apply_tail(mention, _g(m, "tail"))
    if _g(m, "lun"):
        mention.lunar = True
    return mention


def _month_word_ok(word: str, sure: bool) -> bool:
    """Word months need a capital ("tháng Năm") or a year/lunar mark ("tháng năm 2022")."""
    if word[:1].isdigit() or sure:
        return True
    return word[:1].isupper() or _norm(word) in ("giêng", "chạp")


def _h_month(m: re.Match[str], text: str) -> TimeMention | None:
    has_year = bool(_g(m, "y") or _g(m, "y2") or _g(m, "yr") or _g(m, "lun"))
    if not _month_word_ok(m["m"], has_year):
        return None
    mention = _common(m, _mk(m, text, month=_month(m["m"])))
    _apply_year(m, mention)
    _apply_tail(mention, _g(m, "tail"))
    if _g(m, "lun") or _norm(m["m"]) in ("giêng", "chạp"):
        mention.lunar = True
    if m2 := _g(m, "m2"):
        if not _month_word_ok(m2, has_year):
            return _cut(mention, text, m.end("m"))  # "tháng 3 và năm…": only the month
        end = TimeMention(m.start("m2"), m.end(), text[m.start("m2") : m.end()])
        end.month = _month(m2)
        mention.range_end = end
        _share(mention)
    return mention


def _h_quarter(m: re.Match[str], text: str) -> TimeMention | None:
    mention = _common(m, _mk(m, text))
    if qr := _g(m, "qr"):
        mention.unit, mention.anchor = "quarter", "publication"
        mention.offset = _YEAR_REL.get(_norm(qr), 0)
        return mention
    q = _norm(m["q"])
    value = {"đầu tiên": 1, "đầu": 1, "cuối": 4, "cuối cùng": 4}.get(q)
    if value is None:
        value = parse_roman(q) if q.isalpha() and set(q) <= set("iv") else _num(q)
    if value is None or not 1 <= value <= 4:
        return None
    mention.quarter = value
    _apply_year(m, mention)
    return mention


def _h_half(m: re.Match[str], text: str) -> TimeMention | None:
    which = _norm(m["hw"])
    mention = _mk(m, text)
    if _norm(m["hu"]) == "năm":
        mention.half = 1 if which == "đầu" else 2
        _apply_year(m, mention)
    else:
        mention.part = "early" if which == "đầu" else "late"
        if mr := _g(m, "mr"):
            mention.unit, mention.anchor = "month", "publication"
            mention.offset = _YEAR_REL.get(_norm(mr), 0)
        elif mm := _g(m, "mm"):
            mention.month = _month(mm)
            _apply_year(m, mention)
        else:
            mention.unit, mention.anchor, mention.offset = "month", "publication", 0
    return mention


def _h_year(m: re.Match[str], text: str) -> TimeMention | None:
    mention = _common(m, _mk(m, text))
    if yw := _g(m, "yw"):
        value = parse_number(yw)
        if value is None or not 1000 <= value <= 2199:
            return None
        mention.year = value
        return mention
    mention.year = int(m["y"])
    if y2 := _g(m, "y2"):
        end = TimeMention(m.start("y2"), m.end(), text[m.start("y2") : m.end()], year=int(y2))
        if end.year is not None and end.year > mention.year:
            mention.range_end = end
    if _g(m, "lun"):
        mention.lunar = True
    return mention


def _h_bare_year(m: re.Match[str], text: str) -> TimeMention | None:
    before = _word_before(text, m.start())
    after = _word_after(text, m.end())
    if before in _NOT_YEAR_BEFORE or after in _NOT_YEAR_AFTER:
        return None
    if not 1900 <= int(m["y"]) <= 2100:
        return None
    return _h_year(m, text)


def _h_rel(m: re.Match[str], text: str) -> TimeMention | None:
    unit = _UNITS[_norm(m["u"])]
    rel = _norm(m["r"])
    if unit != "year" and rel in ("nay", "ngoái", "kia"):
        return None
    if rel in ("trước", "sau") and _word_after(text, m.end()) == "khi":
        return None
    mention = _common(m, _mk(m, text, unit=unit, anchor="publication"))
    if rel in ("đó", "ấy"):
        mention.anchor, mention.offset = "previous", 0
    elif _g(m, "do"):
        mention.anchor = "previous"
        mention.offset = 1 if rel in ("sau", "tới", "sau nữa", "kế tiếp", "tiếp theo") else -1
    elif rel == "sau" and _opens_narrative(text, m.start(), m.end()):
        # "Năm sau, ông Obama tới Hà Nội …": the year after the one just told
        mention.anchor, mention.offset = "previous", 1
    else:
        mention.offset = {
            "này": 0, "nay": 0, "trước": -1, "qua": -1, "rồi": -1, "vừa qua": -1,
            "vừa rồi": -1, "ngoái": -1, "kia": -2, "trước nữa": -2, "tới": 1, "sau": 1,
            "sắp tới": 1, "kế tiếp": 1, "tiếp theo": 1, "sau nữa": 2,
        }[rel]  # fmt: skip
    return mention


_FUTURE_CUE = re.compile(r"(?<!\w)(?:sẽ|dự kiến|sắp|kế hoạch|dự định)(?!\w)", re.IGNORECASE)


def _opens_narrative(text: str, start: int, end: int) -> bool:
    """Whether "Năm sau," opens a sentence that tells a past event (no "sẽ" in it)."""
    prefix = text[:start].rstrip(" \t")
    if prefix and not prefix.endswith((".", "!", "?", "\n")):
        return False
    if text[end : end + 1] != ",":
        return False
    stop = text.find(".", end)
    return _FUTURE_CUE.search(text, end, stop if stop != -1 else len(text)) is None


def _h_pos_bare(m: re.Match[str], text: str) -> TimeMention | None:
    unit = _UNITS[_norm(m["u"])]
    mention = _common(m, _mk(m, text, unit=unit, anchor="publication", offset=0))
    return mention


def _h_same(m: re.Match[str], text: str) -> TimeMention | None:
    unit = _norm(m["u"])
    if unit != "ngày" and not _g(m, "that"):
        nxt = text[m.end() : m.end() + 2].lstrip(" \t")
        if nxt and nxt[0].isalnum():
            return None  # "cùng năm nước": together with five countries
    return _mk(m, text, unit=_UNITS[unit], anchor="previous", offset=0)


def _duration_value(n: float | None, unit: str) -> str:
    t, letter, mult = _DURATION_UNITS[unit]
    if n is None:
        return f"P{t}X{letter}"
    n = n * mult
    if letter == "Y" and n != int(n):
        return f"P{round(n * 12)}M"
    if letter == "W" and n != int(n):
        return f"P{round(n * 7)}D"
    amount = f"{int(n)}" if n == int(n) else f"{n:g}"
    return f"P{t}{amount}{letter}"


def _quantity(s: str | None) -> float | None:
    """Number of a duration: digits ("1,5"), words, "nửa"; None for vague ones ("nhiều")."""
    if not s:
        return None
    s = _norm(s)
    if s == "nửa":
        return 0.5
    if re.fullmatch(r"\d+,\d+", s):
        return float(s.replace(",", "."))
    v = parse_number(s)
    return float(v) if v is not None else None


def _unit_key(u: str) -> str:
    u = _norm(u)
    for key in ("giờ", "tiếng", "ngày", "tuần"):
        if u.startswith(key):
            return key
    return u


def _h_offset(m: re.Match[str], text: str) -> TimeMention | None:
    n_s = m["n"]
    n = _quantity(n_s)
    vague = n is None and _norm(n_s) != ""
    if n is None and not vague:
        return None
    unit_word = _unit_key(m["u"])
    pre = _norm(_g(m, "pre"))
    rel = _norm(_g(m, "r"))
    if not pre and not rel:
        return None
    unit = _UNITS.get(unit_word)
    count = int(n) if n is not None and n == int(n) else None
    duration = _duration_value(n, unit_word)
    if vague:
        if rel in ("tới", "nữa", "sắp tới", "sau"):
            return _mk(m, text, kind="ref", ref=FUTURE_REF)
        return _mk(m, text, kind="ref", ref=PAST_REF)
    if pre == "cách đây" or rel in ("về trước",) or (pre == "" and rel == "trước"):
        after = text[m.end() : m.end() + 3].lstrip(" \t")
        if pre == "" and rel == "trước" and after[:1].isalpha():
            nxt = _word_after(text, m.end())
            if nxt not in ("đã", "từng", "vừa", "thì", "là", "mới"):
                # "8 ngày trước khi…", "2 ngày trước cuộc bầu cử": a duration
                return _cut(_mk(m, text, kind="duration", duration=duration), text, m.end("u"))
        if unit is None or count is None:
            return _mk(m, text, kind="duration", duration=duration)
        return _mk(m, text, unit=unit, offset=-count, anchor="publication")
    if pre in ("trước đó", "sau đó") or rel in ("trước đó", "sau đó"):
        if unit is None or count is None:
            return _mk(m, text, kind="duration", duration=duration)
        sign = -1 if "trước" in (pre or rel) else 1
        return _mk(m, text, unit=unit, offset=sign * count, anchor="previous")
    if rel == "sau":
        after = text[m.end() : m.end() + 3].lstrip(" \t")
        if after[:1].isalpha() or unit is None or count is None:
            # "8 ngày sau khi…", "một năm sau xung đột": a duration
            return _cut(_mk(m, text, kind="duration", duration=duration), text, m.end("u"))
        return _mk(m, text, unit=unit, offset=count, anchor="previous")
    if rel == "nữa":
        if unit is None or count is None:
            return _mk(m, text, kind="duration", duration=duration)
        return _mk(m, text, unit=unit, offset=count, anchor="publication")
    # "3 ngày qua", "2 tuần tới", "5 năm nay", "3 năm trở lại đây": the stretch of time
    return _mk(m, text, kind="duration", duration=duration)


def _h_duration(m: re.Match[str], text: str) -> TimeMention | None:
    if uh := _g(m, "uh"):
        return _mk(m, text, kind="duration", duration=_duration_value(None, _unit_key(uh)))
    if un := _g(m, "un"):
        return _mk(m, text, kind="duration", duration=_duration_value(0.5, _unit_key(un)))
    n = _quantity(m["n"])
    unit = _unit_key(m["u"])
    if _norm(m["n"]) == "một" and (
        _word_before(text, m.start()) in _A_DAY_BEFORE or _word_after(text, m.end()) in _A_DAY_AFTER
    ):
        return None  # "như một ngày lịch sử": a day, not a duration
    if _norm(m["n"]) == "năm" and unit == "tháng" and _word_before(text, m.start()) in _YEARS:
        return None  # "những năm tháng": years (literary), not five months
    if n is None and not re.match(VAGUE + "$", _norm(m["n"]), re.IGNORECASE):
        return None
    if n is not None and _g(m, "half"):
        n += 0.5
    value = _duration_value(n, unit)
    if (u2 := _g(m, "u2")) and n is not None and (n2 := _quantity(m["n2"])) is not None:
        value = _join_durations(value, _duration_value(n2, _unit_key(u2)))
    return _mk(m, text, kind="duration", duration=value)


def _join_durations(a: str, b: str) -> str:
    """ "P2Y" + "P3M" → "P2Y3M"; "PT2H" + "PT30M" → "PT2H30M"; "P1D" + "PT2H" → "P1DT2H"."""
    date_a, _, time_a = a[1:].partition("T")
    date_b, _, time_b = b[1:].partition("T")
    time_part = time_a + time_b
    return "P" + date_a + date_b + (f"T{time_part}" if time_part else "")


def _h_set(m: re.Match[str], text: str) -> TimeMention | None:
    unit = _norm(_g(m, "u")) or "năm"
    return _mk(m, text, kind="set", duration=_duration_value(1, unit))


def _h_refs(m: re.Match[str], text: str) -> TimeMention | None:
    rel = _norm(m["r"])
    future = rel in ("tới", "sắp tới", "tiếp theo", "sau này", "kế tiếp")
    return _mk(m, text, kind="ref", ref=FUTURE_REF if future else PAST_REF)


_DEICTIC = {
    "hiện nay": PRESENT_REF, "hiện tại": PRESENT_REF, "hiện giờ": PRESENT_REF,
    "bây giờ": PRESENT_REF, "ngay bây giờ": PRESENT_REF, "lúc này": PRESENT_REF,
    "giờ đây": PRESENT_REF, "hiện thời": PRESENT_REF, "trước đây": PAST_REF,
    "trước kia": PAST_REF, "thời gian qua": PAST_REF, "thời gian gần đây": PAST_REF,
    "gần đây": PAST_REF, "mới đây": PAST_REF, "sắp tới": FUTURE_REF,
    "thời gian tới": FUTURE_REF, "tương lai": FUTURE_REF, "tương lai gần": FUTURE_REF,
    "sau này": FUTURE_REF, "tới đây": FUTURE_REF,
}  # fmt: skip


def _h_deictic(m: re.Match[str], text: str) -> TimeMention | None:
    return _mk(m, text, kind="ref", ref=_DEICTIC[_norm(m["dx"])])


def _h_decade(m: re.Match[str], text: str) -> TimeMention | None:
    if y := _g(m, "y"):
        decade = int(y)
    elif yy := _g(m, "yy"):
        decade = 1900 + int(yy)
    else:
        v = parse_number(m["yw"])
        if v is None or v % 10 or not 10 <= v <= 90:
            return None
        decade = 1900 + v
    return _mk(m, text, decade=decade)


def _h_century(m: re.Match[str], text: str) -> TimeMention | None:
    c = m["c"]
    value = int(c) if c.isdigit() else parse_roman(c)
    if value is None or not 1 <= value <= 22:
        return None
    return _mk(m, text, century=value)


def _h_tet(m: re.Match[str], text: str) -> TimeMention | None:
    name = _norm(_g(m, "n"))
    mention = _mk(m, text, lunar=True, month=1, day=_num(_g(m, "d")) or 1)
    if name == "dương lịch":
        mention.lunar, mention.day = False, 1
    elif name == "trung thu":
        mention.month, mention.day = 8, 15
    elif name == "đoan ngọ":
        mention.month, mention.day = 5, 5
    elif name == "hàn thực":
        mention.month, mention.day = 3, 3
    if mention.day is None or not 1 <= mention.day <= 30:
        return None
    _cycle(mention, _g(m, "cc"))
    mention.year = _year(_g(m, "y"))
    return mention


def _cycle(mention: TimeMention, cc: str | None) -> None:
    """Record a can chi year name ("Giáp Thìn") as its position in the 60-year cycle."""
    if not cc:
        return
    stem, branch = _norm(cc).split()
    s, b = _STEMS[stem], _BRANCHES[branch]
    # Giáp Tý is 1984: a year y has stem (y - 4) % 10 and branch (y - 4) % 12.
    for pos in range(60):
        if (pos - 4) % 10 == s and (pos - 4) % 12 == b:
            mention.cycle = pos
            return


def _h_ram(m: re.Match[str], text: str) -> TimeMention | None:
    mention = _mk(m, text, lunar=True, day=15, month=_month(m["m"]))
    if mention.month is None:
        return None
    _apply_year(m, mention)
    return mention


def _h_holiday(m: re.Match[str], text: str) -> TimeMention | None:
    name = _norm(m["hol"])
    if "hùng" in name:
        mention = _mk(m, text, lunar=True, month=3, day=10)
    else:
        mention = _mk(m, text, month=12, day=25)
    mention.year = _year(_g(m, "y"))
    return mention


def _h_dp_bare(m: re.Match[str], text: str) -> TimeMention | None:
    mention = _common(m, _mk(m, text, kind="time", anchor="previous", unit="day", offset=0))
    if _norm(m["dp"]) == "nửa đêm":
        mention.hour, mention.minute = 24, 0
    return mention


# --------------------------------------------------------------------------------- rules
_CLOCK_RULE = (
    _clock("")
    + rf"(?:(?P<dash>{S0}(?:-|–|—){S0}|{S}(?:đến|tới){S}){_clock('2')})?"
    + rf"(?:{S}(?P<dp>{DP})(?!\w))?"
    + rf"(?P<tz>{TZ})?"
    + rf"(?:{S0},?{S0}(?:(?:ngày|hôm){S})?(?P<date>{DATEX})"
    + rf"|{S}(?P<rd>hôm{S}nay|hôm{S}qua|ngày{S}mai|nay|qua|mai)(?!\w)"
    + rf"(?:{S0}\({S0}(?:ngày{S})?(?P<rbd>{DATEX}){S0}\))?"
    + rf"|{S0},?{S0}(?:(?:ngày|hôm){S})?(?P<wd>{WD})(?:{S0}\({S0}(?P<bd>{DATEX}){S0}\))?)?"
    + rf"(?P<tz2>{TZ})?"
)

_RULES: list[_Rule] = [
    _Rule("clock", _CLOCK_RULE, _h_clock),
    _Rule(
        "half_year",
        rf"(?P<hn>nửa|sáu{S}tháng|6{S}tháng){S}(?P<hw>đầu|cuối|sau){S}(?P<hu>năm)(?!\w)"
        rf"(?:{S}(?P<y>{YEAR})(?!\d)|{S}(?P<yr>{YREL}))?",
        _h_half,
    ),
    _Rule(
        "half_month",
        rf"(?P<hn>nửa){S}(?P<hw>đầu|cuối|sau){S}(?P<hu>tháng)(?!\w)"
        rf"(?:{S}(?P<mm>{MTOK})(?:{S0}[/.\-]{S0}(?P<y>{YEAR})(?!\d)|{S}năm{S}(?:(?P<y2>{YEAR})"
        rf"(?!\d)|(?P<yr>{YREL})))?|{S}(?P<mr>này|trước|tới|sau|qua)(?!\w))?",
        _h_half,
    ),
    _Rule(
        "decade",
        rf"(?:thập{S}niên|thập{S}kỷ|những{S}năm|các{S}năm){S}(?:(?P<y>1[5-9]\d0|20\d0)|"
        rf"(?P<yy>[1-9]0)|(?P<yw>{NUMW})){DE}(?:{S}(?:của|thuộc){S}thế{S}kỷ{S}(?:trước|XX|20)(?!\w))?",
        _h_decade,
    ),
    _Rule("century", rf"thế{S}kỷ{S}(?P<c>\d{{1,2}}|[XVI]{{1,6}})(?!\w)", _h_century),
    _Rule(
        "weekday",
        rf"(?:(?P<dp>{DP}){S})?(?:(?P<lead>ngày|hôm){S})?(?P<wd>{WD})"
        rf"(?:{S}tuần{S}(?P<wrel>này|trước|tới|sau|qua|rồi)(?!\w))?"
        rf"(?:{S}(?P<dir>tới{NOT_NAME}|này|vừa{S}qua|vừa{S}rồi)(?!\w))?"
        rf"(?:{S0}\({S0}(?:ngày{S})?(?P<bd>{DATEX}){S0}\)"
        rf"|{S0},?{S0}(?:ngày{S})?(?P<fd>{DATEX}))?"
        rf"(?P<tz>{TZ})?",
        _h_weekday,
    ),
    _Rule(
        "relday",
        rf"(?:(?P<dp>{DP}){S}(?P<hq>nay|qua{NOT_NAME}|mai)(?!\w)"
        rf"|(?:(?P<dp2>{DP}){S})?(?:(?:ngày{S})?hôm{S}(?P<hh>nay|qua|kia|sau|trước{S}đó|trước|đó|ấy)"
        rf"|ngày{S}(?P<nn>mai|kia|mốt))(?!\w))"
        rf"(?:{S0}\({S0}(?:ngày{S})?(?P<bd>{DATEX}){S0}\))?",
        _h_relday,
    ),
    _Rule(
        "date_range",
        rf"{_prefix()}{DS}(?P<d1>{DAY})[/.\-](?P<m1>{MON})(?:[/.\-](?P<y1>{YEAR}))?"
        rf"{RANGE}(?:(?:ngày|hôm){S})?(?P<d2>{DAY})[/.\-](?P<m2>{MON})(?:[/.\-](?P<y2>{YEAR}))?"
        rf"{DE}(?P<tail>{TAIL})?",
        _h_date_range,
    ),
    _Rule(
        "date_list",
        rf"{_prefix()}{DS}(?P<d1>{DAY})(?:{RS}{DAY})*{RS}(?P<dl>{DAY})(?P<sep>/)"
        rf"(?P<m>{MON})(?:{_YEAR_TAIL}|{DE})(?P<tail>{TAIL})?(?P<lun>{LUN})?(?P<tz>{TZ})?",
        _h_date_num,
    ),
    _Rule(
        "date_num",
        rf"{_prefix()}{DS}(?P<d1>{DAY})(?:(?:{RSW}{DAY})*{RSW}(?P<dl>{DAY}))?(?P<sep>[/.\-])"
        rf"(?P<m>{MON})(?:{_YEAR_TAIL}|{DE})(?P<tail>{TAIL})?(?P<lun>{LUN})?(?P<tz>{TZ})?",
        _h_date_num,
    ),
    _Rule(
        "date_text",
        rf"{_prefix()}(?P<d1>{DS}{DAY}(?!\d)|{NUMW})(?:(?:{RS}(?:{DAY}|{NUMW}))*{RS}(?P<dl>{DAY}|{NUMW}))?"
        rf"{S}tháng{S}(?P<mt>{MTOK})(?:{S0}[/.\-]{S0}(?P<y>{YEAR})(?!\d)|{S}năm{S}(?:(?P<y2>{YEAR})"
        rf"(?!\d)|(?P<yr>{YREL})))?(?P<tail>{TAIL})?(?P<lun>{LUN})?",
        _h_date_text,
    ),
    _Rule(
        "tet",
        rf"(?:(?:mùng|mồng){S}(?P<d>\d{{1,2}}|{NUMW}){S})?(?-i:Tết|TẾT|tết(?={S}(?i:nguyên)))(?!\w)"
        rf"(?:{S}(?P<n>Nguyên{S}đán|Trung{S}thu|Đoan{S}ngọ|Dương{S}lịch|Hàn{S}thực|cổ{S}truyền)"
        rf"(?!\w))?(?:{S}(?P<cc>{CANCHI}))?(?:{S}(?:năm{S})?(?P<y>{YEAR})(?!\d))?",
        _h_tet,
    ),
    _Rule(
        "date_day",
        rf"{_prefix(lead=False)}(?P<lead>ngày|mùng|mồng){S}(?P<d>{DS}{DAY}|{NUMW})"
        rf"(?![\w/\-])(?![.,]\d)(?!{S}tháng)(?P<tail>{TAIL})?(?P<lun>{LUN})?",
        _h_date_day,
    ),
    _Rule(
        "ram",
        rf"rằm{S}tháng{S}(?P<m>{MTOK})(?:{LUN})?(?:{S}năm{S}(?:(?P<y2>{YEAR})(?!\d)|(?P<yr>{YREL})))?",
        _h_ram,
    ),
    _Rule(
        "holiday",
        rf"(?P<hol>(?-i:Giỗ{S}Tổ{S}Hùng{S}Vương|Giáng{S}[sS]inh|Noel))(?:{S}(?:năm{S})?(?P<y>{YEAR})"
        rf"(?!\d))?",
        _h_holiday,
    ),
    _Rule(
        "month",
        rf"(?:(?P<pos>{POS}){S})?tháng{S}(?P<m>{MTOK})"
        rf"(?:(?:{S0}(?:-|–){S0}|{S}(?:đến|tới|và|hoặc){S})(?:tháng{S})?(?P<m2>{MTOK}))?"
        rf"(?:{S0}[/.\-]{S0}(?P<y>{YEAR})(?!\d)|{S}năm{S}(?:(?P<y2>{YEAR})(?!\d)|(?P<yr>{YREL}))"
        rf"|(?P<tail>{TAIL}))?(?P<lun>{LUN})?",
        _h_month,
    ),
    _Rule(
        "quarter",
        rf"(?:(?P<pos>{POS}){S})?quý{S}(?:(?P<q>IV|III|II|I|[1-4](?!\d)|một|hai|ba|bốn|tư|"
        rf"đầu{S}tiên|đầu|cuối{S}cùng|cuối)|(?P<qr>này|tới|trước|sau|qua|vừa{S}qua))(?!\w)"
        rf"(?:{S0}[/.\-]{S0}(?P<y>{YEAR})(?!\d)|{S}năm{S}(?:(?P<y2>{YEAR})(?!\d)|(?P<yr>{YREL})))?",
        _h_quarter,
    ),
    _Rule(
        "rel",
        rf"(?:(?P<pos>{POS}){S})?(?P<u>tuần|tháng|năm|quý){S}"
        rf"(?P<r>trước{S}nữa|sau{S}nữa|vừa{S}qua|vừa{S}rồi|sắp{S}tới|kế{S}tiếp|tiếp{S}theo|"
        rf"này|nay|trước|tới{NOT_NAME}|sau|qua|rồi|ngoái|kia|đó|ấy)(?!\w)(?:{S}(?P<do>đó)(?!\w))?",
        _h_rel,
    ),
    _Rule(
        "year",
        rf"(?:(?P<pos>{POS}){S})?năm{S}(?:(?P<y>{YEAR})(?:{S0}(?:-|–|—){S0}(?:năm{S})?(?P<y2>{YEAR}))?"
        rf"{DE}(?P<lun>{LUN})?|(?P<yw>{NUMW}))(?!\w)",
        _h_year,
    ),
    _Rule(
        "same",
        rf"cùng{S}(?P<u>ngày|tuần|tháng|năm)(?:{S}(?P<that>đó|ấy|này))?(?!\w)(?!{S0}\d)",
        _h_same,
    ),
    _Rule(
        "offset_pre",
        rf"(?P<pre>cách{S}đây|trước{S}đó|sau{S}đó){S}{APPROX}(?P<n>{NUMD}|{NUMW}|{VAGUE}|nửa){S}"
        rf"(?P<u>{OUNIT})(?:{S}(?:về{S})?trước(?!\w))?",
        _h_offset,
    ),
    _Rule(
        "offset",
        rf"(?P<n>{NUMD}|{NUMW}|{VAGUE}|nửa){S}(?P<u>{OUNIT}){S}"
        rf"(?P<r>trước{S}đó|sau{S}đó|về{S}trước|trở{S}lại{S}đây|gần{S}đây|vừa{S}qua|sắp{S}tới|"
        rf"trước|sau|qua|tới{NOT_NAME}|nữa|nay|rồi)(?!\w)",
        _h_offset,
    ),
    _Rule(
        "set",
        rf"(?:(?:hằng|hàng|mỗi){S}(?P<u>ngày|tuần|tháng|quý|năm)(?!\w)(?!{S}trời)|thường{S}niên(?!\w))",
        _h_set,
    ),
    _Rule(
        "refs",
        rf"(?:những|các|mấy){S}(?:ngày|tuần|tháng|năm|thập{S}kỷ|thập{S}niên){S}"
        rf"(?P<r>qua|gần{S}đây|trước{S}đây|vừa{S}qua|trở{S}lại{S}đây|tới|sắp{S}tới|tiếp{S}theo|"
        rf"sau{S}này|kế{S}tiếp)(?!\w)",
        _h_refs,
    ),
    _Rule(
        "duration",
        rf"(?:(?P<n>{NUMD}|{NUMW}|{VAGUE}){S}(?P<u>{UNIT})(?:{S}(?P<half>rưỡi)(?!\w))?"
        rf"(?:{S}(?P<n2>{NUMD}|{NUMW}){S}(?P<u2>{UNIT}))?"
        rf"|(?P<nua>nửa){S}(?P<un>{UNIT})|hàng{S}(?P<uh>năm|tháng|tuần|giờ|tiếng){S}trời(?!\w))",
        _h_duration,
    ),
    _Rule(
        "pos_bare",
        rf"(?P<pos>đầu|giữa|cuối){S}(?P<u>năm|tháng|tuần)(?!\w)",
        _h_pos_bare,
    ),
    _Rule("dp_bare", rf"(?P<dp>nửa{S}đêm|giữa{S}trưa)(?!\w)", _h_dp_bare),
    _Rule(
        "bare_year",
        rf"(?:(?P<pos>{POS}){S})?{DS}(?P<y>{YEAR})(?:{S0}(?:-|–|—){S0}(?P<y2>{YEAR}))?{DE}"
        rf"(?!{S0}(?:\d|%))(?!{S}(?:năm|tháng|ngày|tuần|giờ|phút|tuổi)(?!\w))",
        _h_bare_year,
    ),
]

_DEICTIC_RULE = _Rule(
    "deictic",
    rf"(?P<dx>ngay{S}bây{S}giờ|bây{S}giờ|hiện{S}nay|hiện{S}tại|hiện{S}giờ|hiện{S}thời|lúc{S}này|"
    rf"giờ{S}đây|trước{S}đây|trước{S}kia|thời{S}gian{S}qua|thời{S}gian{S}gần{S}đây|gần{S}đây|"
    rf"mới{S}đây|sắp{S}tới|thời{S}gian{S}tới|tương{S}lai{S}gần|tương{S}lai|sau{S}này|tới{S}đây)"
    rf"(?!\w)",
    _h_deictic,
)

_GROUP_NAME = re.compile(r"\(\?P<\w+>")


@lru_cache(maxsize=2)
def _compiled(
    deictic: bool,
) -> tuple[re.Pattern[str], dict[str, tuple[re.Pattern[str], _Rule]]]:
    rules = [*_RULES, _DEICTIC_RULE] if deictic else list(_RULES)
    parts = [f"(?P<{r.name}>{_GROUP_NAME.sub('(?:', r.pattern)})" for r in rules]
    master = re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")", re.IGNORECASE)
    table = {r.name: (re.compile(r.pattern, re.IGNORECASE), r) for r in rules}
    return master, table


# Every word a rule can start with (lowercase): the search only tries the rules where one of
# these (or a digit) starts a word. tests/test_time_tagger.py checks this against a plain
# search of the whole alternation.
_FIRST_WORDS = (
    "ngày hôm tháng năm tuần quý thứ chủ buổi rạng sáng gần trưa chiều xế tối đêm khuya nửa "
    "đầu giữa cuối thượng trung hạ cùng cách trước sau những các mấy nhiều vài dăm hàng hằng "
    "mỗi thường thập thế tết mùng mồng rằm giỗ giáng noel một hai ba bốn sáu bảy bẩy tám chín "
    "mười hơn"
)
_DEICTIC_FIRST_WORDS = "ngay bây hiện lúc giờ mới sắp thời tương tới"


@lru_cache(maxsize=2)
def _trigger(deictic: bool) -> re.Pattern[str]:
    words = set(_FIRST_WORDS.split()) | (set(_DEICTIC_FIRST_WORDS.split()) if deictic else set())
    alternation = "|".join(sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:\d|(?:{alternation})(?!\w))")


def find_times(
    text: str, start: int = 0, end: int | None = None, *, deictic: bool = False
) -> list[TimeMention]:
    """Every time expression in ``text[start:end]``, in reading order, not overlapping.

    Offsets are into ``text``. With ``deictic=True`` bare deictic adverbs ("hiện nay",
    "trước đây", "sắp tới", "gần đây") are also returned, as ``kind="ref"``; they are off by
    default because the gold annotations do not count them (GUIDELINES.md: "lúc này",
    "ngay bây giờ" are optional, "Hiện tại", "mới đây" unannotated in the seeds).

    >>> [(t.text, t.kind) for t in find_times("Hôm thứ Ba (5/7), hai bên họp trong 3 giờ.")]
    [('Hôm thứ Ba (5/7)', 'date'), ('3 giờ', 'duration')]
    """
    end = len(text) if end is None else min(end, len(text))
    master, table = _compiled(deictic)
    lowered = text.lower()
    if len(lowered) == len(text):
        # Try the rules only where a word that can start one begins (fast).
        starts = (t.start() for t in _trigger(deictic).finditer(lowered, start, end))
        found = _scan(text, end, master, table, starts, search=False)
    else:
        found = _scan(text, end, master, table, iter([start]), search=True)
    for mention in found:  # "hồi tháng 2": back in February, a month that has come
        if mention.direction == 0 and _BACK_IN.search(
            text, max(0, mention.start - 12), mention.start
        ):
            mention.direction = -1
    return found


_BACK_IN: Final = re.compile(r"(?<!\w)(?:hồi|từ hồi|hồi còn|dạo)\s*$", re.IGNORECASE)


def _find_times_search(text: str, *, deictic: bool = False) -> list[TimeMention]:
    """:func:`find_times` without the first-word filter: a plain search of the alternation
    (slow; the tests use it to check that :data:`_FIRST_WORDS` misses no rule)."""
    master, table = _compiled(deictic)
    return _scan(text, len(text), master, table, iter([0]), search=True)


def _scan(
    text: str,
    end: int,
    master: re.Pattern[str],
    table: dict[str, tuple[re.Pattern[str], _Rule]],
    starts: Iterator[int],
    *,
    search: bool,
) -> list[TimeMention]:
    """Match the rules at each of ``starts`` (or, with ``search``, search on from there)."""
    out: list[TimeMention] = []
    pos = 0
    for at in starts:
        if at < pos:
            continue
        while True:
            m = master.search(text, max(at, pos), end) if search else master.match(text, at, end)
            if m is None:
                break
            name = m.lastgroup
            assert name is not None
            rx, rule = table[name]
            sub = rx.match(text, m.start(), end)
            mention = rule.handler(sub, text) if sub is not None else None
            if mention is not None and mention.end > mention.start:
                out.append(mention)
                pos = mention.end
            elif not search:
                break
            else:
                pos = m.start() + 1
            if not search:
                break
    return out
