"""The command line, through typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sukien.cli import app

ARTICLE = (
    "Tổng thống Putin thăm Bắc Kinh\n\n"
    "Tổng thống Nga Vladimir Putin ngày 16/5 đã hội đàm với Chủ tịch Trung Quốc Tập Cận Bình "
    "tại Bắc Kinh. Hai bên ra tuyên bố chung về quan hệ đối tác.\n\n"
    "Hoài Minh (theo Reuters, AFP)\n"
)


@pytest.fixture
def db(tmp_path: Path, runner: CliRunner) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "putin.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "empty.txt").write_text("", encoding="utf-8")
    path = tmp_path / "k.db"
    result = runner.invoke(app, ["ingest", str(src), "--db", str(path)])
    assert result.exit_code == 1, result.output  # one input failed
    return path


def test_ingest_summary_and_error_line(tmp_path: Path, runner: CliRunner) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"")
    result = runner.invoke(app, ["ingest", str(src), str(bad), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert f"error: {bad}: empty file" in result.output
    assert "1 added, 0 updated, 0 unchanged, 1 failed" in result.output
    assert "Traceback" not in result.output
    again = runner.invoke(app, ["ingest", str(src), "--db", str(tmp_path / "x.db")])
    assert again.exit_code == 0 and "0 added, 0 updated, 1 unchanged" in again.output


def test_ingest_quiet(tmp_path: Path, runner: CliRunner) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["ingest", "-q", str(src), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 0 and result.output == ""


def test_ingest_stdin(tmp_path: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["ingest", "-", "--db", str(tmp_path / "x.db")], input=ARTICLE)
    assert result.exit_code == 0, result.output
    listed = runner.invoke(app, ["list", "--db", str(tmp_path / "x.db"), "--format", "json"])
    assert json.loads(listed.output)[0]["id"].startswith("stdin-")


def test_env_var_chooses_database(tmp_path: Path, runner: CliRunner) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    env = {"SUKIEN_DB": str(tmp_path / "env.db")}
    assert runner.invoke(app, ["ingest", str(src)], env=env).exit_code == 0
    assert (tmp_path / "env.db").exists()
    assert "Putin" in runner.invoke(app, ["list"], env=env).output


def test_list(db: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["list", "--db", str(db)])
    assert result.exit_code == 0
    assert "putin" in result.output and "Tổng thống Putin thăm Bắc Kinh" in result.output
    assert "Reuters, AFP" in result.output


def test_show(db: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", "putin", "--db", str(db)])
    assert result.exit_code == 0
    assert "Tổng thống Putin thăm Bắc Kinh" in result.output
    assert "Hoài Minh" in result.output and "[byline]" in result.output
    words = runner.invoke(app, ["show", "putin", "--words", "--db", str(db)])
    assert "Bắc_Kinh/" in words.output
    data = json.loads(
        runner.invoke(app, ["show", "putin", "--db", str(db), "--format", "json"]).output
    )
    assert data["credits"] == ["Reuters", "AFP"] and data["sentences"]


def test_show_unknown_id(db: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", "nope", "--db", str(db)])
    assert result.exit_code == 1
    assert result.output.strip() == "error: no article with id 'nope' (see 'sukien list')"


def test_search(db: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["search", "tap can binh", "--db", str(db)])
    assert result.exit_code == 0
    assert "Tổng thống Putin thăm Bắc Kinh" in result.output and "Tập Cận Bình" in result.output
    none = runner.invoke(app, ["search", "Washington", "--db", str(db)])
    assert "no article matches" in none.output


def test_stats(db: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["stats", "--db", str(db)])
    assert result.exit_code == 0
    assert "1 articles" in result.output and "sentences" in result.output
    assert "Hoài Minh" in result.output


def test_missing_database_is_one_line(tmp_path: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["list", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "no such database" in result.output


def test_export_jsonl_follows_format(db: Path, tmp_path: Path, runner: CliRunner) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["export", "--format", "jsonl", "-o", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    for key in (
        "id",
        "title",
        "url",
        "published",
        "published_source",
        "text",
        "entities",
        "times",
        "events",
        "quotes",
    ):
        assert key in record
    assert record["id"] == "putin" and record["text"].startswith(record["title"] + "\n")
    stdout = runner.invoke(app, ["export", "--db", str(db)])
    assert json.loads(stdout.stdout.splitlines()[0])["id"] == "putin"


def test_export_to_unwritable_place(db: Path, tmp_path: Path, runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["export", "-o", str(tmp_path / "no" / "dir" / "x.jsonl"), "--db", str(db)]
    )
    assert result.exit_code == 1 and "cannot write" in result.output


def test_fixed_words_keep_names_whole(tmp_path: Path, runner: CliRunner) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "x.db"
    assert runner.invoke(app, ["ingest", "-q", str(src), "--db", str(db)]).exit_code == 0
    shown = runner.invoke(app, ["show", "a", "--words", "--db", str(db)]).output
    assert "Tập_Cận_Bình/" in shown  # a knowledge-base name: always one word
    assert "quan_hệ_đối_tác/" not in shown
    words = tmp_path / "words.txt"
    words.write_text("# phrases\nquan hệ đối tác\n", encoding="utf-8")
    user = tmp_path / "user.db"
    result = runner.invoke(
        app, ["ingest", "-q", str(src), "--db", str(user), "--fixed-words", str(words)]
    )
    assert result.exit_code == 0, result.output
    shown = runner.invoke(app, ["show", "a", "--words", "--db", str(user)]).output
    assert "quan_hệ_đối_tác/" in shown


def test_missing_word_list_is_one_line(tmp_path: Path, runner: CliRunner) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(
        app,
        [
            "ingest",
            str(src),
            "--db",
            str(tmp_path / "x.db"),
            "--fixed-words",
            str(tmp_path / "none.txt"),
        ],
    )
    assert result.exit_code == 1 and "cannot read the word list" in result.output


def test_ingest_keeps_hypothetical_events_on_request(tmp_path: Path, runner: CliRunner) -> None:
    src = tmp_path / "a.txt"
    src.write_text(
        "Iran cáo buộc Israel\n\nIran hôm qua cáo buộc Israel tấn công đại sứ quán của nước này "
        "tại Syria.\n",
        encoding="utf-8",
    )
    statuses = {}
    for flag in ([], ["--hypothetical"]):
        path = tmp_path / f"x{len(flag)}.db"
        assert runner.invoke(app, ["ingest", str(src), "--db", str(path), *flag]).exit_code == 0
        out = runner.invoke(app, ["events", "--db", str(path), "--format", "json"])
        statuses[bool(flag)] = sorted((e["type"], e["status"]) for e in json.loads(out.output))
    assert ("ASSAULT", "hypothetical") in statuses[True]
    assert all(status != "hypothetical" for _, status in statuses[False])
