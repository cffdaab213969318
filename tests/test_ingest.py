"""Ingest end to end on hand-written inputs, and on the reference seeds when present."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from conftest import SEEDS
from sukien.ingest.runner import ingest
from sukien.pipeline import Pipeline
from sukien.store.store import Store

ARTICLE = (
    "Ngoại trưởng Mỹ thăm Bắc Kinh\n\n"
    "Ngoại trưởng Mỹ Antony Blinken đã hội đàm với Ngoại trưởng Trung Quốc Tần Cương tại "
    "Bắc Kinh ngày 18/6. Hai bên nhất trí duy trì liên lạc.\n"
    "Ông Blinken và ông Tần tại Nhà khách Điếu Ngư Đài. (Ảnh: Reuters)\n"
    "Đây là chuyến thăm đầu tiên của một ngoại trưởng Mỹ tới Trung Quốc sau 5 năm.\n\n"
    "Minh Phương Theo Reuters\n"
)
HTML = """<!doctype html><html><head><title>Blinken thăm Bắc Kinh | Tin Thế giới</title>
<meta property="og:title" content="Ngoại trưởng Blinken thăm Bắc Kinh">
<meta name="author" content="Lan Anh">
<meta property="article:published_time" content="2023-06-19T08:30:00+07:00">
<link rel="canonical" href="https://tin.example.vn/the-gioi/blinken-bac-kinh.html">
<meta property="og:site_name" content="Tin Thế giới"></head>
<body><nav><a href="/">Trang chủ</a> <a href="/tg">Thế giới</a> <a href="/kt">Kinh tế</a></nav>
<div class="ads">Quảng cáo: mua ngay điện thoại giá rẻ</div>
<article><h1>Ngoại trưởng Blinken thăm Bắc Kinh</h1>
<p>Ngoại trưởng Mỹ Antony Blinken ngày 19/6 đã gặp Chủ tịch Trung Quốc Tập Cận Bình tại Đại
lễ đường Nhân dân ở Bắc Kinh, trong chuyến thăm được theo dõi sát sao của quan chức ngoại giao
cấp cao nhất của Mỹ tới Trung Quốc trong 5 năm qua.</p>
<p>Hai bên nhất trí ổn định quan hệ song phương, vốn căng thẳng sau vụ khinh khí cầu hồi đầu
năm. Ông Tập cho biết hai nước đã đạt được tiến bộ và nhất trí về một số vấn đề cụ thể.</p>
<p>Trước đó, ông Blinken đã có cuộc hội đàm kéo dài với Ngoại trưởng Tần Cương và nhà ngoại
giao hàng đầu Vương Nghị.</p></article>
<footer>© Tin Thế giới. Chia sẻ Facebook Twitter</footer></body></html>"""


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "t.db")


def test_text_article(tmp_path: Path, store: Store, pipeline: Pipeline) -> None:
    path = tmp_path / "blinken.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    summary = ingest(store, [str(path)], pipeline)
    assert (summary.added, summary.errors) == (1, [])
    doc = store.get("blinken")
    assert doc is not None
    assert doc.title == "Ngoại trưởng Mỹ thăm Bắc Kinh"
    assert doc.text.startswith(doc.title + "\n")
    assert (doc.byline, doc.credits) == ("Minh Phương", ["Reuters"])
    assert [b.kind for b in doc.blocks] == ["title", "lead", "caption", "paragraph", "byline"]
    assert doc.encoding == "utf-8" and doc.original == ARTICLE
    assert len(doc.sentences) >= 5 and doc.tokens
    for span in [*doc.blocks, *doc.sentences, *doc.tokens]:
        piece = doc.text[span.start : span.end]
        assert piece and piece == piece.strip() and "\n" not in piece
    words = [doc.text[t.start : t.end] for t in doc.tokens]
    assert "Bắc Kinh" in words and "hội đàm" in words


def test_reingest_changes_nothing_and_changed_file_updates(
    tmp_path: Path, store: Store, pipeline: Pipeline
) -> None:
    path = tmp_path / "blinken.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    ingest(store, [str(tmp_path)], pipeline)
    before = store.get("blinken")
    again = ingest(store, [str(tmp_path)], pipeline)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 1)
    assert store.get("blinken") == before
    path.write_text(ARTICLE.replace("18/6", "19/6"), encoding="utf-8")
    third = ingest(store, [str(tmp_path)], pipeline)
    assert third.updated == 1 and store.count() == 1
    doc = store.get("blinken")
    assert doc is not None and "19/6" in doc.text


def test_html_page(tmp_path: Path, store: Store, pipeline: Pipeline) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    summary = ingest(store, [str(path)], pipeline)
    assert summary.errors == []
    doc = store.get("page")
    assert doc is not None
    assert doc.title == "Ngoại trưởng Blinken thăm Bắc Kinh"
    assert doc.url == "https://tin.example.vn/the-gioi/blinken-bac-kinh.html"
    assert (doc.published, doc.published_source) == ("2023-06-19", "metadata")
    assert doc.byline == "Lan Anh" and doc.site == "Tin Thế giới"
    assert "Quảng cáo" not in doc.text and "Trang chủ" not in doc.text
    assert doc.text.count("Ngoại trưởng Blinken thăm Bắc Kinh") == 1


def test_jsonl_record_metadata_beats_html_and_text(
    tmp_path: Path, store: Store, pipeline: Pipeline
) -> None:
    path = tmp_path / "feed.jsonl"
    records = [
        {
            "id": "r-1",
            "title": "Tiêu đề từ bản ghi",
            "url": "https://a.example.vn/1",
            "published": "2023-06-20T07:00:00+07:00",
            "source": "Báo A",
            "html": HTML,
        },
        {
            "id": 2,
            "title": "Ngoại trưởng Mỹ thăm Bắc Kinh",
            "text": ARTICLE,
            "published": "2023-06-18",
        },
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")
    summary = ingest(store, [str(path)], pipeline)
    assert (summary.added, summary.errors) == (2, [])
    first = store.get("r-1")
    assert first is not None
    assert (first.title, first.url, first.published, first.site) == (
        "Tiêu đề từ bản ghi",
        "https://a.example.vn/1",
        "2023-06-20",
        "Báo A",
    )
    assert first.text.startswith("Tiêu đề từ bản ghi\n")
    assert first.byline == "Lan Anh"  # from the HTML, the record has no author
    second = store.get("2")
    assert second is not None and second.text.count("Ngoại trưởng Mỹ thăm Bắc Kinh") == 1
    assert second.credits == ["Reuters"]


def test_json_array_file(tmp_path: Path, store: Store, pipeline: Pipeline) -> None:
    path = tmp_path / "list.json"
    path.write_text(
        json.dumps([{"text": ARTICLE}, {"text": ARTICLE + "Thêm một câu."}]), encoding="utf-8"
    )
    summary = ingest(store, [str(path)], pipeline)
    assert summary.added == 2 and "list-1" in store and "list-2" in store


def test_globs_and_recursion(tmp_path: Path, store: Store, pipeline: Pipeline) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "deeper" / "x.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub" / "notes.csv").write_text("a,b", encoding="utf-8")
    (tmp_path / "sub" / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    summary = ingest(store, [str(tmp_path / "sub")], pipeline)
    assert summary.added == 1 and summary.inputs == 1
    summary = ingest(store, [str(tmp_path / "**" / "*.txt")], pipeline)
    assert summary.unchanged == 1 and summary.errors == []


def test_normalization_applied(tmp_path: Path, store: Store, pipeline: Pipeline) -> None:
    decomposed = unicodedata.normalize("NFD", ARTICLE).replace(
        unicodedata.normalize("NFD", "Bắc Kinh ngày"), "Bắc\u200b Kinh\u00a0 ngày"
    )
    path = tmp_path / "nfd.txt"
    path.write_text(decomposed.replace("\n", "\r\n"), encoding="utf-8")
    ingest(store, [str(path)], pipeline)
    doc = store.get("nfd")
    assert doc is not None
    assert unicodedata.is_normalized("NFC", doc.text)
    assert "\r" not in doc.text and "\u200b" not in doc.text and "\u00a0" not in doc.text
    assert "Bắc Kinh ngày 18/6" in doc.text


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")
def test_seeds(tmp_path: Path, store: Store, pipeline: Pipeline) -> None:
    summary = ingest(store, [str(SEEDS)], pipeline)
    assert summary.errors == [] and summary.added == 5
    docs = {d.id[:3]: d for d in store.iter_documents()}
    assert docs["002"].title == "Những điểm nhấn trong chuyến thăm Trung Quốc của Ngoại trưởng Nga"
    title4 = "Nga – Trung Quốc xích lại gần nhau trước sức ép của phương Tây"
    assert docs["004"].title == title4 and docs["004"].text.count(title4) == 1
    assert docs["003"].title.startswith("Lãnh đạo Nga-Trung hội đàm trực tuyến lần hai")
    assert docs["000"].title is None and docs["001"].title is None  # they open with the lead
    assert (docs["000"].byline, docs["000"].credits) == ("Nhật Minh", ["AFP"])
    assert docs["001"].byline == "Ngân Hà"
    assert docs["002"].byline == "Hoài Minh"
    assert docs["002"].credits == ["THX", "AP", "Reuters", "TG&VN"]
    assert docs["002"].url is not None and docs["002"].url.startswith("https://baoquocte.vn/")
    for doc in docs.values():
        assert "Embed from Getty Images" not in doc.text
        assert "\n\n" not in doc.text
    again = ingest(store, [str(SEEDS)], pipeline)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 5)
