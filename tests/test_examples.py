"""The example corpus (examples/articles/): every input ingests, structure is as written."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT
from sukien.document import Document
from sukien.ingest.runner import ingest
from sukien.pipeline import Pipeline
from sukien.store.store import Store
from sukien.text.encoding import decode_bytes
from sukien.text.normalize import normalize_text


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Document]:
    pipeline = Pipeline()
    with Store(tmp_path_factory.mktemp("ex") / "ex.db") as store:
        summary = ingest(store, [str(EXAMPLES)], pipeline)
        assert summary.errors == [], summary.errors
        assert summary.warnings == [], summary.warnings
        return {doc.id: doc for doc in store.iter_documents()}


def test_at_least_ten_articles_in_every_format(docs: dict[str, Document]) -> None:
    assert len(docs) >= 10
    suffixes = {p.suffix for p in EXAMPLES.iterdir()}
    assert {".txt", ".html", ".jsonl"} <= suffixes
    assert {"cp1258", "tcvn3", "vni"} <= {d.encoding for d in docs.values()}


@pytest.mark.parametrize(
    "source", sorted((ROOT / "examples" / "legacy-src").glob("*.txt")), ids=lambda p: p.name
)
def test_legacy_files_decode_to_their_sources(source: Path) -> None:
    name, encoding = source.stem.rsplit(".", 1)
    decoded = decode_bytes((EXAMPLES / f"{name}.txt").read_bytes())
    assert decoded.encoding == encoding
    expected = source.read_text(encoding="utf-8")
    assert normalize_text(decoded.text) == normalize_text(expected)


def test_every_span_points_into_the_text(docs: dict[str, Document]) -> None:
    for doc in docs.values():
        assert unicodedata.is_normalized("NFC", doc.text)
        assert [doc.span_text(b) for b in doc.blocks] == doc.text.split("\n")
        for span in [*doc.sentences, *doc.tokens]:
            assert 0 <= span.start < span.end <= len(doc.text)
            assert doc.span_text(span).strip() == doc.span_text(span)


def test_titles(docs: dict[str, Document]) -> None:
    for doc in docs.values():
        if doc.title is not None:
            assert doc.text.startswith(doc.title + "\n")
            assert doc.blocks[0].kind == "title"
            assert doc.text.count(doc.title) == 1
    assert docs["03_g20_new_delhi_2023"].title is None  # opens with its lead
    assert docs["02_putin_beijing_2024"].title is not None  # written twice in the file


def test_boilerplate_gone(docs: dict[str, Document]) -> None:
    for doc in docs.values():
        for junk in ("Embed from Getty Images", "Xem thêm", "Chia sẻ bài viết", "Quảng cáo"):
            assert junk not in doc.text, (doc.id, junk)


def test_bylines_and_credits(docs: dict[str, Document]) -> None:
    assert (docs["01_xi_moscow_2023"].byline, docs["01_xi_moscow_2023"].credits) == (
        "Thanh Hà",
        ["Reuters", "AFP", "TASS"],
    )
    assert docs["02_putin_beijing_2024"].url is not None
    assert docs["08_sco_astana_2024"].credits == ["Reuters", "THX"]
    assert docs["11_xi_hanoi_2023"].byline == "Lan Hương"
    assert docs["06_blinken_beijing_2023"].byline is None


def test_html_and_jsonl_metadata(docs: dict[str, Document]) -> None:
    html = docs["12_brics_johannesburg_2023"]
    assert (html.published, html.published_source) == ("2023-08-24", "metadata")
    assert html.url and html.url.startswith("https://") and html.byline
    record = docs["tg-2023-1118-001"]
    assert (record.published, record.published_source) == ("2023-11-18", "metadata")
    assert record.site and record.url and record.title


# the month each example was written in (examples/README.md); 04 names no year, no weekday
# on a date and no dated office that settles one, so only a low-confidence guess is possible
WRITTEN = {
    "01_xi_moscow_2023": "2023-03",
    "02_putin_beijing_2024": "2024-05",
    "03_g20_new_delhi_2023": "2023-09",
    "04_biden_xi_woodside_2023": "2023-11",  # "hội nghị G20 tại Bali năm ngoái" (2022)
    "05_nato_vilnius_2023": "2023-07",
    "06_blinken_beijing_2023": "2023-06",
    "07_brics_kazan_2024": "2024-10",
    "08_sco_astana_2024": "2024-07",
    "09_putin_kim_vostochny_2023": "2023-09",
    "10_biden_hanoi_2023": "2023-09",
    "11_xi_hanoi_2023": "2023-12",
}


def test_publication_dates_are_inferred(docs: dict[str, Document]) -> None:
    for doc_id, month in WRITTEN.items():
        doc = docs[doc_id]
        assert doc.published_source == "inferred", doc_id
        assert doc.published is not None and doc.published.startswith(month), (doc_id, month)
    assert docs["04_biden_xi_woodside_2023"].published_confidence == "high"
