"""Role references: titles without names, resolved through the document and the KB."""

from __future__ import annotations

from sukien.document import Document
from sukien.pipeline import Pipeline, PipelineOptions

PIPELINE = Pipeline(PipelineOptions(pos=False))


def refs(text: str, published: str | None = None) -> list[tuple[str, str, str | None, str | None]]:
    doc = PIPELINE(Document(id="t", text="", original=text, published=published))
    for ref in doc.references:
        assert doc.text[ref.start : ref.end] == ref.text
    assert not {(e.start, e.end) for e in doc.entities} & {(r.start, r.end) for r in doc.references}
    return [(r.text, r.role, r.country, r.name) for r in doc.references]


def test_title_with_name_is_not_a_reference_but_resolves_later_ones() -> None:
    found = refs(
        "Ngoại trưởng Nga Sergei Lavrov tới Bắc Kinh. Ngoại trưởng Nga cho biết hai bên sẽ hợp tác."
    )
    assert found == [("Ngoại trưởng Nga", "foreign minister", "RUS", "Sergei Lavrov")]


def test_counterpart_takes_the_role_it_is_paired_with() -> None:
    found = refs(
        "Ngoại trưởng Mỹ Antony Blinken hội đàm với người đồng cấp Trung Quốc.",
        published="2023-06-19",
    )
    assert found == [("người đồng cấp Trung Quốc", "foreign minister", "CHN", "Qin Gang")]


def test_knowledge_base_and_publication_date_decide() -> None:
    assert refs("Thủ tướng Nhật Bản phát biểu tại Tokyo.", published="2023-05-20") == [
        ("Thủ tướng Nhật Bản", "prime minister", "JPN", "Fumio Kishida")
    ]
    assert refs("Thủ tướng Nhật Bản phát biểu tại Tokyo.", published="2019-05-20") == [
        ("Thủ tướng Nhật Bản", "prime minister", "JPN", "Shinzo Abe")
    ]


def test_without_a_date_only_a_named_holder_is_chosen() -> None:
    assert refs("Tổng thống Nga phát biểu.") == [("Tổng thống Nga", "president", "RUS", None)]
    found = refs("Ông Putin tới Bắc Kinh. Tổng thống Nga phát biểu.")
    assert found == [("Tổng thống Nga", "president", "RUS", "Vladimir Putin")]


def test_leader_of_a_party_is_not_a_head_of_state() -> None:
    found = refs("Bà Truss được bầu làm lãnh đạo Đảng Bảo thủ.")
    assert found and found[0][3] is None and found[0][1].startswith("leader of")
