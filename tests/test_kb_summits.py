"""Editions of recurring summits: the data table and the phrases that name one edition."""

from __future__ import annotations

from datetime import date

from sukien.api import annotate
from sukien.kb.loader import load_kb
from sukien.kb.summits import editions, find_summits


def test_the_table_refers_to_the_kb() -> None:
    kb = load_kb()
    table = editions()
    assert set(table) >= {"igo/g20", "igo/apec", "igo/brics", "igo/nato", "igo/g7", "igo/sco"}
    for series, items in table.items():
        assert series in kb
        for e in items:
            assert e.start <= e.end and len(e.country) == 3
            assert e.city is None or e.city in kb


def test_a_summit_named_by_host_city_or_country() -> None:
    doc = annotate("Ông dự Hội nghị cấp cao APEC tại San Francisco, sau hội nghị G20 ở Ấn Độ.")
    found = [(doc.text[m.start : m.end], m.edition.start) for m in find_summits(doc)]
    assert found == [
        ("APEC tại San Francisco", date(2023, 11, 16)),
        ("G20 ở Ấn Độ", date(2023, 9, 9)),
    ]


def test_a_host_of_several_editions_names_none() -> None:
    doc = annotate("Hội nghị thượng đỉnh NATO tại Brussels đã kết thúc.")
    assert find_summits(doc) == []  # Brussels hosted in 2017, 2018 and 2021


def test_last_years_summit_dates_the_article() -> None:
    doc = annotate(
        "Tổng thống Mỹ Joe Biden gặp Chủ tịch Trung Quốc Tập Cận Bình ngày 15/11. Đây là cuộc "
        "gặp đầu tiên kể từ hội nghị G20 tại Bali (Indonesia) năm ngoái."
    )
    assert doc.published == "2023-11-15"


def test_an_event_at_a_summit_takes_its_month() -> None:
    doc = annotate("Bên lề Hội nghị cấp cao APEC tại Lima, ông Tập gặp Tổng thống Peru.")
    assert find_summits(doc) == []  # Lima hosted twice: no date from it
    doc = annotate("Bên lề Hội nghị cấp cao APEC tại San Francisco, ông Tập gặp ông Biden.")
    assert [e.date for e in doc.events if e.type == "CONSULT"] == ["2023-11"]


def test_a_summit_named_with_its_abbreviation_in_brackets_and_its_host() -> None:
    doc = annotate(
        "Ông Biden tới Geneva sau thượng đỉnh Nhóm Bảy nước công nghiệp phát triển (G7) ở Anh."
    )
    assert [(m.edition.series, m.edition.start.year) for m in find_summits(doc)] == [
        ("igo/g7", 2021)
    ]
