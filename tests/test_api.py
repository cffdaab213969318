"""The Python API: ``sukien.annotate`` runs the whole pipeline on a string."""

from __future__ import annotations

import subprocess
import sys

import pytest

import sukien
from sukien.api import annotate, pipeline_for
from sukien.document import SPAN_LAYERS, Document
from sukien.pipeline import PipelineOptions

ARTICLE = (
    "Tổng thống Putin thăm Bắc Kinh\n\n"
    "Tổng thống Nga Vladimir Putin ngày 16/5 đã hội đàm với Chủ tịch Trung Quốc Tập Cận Bình "
    "tại Bắc Kinh. Hai bên ra tuyên bố chung về quan hệ đối tác chiến lược.\n\n"
    "Hoài Minh (theo Reuters, AFP)\n"
)


def check_offsets(doc: Document) -> None:
    """Every span lies inside the text and, when it carries its text, matches it."""
    for block in doc.blocks:
        assert 0 <= block.start <= block.end <= len(doc.text)
    for sentence in doc.sentences:
        piece = doc.text[sentence.start : sentence.end]
        assert piece and piece == piece.strip()
    for token in doc.tokens:
        piece = doc.text[token.start : token.end]
        assert piece and piece == piece.strip()
    for layer in SPAN_LAYERS:
        for span in getattr(doc, layer):
            assert doc.text[span.start : span.end] == span.text, (layer, span)


def test_annotate_runs_the_pipeline() -> None:
    doc = annotate(ARTICLE)
    assert isinstance(doc, Document)
    assert doc.title == "Tổng thống Putin thăm Bắc Kinh"
    assert doc.byline == "Hoài Minh" and doc.credits == ["Reuters", "AFP"]
    assert len(doc.sentences) >= 3
    words = [doc.text[t.start : t.end] for t in doc.tokens]
    assert "Vladimir Putin" in words or "Putin" in words
    assert all(t.pos for t in doc.tokens)
    assert doc.id.startswith("text-") and doc.content_hash
    check_offsets(doc)


def test_annotate_normalizes_and_repairs_text() -> None:
    # decomposed tone marks, a zero-width space, CRLF line breaks and "hoà"
    raw = "Hoa Kỳ và Việt Nam\r\n\r\nHai nước ký thoả thuận hoà bình\u200b tại Hà Nội."
    doc = annotate(raw.replace("Việt", "Vie\u0323\u0302t"))
    assert "\r" not in doc.text and "\u200b" not in doc.text
    assert "Việt Nam" in doc.text and "hòa bình" in doc.text
    check_offsets(doc)


def test_annotate_metadata() -> None:
    doc = annotate(ARTICLE.split("\n", 2)[2], title="Putin ở Bắc Kinh", published="16/5/2024")
    assert doc.title == "Putin ở Bắc Kinh"
    assert (doc.published, doc.published_source) == ("2024-05-16", "metadata")
    check_offsets(doc)
    with pytest.raises(ValueError, match="not a date"):
        annotate(ARTICLE, published="tomorrow")


def test_annotate_options_and_cache() -> None:
    assert pipeline_for() is pipeline_for(PipelineOptions())
    no_pos = PipelineOptions(pos=False)
    assert pipeline_for(no_pos) is pipeline_for(PipelineOptions(pos=False))
    doc = annotate(ARTICLE, options=no_pos)
    assert doc.tokens and all(t.pos is None for t in doc.tokens)
    check_offsets(doc)


def test_annotate_edge_cases() -> None:
    empty = annotate("")
    assert empty.text == "" and empty.sentences == [] and empty.tokens == []
    assert annotate("   \n ").tokens == []
    with pytest.raises(TypeError):
        annotate(b"bytes")  # type: ignore[arg-type]
    one = annotate("Hà Nội")
    assert [one.text[t.start : t.end] for t in one.tokens] == ["Hà Nội"]


def test_package_exports_annotate_lazily() -> None:
    assert sukien.annotate is annotate
    assert "annotate" in sukien.__all__
    with pytest.raises(AttributeError):
        _ = sukien.no_such_name
    code = (
        "import sys, sukien\n"
        "heavy = ('underthesea', 'sukien.pipeline', 'sukien.api')\n"
        "assert not [m for m in heavy if m in sys.modules], sys.modules.keys()\n"
        "from sukien import annotate\n"
        "assert callable(annotate)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
