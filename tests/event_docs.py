"""Hand-built articles with events and quotes for the event and quote tests: every field
set, actors with and without KB ids, an unnamed (country-only) actor, a group without a
country, dates of every precision, a null date and a non-ISO one."""

from __future__ import annotations

from sukien.document import Actor, Block, Document, Entity, Event, Quote, Sentence, Time
from sukien.store.store import Store

XI = Actor("Xi Jinping", "CHN", "person/xi-jinping")
PUTIN = Actor("Vladimir Putin", "RUS", "person/vladimir-putin")
CHINA = Actor("China", "CHN", "country/CHN")
RUSSIA = Actor("Russia", "RUS", "country/RUS")
UKRAINE = Actor("Ukraine", "UKR", "country/UKR")
US_OFFICIALS = Actor(None, "USA")  # unnamed: only a country
WEST = Actor("the West", None)  # a group
SON = Actor("Bùi Thanh Sơn", "VNM", "person/bui-thanh-son")

# an event's keys in a FORMAT.md export, written out from FORMAT.md (not read from the code
# they check), and with the extra fields sukien adds
FORMAT_EVENT_KEYS = [
    "type",
    "mode",
    "source",
    "target",
    "date",
    "location",
    "status",
    "start",
    "end",
    "text",
]
EXPORT_EVENT_KEYS = [*FORMAT_EVENT_KEYS, "trigger", "cameo", "score", "evidence"]

A1 = (
    "Chủ tịch Tập Cận Bình thăm Nga\n"
    "Chủ tịch Tập Cận Bình hội đàm với Tổng thống Putin tại Moskva ngày 21/3. "
    "“Quan hệ Trung - Nga đang ở mức cao nhất”, ông Tập nói. "
    "Hai nhà lãnh đạo sẽ gặp lại vào tháng 10."
)
A2 = (
    "Putin thăm Bắc Kinh\n"
    "Tổng thống Putin ngày 18/10 thăm Trung Quốc. "
    "Các quan chức Mỹ cáo buộc Nga vi phạm lệnh trừng phạt. "
    "Phương Tây có thể đe dọa Nga."
)
A3 = (
    "Nga không kích Ukraine\n"
    "Nga không kích Ukraine hồi tháng 1. "
    "Ukraine bác bỏ đề nghị của Nga, theo các quan chức Ukraine. "
    "Bộ trưởng Bùi Thanh Sơn kêu gọi các bên kiềm chế: “Đối thoại là con đường duy nhất”."
)


def span(text: str, piece: str) -> tuple[int, int]:
    start = text.index(piece)
    return start, start + len(piece)


def event(
    text: str,
    evidence: str,
    type: str,
    mode: str | None,
    source: list[Actor],
    target: list[Actor],
    date: str | None,
    location: str | None = None,
    status: str = "asserted",
    trigger: str | None = None,
    cameo: str | None = None,
    score: float | None = None,
    more: tuple[str, ...] = (),
) -> Event:
    start, end = span(text, evidence)
    spans = [[start, end]] + [list(span(text, piece)) for piece in more]
    return Event(
        start,
        end,
        evidence,
        type,
        mode,
        source,
        target,
        date,
        location,
        status,
        trigger,
        cameo,
        score,
        spans,
    )


def quote(text: str, piece: str, kind: str, speaker: Actor | None) -> Quote:
    start, end = span(text, piece)
    return Quote(start, end, piece, kind, speaker)


def make_doc(doc_id: str, published: str, text: str) -> Document:
    first = text.index("\n")
    doc = Document(
        id=doc_id,
        text=text,
        original=text,
        source=f"in/{doc_id}.txt",
        title=text[:first],
        content_hash=f"hash-{doc_id}",
        published=published,
        published_source="metadata",
    )
    doc.blocks = [Block(0, first, "title"), Block(first + 1, len(text), "paragraph")]
    doc.sentences = [Sentence(0, first), Sentence(first + 1, len(text))]
    return doc


