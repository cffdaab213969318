"""Events and quotes in the store: every field survives a round trip (migration 5), older
databases are upgraded, and the event and quote queries of sukien.store.events."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import sukien.store.store as store_module
from event_docs import PUTIN, RUSSIA, SON, UKRAINE, US_OFFICIALS, WEST, XI, documents, fill
from sukien.document import Actor
from sukien.store.events import EventFilter, FilterError, match_actor
from sukien.store.schema import MIGRATIONS
from sukien.store.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "events.db")
    fill(s)
    return s


# ------------------------------------------------------------------ round trip


def test_every_event_and_quote_field_round_trips(store: Store) -> None:
    for doc in documents():
        back = store.get(doc.id)
        assert back is not None
        assert back.events == doc.events
        assert back.quotes == doc.quotes
        assert back.to_dict() == doc.to_dict()
    a1 = store.get("a1")
    assert a1 is not None
    met = a1.events[0]
    assert (met.trigger, met.cameo, met.score) == ("hội đàm", "04", 1.0)
    assert met.evidence == [[met.start, met.end], [0, a1.text.index("\n")]]
    assert met.source == [XI] and met.source[0].kb_id == "person/xi-jinping"
    assert met.target[0].kb_id == "person/vladimir-putin"
    a2 = store.get("a2")
    assert a2 is not None
    assert a2.events[1].source == [US_OFFICIALS] and a2.events[2].source == [WEST]
    assert a2.quotes[0].speaker == US_OFFICIALS
    a3 = store.get("a3")
    assert a3 is not None
    assert a3.quotes[0].speaker is None
    assert a3.quotes[1].speaker == SON and a3.quotes[1].speaker.kb_id == "person/bui-thanh-son"


def test_stored_columns(store: Store) -> None:
    columns = [r["name"] for r in store.conn.execute("PRAGMA table_info(events)")]
    assert columns[-4:] == ["trigger", "cameo", "score", "evidence"]
    row = store.conn.execute(
        'SELECT "trigger", cameo, score, evidence, source FROM events ORDER BY article, idx'
    ).fetchone()
    assert (row["trigger"], row["cameo"], row["score"]) == ("hội đàm", "04", 1.0)
    assert len(json.loads(row["evidence"])) == 2
    assert json.loads(row["source"]) == [
        {"name": "Xi Jinping", "country": "CHN", "kb_id": "person/xi-jinping"}
    ]
    speaker = store.conn.execute("SELECT speaker FROM quotes WHERE speaker IS NOT NULL").fetchone()
    assert "kb_id" in json.loads(speaker[0])


def test_event_without_extras_round_trips(tmp_path: Path) -> None:
    doc = documents()[1]
    for ev in doc.events:
        ev.trigger, ev.cameo, ev.score, ev.evidence = None, None, None, []
    with Store(tmp_path / "bare.db") as store:
        store.upsert(doc, "1")
        back = store.get(doc.id)
        assert back is not None and back.events == doc.events


def _old_database(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database of schema 4 holding one article with an event and a quote as sukien wrote
    them then (actors without kb_id, no trigger, cameo, score or evidence)."""
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS[:4])
    with Store(path) as old:
        old.conn.execute(
            "INSERT INTO articles (rowid, id, content_hash, pipeline_version, original, text, "
            "published, ingested_at, updated_at) VALUES (1, 'old', 'h', '0', ?, ?, "
            "'2022-07-08', 'now', 'now')",
            ("Nga gặp Trung Quốc.", "Nga gặp Trung Quốc."),
        )
        old.conn.execute(
            "INSERT INTO events VALUES (1, 0, 0, 19, 'Nga gặp Trung Quốc.', 'CONSULT', 'meet', "
            """'[{"name":"Russia","country":"RUS"}]', '[{"name":"China","country":"CHN"}]', """
            "'2022-07-07', NULL, 'asserted')"
        )
        old.conn.execute(
            "INSERT INTO quotes VALUES (1, 0, 0, 19, 'Nga gặp Trung Quốc.', 'indirect', "
            """'{"name":"Sergei Lavrov","country":"RUS"}')"""
        )
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS)


def test_old_database_is_upgraded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.db"
    _old_database(path, monkeypatch)
    with Store(path) as store:
        versions = [r[0] for r in store.conn.execute("SELECT version FROM migrations")]
        assert versions == [v for v, _, _ in MIGRATIONS] and 5 in versions
        doc = store.get("old")
        assert doc is not None
        ev = doc.events[0]
        assert (ev.trigger, ev.cameo, ev.score, ev.evidence) == (None, None, None, [])
        assert ev.source == [Actor("Russia", "RUS", None)]
        assert doc.quotes[0].speaker == Actor("Sergei Lavrov", "RUS", None)
        rows = store.events(EventFilter.parse(dyad="china,russia"))
        assert [(r.article, r.type, r.evidence) for r in rows] == [("old", "CONSULT", [])]
        assert [q.article for q in store.quotes("lavrov")] == ["old"]


