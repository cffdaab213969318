"""Entity queries of the store (top entities, profiles) and the `entities` / `entity` commands.

The documents are built by hand with their entity spans, so these tests do not depend on what
the recognizer finds.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import sukien.store.store as store_module
from event_docs import make_doc as event_doc
from sukien.cli import app
from sukien.document import Document, Entity
from sukien.store.entities import ENTITY_KEY
from sukien.store.schema import MIGRATIONS
from sukien.store.store import Store

XI = ("PER", "Xi Jinping", "CHN", "person/xi-jinping")
PUTIN = ("PER", "Vladimir Putin", "RUS", "person/vladimir-putin")
MOSCOW = ("LOC", "Moscow", "RUS", "city/moscow")
BEIJING = ("LOC", "Beijing", "CHN", "city/beijing")
BA = ("PER", None, "VNM", None)  # not linked, no normalized name: keyed by its text
SAO_MAI = ("ORG", "Sao Mai Group", None, None)  # not linked, keyed by its name

ARTICLES: list[
    tuple[str, str, str, list[tuple[str, tuple[str, str | None, str | None, str | None]]]]
] = [
    (
        "a1",
        "2023-03-21",
        "Chủ tịch Tập Cận Bình thăm Moskva\nTập Cận Bình gặp Tổng thống Putin tại Moskva.",
        [("Tập Cận Bình", XI), ("Moskva", MOSCOW), ("Putin", PUTIN)],
    ),
    (
        "a2",
        "2023-10-18",
        "Putin thăm Bắc Kinh\nTổng thống Putin gặp ông Tập tại Bắc Kinh.",
        [("Putin", PUTIN), ("Tập", XI), ("Bắc Kinh", BEIJING)],
    ),
    (
        "a3",
        "2024-01-05",
        "Doanh nhân Việt tới Bắc Kinh\nÔng Nguyễn Văn Bá, chủ tịch Công ty Sao Mai, thăm Bắc Kinh.",
        [("Nguyễn Văn Bá", BA), ("Công ty Sao Mai", SAO_MAI), ("Bắc Kinh", BEIJING)],
    ),
]


def make_doc(
    doc_id: str,
    published: str,
    text: str,
    spans: list[tuple[str, tuple[str, str | None, str | None, str | None]]],
) -> Document:
    """A stored-ready document (:func:`event_docs.make_doc`); every occurrence of each
    surface form is an entity span."""
    doc = event_doc(doc_id, published, text)
    entities: list[Entity] = []
    for surface, (kind, name, country, kb_id) in spans:
        start = text.find(surface)
        while start >= 0:
            end = start + len(surface)
            if not any(e.start < end and start < e.end for e in entities):
                entities.append(Entity(start, end, surface, kind, name, country, kb_id))
            start = text.find(surface, end)
    doc.entities = sorted(entities, key=lambda e: e.start)
    for e in doc.entities:
        assert doc.text[e.start : e.end] == e.text
    return doc


def fill(store: Store) -> None:
    for article in ARTICLES:
        assert store.upsert(make_doc(*article), "test") == "added"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "e.db") as s:
        fill(s)
        yield s


# ------------------------------------------------------------------ top_entities


def test_fixture_counts(store: Store) -> None:
    counted = {
        (r["text"], r["kb_id"]): r["n"]
        for r in store.conn.execute(
            "SELECT text, kb_id, count(*) AS n FROM entities GROUP BY text, kb_id"
        )
    }
    assert counted[("Tập Cận Bình", "person/xi-jinping")] == 2
    assert counted[("Tập", "person/xi-jinping")] == 1
    assert counted[("Putin", "person/vladimir-putin")] == 3


def test_top_entities_counts_and_order(store: Store) -> None:
    rows = store.top_entities()
    assert [(r.name, r.mentions, r.articles) for r in rows] == [
        ("Beijing", 4, 2),
        ("Vladimir Putin", 3, 2),
        ("Xi Jinping", 3, 2),
        ("Moscow", 2, 1),
        ("Nguyễn Văn Bá", 1, 1),
        ("Sao Mai Group", 1, 1),
    ]
    xi = rows[2]
    assert (xi.type, xi.country, xi.kb_id) == ("PER", "CHN", "person/xi-jinping")
    ba, sao_mai = rows[4], rows[5]
    assert (ba.type, ba.country, ba.kb_id) == ("PER", "VNM", None)
    assert (sao_mai.type, sao_mai.country, sao_mai.kb_id) == ("ORG", None, None)


def test_top_entities_type_filter_and_limit(store: Store) -> None:
    assert [r.name for r in store.top_entities("PER")] == [
        "Vladimir Putin",
        "Xi Jinping",
        "Nguyễn Văn Bá",
    ]
    assert [(r.name, r.type) for r in store.top_entities("ORG")] == [("Sao Mai Group", "ORG")]
    assert store.top_entities("MISC") == []
    assert len(store.top_entities(top=2)) == 2
    assert store.top_entities(top=0) == []
    assert store.entity_count() == 6
    assert store.entity_count("LOC") == 2


def test_counts_follow_updates(store: Store) -> None:
    doc_id, published, text, _ = ARTICLES[1]
    changed = make_doc(doc_id, published, text, [("Putin", PUTIN)])
    changed.content_hash = "hash-changed"
    assert store.upsert(changed, "test") == "updated"
    rows = {r.name: (r.mentions, r.articles) for r in store.top_entities()}
    assert rows["Xi Jinping"] == (2, 1)
    assert rows["Beijing"] == (2, 1)
    assert rows["Vladimir Putin"] == (3, 2)


def test_empty_store(tmp_path: Path) -> None:
    with Store(tmp_path / "empty.db") as empty:
        assert empty.top_entities() == []
        assert empty.entity_profile("Putin") is not None  # the KB still knows him
        assert empty.entity_profile("Zzyzx") is None


# ------------------------------------------------------------------ entity_profile


def test_profile_by_kb_id(store: Store) -> None:
    p = store.entity_profile("person/xi-jinping")
    assert p is not None
    assert (p.name, p.type, p.country, p.kb_id, p.in_kb, p.kind) == (
        "Xi Jinping",
        "PER",
        "CHN",
        "person/xi-jinping",
        True,
        "person",
    )
    assert "Tập Cận Bình" in p.kb_aliases
    president = [r for r in p.roles if r.role == "President"]
    assert president and president[0].since == "2013-03-14" and president[0].until is None
    assert president[0].org == "country/CHN" and president[0].org_name == "China"
    assert [(a.text, a.mentions) for a in p.aliases] == [("Tập Cận Bình", 2), ("Tập", 1)]
    assert (p.mentions, p.n_articles) == (3, 2)
    assert [(a.id, a.published, a.mentions) for a in p.articles] == [
        ("a2", "2023-10-18", 1),  # newest first
        ("a1", "2023-03-21", 2),
    ]
    assert p.articles[0].title == "Putin thăm Bắc Kinh"


def test_profile_co_mentions(store: Store) -> None:
    p = store.entity_profile("person/xi-jinping")
    assert p is not None
    assert [(c.name, c.shared_articles, c.mentions) for c in p.co_mentions] == [
        ("Vladimir Putin", 2, 3),
        ("Beijing", 1, 2),  # ties: by key (city/beijing < city/moscow)
        ("Moscow", 1, 2),
    ]
    assert p.co_mentions[0].kb_id == "person/vladimir-putin"
    beijing = store.entity_profile("city/beijing", co_mentions=2)
    assert beijing is not None
    assert [(c.name, c.shared_articles, c.mentions) for c in beijing.co_mentions] == [
        ("Vladimir Putin", 1, 2),
        ("Nguyễn Văn Bá", 1, 1),
    ]


@pytest.mark.parametrize(
    "query",
    [
        "Xi Jinping",  # English name
        "xi jinping",
        "Tập Cận Bình",  # Vietnamese alias
        "tap can binh",  # … without diacritics
        "TẬP CẬN BÌNH",
        "  Tap  Can   Binh ",
        "Tập",  # a form seen in the corpus
    ],
)
def test_profile_by_name_or_alias(store: Store, query: str) -> None:
    p = store.entity_profile(query)
    assert p is not None and p.kb_id == "person/xi-jinping" and p.mentions == 3


def test_profile_of_place_has_parent(store: Store) -> None:
    p = store.entity_profile("moskva")
    assert p is not None
    assert (p.name, p.kind, p.parent, p.parent_name) == (
        "Moscow",
        "city",
        "country/RUS",
        "Russia",
    )
    assert p.roles == []
    assert store.entity_profile("Mát-xcơ-va") == p  # a KB alias never seen in the corpus


def test_profile_of_unlinked_entities(store: Store) -> None:
    for query in ("Sao Mai Group", "cong ty sao mai", "Công ty Sao Mai"):
        p = store.entity_profile(query)
        assert p is not None, query
        assert (p.name, p.type, p.kb_id, p.in_kb, p.kind) == (
            "Sao Mai Group",
            "ORG",
            None,
            False,
            None,
        )
        assert [(a.text, a.mentions) for a in p.aliases] == [("Công ty Sao Mai", 1)]
        assert [a.id for a in p.articles] == ["a3"]
    ba = store.entity_profile("nguyen van ba")
    assert ba is not None and (ba.name, ba.country) == ("Nguyễn Văn Bá", "VNM")


def test_profile_in_kb_only(store: Store) -> None:
    p = store.entity_profile("Emmanuel Macron")
    assert p is not None
    assert (p.kb_id, p.in_kb, p.mentions, p.n_articles, p.articles, p.aliases) == (
        "person/emmanuel-macron",
        True,
        0,
        0,
        [],
        [],
    )
    short = store.entity_profile("Macron")  # a short form from the KB
    assert short is not None and short.kb_id == "person/emmanuel-macron"


def test_profile_max_articles(store: Store) -> None:
    p = store.entity_profile("Putin", max_articles=1)
    assert p is not None and p.n_articles == 2 and [a.id for a in p.articles] == ["a2"]


@pytest.mark.parametrize("query", ["Zzyzx", "", "   ", "person/nobody", "%", "'; DROP TABLE x"])
def test_profile_unknown_is_none(store: Store, query: str) -> None:
    assert store.entity_profile(query) is None


def test_entity_indexes_are_used(store: Store) -> None:
    plan = " ".join(
        str(tuple(r))
        for r in store.conn.execute(
            f"EXPLAIN QUERY PLAN SELECT count(*) FROM entities WHERE {ENTITY_KEY} = ?", ("x",)
        )
    )
    assert "entities_key" in plan


def test_old_database_gets_the_entity_indexes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS[:1])
    Store(path).close()  # a database made before the later migrations
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS)
    with Store(path) as new:
        fill(new)
        versions = [r[0] for r in new.conn.execute("SELECT version FROM migrations")]
        assert versions == [v for v, _, _ in MIGRATIONS]
        indexes = {r[0] for r in new.conn.execute("SELECT name FROM sqlite_master")}
        assert {"entities_key", "entities_text", "entities_name"} <= indexes
        assert new.top_entities()[0].name == "Beijing"


# ------------------------------------------------------------------ the commands


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cli.db"
    with Store(path) as s:
        fill(s)
    return path


def test_entities_table(db: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["entities", "--db", str(db)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["name", "type", "country", "kb", "id", "mentions", "articles"]
    assert lines[1].split() == ["Beijing", "LOC", "CHN", "city/beijing", "4", "2"]
    assert lines[2].split() == [
        "Vladimir",
        "Putin",
        "PER",
        "RUS",
        "person/vladimir-putin",
        "3",
        "2",
    ]
    assert "6 of 6 entities" in result.stdout


def test_entities_json_type_and_top(db: Path, runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["entities", "--db", str(db), "--type", "per", "--top", "2", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [
        {
            "name": "Vladimir Putin",
            "type": "PER",
            "country": "RUS",
            "kb_id": "person/vladimir-putin",
            "mentions": 3,
            "articles": 2,
        },
        {
            "name": "Xi Jinping",
            "type": "PER",
            "country": "CHN",
            "kb_id": "person/xi-jinping",
            "mentions": 3,
            "articles": 2,
        },
    ]


def test_entities_empty_and_bad_type(tmp_path: Path, runner: CliRunner) -> None:
    path = tmp_path / "empty.db"
    Store(path).close()
    result = runner.invoke(app, ["entities", "--db", str(path)])
    assert result.exit_code == 0 and "no entities" in result.stdout
    result = runner.invoke(app, ["entities", "--db", str(path), "--format", "json"])
    assert json.loads(result.stdout) == []
    bad = runner.invoke(app, ["entities", "--db", str(path), "--type", "PERSON"])
    assert bad.exit_code == 2


def test_entities_missing_db(tmp_path: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["entities", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and len(result.stderr.splitlines()) == 1


def test_entity_text(db: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["entity", "tap can binh", "--db", str(db)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.splitlines()[0] == "Xi Jinping"
    for expected in (
        "PER (person)",
        "person/xi-jinping",
        "President, China  2013-03-14 – now",
        "Tập Cận Bình (2), Tập (1)",
        "3 in 2 article(s)",
        "a2",
        "Putin thăm Bắc Kinh",
        "Vladimir Putin",
    ):
        assert expected in out, expected
    assert out.index("a2") < out.index("a1")


def test_entity_json(db: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["entity", "Sao Mai Group", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["name"] == "Sao Mai Group" and data["in_kb"] is False
    assert data["aliases"] == [{"text": "Công ty Sao Mai", "mentions": 1}]
    assert data["articles"] == [
        {
            "id": "a3",
            "title": "Doanh nhân Việt tới Bắc Kinh",
            "published": "2024-01-05",
            "mentions": 1,
        }
    ]
    assert {c["name"] for c in data["co_mentions"]} == {"Nguyễn Văn Bá", "Beijing"}


def test_entity_unknown(db: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["entity", "Zzyzx", "--db", str(db)])
    assert result.exit_code == 1
    assert result.stderr == "error: no entity matches 'Zzyzx'\n"
    assert result.stdout == ""
