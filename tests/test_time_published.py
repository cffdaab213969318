"""Publication dates: datelines in the text, inference from what the article says."""

from __future__ import annotations

from datetime import date

from sukien.document import Document
from sukien.pipeline import Pipeline, PipelineOptions
from sukien.time.published import office_window

PIPELINE = Pipeline(PipelineOptions(pos=False))


def run(text: str, published: str | None = None) -> Document:
    doc = PIPELINE(Document(id="t", text="", original=text, published=published))
    for t in doc.times:
        assert doc.text[t.start : t.end] == t.text
    return doc


def test_metadata_wins() -> None:
    doc = run("Hai bên gặp nhau hôm thứ Năm (7/7).", published="2016-07-08")
    assert doc.published == "2016-07-08" and doc.published_source is None
    assert [t.value for t in doc.times] == ["2016-07-07"]


def test_dateline_in_the_text() -> None:
    doc = run("Thứ sáu, 20/05/2016 - 23:40\nHai bên đã ký thỏa thuận hôm qua tại Hà Nội.")
    assert (doc.published, doc.published_source) == ("2016-05-20", "text")
    assert "2016-05-19" in [t.value for t in doc.times]


def test_weekday_and_date_fix_the_year() -> None:
    doc = run("Ngoại trưởng hai nước đã gặp nhau tại Bali vào thứ Năm (7/7).")
    assert doc.published == "2022-07-07" and doc.published_source == "inferred"
    assert doc.published_confidence == "medium"  # 2016 fits too: the most recent is chosen


def test_the_text_dates_itself() -> None:
    doc = run(
        "Hôm qua (28/2), hội nghị thượng đỉnh kết thúc mà không có tuyên bố chung. "
        "Cuộc gặp diễn ra năm 2019 tại Hà Nội."
    )
    assert doc.published == "2019-03-01"


def test_dated_offices_bound_the_year() -> None:
    text = (
        "Ngoại trưởng Anh Liz Truss và Thủ tướng Anh Boris Johnson phát biểu ngày 14/5. "
        "Hai bên nhất trí hợp tác."
    )
    doc = run(text)
    low, high, reasons = office_window(doc)
    assert low >= date(2021, 9, 15) and high <= date(2022, 9, 6)
    assert "Liz Truss as foreign minister (2021–2022)" in reasons
    assert doc.published == "2022-05-14"


def test_former_office_holders_do_not_bound_it() -> None:
    doc = run("Cựu Ngoại trưởng Anh Boris Johnson phát biểu ngày 14/5.")
    assert office_window(doc)[2] == []


def test_future_dates_are_not_lower_bounds() -> None:
    doc = run("Ngày 5/3/2023, hai bên đã gặp nhau. Ông Blinken sẽ tới Bắc Kinh vào ngày 9/4.")
    assert doc.published == "2023-03-05"


def test_nothing_datable() -> None:
    doc = run("Hai bên nhất trí tăng cường hợp tác trong nhiều lĩnh vực.")
    assert doc.published is None and doc.published_source is None


def test_relative_times_resolve_against_the_inferred_date() -> None:
    doc = run("Hội nghị diễn ra hôm thứ Năm (7/7) tại Bali. Tuần trước, hai bên đã điện đàm.")
    values = [(t.text, t.value) for t in doc.times]
    assert values == [("hôm thứ Năm (7/7)", "2022-07-07"), ("Tuần trước", "2022-W26")]


def test_an_event_still_to_come_dates_the_article_before_it() -> None:
    text = (
        "Ngày 15/12, Tổng thống Mỹ Joe Biden điện đàm với người đồng cấp. "
        "Ông cho biết ông mong gặp lại tại Thế vận hội Mùa đông Bắc Kinh."
    )
    doc = run(text)
    assert doc.published == "2021-12-15"  # Biden from 2021; the Olympics of February 2022


def test_a_series_named_with_its_host_is_that_edition_and_dates_the_article() -> None:
    text = (
        "Ngày 15/12, Tổng thống Mỹ Joe Biden điện đàm với người đồng cấp. "
        "Nhiều nước tẩy chay Thế vận hội mùa đông sắp tới của Trung Quốc."
    )
    doc = run(text)
    games = [e for e in doc.entities if e.type == "MISC"]
    assert [(e.text, e.kb_id) for e in games] == [
        ("Thế vận hội mùa đông", "event/2022-winter-olympics")
    ]
    assert doc.published == "2021-12-15"


def test_a_series_without_its_host_stays_the_series() -> None:
    doc = run("Ngày 15/12/2021, nhiều nước bàn về Thế vận hội mùa đông.")
    games = [e for e in doc.entities if e.type == "MISC"]
    assert [e.kb_id for e in games] == ["event/winter-olympics"]


def test_an_edition_spoken_of_as_past_after_its_name() -> None:
    doc = run("Ngày 15/12, nhiều nước bàn về Thế vận hội Mùa đông Bắc Kinh vừa qua.")
    assert doc.published is not None and doc.published >= "2022-02-04"


