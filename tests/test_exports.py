"""`sukien export` in every format and `sukien import`, on the example articles.

The database is built once for the module by running the pipeline on examples/articles; each
test exports it through the command line and checks the content against the stored layers.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from sukien.cli import app
from sukien.document import Document, Event
from sukien.events.plover import QUAD_CLASS
from sukien.export import export_record
from sukien.export.graphml import GRAPHML_NS
from sukien.export.plover import event_id
from sukien.export.tables import TABLES
from sukien.ingest.runner import ingest
from sukien.kb.loader import load_kb
from sukien.pipeline import Pipeline
from sukien.store.store import Store

G = f"{{{GRAPHML_NS}}}"
ARTICLE = "01_xi_moscow_2023"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Path:
    path = tmp_path_factory.mktemp("exports") / "ex.db"
    with Store(path) as store:
        summary = ingest(store, [str(EXAMPLES)], pipeline)
        assert summary.errors == [], summary.errors
    return path


@pytest.fixture(scope="module")
def docs(db: Path) -> list[Document]:
    with Store(db, readonly=True) as store:
        return list(store.iter_documents())


def run(runner: CliRunner, db: Path, *args: str, code: int = 0) -> Any:
    """``sukien export --db DB ARGS…``, which must exit with ``code``."""
    result = runner.invoke(app, ["export", "--db", str(db), *args])
    assert result.exit_code == code, result.output
    return result


def known_event(docs: list[Document]) -> tuple[int, Event]:
    """Putin meets Xi in Moscow on 20 March 2023 (examples/articles/01_xi_moscow_2023.txt)."""
    doc = next(d for d in docs if d.id == ARTICLE)
    for i, ev in enumerate(doc.events):
        names = ([a.name for a in ev.source], [a.name for a in ev.target])
        if ev.type == "CONSULT" and names == (["Vladimir Putin"], ["Xi Jinping"]):
            assert ev.date == "2023-03-20"
            return i, ev
    raise AssertionError("the example's Putin–Xi meeting is not found")


def read_csv(text: str) -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    return list(reader.fieldnames or []), list(reader)


def expected_entities(db: Path) -> list[dict[str, str]]:
    """What `sukien entities` says about every entity, as CSV cells."""
    with Store(db, readonly=True) as store:
        rows = store.top_entities(None, 100_000)
    return [
        {
            "kb_id": r.kb_id or "",
            "name": r.name,
            "type": r.type,
            "country": r.country or "",
            "mentions": str(r.mentions),
            "articles": str(r.articles),
        }
        for r in rows
    ]


# ------------------------------------------------------------------ csv


def test_csv_tables_hold_the_stored_layers(
    db: Path, docs: list[Document], tmp_path: Path, runner: CliRunner
) -> None:
    out = tmp_path / "tables"
    result = run(runner, db, "--format", "csv", "-o", str(out))
    assert f"exported {len(docs)} article(s)" in result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.csv" for t in TABLES)
    tables = {}
    for name, columns in TABLES.items():
        header, rows = read_csv((out / f"{name}.csv").read_text(encoding="utf-8"))
        assert header == [c.name for c in columns]
        tables[name] = rows
    by_id = {d.id: d for d in docs}
    assert [r["id"] for r in tables["articles"]] == sorted(by_id)
    row = next(r for r in tables["articles"] if r["id"] == ARTICLE)
    doc = by_id[ARTICLE]
    assert row["title"] == doc.title and row["published"] == doc.published
    assert row["credits"] == ";".join(doc.credits) and row["content_hash"] == doc.content_hash
    assert int(row["events"]) == len(doc.events) and int(row["words"]) == len(doc.tokens)
    assert len(tables["mentions"]) == sum(len(d.entities) for d in docs)
    assert len(tables["events"]) == sum(len(d.events) for d in docs)
    assert len(tables["quotes"]) == sum(len(d.quotes) for d in docs)
    for m in tables["mentions"]:
        text = by_id[m["article"]].text
        assert text[int(m["start"]) : int(m["end"])] == m["text"]
    # one row per distinct entity, exactly as `sukien entities` counts them
    assert tables["entities"] == expected_entities(db)
    assert sum(int(r["mentions"]) for r in tables["entities"]) == len(tables["mentions"])
    xi = next(r for r in tables["entities"] if r["kb_id"] == "person/xi-jinping")
    assert (xi["name"], xi["type"], xi["country"]) == ("Xi Jinping", "PER", "CHN")
    assert int(xi["mentions"]) == sum(
        e.kb_id == "person/xi-jinping" for d in docs for e in d.entities
    )
    # the known event, with its actors
    index, ev = known_event(docs)
    row = next(r for r in tables["events"] if (r["article"], r["idx"]) == (ARTICLE, str(index)))
    assert row["type"] == "CONSULT" and row["mode"] == (ev.mode or "")
    assert (row["source"], row["source_country"], row["source_kb_id"]) == (
        "Vladimir Putin",
        "RUS",
        "person/vladimir-putin",
    )
    assert (row["target"], row["target_country"], row["target_kb_id"]) == (
        "Xi Jinping",
        "CHN",
        "person/xi-jinping",
    )
    assert row["date"] == "2023-03-20" and row["status"] == "asserted"
    assert row["cameo"] == "04" and float(row["score"]) == ev.score
    assert row["text"] == doc.text[int(row["start"]) : int(row["end"])] == ev.text
    assert row["evidence"] == ";".join(f"{a}-{b}" for a, b in ev.evidence)
    # a quote with its speaker
    quote = next(q for q in doc.quotes if q.speaker and q.speaker.name == "Xi Jinping")
    assert any(
        (q["article"], q["start"], q["text"], q["speaker"], q["speaker_country"])
        == (ARTICLE, str(quote.start), quote.text, "Xi Jinping", "CHN")
        for q in tables["quotes"]
    )


def test_csv_zip_holds_the_same_files(db: Path, tmp_path: Path, runner: CliRunner) -> None:
    run(runner, db, "--format", "csv", "-o", str(tmp_path / "dir"))
    run(runner, db, "--format", "csv", "-o", str(tmp_path / "tables.zip"))
    with zipfile.ZipFile(tmp_path / "tables.zip") as zf:
        assert sorted(zf.namelist()) == sorted(f"{t}.csv" for t in TABLES)
        for name in zf.namelist():
            assert zf.read(name) == (tmp_path / "dir" / name).read_bytes()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


# ------------------------------------------------------------------ parquet


def test_parquet_reads_back_with_the_csv_rows(db: Path, tmp_path: Path, runner: CliRunner) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    run(runner, db, "--format", "csv", "-o", str(tmp_path / "csv"))
    run(runner, db, "--format", "parquet", "-o", str(tmp_path / "pq"))
    for name, columns in TABLES.items():
        table = pq.read_table(tmp_path / "pq" / f"{name}.parquet")
        assert table.column_names == [c.name for c in columns]
        for column in columns:
            field = table.schema.field(column.name)
            expected = {"str": pa.string(), "int": pa.int64(), "float": pa.float64()}
            assert field.type == expected[column.kind], (name, column.name)
            assert field.nullable == column.nullable, (name, column.name)
        _, csv_rows = read_csv((tmp_path / "csv" / f"{name}.csv").read_text(encoding="utf-8"))
        rows = table.to_pylist()
        assert len(rows) == len(csv_rows)

        def cell(value: object) -> str:
            return "" if value is None else str(value)

        assert [{k: cell(v) for k, v in r.items()} for r in rows] == csv_rows
    events = pq.read_table(tmp_path / "pq" / "events.parquet").to_pylist()
    assert any(e["score"] is not None and isinstance(e["start"], int) for e in events)
    quotes = pq.read_table(tmp_path / "pq" / "quotes.parquet").to_pylist()
    assert any(q["speaker"] is None for q in quotes)  # nullable: nobody named


def test_parquet_without_pyarrow_is_one_line(
    db: Path, tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow → ImportError
    result = run(runner, db, "--format", "parquet", "-o", str(tmp_path / "pq"), code=1)
    assert result.output.count("\n") == 1
    assert "pyarrow" in result.output and "sukien[export]" in result.output
    assert not (tmp_path / "pq").exists()


# ------------------------------------------------------------------ plover


def test_plover_records(db: Path, docs: list[Document], tmp_path: Path, runner: CliRunner) -> None:
    out = tmp_path / "events.jsonl"
    result = run(runner, db, "--format", "plover", "-o", str(out))
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == sum(len(d.events) for d in docs)
    assert f"({len(records)} events)" in result.output
    assert len({r["id"] for r in records}) == len(records)
    by_id = {d.id: d for d in docs}
    for r in records:
        assert r["quad_code"] == QUAD_CLASS[r["event"][0]]
        assert r["status"] in ("asserted", "planned", "negated", "hypothetical")
        assert -10 <= r["event_scale"] <= 10 and len(r["cameo"]) == 2
        doc = by_id[r["story_id"]]
        start, end = r["text_info"]["start"], r["text_info"]["end"]
        assert doc.text[start:end] in r["event_text"]
        assert r["event_text"] == [doc.text[a:b] for a, b in r["evidence"]]
    index, ev = known_event(docs)
    record = next(r for r in records if r["id"] == event_id(ARTICLE, index))
    assert record["story_id"] == ARTICLE and record["pub_date"] == by_id[ARTICLE].published
    assert record["event"] == ["CONSULT"] and record["date"] == "2023-03-20"
    assert record["mode"] == ([ev.mode] if ev.mode else [])
    assert record["source"] == [
        {
            "code": "RUS",
            "identifier_id": "person/vladimir-putin",
            "identifier_text": "Vladimir Putin",
        }
    ]
    assert record["recipient"] == [
        {"code": "CHN", "identifier_id": "person/xi-jinping", "identifier_text": "Xi Jinping"}
    ]
    assert (record["quad_code"], record["cameo"], record["event_scale"]) == (1, "04", ev.score)
    assert record["status"] == "asserted" and record["event_text"] == [ev.text]
    # the same ids again, on stdout
    again = run(runner, db, "--format", "plover").stdout.splitlines()
    assert [json.loads(line)["id"] for line in again] == [r["id"] for r in records]


# ------------------------------------------------------------------ graphml


def _node_key(kb_id: str | None, name: str | None, country: str | None) -> str | None:
    if kb_id or name:
        return kb_id or name
    return f"country/{country}" if country else None


def parse_graphml(text: str) -> tuple[dict[str, dict[str, str]], list[dict[str, str]]]:
    root = ET.fromstring(text)
    keys = {k.get("id"): (k.get("for"), k.get("attr.name")) for k in root.findall(f"{G}key")}
    graph = root.find(f"{G}graph")
    assert graph is not None and graph.get("edgedefault") == "directed"

    def attrs(el: ET.Element, domain: str) -> dict[str, str]:
        out = {}
        for d in el.findall(f"{G}data"):
            assert keys[d.get("key")][0] == domain  # every value has a declared key
            out[keys[d.get("key")][1] or ""] = d.text or ""
        return out

    nodes = {n.get("id") or "": attrs(n, "node") for n in graph.findall(f"{G}node")}
    edges = []
    for e in graph.findall(f"{G}edge"):
        edge = attrs(e, "edge")
        edge.update(source=e.get("source") or "", target=e.get("target") or "")
        edge["directed"] = e.get("directed", "true")
        edges.append(edge)
    return nodes, edges


def test_graphml_actor_network(
    db: Path, docs: list[Document], tmp_path: Path, runner: CliRunner
) -> None:
    out = tmp_path / "net.graphml"
    result = run(runner, db, "--format", "graphml", "-o", str(out))
    nodes, edges = parse_graphml(out.read_text(encoding="utf-8"))
    assert f"({len(nodes)} nodes, {len(edges)} edges)" in result.output
    # nodes: the named PER/ORG/LOC entities (typed as `sukien entities` types them) …
    kb = load_kb()
    types: dict[str, Counter[str]] = {}
    for d in docs:
        for e in d.entities:
            if key := _node_key(e.kb_id, e.name, None):
                types.setdefault(key, Counter())[e.type] += 1
    entity_nodes = set()
    for key, counter in types.items():
        known = kb.get(key)
        kind = known.type if known else min(counter, key=lambda t: (-counter[t], t))
        if kind in ("PER", "ORG", "LOC"):
            entity_nodes.add(key)
    # … and the event actors
    pairs: Counter[tuple[str, str]] = Counter()
    actors = set()
    for d in docs:
        for ev in d.events:
            sources = {k for a in ev.source if (k := _node_key(a.kb_id, a.name, a.country))}
            targets = {k for a in ev.target if (k := _node_key(a.kb_id, a.name, a.country))}
            actors |= sources | targets
            for s, t in itertools.product(
                [_node_key(a.kb_id, a.name, a.country) for a in ev.source],
                [_node_key(a.kb_id, a.name, a.country) for a in ev.target],
            ):
                if s and t and s != t:
                    pairs[s, t] += 1
    actors = {a for a in actors if any(a in {s, t} for s, t in pairs)}
    assert set(nodes) == entity_nodes | actors
    xi = nodes["person/xi-jinping"]
    assert (xi["name"], xi["type"], xi["country"], xi["kb_id"]) == (
        "Xi Jinping",
        "PER",
        "CHN",
        "person/xi-jinping",
    )
    assert int(xi["mentions"]) == sum(
        e.kb_id == "person/xi-jinping" for d in docs for e in d.entities
    )
    # event edges: directed, one per ordered pair, with the counts of every event between them
    event_edges = [e for e in edges if e["kind"] == "event"]
    assert {(e["source"], e["target"]): int(e["count"]) for e in event_edges} == dict(pairs)
    assert all(
        e["directed"] == "true" and float(e["weight"]) == int(e["count"])
        for e in edges
        if e["kind"] == "event"
    )
    putin_xi = next(
        e
        for e in event_edges
        if (e["source"], e["target"]) == ("person/vladimir-putin", "person/xi-jinping")
    )
    assert int(putin_xi["CONSULT"]) >= 1 and "CONSULT:" in putin_xi["types"]
    assert sum(int(putin_xi.get(t, 0)) for t in QUAD_CLASS) == int(putin_xi["count"])
    assert -10 <= float(putin_xi["mean_score"]) <= 10
    # co-mention edges: undirected, weight = shared articles, at least 2
    shared: Counter[tuple[str, str]] = Counter()
    for d in docs:
        present = sorted(
            {k for e in d.entities if (k := _node_key(e.kb_id, e.name, None))} & entity_nodes
        )
        shared.update(itertools.combinations(present, 2))
    comentions = {
        (e["source"], e["target"]): int(float(e["weight"]))
        for e in edges
        if e["kind"] == "comention"
    }
    assert comentions == {p: n for p, n in shared.items() if n >= 2}
    assert all(e["directed"] == "false" for e in edges if e["kind"] == "comention")
    assert len(edges) == len(event_edges) + len(comentions)
    # a lower threshold keeps more pairs; on stdout too
    looser = run(runner, db, "--format", "graphml", "--min-comentions", "1").stdout
    _, more = parse_graphml(looser)
    assert sum(e["kind"] == "comention" for e in more) == len(shared)


# ------------------------------------------------------------------ jsonl and import


def test_jsonl_round_trip(
    db: Path, docs: list[Document], tmp_path: Path, runner: CliRunner
) -> None:
    first = tmp_path / "first.jsonl"
    run(runner, db, "--format", "jsonl", "-o", str(first))
    other = tmp_path / "other.db"
    result = runner.invoke(app, ["import", str(first), "--db", str(other)])
    assert result.exit_code == 0, result.output
    assert f"{len(docs)} added, 0 updated, 0 unchanged" in result.output
    second = tmp_path / "second.jsonl"
    run(runner, other, "--format", "jsonl", "-o", str(second))
    assert second.read_bytes() == first.read_bytes()
    with Store(other, readonly=True) as store:
        imported = {d.id: d for d in store.iter_documents()}
    assert sorted(imported) == sorted(d.id for d in docs)
    for doc in docs:
        again = imported[doc.id]
        assert export_record(again) == export_record(doc)
        for layer in ("entities", "references", "times", "events", "quotes"):
            assert getattr(again, layer) == getattr(doc, layer), (doc.id, layer)
        assert again.sentences == doc.sentences  # structure is derived again from the text
        assert again.tokens == []  # words are not segmented again
    # importing the same file again changes nothing
    result = runner.invoke(app, ["import", str(first), "--db", str(other)])
    assert f"0 added, 0 updated, {len(docs)} unchanged" in result.output


def test_import_reports_bad_records_and_keeps_the_others(
    db: Path, tmp_path: Path, runner: CliRunner
) -> None:
    lines = run(runner, db, "--format", "jsonl").stdout.splitlines()[:2]
    good, record = lines[0], json.loads(lines[1])
    shifted = json.loads(lines[1])
    shifted["id"] = "shifted"
    shifted["entities"][0]["start"] += 1
    unknown = json.loads(lines[1])
    unknown["id"] = "unknown"
    unknown["events"][0]["type"] = "FIGHT"
    outside = json.loads(lines[1])
    outside["id"] = "outside"
    outside["quotes"] = [{"start": 0, "end": 10**6, "text": "x", "kind": "direct"}]
    path = tmp_path / "mixed.jsonl"
    body = [good, "{not json", json.dumps(shifted), json.dumps(unknown), json.dumps(outside)]
    body += ["", json.dumps(record, ensure_ascii=False)]
    path.write_text("\n".join(body) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["import", str(path), "--db", str(tmp_path / "m.db")])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert [e.split(": ")[1] for e in errors] == [f"{path}:{n}" for n in (2, 3, 4, 5)]
    assert "not JSON" in errors[0]
    assert "entities[0]: text" in errors[1] and "is not text[" in errors[1]
    assert "unknown PLOVER event type 'FIGHT'" in errors[2]
    assert "quotes[0]: offsets 0-1000000 are outside the text" in errors[3]
    assert "2 added, 0 updated, 0 unchanged, 4 failed" in result.output
    assert "Traceback" not in result.output
    with Store(tmp_path / "m.db", readonly=True) as store:
        assert store.count() == 2
    missing = runner.invoke(app, ["import", str(tmp_path / "none.jsonl"), "--db", str(db)])
    assert missing.exit_code == 1 and "none.jsonl: no such file or directory" in missing.output


# ------------------------------------------------------------------ bad targets


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "plover", "graphml"])
def test_bad_output_path_is_one_line(fmt: str, db: Path, tmp_path: Path, runner: CliRunner) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    target = tmp_path / "no" / "dir" / "out"
    result = run(runner, db, "--format", fmt, "-o", str(target), code=1)
    assert result.output.count("\n") == 1 and "cannot write" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "no").exists()


def test_table_formats_need_a_directory(db: Path, tmp_path: Path, runner: CliRunner) -> None:
    result = run(runner, db, "--format", "csv", code=1)
    assert "give -o" in result.output and result.output.count("\n") == 1
    file = tmp_path / "file"
    file.write_text("x", encoding="utf-8")
    result = run(runner, db, "--format", "csv", "-o", str(file), code=1)
    assert "not a directory" in result.output and file.read_text(encoding="utf-8") == "x"
    folder = tmp_path / "folder"
    folder.mkdir()
    result = run(runner, db, "--format", "graphml", "-o", str(folder), code=1)
    assert "is a directory" in result.output


def test_a_failed_export_leaves_nothing(
    db: Path, tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sukien.export.tables as tables

    real = tables.table_rows

    def broken(*args: Any, **kwargs: Any) -> Any:
        for n, item in enumerate(real(*args, **kwargs)):
            if n == 100:
                raise OSError(28, "No space left on device")
            yield item

    monkeypatch.setattr(tables, "table_rows", broken)
    result = run(runner, db, "--format", "csv", "-o", str(tmp_path / "t"), code=1)
    assert "cannot write: no space left on device" in result.output
    assert list(tmp_path.iterdir()) == []
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "articles.csv").write_text("old", encoding="utf-8")
    run(runner, db, "--format", "csv", "-o", str(tmp_path / "t"), code=1)
    assert [p.name for p in (tmp_path / "t").iterdir()] == ["articles.csv"]
    assert (tmp_path / "t" / "articles.csv").read_text(encoding="utf-8") == "old"
