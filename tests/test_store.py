"""The SQLite store: migrations, idempotent upserts, atomic updates, lossless layers, search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sukien.document import (
    Actor,
    Block,
    Document,
    Entity,
    Event,
    Quote,
    Reference,
    Sentence,
    Time,
    Token,
)
from sukien.store.schema import MIGRATIONS
from sukien.store.store import DuplicateIdError, Store, StoreError

TEXT = "Ông Tập Cận Bình thăm Moskva\nChủ tịch Tập Cận Bình gặp Tổng thống Putin ngày 21/3."


def make_doc(
    doc_id: str = "a1", text: str = TEXT, content_hash: str = "h1", source: str = "in/a1.txt"
) -> Document:
    first = text.index("\n")
    doc = Document(
        id=doc_id,
        text=text,
        original=text,
        source=source,
        title=text[:first],
        content_hash=content_hash,
        credits=["AFP"],
        published="2023-03-21",
        published_source="metadata",
    )
    doc.blocks = [Block(0, first, "title"), Block(first + 1, len(text), "lead")]
    doc.sentences = [Sentence(0, first), Sentence(first + 1, len(text))]
    doc.tokens = [Token(0, 3, "Nc"), Token(4, 16, "Np"), Token(first + 1, first + 9, "N")]
    start = text.index("Putin")
    doc.entities = [Entity(start, start + 5, "Putin", "PER", "Vladimir Putin", "RUS", "Q7747")]
    t = text.index("ngày 21/3")
    doc.times = [Time(t, t + 9, "ngày 21/3", "2023-03-21")]
    doc.events = [
        Event(
            first + 1,
            len(text),
            text[first + 1 :],
            "CONSULT",
            "meet",
            [Actor("Xi Jinping", "CHN")],
            [Actor("Vladimir Putin", "RUS")],
            "2023-03-21",
            "Moscow",
            "asserted",
        )
    ]
    r = text.index("Tổng thống") if "Tổng thống" in text else 0
    doc.references = [
        Reference(
            r, r + 10, "Tổng thống", "president", "RUS", "Vladimir Putin", "person/vladimir-putin"
        )
    ]
    doc.quotes = [
        Quote(first + 1, len(text), text[first + 1 :], "indirect", Actor("Xi Jinping", "CHN"))
    ]
    return doc


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "t.db")


def test_migrations_recorded_and_wal(store: Store) -> None:
    rows = store.conn.execute("SELECT version FROM migrations").fetchall()
    assert [r[0] for r in rows] == [version for version, _, _ in MIGRATIONS]
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_reopen_does_not_rerun_migrations(tmp_path: Path) -> None:
    Store(tmp_path / "t.db").close()
    with Store(tmp_path / "t.db") as again:
        count = again.conn.execute("SELECT count(*) FROM migrations").fetchone()[0]
        assert count == len(MIGRATIONS)


def test_round_trip_is_lossless(store: Store) -> None:
    doc = make_doc()
    assert store.upsert(doc, "1") == "added"
    back = store.get("a1")
    assert back is not None
    assert back.to_dict() == doc.to_dict()


def test_upsert_is_idempotent(store: Store) -> None:
    assert store.upsert(make_doc(), "1") == "added"
    assert store.upsert(make_doc(), "1") == "unchanged"
    assert store.count() == 1


def test_changed_content_updates_in_place(store: Store) -> None:
    store.upsert(make_doc(), "1")
    changed = make_doc(text=TEXT.replace("Moskva", "Mát-xcơ-va"), content_hash="h2")
    changed.events = []
    assert store.upsert(changed, "1") == "updated"
    assert store.count() == 1
    got = store.get("a1")
    assert got is not None and "Mát-xcơ-va" in got.text and got.events == []
    assert store.conn.execute("SELECT count(*) FROM events").fetchone()[0] == 0
    assert store.search("Moskva") == []
    assert [h.id for h in store.search("mat xco va")] == ["a1"]


def test_new_pipeline_version_reannotates(store: Store) -> None:
    store.upsert(make_doc(), "1")
    assert store.upsert(make_doc(), "2") == "updated"


def test_same_id_from_other_source_is_refused(store: Store) -> None:
    store.upsert(make_doc(), "1")
    other = make_doc(content_hash="h9", source="elsewhere/a1.txt")
    with pytest.raises(DuplicateIdError, match=r"already stored from in/a1\.txt"):
        store.upsert(other, "1")
    assert store.upsert(other, "1", replace=True) == "updated"


def test_failed_write_leaves_previous_article_whole(store: Store) -> None:
    store.upsert(make_doc(), "1")
    broken = make_doc(content_hash="h2")
    broken.entities.append(Entity(0, 3, "Ông", None, None, None, None))  # type: ignore[arg-type]
    with pytest.raises(sqlite3.IntegrityError):
        store.upsert(broken, "1")
    got = store.get("a1")
    assert got is not None and got.content_hash == "h1" and len(got.entities) == 1
    assert store.conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 1


@pytest.mark.parametrize(
    "query", ["Tap Can Binh", "tập cận bình", "TẬP CẬN BÌNH", "moskva", '"can binh"', "Mosk*"]
)
def test_search_is_diacritic_and_case_insensitive(store: Store, query: str) -> None:
    store.upsert(make_doc(), "1")
    hits = store.search(query)
    assert [h.id for h in hits] == ["a1"]


def test_search_snippet_highlights_original_text(store: Store) -> None:
    store.upsert(make_doc(), "1")
    hit = store.search("tap can binh")[0]
    marked = [hit.snippet[s:e] for s, e in hit.highlights]
    assert marked and set(marked) <= {"Tập", "Cận", "Bình"}


def test_search_ranks_more_relevant_first(store: Store) -> None:
    store.upsert(make_doc(), "1")
    other = "Tin ngắn về kinh tế\nÔng Putin nói giá dầu tăng ngày 21/3, Nga bán nhiều tới Moskva."
    store.upsert(make_doc("b2", other, "h3", "in/b2.txt"), "1")
    assert [h.id for h in store.search("Moskva")] == ["a1", "b2"]  # a1 has it in the title


@pytest.mark.parametrize("query", ["", "   ", "AND OR NOT", '"', "*", "(", "NEAR("])
def test_search_never_raises_on_odd_queries(store: Store, query: str) -> None:
    store.upsert(make_doc(), "1")
    store.search(query)


def test_readonly_refuses_missing_and_foreign_files(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "none.db", readonly=True)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a usable sukien database"):
        Store(junk)


def test_stats(store: Store) -> None:
    store.upsert(make_doc(), "1")
    s = store.stats()
    assert (s.articles, s.sentences, s.tokens, s.entities, s.events) == (1, 2, 3, 1, 1)