def test_a_described_title_bounds_the_date() -> None:
    doc = run(
        "Ông gặp nhà lãnh đạo mới đắc cử của Australia, Anthony Albanese, sau ngày 14/5/2022."
    )
    low, _, reasons = office_window(doc)
    assert low == date(2022, 5, 23) and any("Albanese" in r for r in reasons)
    # the latest date said is older than Albanese's term: the article is from its start
    assert doc.published == "2022-05-23"


def test_bare_weekdays_are_taken_as_the_latest_days() -> None:
    text = (
        "Ngày 14/5/2022, G7 ra tuyên bố. Ông Uông cho biết hôm thứ Ba rằng quan hệ vững chắc. "
        "Ông Lavrov hôm thứ Hai cho biết Moscow muốn hợp tác. "
        "Ông gặp nhà lãnh đạo mới đắc cử của Australia, Anthony Albanese."
    )
    doc = run(text)
    # from 23 May (Albanese's first day, a Monday) the Monday and the Tuesday are one day
    # apart only if the article is from Tuesday 24 May
    assert doc.published == "2022-05-24"
    values = {t.text: t.value for t in doc.times}
    assert values["hôm thứ Ba"] == "2022-05-24" and values["hôm thứ Hai"] == "2022-05-23"


def test_one_bare_weekday_does_not_move_the_date() -> None:
    doc = run("Ngày 14/5/2022, G7 ra tuyên bố. Ông Uông cho biết hôm thứ Ba rằng quan hệ tốt.")
    assert doc.published == "2022-05-14"


def test_a_title_held_in_the_past_does_not_end_the_window() -> None:
    text = (
        "Hôm qua (5/9), các nhà lãnh đạo họp tại Jakarta. Hồi tháng 7, Ngoại trưởng Thái Lan "
        "Don Pramudwinai đã gặp bà Aung San Suu Kyi. Thủ tướng Trung Quốc Lý Cường dự hội nghị."
    )
    doc = run(text)
    # Li Qiang from 3/2023; Don Pramudwinai's term ended 1/9/2023, but he spoke in July
    assert doc.published is not None and doc.published >= "2023-09-06"


def test_a_year_beyond_the_evidence_is_spoken_of_ahead() -> None:
    doc = run(
        "ASEAN trao ghế Chủ tịch năm 2026 cho Philippines. Hôm qua (5/9), Thủ tướng Trung Quốc "
        "Lý Cường tới Jakarta. Ông Biden sẽ tới New Delhi dự hội nghị thượng đỉnh Nhóm 20 nền "
        "kinh tế lớn (G20) cuối tuần này."
    )
    assert doc.published == "2023-09-06"  # before the New Delhi G20 (9/9/2023)


def test_an_attack_named_without_tense_is_past() -> None:
    doc = run("Ngày 22/11, hai bên đạt thỏa thuận tạm ngừng Chiến tranh Gaza trong bốn ngày.")
    assert doc.published is not None and doc.published >= "2023-10-07"


def test_a_clock_time_last_night_with_its_date_dates_the_article() -> None:
    doc = run(
        "Lệnh ngừng bắn có hiệu lực từ 21 giờ 45 tối qua (22/5) theo giờ địa phương, "
        "sau khi hai bên ký thỏa thuận hôm thứ Bảy (20/5)."
    )
    assert doc.published == "2023-05-23"  # the day after 22/5, the year of Saturday 20/5


def test_the_year_after_the_latest_said_when_that_one_is_ruled_out() -> None:
    # Antony Blinken became Secretary of State in 2021: "tháng 7/2020" cannot be this year's,
    # and the year after it is preferred to the most recent year the window allows
    doc = run(
        "Ngoại trưởng Mỹ Antony Blinken hôm qua (4/9) gặp người đồng cấp Thổ Nhĩ Kỳ. "
        "Hai bên từng hội đàm tại Ankara vào tháng 7/2020."
    )
    assert doc.published == "2021-09-05"


def test_issue_5_a_weekday_of_last_week_with_its_date_fixes_the_year() -> None:
    # "Chủ nhật tuần trước (24/9)": the date said is the day, and Sunday 24 September
    # rules out the years it is not a Sunday in (2024, 2022, …)
    doc = run(
        "Hôm qua (29/9), Tổng thống Serbia phát biểu tại Belgrade. Rạng sáng Chủ nhật tuần "
        "trước (24/9), một nhóm tay súng đã tấn công cảnh sát Kosovo."
    )
    assert doc.published == "2023-09-30"
    assert "2023-09-24" in [t.value for t in doc.times]


def test_a_summit_told_as_just_past_dates_the_article_after_it() -> None:
    doc = run(
        "Ông Biden tới Geneva hôm 16/6, sau thượng đỉnh Nhóm Bảy nước công nghiệp phát triển "
        "(G7) ở Anh cuối tuần trước."
    )
    assert doc.published == "2021-06-16"  # the G7 held in Britain in 2016–2024: June 2021


def test_a_deadline_is_not_a_day_gone_by() -> None:
    doc = run("Hôm 16/8/2021, ông Biden ấn định hạn chót rút quân là ngày 31.8.")
    assert doc.published == "2021-08-16"
