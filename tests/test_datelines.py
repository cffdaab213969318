"""Tests of :mod:`sukien.time.datelines` (invented strings in the styles of Vietnamese sites)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sukien.time.datelines import Dateline, find_dateline, infer_order, parse_dateline

# (raw, value, granularity, tz)
PARSED: list[tuple[str, str, str, str | None]] = [
    # ISO 8601
    ("2016-05-20", "2016-05-20", "day", None),
    ("2016-05-20T23:40", "2016-05-20T23:40", "minute", None),
    ("2016-05-20T23:40:52+07:00", "2016-05-20T23:40", "minute", "+07:00"),
    ("2016-05-20T16:40:52Z", "2016-05-20T16:40", "minute", "+00:00"),
    ("2016-05-20T16:40:52.250+0700", "2016-05-20T16:40", "minute", "+07:00"),
    ("2016-05-20 23:40:52", "2016-05-20T23:40", "minute", None),
    ("2016-05-20T09:15:00-05:00", "2016-05-20T09:15", "minute", "-05:00"),
    # numeric, day first
    ("20/05/2016", "2016-05-20", "day", None),
    ("20-05-2016", "2016-05-20", "day", None),
    ("20.05.2016", "2016-05-20", "day", None),
    ("2016/05/20", "2016-05-20", "day", None),
    ("2016.05.20", "2016-05-20", "day", None),
    ("3/6/2016", "2016-06-03", "day", None),
    ("14/06.2016 08:02", "2016-06-14T08:02", "minute", None),
    ("12 / 6 / 2016", "2016-06-12", "day", None),
    # with times
    ("20/05/2016 23:40", "2016-05-20T23:40", "minute", None),
    ("23:40 20/05/2016", "2016-05-20T23:40", "minute", None),
    ("20/5/2016 - 23:40", "2016-05-20T23:40", "minute", None),
    ("20/05/2016 11:40:52 PM", "2016-05-20T23:40", "minute", None),
    ("09:05 AM - 02/06/2016", "2016-06-02T09:05", "minute", None),
    ("07:12am | 14/06/2016", "2016-06-14T07:12", "minute", None),
    ("21:05 PM, 11-06-2016", "2016-06-11T21:05", "minute", None),
    ("12:30 AM 15/06/2016", "2016-06-15T00:30", "minute", None),
    ("14/06/2016 | 9:4 PM", "2016-06-14T21:04", "minute", None),
    ("18h25' 13-06-2016", "2016-06-13T18:25", "minute", None),
    ("07h:45 - 13/06/2016", "2016-06-13T07:45", "minute", None),
    ("13/06/2016 10 giờ 15 phút", "2016-06-13T10:15", "minute", None),
    ("Đăng lúc 21h ngày 13/6/2016", "2016-06-13T21:00", "minute", None),
    ("13/06/2016 3:05:11 Chiều", "2016-06-13T15:05", "minute", None),
    ("13/06/2016 09:05 SA", "2016-06-13T09:05", "minute", None),
    ("13/06/2016 03:05 CH", "2016-06-13T15:05", "minute", None),
    ("Thứ Hai, 13/6/2016 - 10:20 tối", "2016-06-13T22:20", "minute", None),
    ("13/06/201608:15:00", "2016-06-13T08:15", "minute", None),
    # Vietnamese weekday + date
    ("Thứ sáu, 20/05/2016 - 23:40", "2016-05-20T23:40", "minute", None),
    ("Thứ Sáu, ngày 20/5/2016, 23:40 (GMT+7)", "2016-05-20T23:40", "minute", "+07:00"),
    ("Chủ nhật, 22/5/2016 08:00 GMT+7", "2016-05-22T08:00", "minute", "+07:00"),
    ("Thứ 6, 20/5/2016 | 23:40", "2016-05-20T23:40", "minute", None),
    ("Thứ Bẩy, 21/05/2016 09:10 GMT +7", "2016-05-21T09:10", "minute", "+07:00"),
    ("08:10, Thứ 7, 11/06/2016", "2016-06-11T08:10", "minute", None),
    ("Thứ Năm | 09/06/2016 17:02", "2016-06-09T17:02", "minute", None),
    ("16:45 Thứ Tư ngày 08/06/2016", "2016-06-08T16:45", "minute", None),
    ("21h:03 GMT+7 - Chủ nhật, 12/06/2016", "2016-06-12T21:03", "minute", "+07:00"),
    ("Thứ tư, 08/06/2016, 14:22 [GMT+7]", "2016-06-08T14:22", "minute", "+07:00"),
    ("08/06/2016 14:22 UTC+7", "2016-06-08T14:22", "minute", "+07:00"),
    ("08/06/2016 14:22 giờ Hà Nội", "2016-06-08T14:22", "minute", "+07:00"),
    ("08/06/2016 14:22 (giờ Việt Nam)", "2016-06-08T14:22", "minute", "+07:00"),
    # Vietnamese month words and text dates
    ("20 tháng 5 năm 2016", "2016-05-20", "day", None),
    ("ngày 20 tháng 05, 2016", "2016-05-20", "day", None),
    ("NGÀY 7 THÁNG 06, 2016 | 18:20", "2016-06-07T18:20", "minute", None),
    ("9 tháng 6 2016", "2016-06-09", "day", None),
    ("Thứ năm, 9 Tháng sáu 2016, 10:05 GMT+7", "2016-06-09T10:05", "minute", "+07:00"),
    ("Thứ hai, 9 Tháng năm 2016", "2016-05-09", "day", None),  # "tháng năm" = May
    ("1 tháng giêng năm 2017", "2017-01-01", "day", None),
    ("25 tháng mười hai năm 2015", "2015-12-25", "day", None),
    ("15:30 ngày 9 tháng 6 năm 2016", "2016-06-09T15:30", "minute", None),
    # labels
    ("Cập nhật: 20/05/2016 23:40", "2016-05-20T23:40", "minute", None),
    ("Đăng lúc 23:40 ngày 20/5/2016", "2016-05-20T23:40", "minute", None),
    ("Published Date: 20/05/2016 - 23:40", "2016-05-20T23:40", "minute", None),
    ("Ngày đăng: 20/05/2016", "2016-05-20", "day", None),
    ("Gửi lúc 07:40pm | 20/05/2016", "2016-05-20T19:40", "minute", None),
    ("Cập nhật lúc: 00:15 21/05/2016", "2016-05-21T00:15", "minute", None),
    ("Xuất bản: 20/05/2016 (Lượt xem: 1204)", "2016-05-20", "day", None),
    # revisions: the first date is the publication
    ("Đăng ngày 12-06-2016 Sửa đổi ngày 13-06-2016 08:00", "2016-06-12", "day", None),
    (
        "Đăng tải: 2016-06-12 16:17:37 Cập nhật: 2016-06-13 08:10:06",
        "2016-06-12T16:17",
        "minute",
        None,
    ),
    ("10:02 12.06.2016 (cập nhật 11:30 12.06.2016)", "2016-06-12T10:02", "minute", None),
    # English
    ("May 20, 2016", "2016-05-20", "day", None),
    ("20 May 2016", "2016-05-20", "day", None),
    ("Friday, May 20, 2016 11:40 PM", "2016-05-20T23:40", "minute", None),
    ("Fri, 20 May 2016 16:40:00 GMT", "2016-05-20T16:40", "minute", "+00:00"),
    ("Sept. 3rd, 2016", "2016-09-03", "day", None),
    ("Posted on 3rd of June 2016 at 9:15 am", "2016-06-03T09:15", "minute", None),
    # two-digit years
    ("20/05/16", "2016-05-20", "day", None),
    ("20/05/16 15:47", "2016-05-20T15:47", "minute", None),
    ("31/12/99", "1999-12-31", "day", None),
    # month and year level
    ("tháng 5/2016", "2016-05", "month", None),
    ("Tháng 5 năm 2016", "2016-05", "month", None),
    ("tháng Mười Hai, 2015", "2015-12", "month", None),
    ("May 2016", "2016-05", "month", None),
    ("05/2016", "2016-05", "month", None),
    ("2016-05", "2016-05", "month", None),
    ("2016", "2016", "year", None),
    ("năm 2016", "2016", "year", None),
    # NFD input, non-breaking spaces
    (
        "Thu\u031b\u0301 sa\u0301u,\u00a020/05/2016\u00a0-\u00a023:40",
        "2016-05-20T23:40",
        "minute",
        None,
    ),
]


@pytest.mark.parametrize(("raw", "value", "granularity", "tz"), PARSED)
def test_parse(raw: str, value: str, granularity: str, tz: str | None) -> None:
    d = parse_dateline(raw)
    assert d is not None, raw
    assert (d.value, d.granularity, d.tz) == (value, granularity, tz)
    assert d.warnings == (), d.warnings


NOT_DATES = [
    "",
    "   ",
    "2 giờ trước",
    "5 phút trước",
    "hôm qua",
    "Hôm qua lúc 10:30",
    "3 hours ago",
    "31/02/2016",  # no such day
    "30/02/2016 10:00",
    "29/02/2015",  # not a leap year
    "32/05/2016",
    "13/13/2016",  # both fields over 12
    "2016-13-01",
    "20/05/201",  # truncated year
    "10:54 AM 02/06/206",
    "21/05 06:45",  # no year (see test_year_assumed)
    "http://example.vn/tin-tuc/bai-viet-425071.html",
    "Ngày 20/5/2016, hai bên đã ký biên bản ghi nhớ về hợp tác kinh tế và văn hóa",
    "Ra mắt khu nghỉ dưỡng 5 sao",
    "Tăng trưởng năm 2016 đạt 6,2%",
    "20/05/1850",  # out of range
]


@pytest.mark.parametrize("raw", NOT_DATES)
def test_not_a_date(raw: str) -> None:
    assert parse_dateline(raw) is None


# (raw, order, value, label fragment): the day/month rule
ORDER = [
    ("5/20/2016 11:40:52 PM", None, "2016-05-20T23:40", "mdy"),  # 20 > 12 decides
    ("20/5/2016", None, "2016-05-20", "dmy"),
    ("05/19/16 04:00AM", None, "2016-05-19T04:00", "mdy-yy"),
    ("6/1/2016 8:39:40 AM", None, "2016-06-01T08:39", "mdy"),  # US-exporter signature
    ("6/3/2016 2:23:47 PM", None, "2016-06-03T14:23", "mdy"),
    ("01/06/2016 08:38 AM", None, "2016-06-01T08:38", "dmy"),  # AM/PM alone: day first
    ("08:38:10 AM 01/06/2016", None, "2016-06-01T08:38", "dmy"),  # time before the date
    ("01/06/2016 08:38:10", None, "2016-06-01T08:38", "dmy"),  # seconds alone: day first
    ("Thứ Ba, 9/8/2016", None, "2016-08-09", "dmy"),  # weekday: 9 Aug is a Tuesday
    ("Thứ Năm, 9/8/2016", None, "2016-09-08", "mdy"),  # 8 Sep is a Thursday
    ("Thursday, 9/8/2016 10:00:00 AM", None, "2016-09-08T10:00", "mdy"),
    ("Thứ Ba, 9/8/2016 10:00:00 AM", None, "2016-08-09T10:00", "dmy"),  # weekday beats US
    ("5/5/2016", None, "2016-05-05", "dmy"),
    ("3/6/2016", "dmy", "2016-06-03", "dmy"),
    ("3/6/2016", "mdy", "2016-03-06", "mdy"),
    ("6/1/2016 8:39:40 AM", "dmy", "2016-01-06T08:39", "dmy"),  # a given order wins
    ("2016/06/03", "mdy", "2016-06-03", "ymd"),  # year first is never reordered
]


@pytest.mark.parametrize(("raw", "order", "value", "label"), ORDER)
def test_day_month_order(raw: str, order: str | None, value: str, label: str) -> None:
    d = parse_dateline(raw, order)  # type: ignore[arg-type]
    assert d is not None
    assert d.value == value
    assert label in d.source_format.split()


def test_order_contradicted_by_fields() -> None:
    d = parse_dateline("20/5/2016", "mdy")
    assert d is not None and d.value == "2016-05-20"
    assert any("contradict" in w for w in d.warnings)


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("Thứ bảy, 20/05/2016", "2016-05-20"),
        ("Thứ 2, 20/5/2016 - 23:40", "2016-05-20T23:40"),
        ("Chủ nhật, ngày 20 tháng 5 năm 2016", "2016-05-20"),
        ("Monday, May 20, 2016", "2016-05-20"),
        ("Thứ hai, 4/3/2016", "2016-03-04"),  # neither reading is a Monday: day first
    ],
)
def test_weekday_contradiction(raw: str, value: str) -> None:
    d = parse_dateline(raw)
    assert d is not None and d.value == value
    assert len(d.warnings) == 1 and d.warnings[0].startswith("weekday")


@pytest.mark.parametrize(
    ("raw", "value", "granularity", "warning"),
    [
        ("20/05/2016 25:10", "2016-05-20", "day", "impossible time"),
        ("20/05/2016 10:75", "2016-05-20", "day", "impossible time"),
        ("20/05/201600:00:00 (Xem: 732)", "2016-05-20", "day", "placeholder"),
        ("Thứ năm, 02/06/2016 | 09:32 GMT+", "2016-06-02T09:32", "minute", "time zone"),
        ("02/06/2016 22:15 AM", "2016-06-02T22:15", "minute", "hour kept"),
    ],
)
def test_repairs_warn(raw: str, value: str, granularity: str, warning: str) -> None:
    d = parse_dateline(raw)
    assert d is not None
    assert (d.value, d.granularity, d.tz) == (value, granularity, None)
    assert any(warning in w for w in d.warnings), d.warnings


def test_year_assumed() -> None:
    d = parse_dateline("21/05 06:45", year=2016)
    assert d is not None and d.value == "2016-05-21T06:45"
    assert d.warnings == ("year 2016 assumed",)
    assert parse_dateline("21/05 06:45") is None


def _parsed(raw: str) -> Dateline:
    d = parse_dateline(raw)
    assert d is not None, raw
    return d


def test_source_format_and_dataclass() -> None:
    d = _parsed("Thứ sáu, 20/05/2016 - 23:40 (GMT+7)")
    assert d == Dateline("2016-05-20T23:40", "minute", "+07:00", "weekday dmy time tz")
    assert d.to_date() == date(2016, 5, 20)
    assert _parsed("10:15 ngày 20 tháng 05 năm 2016").source_format == "time vi-text"
    assert _parsed("2016-05-20T08:26:24+07:00").source_format == "iso8601"
    assert _parsed("May 2016").to_date() is None
    with pytest.raises(AttributeError):
        d.value = "x"  # type: ignore[misc]


def test_infer_order() -> None:
    assert infer_order(["20/05/2016", "3/6/2016", "21/05/2016 10:00"]) == "dmy"
    assert infer_order(["5/20/2016 11:40:52 PM", "6/3/2016 2:23:47 PM"]) == "mdy"
    assert infer_order(["3/6/2016", "2016-05-20", "hôm qua"]) is None
    assert infer_order(["20/05/2016", "5/20/2016"]) is None


# ------------------------------------------------------------------------------ find_dateline

BODY = "Hai bên đã ký biên bản ghi nhớ.\nĐây là bước tiến quan trọng trong quan hệ song phương."

FOUND = [
    ("Thứ sáu, 20/05/2016 - 23:40\n" + BODY, "Thứ sáu, 20/05/2016 - 23:40", "2016-05-20T23:40"),
    (BODY + "\nHà Nội, ngày 20/5/2016", "Hà Nội, ngày 20/5/2016", "2016-05-20"),
    (BODY + "\n(Cập nhật 20/5/2016)\n\n", "(Cập nhật 20/5/2016)", "2016-05-20"),
    (
        "  TP.HCM, ngày 20 tháng 5 năm 2016  \n" + BODY,
        "TP.HCM, ngày 20 tháng 5 năm 2016",
        "2016-05-20",
    ),
    ("TP. Hồ Chí Minh, 20/05/2016\n" + BODY, "TP. Hồ Chí Minh, 20/05/2016", "2016-05-20"),
    (
        "Published Date: 20.05.2016 | 10:49 AM\n" + BODY,
        "Published Date: 20.05.2016 | 10:49 AM",
        "2016-05-20T10:49",
    ),
    (
        "\n\nCập nhật: 10:45, Thứ 6, 20/05/2016\n" + BODY,
        "Cập nhật: 10:45, Thứ 6, 20/05/2016",
        "2016-05-20T10:45",
    ),
    (BODY + "\nWashington, May 20, 2016", "Washington, May 20, 2016", "2016-05-20"),
]


@pytest.mark.parametrize(("text", "line", "value"), FOUND)
def test_find_dateline(text: str, line: str, value: str) -> None:
    got = find_dateline(text)
    assert got is not None
    start, end, d = got
    assert text[start:end] == line
    assert d.value == value


NOT_FOUND = [
    "Ngày 20/5/2016, hai bên đã ký biên bản ghi nhớ.\n" + BODY,
    "Hà Nội, ngày 20/5/2016, Bộ Công Thương đã tổ chức hội nghị.\n" + BODY,
    "Sáng 20/5/2016 tại Hà Nội\n" + BODY,
    "Hôm nay (20/5), đoàn công tác đã đến Đà Nẵng.\n" + BODY,
    BODY + "\nTheo VnExpress",
    BODY + "\n2016",
    BODY + "\nnăm 2016, tăng trưởng đạt 6%",
    BODY + "\nPV - 20/5/2016",
    "",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_find_dateline_rejects(text: str) -> None:
    assert find_dateline(text) is None


def test_find_dateline_window() -> None:
    middle = "\n".join(["Câu thứ nhất của bài."] * 6)
    text = middle + "\nThứ sáu, 20/05/2016 - 23:40\n" + middle
    assert find_dateline(text) is None
    assert find_dateline(text, max_lines=7) is not None
    assert find_dateline("Thứ sáu, 20/05/2016", max_lines=0) is None


def test_find_dateline_prefers_top() -> None:
    text = "Chủ nhật, 22/5/2016\n" + BODY + "\nHà Nội, ngày 20/5/2016"
    got = find_dateline(text)
    assert got is not None and got[0] == 0 and got[2].value == "2016-05-22"


# ------------------------------------------------------------------------------ properties

_PIECES = st.sampled_from(
    ["20", "5", "05", "2016", "16", "/", "-", ".", ":", " ", ",", "|", "Thứ sáu", "Chủ nhật",
     "tháng", "năm", "ngày", "GMT+7", "PM", "AM", "h", "'", "(", ")", "Cập nhật", "T", "+07:00",
     "May", "giờ", "Z", "31", "12", "00"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=60), st.lists(_PIECES, max_size=14).map("".join)))
def test_never_raises_and_values_are_iso(raw: str) -> None:
    d = parse_dateline(raw)
    if d is not None:
        assert d.granularity in ("day", "minute", "month", "year")
        if d.granularity in ("day", "minute"):
            assert d.to_date() is not None
        if d.granularity == "minute":
            datetime.fromisoformat(d.value)
    find_dateline(raw)


def test_truncated_year_completed_only_from_the_assumed_year() -> None:
    d = parse_dateline("07:53 AM, 31-05-201", year=2016)
    assert d is not None and d.value == "2016-05-31T07:53"
    assert d.warnings == ("truncated year 201 read as 2016",)
    d = parse_dateline("10:54 AM 02/06/206", year=2016)
    assert d is not None and d.value == "2016-06-02T10:54"
    assert parse_dateline("31-05-201") is None  # no year to complete it from
    assert parse_dateline("31-05-201", year=2020) is None  # 201 is not 2020 with a digit lost
    assert parse_dateline("02/06/207", year=2016) is None


def test_month_zero_is_no_date() -> None:
    # found by test_never_raises_and_values_are_iso: "2000/0/1" was read as "2000-00-01"
    assert parse_dateline("2000/0/1") is None
    d = parse_dateline("2000/1/1")
    assert d is not None and d.value == "2000-01-01"
