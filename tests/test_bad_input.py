"""Bad input: each case gets one clear error line naming the file; the rest goes on; nothing
stored is lost."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from sukien.ingest.runner import IngestOptions, IngestSummary, ingest
from sukien.pipeline import Pipeline
from sukien.store.store import Store

GOOD = (
    "Nga và Trung Quốc ký thỏa thuận hợp tác năng lượng\n\n"
    "Ngày 21/3, Tổng thống Nga Vladimir Putin và Chủ tịch Trung Quốc Tập Cận Bình đã ký "
    "tuyên bố chung về quan hệ đối tác tại Moskva.\n\n"
    "Hai nhà lãnh đạo nhất trí mở rộng thương mại song phương.\n\nMinh Anh (Theo Reuters)\n"
)


def run(
    tmp_path: Path, pipeline: Pipeline, *paths: Path | str, **opts: object
) -> tuple[IngestSummary, Store]:
    store = Store(tmp_path / "t.db")
    summary = ingest(store, [str(p) for p in paths], pipeline, IngestOptions(**opts))  # type: ignore[arg-type]
    return summary, store


def good(tmp_path: Path, name: str = "good.txt") -> Path:
    path = tmp_path / name
    path.write_text(GOOD, encoding="utf-8")
    return path


def one_error(summary: IngestSummary, path: Path | str, words: str) -> None:
    assert len(summary.errors) == 1, summary.errors
    message = summary.errors[0]
    assert "\n" not in message
    assert str(path) in message
    assert words in message, message


def test_empty_file(tmp_path: Path, pipeline: Pipeline) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    summary, store = run(tmp_path, pipeline, bad, good(tmp_path))
    one_error(summary, bad, "empty file")
    assert summary.added == 1 and "good" in store


def test_whitespace_only_file(tmp_path: Path, pipeline: Pipeline) -> None:
    bad = tmp_path / "blank.txt"
    bad.write_bytes(b"  \n\r\n\t \n")
    summary, _ = run(tmp_path, pipeline, bad)
    one_error(summary, bad, "empty file")


def test_binary_file(tmp_path: Path, pipeline: Pipeline) -> None:
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    summary, _ = run(tmp_path, pipeline, bad, good(tmp_path))
    one_error(summary, bad, "binary")
    assert summary.added == 1


def test_truncated_utf8_is_kept_with_a_warning(tmp_path: Path, pipeline: Pipeline) -> None:
    path = tmp_path / "cut.txt"
    path.write_bytes(GOOD.rstrip().encode("utf-8") + " Việ".encode()[:-1])
    summary, store = run(tmp_path, pipeline, path)
    assert summary.errors == [] and summary.added == 1
    assert any("truncated" in w for w in summary.warnings)
    doc = store.get("cut")
    assert doc is not None and "\ufffd" not in doc.text


def test_unknown_encoding(tmp_path: Path, pipeline: Pipeline) -> None:
    bad = tmp_path / "cyrillic.txt"
    bad.write_bytes(
        ("Министр иностранных дел России Сергей Лавров прибыл в Пекин. " * 20).encode("cp1251")
    )
    summary, _ = run(tmp_path, pipeline, bad, good(tmp_path))
    one_error(summary, bad, "encoding")
    assert summary.added == 1


def test_huge_file_is_refused_not_loaded(tmp_path: Path, pipeline: Pipeline) -> None:
    bad = tmp_path / "huge.txt"
    with bad.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    summary, _ = run(tmp_path, pipeline, bad, good(tmp_path))
    one_error(summary, bad, "too large")
    assert summary.added == 1


def test_html_without_article(tmp_path: Path, pipeline: Pipeline) -> None:
    bad = tmp_path / "index.html"
    links = "".join(f'<li><a href="/tin/{i}">Tin số {i}</a></li>' for i in range(30))
    bad.write_text(
        f"<html><head><title>Chuyên mục</title></head><body><nav><ul>{links}"
        "</ul></nav></body></html>",
        encoding="utf-8",
    )
    summary, _ = run(tmp_path, pipeline, bad, good(tmp_path))
    one_error(summary, bad, "no article text")


@pytest.mark.parametrize(
    ("record", "words"),
    [
        ({"id": "x1", "title": "Tin"}, "no 'text' or 'html'"),
        ({"id": "x1", "text": 42}, "field 'text' must be a string, got number"),
        ({"id": "x1", "text": GOOD, "published": ["2024"]}, "'published' must be a string"),
        ({"id": {"a": 1}, "text": GOOD}, "field 'id' must be a string or an integer"),
        ([1, 2], "must be a JSON object"),
    ],
)
def test_bad_json_record_among_good_ones(
    tmp_path: Path, pipeline: Pipeline, record: object, words: str
) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [{"id": "ok1", "text": GOOD}, record, {"id": "ok2", "text": GOOD + " Thêm."}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines), "utf-8")
    summary, store = run(tmp_path, pipeline, path)
    one_error(summary, f"{path}:2", words)
    assert summary.added == 2 and "ok1" in store and "ok2" in store


def test_broken_json_line(tmp_path: Path, pipeline: Pipeline) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"id": "ok1", "text": GOOD}) + '\n{"id": "x", "text": "abc\n', encoding="utf-8"
    )
    summary, store = run(tmp_path, pipeline, path)
    one_error(summary, f"{path}:2", "not valid JSON")
    assert "ok1" in store


def test_unreadable_file(
    tmp_path: Path, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = good(tmp_path, "secret.txt")
    fine = good(tmp_path, "fine.txt")
    bad.chmod(0)
    if os.geteuid() == 0:  # root reads any file: make this one refuse like it would for a user
        real = Path.read_bytes

        def read_bytes(self: Path) -> bytes:
            if self == bad:
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
    summary, store = run(tmp_path, pipeline, bad, fine)
    one_error(summary, bad, "permission denied")
    assert "fine" in store


def test_missing_path_and_empty_glob(tmp_path: Path, pipeline: Pipeline) -> None:
    summary, _ = run(
        tmp_path, pipeline, tmp_path / "nope.txt", f"{tmp_path}/*.none", good(tmp_path)
    )
    assert len(summary.errors) == 2 and summary.added == 1
    assert "no such file" in summary.errors[0] and "no file matches" in summary.errors[1]


def test_duplicate_ids_with_different_content(tmp_path: Path, pipeline: Pipeline) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = good(tmp_path / "a", "same.txt")
    second = tmp_path / "b" / "same.txt"
    second.write_text(GOOD.replace("Moskva", "Bắc Kinh"), encoding="utf-8")
    summary, store = run(tmp_path, pipeline, tmp_path / "a", tmp_path / "b")
    one_error(summary, second, "duplicate id 'same'")
    doc = store.get("same")
    assert doc is not None and doc.source == str(first) and "Moskva" in doc.text
    store.close()
    # a later run from the other folder does not overwrite what is stored either
    summary, store = run(tmp_path, pipeline, second)
    one_error(summary, second, "already stored from")
    doc = store.get("same")
    assert doc is not None and "Moskva" in doc.text


def test_duplicate_ids_with_same_content_are_one_article(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    good(tmp_path / "a", "same.txt")
    good(tmp_path / "b", "same.txt")
    summary, store = run(tmp_path, pipeline, tmp_path)
    assert summary.errors == [] and store.count() == 1


def test_bad_fixture_folder(tmp_path: Path, pipeline: Pipeline) -> None:
    folder = Path(__file__).parent / "fixtures" / "bad"
    summary, store = run(tmp_path, pipeline, folder)
    assert summary.failed == 2 and store.count() == 0
    assert any("no_article.html: no article text" in e for e in summary.errors)
    assert any("empty.txt: empty file" in e for e in summary.errors)
