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
