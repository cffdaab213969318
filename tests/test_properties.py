"""Hypothesis properties of the whole pipeline and of the Document model."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sukien.document import Document
from sukien.pipeline import Pipeline

SYLLABLES = [
    "Nga",
    "Trung",
    "Quốc",
    "hội",
    "đàm",
    "ngày",
    "7/7",
    "240,1",
    "tỷ",
    "ông",
    "Tập",
    "Cận",
    "Bình",
    "TP.",
    "Hồ",
    "“Hợp",
    "tác”",
    "(Ảnh:",
    "Reuters)",
    "hòa",
    "hoà",
    "thuỷ",
    "Mát-xcơ-va",
    "https://a.example.vn/x.html",
    "v.v.",
    "nói:",
    "\u200b",
    "\u00a0",
    "Á-Âu",
    "2024.",
    "Mr.",
    "?",
    "!",
    "…",
    "-",
    "–",
    "ĐẢNG",
    "\t",
]
WORD = st.sampled_from(SYLLABLES)
LINE = st.lists(WORD, min_size=1, max_size=25).map(" ".join)
ENDINGS = st.sampled_from(["\n", "\n\n", "\r\n", ". ", ".\n"])
ARTICLE = st.lists(st.tuples(LINE, ENDINGS), min_size=1, max_size=8).map(
    lambda parts: "".join(line + end for line, end in parts)
)
PIPELINE = Pipeline()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLE, st.one_of(st.none(), LINE))
def test_every_span_text_is_a_slice_of_the_text(original: str, title: str | None) -> None:
    doc = PIPELINE(Document(id="x", text="", original=original, title=title))
    assert "\n\n" not in doc.text and "\r" not in doc.text
    for block in doc.blocks:
        assert doc.span_text(block) and "\n" not in doc.span_text(block)
    previous = 0
    for sentence in doc.sentences:
        assert previous <= sentence.start < sentence.end <= len(doc.text)
        previous = sentence.end
    for token in doc.tokens:
        piece = doc.span_text(token)
        assert piece and piece == piece.strip() and "\n" not in piece
        assert any(s.start <= token.start and token.end <= s.end for s in doc.sentences)


@settings(max_examples=60, deadline=None)
@given(ARTICLE)
def test_cleaning_twice_changes_nothing(original: str) -> None:
    once = PIPELINE(Document(id="x", text="", original=original))
    twice = PIPELINE(Document(id="x", text="", original=once.text))
    assert twice.text == once.text


@settings(max_examples=40, deadline=None)
@given(ARTICLE)
def test_document_dict_round_trip(original: str) -> None:
    doc = PIPELINE(Document(id="x", text="", original=original, credits=["AFP"]))
    assert Document.from_dict(doc.to_dict()) == doc