def test_old_database_read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The read-only commands do not migrate: the new columns are simply missing."""
    path = tmp_path / "old.db"
    _old_database(path, monkeypatch)
    with Store(path, readonly=True) as store:
        rows = store.events(EventFilter.parse(actor="RUS"))
        assert [(r.type, r.trigger, r.evidence) for r in rows] == [("CONSULT", None, [])]
        doc = store.get("old")
        assert doc is not None and doc.events[0].evidence == []


def test_updated_article_replaces_its_events(store: Store) -> None:
    doc = documents()[2]
    doc.content_hash = "changed"
    doc.events = doc.events[:1]
    doc.quotes = []
    assert store.upsert(doc, "test") == "updated"
    assert [r.type for r in store.events(EventFilter(actor="ukraine"))] == ["ASSAULT"]
    assert [q.article for q in store.quotes()] == ["a2", "a1"]


# ------------------------------------------------------------------ queries


def test_events_are_newest_first_with_their_article(store: Store) -> None:
    rows = store.events()
    assert [r.date for r in rows] == [
        "2024-01-05",
        "2024-01-04",
        "2024-01",
        "2023-10-18",
        "2023-10",
        "2023-03-21",
        "PRESENT_REF",
        None,
    ]
    assert (rows[0].article, rows[0].title, rows[0].published) == (
        "a3",
        "Nga không kích Ukraine",
        "2024-01-05",
    )
    assert rows[0].source == [SON]


def test_limit_counts_only_matching_events(store: Store) -> None:
    # the actor filter runs after SQL: the limit must still give the first matches
    rows = store.events(EventFilter.parse(actor="putin"), limit=2)
    assert [(r.article, r.date) for r in rows] == [("a2", "2023-10-18"), ("a1", "2023-10")]
    assert len(store.events(limit=3)) == 3
    assert len(store.quotes(limit=1)) == 1


def test_mode_matches_one_of_several(store: Store) -> None:
    store.conn.execute("UPDATE events SET mode = 'phone;video' WHERE mode = 'visit'")
    assert [r.mode for r in store.events(EventFilter.parse(mode="video"))] == ["phone;video"]
    assert [r.mode for r in store.events(EventFilter.parse(mode="phone"))] == ["phone;video"]
    assert store.events(EventFilter.parse(mode="visit")) == []


def test_parse_normalizes() -> None:
    f = EventFilter.parse(
        actor=" Putin ",
        dyad=" Russia , Ukraine ",
        type=" consult",
        mode="MEET",
        status="Planned",
        since=" 2023 ",
        until="2023-12-31",
    )
    assert f == EventFilter(
        " Putin ", ("Russia", "Ukraine"), "CONSULT", "meet", "planned", "2023", "2023-12-31"
    )
    assert EventFilter.parse() == EventFilter()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"type": "consulting"}, "unknown event type 'consulting'"),
        ({"mode": "teleport"}, "unknown event mode 'teleport'"),
        ({"type": "ASSAULT", "mode": "visit"}, "'visit' is not a mode of ASSAULT (modes: "),
        ({"status": "maybe"}, "unknown status 'maybe'"),
        ({"since": "23-03-21"}, "bad since date '23-03-21'"),
        ({"since": "2023-3-21"}, "bad since date '2023-3-21'"),
        ({"until": "2023-00"}, "bad until date '2023-00'"),
        ({"until": "2023-02-29"}, "bad until date '2023-02-29'"),
        ({"since": "2023-06", "until": "2023-05-31"}, "since 2023-06 is after until 2023-05-31"),
        ({"dyad": "Russia"}, "bad dyad 'Russia'"),
        ({"dyad": " ,Russia"}, "bad dyad ' ,Russia'"),
        ({"actor": ""}, "empty actor"),
    ],
)
def test_parse_refuses(kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(FilterError) as error:
        EventFilter.parse(**kwargs)
    assert str(error.value).startswith(message)
    assert "\n" not in str(error.value)


def test_leap_day_and_same_day_range_are_fine() -> None:
    assert EventFilter.parse(since="2024-02-29").since == "2024-02-29"
    assert EventFilter.parse(since="2024-01", until="2024-01").until == "2024-01"
    assert EventFilter.parse(since="2024-01-15", until="2024-01").since == "2024-01-15"


@pytest.mark.parametrize(
    ("actor", "query", "country", "expected"),
    [
        (PUTIN, "Vladimir Putin", True, True),
        (PUTIN, "vladimir  putin", True, True),
        (PUTIN, "putin", True, True),
        (PUTIN, "vladimir", True, True),
        (PUTIN, "put", True, False),
        (PUTIN, "person/vladimir-putin", True, True),
        (PUTIN, "rus", True, True),
        (PUTIN, "rus", False, False),
        (PUTIN, "russia", True, False),  # a country's name is not its code
        (SON, "Bùi Thanh Sơn", True, True),
        (SON, "bui thanh son", True, True),
        (SON, "BUI THANH SON", True, True),
        (SON, "thanh son", True, True),
        (SON, "son thanh", True, False),
        (US_OFFICIALS, "usa", True, True),
        (US_OFFICIALS, "usa", False, False),
        (WEST, "West", True, True),
        (RUSSIA, "", True, False),
        (UKRAINE, "country/ukr", True, True),
    ],
)
def test_match_actor(actor: Actor, query: str, country: bool, expected: bool) -> None:
    assert match_actor(actor, query, country=country) is expected


def test_quote_speaker_filter(store: Store) -> None:
    assert [q.text for q in store.quotes("Tập")] == []  # names are KB names, not forms seen
    assert [q.speaker for q in store.quotes("xi jinping")] == [XI]
    assert [q.speaker for q in store.quotes("person/bui-thanh-son")] == [SON]
    assert store.quotes("usa") == []
    assert [q.speaker for q in store.quotes()] == [None, SON, US_OFFICIALS, XI]
    with pytest.raises(FilterError, match="empty speaker"):
        store.quotes("  ")


def test_where_binds_every_value(store: Store) -> None:
    where, args = EventFilter.parse(type="consult", since="2023").where()
    assert "e.type = ?" in where and args[0] == "CONSULT"
    with pytest.raises(sqlite3.ProgrammingError):
        store.conn.execute(f"SELECT * FROM events e WHERE {where}")  # all values are bound
    count = store.conn.execute(f"SELECT count(*) FROM events e WHERE {where}", args).fetchone()
    assert count[0] == 3
