"""The `events` and `quotes` commands, events and quotes in `show`, and their export fields.

The articles (tests/event_docs.py) are built by hand with their events and quotes, so these
tests do not depend on what the extractor finds.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rich.color import Color
from rich.console import Console
from rich.style import Style
from rich.text import Text
from typer.testing import CliRunner

import sukien.cli as cli
from event_docs import A1, A3, EXPORT_EVENT_KEYS, fill
from sukien.cli import EVENT_CSV_COLUMNS, QUOTE_STYLE, TRIGGER_STYLE, app
from sukien.store.store import Store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "events.db"
    with Store(path) as store:
        fill(store)
    return path


@pytest.fixture
def wide(monkeypatch: pytest.MonkeyPatch) -> None:
    """A console wide enough that no table cell is cut."""
    monkeypatch.setattr(cli, "out", Console(width=250, highlight=False, soft_wrap=True))


def events_json(runner: CliRunner, db: Path, *args: str) -> list[dict[str, object]]:
    result = runner.invoke(app, ["events", "--db", str(db), "--format", "json", *args])
    assert result.exit_code == 0, result.output
    rows: list[dict[str, object]] = json.loads(result.stdout)
    return rows


def keys(rows: list[dict[str, object]]) -> list[tuple[object, object, object]]:
    return [(r["article"], r["type"], r["date"]) for r in rows]


ALL = [
    ("a3", "REQUEST", "2024-01-05"),
    ("a3", "REJECT", "2024-01-04"),
    ("a3", "ASSAULT", "2024-01"),
    ("a2", "CONSULT", "2023-10-18"),
    ("a1", "CONSULT", "2023-10"),
    ("a1", "CONSULT", "2023-03-21"),
    ("a2", "THREATEN", "PRESENT_REF"),  # not an ISO date: after the dated ones
    ("a2", "ACCUSE", None),
]


# ------------------------------------------------------------------ events: formats


def test_events_json_lists_every_field(db: Path, runner: CliRunner) -> None:
    rows = events_json(runner, db)
    assert keys(rows) == ALL
    xi_putin = rows[5]
    assert xi_putin == {
        "article": "a1",
        "title": "Chủ tịch Tập Cận Bình thăm Nga",
        "published": "2023-03-21",
        "type": "CONSULT",
        "mode": "meet",
        "source": [{"name": "Xi Jinping", "country": "CHN", "kb_id": "person/xi-jinping"}],
        "target": [{"name": "Vladimir Putin", "country": "RUS", "kb_id": "person/vladimir-putin"}],
        "date": "2023-03-21",
        "location": "Moscow",
        "status": "asserted",
        "trigger": "hội đàm",
        "cameo": "04",
        "score": 1.0,
        "start": xi_putin["start"],
        "end": xi_putin["end"],
        "text": "Chủ tịch Tập Cận Bình hội đàm với Tổng thống Putin tại Moskva ngày 21/3.",
        "evidence": [[xi_putin["start"], xi_putin["end"]], [0, A1.index("\n")]],
    }
    assert A1[xi_putin["start"] : xi_putin["end"]] == xi_putin["text"]
    accuse = rows[7]
    assert accuse["source"] == [{"name": None, "country": "USA", "kb_id": None}]
    assert accuse["date"] is None and accuse["score"] == -2.0


def test_events_csv(db: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["events", "--db", str(db), "--format", "csv"])
    assert result.exit_code == 0, result.output
    reader = csv.DictReader(io.StringIO(result.stdout))
    assert tuple(reader.fieldnames or ()) == EVENT_CSV_COLUMNS
    rows = list(reader)
    assert [(r["article"], r["type"], r["date"]) for r in rows] == [
        (a, t, d or "") for a, t, d in ALL
    ]
    planned = rows[4]  # two actors on the source side, none on the target side
    assert planned["source"] == "Xi Jinping;Vladimir Putin"
    assert planned["source_country"] == "CHN;RUS"
    assert planned["source_kb_id"] == "person/xi-jinping;person/vladimir-putin"
    assert (planned["target"], planned["target_country"], planned["target_kb_id"]) == ("", "", "")
    assert (planned["mode"], planned["status"], planned["trigger"]) == ("meet", "planned", "gặp")
    met = rows[5]
    assert met["evidence"] == f"{met['start']}-{met['end']};0-{A1.index(chr(10))}"
    assert (met["cameo"], met["score"], met["location"]) == ("04", "1.0", "Moscow")
    assert met["title"] == "Chủ tịch Tập Cận Bình thăm Nga"
    accuse = rows[7]  # an unnamed actor keeps its country in the same position
    assert (accuse["source"], accuse["source_country"], accuse["mode"]) == ("", "USA", "")
    reject = rows[1]  # a comma inside a field is quoted, not split
    assert reject["text"] == "Ukraine bác bỏ đề nghị của Nga, theo các quan chức Ukraine."


def test_events_table(db: Path, runner: CliRunner, wide: None) -> None:
    result = runner.invoke(app, ["events", "--db", str(db)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == [
        "date",
        "type/mode",
        "source",
        "→",
        "target",
        "status",
        "location",
        "article",
        "evidence",
    ]
    assert len(lines) == 1 + len(ALL) + 1
    assert lines[-1] == "8 event(s)"
    visit = lines[4].split("  ")
    assert [cell.strip() for cell in visit if cell.strip()] == [
        "2023-10-18",
        "CONSULT/visit",
        "Vladimir Putin → China",
        "asserted",
        "Beijing",
        "a2",
        "Tổng thống Putin ngày 18/10 thăm Trung Quốc.",
    ]
    assert "Xi Jinping, Vladimir Putin → –" in lines[5] and "planned" in lines[5]
    assert lines[8].startswith("–") and "USA → Russia" in lines[8]  # no date, unnamed actor
    # long evidence is cut short
    assert "Chủ tịch Tập Cận Bình hội đàm với Tổng thống Putin tại Mosk…" in lines[6]


def test_events_table_fits_a_narrow_console(db: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["events", "--db", str(db)])  # 80 columns
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert all(len(line.rstrip()) <= 80 for line in lines)
    header = lines[0].split()
    for column in ("date", "source", "status", "article", "evidence"):
        assert column in header
    assert lines[4].startswith("2023-10-18") and "a2" in lines[4]


def test_events_limit(db: Path, runner: CliRunner, wide: None) -> None:
    assert keys(events_json(runner, db, "--limit", "2")) == ALL[:2]
    result = runner.invoke(app, ["events", "--db", str(db), "--limit", "3"])
    lines = result.stdout.splitlines()
    assert len(lines) == 5 and lines[-1] == "3 event(s); more match (raise --limit)"
    exact = runner.invoke(app, ["events", "--db", str(db), "--limit", "8"])
    assert exact.stdout.splitlines()[-1] == "8 event(s)"
    csv_rows = runner.invoke(app, ["events", "--db", str(db), "--format", "csv", "--limit", "1"])
    assert len(csv_rows.stdout.splitlines()) == 2


# ------------------------------------------------------------------ events: filters


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        # --actor: a name, words of a name, a KB id, a country code; any case, any accents
        (["--actor", "Vladimir Putin"], [ALL[3], ALL[4], ALL[5]]),
        (["--actor", "putin"], [ALL[3], ALL[4], ALL[5]]),
        (["--actor", "PERSON/XI-JINPING"], [ALL[4], ALL[5]]),
        (["--actor", "chn"], [ALL[3], ALL[4], ALL[5]]),  # Xi (CHN) and China (CHN)
        (["--actor", "usa"], [ALL[7]]),  # an unnamed actor, by its country
        (["--actor", "the west"], [ALL[6]]),
        (["--actor", "bui thanh son"], [ALL[0]]),
        (["--actor", "BÙI THANH SƠN"], [ALL[0]]),
        (["--actor", "Thanh Son"], [ALL[0]]),
        (["--actor", "vlad"], []),  # words, not pieces of words
        (["--actor", "Nobody"], []),
        # --dyad: one side each, either direction
        (["--dyad", "Russia,Ukraine"], [ALL[1], ALL[2]]),
        (["--dyad", "ukraine , russia"], [ALL[1], ALL[2]]),
        (["--dyad", "RUS,CHN"], [ALL[3], ALL[5]]),  # Putin → China, Xi → Putin
        (["--dyad", "Putin,China"], [ALL[3]]),
        (["--dyad", "usa,rus"], [ALL[7]]),
        (["--dyad", "Xi Jinping,Vladimir Putin"], [ALL[5]]),  # both on one side: no dyad
        (["--dyad", "Russia,China"], []),
        # --type, --mode, --status
        (["--type", "CONSULT"], [ALL[3], ALL[4], ALL[5]]),
        (["--type", "consult", "--mode", "MEET"], [ALL[4], ALL[5]]),
        (["--mode", "visit"], [ALL[3]]),
        (["--mode", "aerial"], [ALL[2]]),
        (["--type", "SANCTION"], []),
        (["--status", "planned"], [ALL[4]]),
        (["--status", "Negated"], [ALL[1]]),
        (["--status", "hypothetical"], [ALL[6]]),
        (["--status", "asserted", "--type", "consult"], [ALL[3], ALL[5]]),
        # --since / --until: ISO prefixes, inclusive; undated events are left out
        (["--since", "2023-10"], ALL[:5]),
        (["--since", "2024"], ALL[:3]),
        (["--since", "2024-01-05"], ALL[:1]),
        (["--until", "2023-10"], [ALL[3], ALL[4], ALL[5]]),
        (["--until", "2023-10-17"], [ALL[4], ALL[5]]),  # "2023-10" is not after 2023-10-17
        (["--until", "2023"], [ALL[3], ALL[4], ALL[5]]),
        (["--since", "2024", "--until", "2024-01-04"], [ALL[1], ALL[2]]),
        (["--since", "2023-03-22", "--until", "2023-12-31"], [ALL[3], ALL[4]]),
        (["--since", "2025"], []),
        # together
        (["--actor", "russia", "--status", "negated"], [ALL[1]]),
        (["--dyad", "Russia,Ukraine", "--type", "assault", "--since", "2024-01"], [ALL[2]]),
    ],
)
def test_events_filters(
    db: Path, runner: CliRunner, args: list[str], expected: list[tuple[str, str, str]]
) -> None:
    assert keys(events_json(runner, db, *args)) == expected


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--type", "FIGHT"], "error: unknown event type 'FIGHT' (one of AGREE, CONSULT,"),
        (["--mode", "flying"], "error: unknown event mode 'flying'"),
        (["--type", "CONSULT", "--mode", "aerial"], "error: 'aerial' is not a mode of CONSULT"),
        (["--status", "done"], "error: unknown status 'done' (one of asserted, planned,"),
        (["--since", "2023-13"], "error: bad since date '2023-13' (give YYYY, YYYY-MM"),
        (["--since", "2023-02-30"], "error: bad since date '2023-02-30'"),
        (["--until", "yesterday"], "error: bad until date 'yesterday'"),
        (["--until", "21/3/2023"], "error: bad until date '21/3/2023'"),
        (["--since", "2024", "--until", "2023-12"], "error: since 2024 is after until 2023-12"),
        (["--dyad", "Russia"], "error: bad dyad 'Russia' (give two actors: A,B)"),
        (["--dyad", "Russia,"], "error: bad dyad 'Russia,'"),
        (["--dyad", "a,b,c"], "error: bad dyad 'a,b,c'"),
        (["--actor", "  "], "error: empty actor"),
    ],
)
def test_events_bad_filters_are_one_line_and_exit_2(
    tmp_path: Path, runner: CliRunner, args: list[str], message: str
) -> None:
    # the database need not exist: the filter is refused first
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "none.db"), *args])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(message), result.stderr


def test_events_bad_limit_and_format(db: Path, runner: CliRunner) -> None:
    assert runner.invoke(app, ["events", "--db", str(db), "--limit", "0"]).exit_code == 2
    assert runner.invoke(app, ["events", "--db", str(db), "--format", "xml"]).exit_code == 2


def test_events_missing_database(tmp_path: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and len(result.stderr.splitlines()) == 1
    assert "no such database" in result.stderr


def test_events_db_from_environment(db: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["events", "--format", "json"], env={"SUKIEN_DB": str(db)})
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)) == len(ALL)


def test_events_empty(tmp_path: Path, db: Path, runner: CliRunner) -> None:
    path = tmp_path / "empty.db"
    Store(path).close()
    result = runner.invoke(app, ["events", "--db", str(path)])
    assert result.exit_code == 0 and result.stdout == "no events stored\n"
    assert (
        json.loads(runner.invoke(app, ["events", "--db", str(path), "--format", "json"]).stdout)
        == []
    )
    csv_out = runner.invoke(app, ["events", "--db", str(path), "--format", "csv"]).stdout
    assert csv_out.splitlines() == [",".join(EVENT_CSV_COLUMNS)]
    none = runner.invoke(app, ["events", "--db", str(db), "--actor", "Nobody"])
    assert none.exit_code == 0 and none.stdout == "no event matches\n"


# ------------------------------------------------------------------ quotes


def test_quotes_json(db: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["quotes", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["article"], r["kind"], r["text"]) for r in rows] == [
        ("a3", "indirect", "Ukraine bác bỏ đề nghị của Nga"),
        ("a3", "direct", "Đối thoại là con đường duy nhất"),
        ("a2", "indirect", "cáo buộc Nga vi phạm lệnh trừng phạt"),
        ("a1", "direct", "Quan hệ Trung - Nga đang ở mức cao nhất"),
    ]
    assert rows[0]["speaker"] is None
    assert rows[1]["speaker"] == {
        "name": "Bùi Thanh Sơn",
        "country": "VNM",
        "kb_id": "person/bui-thanh-son",
    }
    assert rows[2]["speaker"] == {"name": None, "country": "USA", "kb_id": None}
    son = rows[1]
    assert A3[son["start"] : son["end"]] == son["text"]
    assert (son["title"], son["published"]) == ("Nga không kích Ukraine", "2024-01-05")


@pytest.mark.parametrize(
    ("speaker", "texts"),
    [
        ("Xi Jinping", ["Quan hệ Trung - Nga đang ở mức cao nhất"]),
        ("xi", ["Quan hệ Trung - Nga đang ở mức cao nhất"]),
        ("person/xi-jinping", ["Quan hệ Trung - Nga đang ở mức cao nhất"]),
        ("bui thanh son", ["Đối thoại là con đường duy nhất"]),
        ("BÙI THANH SƠN", ["Đối thoại là con đường duy nhất"]),
        ("usa", []),  # a speaker is found by name or KB id, not by country
        ("Nobody", []),
    ],
)
def test_quotes_speaker_filter(db: Path, runner: CliRunner, speaker: str, texts: list[str]) -> None:
    result = runner.invoke(
        app, ["quotes", "--db", str(db), "--speaker", speaker, "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    assert [r["text"] for r in json.loads(result.stdout)] == texts


def test_quotes_table(db: Path, runner: CliRunner, wide: None) -> None:
    result = runner.invoke(app, ["quotes", "--db", str(db)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["published", "article", "speaker", "kind", "quote"]
    assert [line.split("  ")[0] for line in lines[1:5]] == ["2024-01-05"] * 2 + [
        "2023-10-18",
        "2023-03-21",
    ]
    assert " ? " in lines[1]  # nobody named
    assert "Bùi Thanh Sơn" in lines[2] and "Đối thoại là con đường duy nhất" in lines[2]
    assert "USA" in lines[3] and "indirect" in lines[3]  # unnamed: its country
    assert lines[-1] == "4 quote(s)"
    limited = runner.invoke(app, ["quotes", "--db", str(db), "--limit", "1"])
    assert limited.stdout.splitlines()[-1] == "1 quote(s); more match (raise --limit)"
    one = runner.invoke(app, ["quotes", "--db", str(db), "--limit", "1", "--format", "json"])
    assert len(json.loads(one.stdout)) == 1
    none = runner.invoke(app, ["quotes", "--db", str(db), "--speaker", "Nobody"])
    assert none.exit_code == 0 and none.stdout == "no quote matches\n"


def test_quotes_errors(db: Path, tmp_path: Path, runner: CliRunner) -> None:
    empty = runner.invoke(app, ["quotes", "--db", str(db), "--speaker", " "])
    assert empty.exit_code == 2 and empty.stderr == "error: empty speaker\n"
    missing = runner.invoke(app, ["quotes", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and len(missing.stderr.splitlines()) == 1
    assert runner.invoke(app, ["quotes", "--db", str(db), "--format", "csv"]).exit_code == 2


# ------------------------------------------------------------------ show


def test_show_lists_events_and_quotes(db: Path, runner: CliRunner, wide: None) -> None:
    result = runner.invoke(app, ["show", "a1", "--db", str(db)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    at = lines.index("events")
    assert lines[at + 1 : at + 5] == [
        "  CONSULT/meet  Xi Jinping → Vladimir Putin  2023-03-21 · Moscow  asserted",
        "      Chủ tịch Tập Cận Bình hội đàm với Tổng thống Putin tại Moskva ngày 21/3. (+1 more)",
        "  CONSULT/meet  Xi Jinping, Vladimir Putin → –  2023-10  planned",
        "      Hai nhà lãnh đạo sẽ gặp lại vào tháng 10.",
    ]
    at = lines.index("quotes")
    assert lines[at + 1] == "  Xi Jinping: Quan hệ Trung - Nga đang ở mức cao nhất  (direct)"
    # triggers are marked in the text with their type, as times are with their value
    text = next(line for line in lines if line.startswith("Chủ tịch Tập Cận Bình hội đàm"))
    assert "hội đàm ⟨CONSULT⟩ với Tổng thống Putin" in text
    assert "ngày 21/3 ⟨2023-03-21⟩" in text
    assert "sẽ gặp ⟨CONSULT⟩ lại" in text
    assert "trigger ⟨type⟩" in result.stdout and "quote" in lines[-2]


def test_show_unnamed_speakers_and_statuses(db: Path, runner: CliRunner, wide: None) -> None:
    a2 = runner.invoke(app, ["show", "a2", "--db", str(db)]).stdout
    assert "  USA: cáo buộc Nga vi phạm lệnh trừng phạt  (indirect)" in a2
    assert "  ACCUSE  USA → Russia  –  asserted" in a2
    assert "  THREATEN  the West → Russia  PRESENT_REF  hypothetical" in a2
    a3 = runner.invoke(app, ["show", "a3", "--db", str(db)]).stdout
    assert "  ?: Ukraine bác bỏ đề nghị của Nga  (indirect)" in a3
    assert "  REQUEST  Bùi Thanh Sơn → –  2024-01-05  asserted" in a3


def test_show_marks_quotes_around_other_marks(db: Path) -> None:
    with Store(db) as store:
        doc = store.get("a1")
    assert doc is not None
    start = A1.index("\n") + 1
    markup = cli._marked(doc, start, len(A1))
    assert f"[{TRIGGER_STYLE}]hội đàm[/][dim] ⟨CONSULT⟩[/dim]" in markup
    assert f"[{QUOTE_STYLE}]Quan hệ Trung - Nga đang ở mức cao nhất[/]" in markup
    # a quote holds the other marks: they keep their style and take the quote's
    doc.quotes[0].start = A1.index("Tổng thống")
    rendered = Text.from_markup(cli._marked(doc, start, len(A1)))
    assert rendered.plain == (
        A1[start:]
        .replace("hội đàm", "hội đàm ⟨CONSULT⟩")
        .replace("ngày 21/3", "ngày 21/3 ⟨2023-03-21⟩")
        .replace("sẽ gặp", "sẽ gặp ⟨CONSULT⟩")
    )
    console = Console()

    def style(piece: str) -> Style:
        return rendered.get_style_at_offset(console, rendered.plain.index(piece))

    assert style("hội đàm") == Style.parse(TRIGGER_STYLE)
    assert style("Tổng thống") == Style.parse(QUOTE_STYLE)
    putin = style("Putin")
    assert putin.italic and putin.bold and putin.color == Color.parse("cyan")
    date = style("ngày 21/3")
    assert date.italic and date.underline
    assert not style("Chủ tịch").italic and not style("ông Tập nói").italic


# ------------------------------------------------------------------ export


def test_export_event_and_quote_fields(db: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["export", "--db", str(db)])
    assert result.exit_code == 0, result.output
    records = {r["id"]: r for r in map(json.loads, result.stdout.splitlines())}
    event = records["a1"]["events"][0]
    assert list(event) == EXPORT_EVENT_KEYS
    assert event["source"] == [
        {"name": "Xi Jinping", "country": "CHN", "kb_id": "person/xi-jinping"}
    ]
    assert (event["trigger"], event["cameo"], event["score"]) == ("hội đàm", "04", 1.0)
    assert event["evidence"] == [[event["start"], event["end"]], [0, A1.index("\n")]]
    assert records["a1"]["text"][event["start"] : event["end"]] == event["text"]
    accuse = records["a2"]["events"][1]
    assert accuse["source"] == [{"name": None, "country": "USA", "kb_id": None}]
    assert accuse["date"] is None and accuse["mode"] is None
    quotes = records["a3"]["quotes"]
    assert list(quotes[1]) == ["start", "end", "text", "kind", "speaker"]
    assert quotes[0]["speaker"] is None
    assert quotes[1]["speaker"] == {
        "name": "Bùi Thanh Sơn",
        "country": "VNM",
        "kb_id": "person/bui-thanh-son",
    }