def documents() -> list[Document]:
    a1 = make_doc("a1", "2023-03-21", A1)
    a1.events = [
        event(
            A1,
            "Chủ tịch Tập Cận Bình hội đàm với Tổng thống Putin tại Moskva ngày 21/3.",
            "CONSULT",
            "meet",
            [XI],
            [PUTIN],
            "2023-03-21",
            "Moscow",
            trigger="hội đàm",
            cameo="04",
            score=1.0,
            more=("Chủ tịch Tập Cận Bình thăm Nga",),
        ),
        event(
            A1,
            "Hai nhà lãnh đạo sẽ gặp lại vào tháng 10.",
            "CONSULT",
            "meet",
            [XI, PUTIN],
            [],
            "2023-10",
            status="planned",
            trigger="gặp",
            cameo="04",
            score=1.0,
        ),
    ]
    a1.quotes = [
        quote(A1, "Quan hệ Trung - Nga đang ở mức cao nhất", "direct", XI),
    ]
    s, e = span(A1, "Tập Cận Bình")
    p, q = span(A1, "Putin")
    t, u = span(A1, "ngày 21/3")
    a1.entities = [
        Entity(s, e, "Tập Cận Bình", "PER", "Xi Jinping", "CHN", "person/xi-jinping"),
        Entity(p, q, "Putin", "PER", "Vladimir Putin", "RUS", "person/vladimir-putin"),
    ]
    a1.times = [Time(t, u, "ngày 21/3", "2023-03-21")]

    a2 = make_doc("a2", "2023-10-18", A2)
    a2.events = [
        event(
            A2,
            "Tổng thống Putin ngày 18/10 thăm Trung Quốc.",
            "CONSULT",
            "visit",
            [PUTIN],
            [CHINA],
            "2023-10-18",
            "Beijing",
            trigger="thăm",
            cameo="04",
            score=1.9,
        ),
        event(
            A2,
            "Các quan chức Mỹ cáo buộc Nga vi phạm lệnh trừng phạt.",
            "ACCUSE",
            None,
            [US_OFFICIALS],
            [RUSSIA],
            None,
            trigger="cáo buộc",
            cameo="11",
            score=-2.0,
        ),
        event(
            A2,
            "Phương Tây có thể đe dọa Nga.",
            "THREATEN",
            None,
            [WEST],
            [RUSSIA],
            "PRESENT_REF",
            status="hypothetical",
            trigger="đe dọa",
            cameo="13",
            score=-4.4,
        ),
    ]
    a2.quotes = [
        quote(A2, "cáo buộc Nga vi phạm lệnh trừng phạt", "indirect", US_OFFICIALS),
    ]

    a3 = make_doc("a3", "2024-01-05", A3)
    a3.events = [
        event(
            A3,
            "Nga không kích Ukraine hồi tháng 1.",
            "ASSAULT",
            "aerial",
            [RUSSIA],
            [UKRAINE],
            "2024-01",
            trigger="không kích",
            cameo="19",
            score=-9.5,
        ),
        event(
            A3,
            "Ukraine bác bỏ đề nghị của Nga, theo các quan chức Ukraine.",
            "REJECT",
            None,
            [UKRAINE],
            [RUSSIA],
            "2024-01-04",
            status="negated",
            trigger="bác bỏ",
            cameo="12",
            score=-4.0,
        ),
        event(
            A3,
            "Bộ trưởng Bùi Thanh Sơn kêu gọi các bên kiềm chế",
            "REQUEST",
            None,
            [SON],
            [],
            "2024-01-05",
            trigger="kêu gọi",
            cameo="10",
            score=-5.0,
        ),
    ]
    a3.quotes = [
        quote(A3, "Ukraine bác bỏ đề nghị của Nga", "indirect", None),
        quote(A3, "Đối thoại là con đường duy nhất", "direct", SON),
    ]
    return [a1, a2, a3]


def fill(store: Store) -> None:
    """Store every document of :func:`documents` (each one new)."""
    for doc in documents():
        assert store.upsert(doc, "test") == "added", doc.id
