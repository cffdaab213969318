"""The SQLite store: one file, WAL, foreign keys, migrations, one transaction per article.

``Store.upsert`` is idempotent: an article is keyed by its id; the same content (hash) with the
same pipeline version changes nothing, new content or a newer pipeline replaces the article and
all its layers in a single transaction, so a failure never leaves half an article.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from sukien.document import Document, Sentence
from sukien.errors import SukienError
from sukien.kb.loader import KB
from sukien.store.entities import (
    EntityCount,
    EntityProfile,
    count_entities,
    entity_profile,
    register_functions,
    top_entities,
)
from sukien.store.events import (
    EventFilter,
    EventRow,
    QuoteRow,
    actor_to_json,
    find_events,
    find_quotes,
)
from sukien.store.schema import MIGRATIONS
from sukien.store.search import SearchHit, make_snippet, parse_query
from sukien.text.fold import fold

UpsertResult = Literal["added", "updated", "unchanged"]


class StoreError(SukienError):
    """The database cannot be opened or written."""


class DuplicateIdError(SukienError):
    """Another input already stored this id with different content."""


@dataclass
class ArticleRow:
    id: str
    title: str | None
    published: str | None
    published_source: str | None
    source: str | None
    credits: list[str]
    byline: str | None
    n_sentences: int
    n_tokens: int
    lead: str


@dataclass
class Stats:
    articles: int
    sentences: int
    tokens: int
    syllables: int
    entities: int
    times: int
    events: int
    quotes: int
    first_published: str | None
    last_published: str | None
    by_encoding: dict[str, int]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Store:
    """A sukien database. Use as a context manager or call ``close()``."""

    def __init__(self, path: str | Path, readonly: bool = False) -> None:
        self.path = str(path)
        try:
            if readonly:
                uri = f"file:{Path(path).resolve()}?mode=ro"
                if not Path(path).exists():
                    raise StoreError(f"{path}: no such database (run 'sukien ingest' first)")
                self.conn = sqlite3.connect(uri, uri=True, isolation_level=None)
            else:
                self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.conn.row_factory = sqlite3.Row
            register_functions(self.conn)
            self.conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                self._migrate()
            else:
                self._check_version()
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{path}: not a usable sukien database ({err})") from err

    # -- lifecycle -------------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def _applied(self) -> set[int]:
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS migrations ("
            "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        return {row[0] for row in self.conn.execute("SELECT version FROM migrations")}

    def _check_version(self) -> None:
        known = {version for version, _, _ in MIGRATIONS}
        try:
            applied = {row[0] for row in self.conn.execute("SELECT version FROM migrations")}
        except sqlite3.OperationalError as err:
            raise StoreError(f"{self.path}: not a sukien database") from err
        if applied - known:
            raise StoreError(f"{self.path}: written by a newer sukien (schema {max(applied)})")

    def _migrate(self) -> None:
        applied = self._applied()
        known = {version for version, _, _ in MIGRATIONS}
        if applied - known:
            raise StoreError(f"{self.path}: written by a newer sukien (schema {max(applied)})")
        for version, description, sql in MIGRATIONS:
            if version in applied:
                continue
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in sql.split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
                self.conn.execute(
                    "INSERT INTO migrations VALUES (?, ?, ?)", (version, description, _now())
                )
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    # -- writing ---------------------------------------------------------------------------
    def upsert(self, doc: Document, pipeline_version: str, replace: bool = False) -> UpsertResult:
        """Store ``doc`` (keyed by ``doc.id``) with all its layers, atomically.

        A different input (``doc.source``) holding the same id with other content raises
        ``DuplicateIdError`` unless ``replace`` is true.
        """
        if not doc.content_hash:
            raise ValueError("document has no content_hash")
        row = self.conn.execute(
            "SELECT rowid, source, content_hash, pipeline_version, ingested_at "
            "FROM articles WHERE id = ?",
            (doc.id,),
        ).fetchone()
        if row is not None and row["content_hash"] == doc.content_hash:
            if row["pipeline_version"] == pipeline_version:
                return "unchanged"
        elif row is not None and row["source"] != doc.source and not replace:
            raise DuplicateIdError(
                f"{doc.source}: id {doc.id!r} is already stored from {row['source']} with "
                "different content; skipped (give it another id, or ingest with --replace)"
            )
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            if row is not None:
                self.conn.execute("DELETE FROM articles WHERE rowid = ?", (row["rowid"],))
                self.conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (row["rowid"],))
            self._insert(
                doc,
                pipeline_version,
                ingested_at=row["ingested_at"] if row else _now(),
                rowid=row["rowid"] if row else None,  # an updated article keeps its rowid
            )
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return "added" if row is None else "updated"

    def _insert(
        self, doc: Document, pipeline_version: str, ingested_at: str, rowid: int | None
    ) -> int:
        cur = self.conn.execute(
            "INSERT INTO articles (rowid, id, source, content_hash, pipeline_version, title, "
            "byline, credits, url, site, published, published_source, published_confidence, "
            "encoding, warnings, original, text, blocks, n_sentences, n_tokens, n_syllables, "
            "ingested_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                rowid,
                doc.id,
                doc.source,
                doc.content_hash,
                pipeline_version,
                doc.title,
                doc.byline,
                _dump(doc.credits),
                doc.url,
                doc.site,
                doc.published,
                doc.published_source,
                doc.published_confidence,
                doc.encoding,
                _dump(doc.warnings),
                doc.original,
                doc.text,
                _dump([[b.start, b.end, b.kind] for b in doc.blocks]),
                len(doc.sentences),
                len(doc.tokens),
                doc.syllable_count(),
                ingested_at,
                _now(),
            ),
        )
        rowid = int(cur.lastrowid or 0)
        self.conn.executemany(
            'INSERT INTO sentences (article, idx, start, "end", tokens) VALUES (?,?,?,?,?)',
            [
                (rowid, i, s.start, s.end, _dump(tokens))
                for i, (s, tokens) in enumerate(_tokens_by_sentence(doc))
            ],
        )
        self.conn.executemany(
            "INSERT INTO entities VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (rowid, i, e.start, e.end, e.text, e.type, e.name, e.country, e.kb_id)
                for i, e in enumerate(doc.entities)
            ],
        )
        self.conn.executemany(
            "INSERT INTO times VALUES (?,?,?,?,?,?)",
            [(rowid, i, t.start, t.end, t.text, t.value) for i, t in enumerate(doc.times)],
        )
        self.conn.executemany(
            'INSERT INTO events (article, idx, start, "end", text, type, mode, source, target, '
            'date, location, status, "trigger", cameo, score, evidence) '
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    rowid,
                    i,
                    ev.start,
                    ev.end,
                    ev.text,
                    ev.type,
                    ev.mode,
                    _dump([actor_to_json(a) for a in ev.source]),
                    _dump([actor_to_json(a) for a in ev.target]),
                    ev.date,
                    ev.location,
                    ev.status,
                    ev.trigger,
                    ev.cameo,
                    ev.score,
                    _dump(ev.evidence),
                )
                for i, ev in enumerate(doc.events)
            ],
        )
        if doc.references:
            self.conn.executemany(
                "INSERT INTO refs VALUES (?,?,?,?,?,?,?,?,?)",
                [
                    (rowid, i, r.start, r.end, r.text, r.role, r.country, r.name, r.kb_id)
                    for i, r in enumerate(doc.references)
                ],
            )
        self.conn.executemany(
            "INSERT INTO quotes VALUES (?,?,?,?,?,?,?)",
            [
                (
                    rowid,
                    i,
                    q.start,
                    q.end,
                    q.text,
                    q.kind,
                    None if q.speaker is None else _dump(actor_to_json(q.speaker)),
                )
                for i, q in enumerate(doc.quotes)
            ],
        )
        self.conn.execute(
            "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
            (rowid, fold(doc.title or ""), fold(doc.text)),
        )
        return rowid

    # -- reading ---------------------------------------------------------------------------
    def __contains__(self, article_id: object) -> bool:
        return (
            self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
            is not None
        )

    def is_current(self, article_id: str, content_hash: str, pipeline_version: str) -> bool:
        """Whether the article is stored with this content and this pipeline version."""
        row = self.conn.execute(
            "SELECT content_hash, pipeline_version FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return row is not None and tuple(row) == (content_hash, pipeline_version)

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def get(self, article_id: str) -> Document | None:
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return None if row is None else self._document(row)

    def iter_documents(self) -> Iterator[Document]:
        for row in self.conn.execute("SELECT * FROM articles ORDER BY id"):
            yield self._document(row)

    def _document(self, row: sqlite3.Row) -> Document:
        key = row["rowid"]
        data: dict[str, Any] = {k: row[k] for k in row.keys() if k != "rowid"}  # noqa: SIM118
        for name in ("credits", "warnings", "blocks"):
            data[name] = json.loads(data[name])
        data["blocks"] = [{"start": s, "end": e, "kind": k} for s, e, k in data["blocks"]]
        data["sentences"], data["tokens"] = [], []
        for s in self.conn.execute(
            'SELECT start, "end", tokens FROM sentences WHERE article = ? ORDER BY idx', (key,)
        ):
            data["sentences"].append({"start": s["start"], "end": s["end"]})
            data["tokens"].extend(
                {"start": a, "end": b, "pos": p} for a, b, p in json.loads(s["tokens"])
            )
        data["entities"] = [dict(r) for r in self._layer("entities", key)]
        data["times"] = [dict(r) for r in self._layer("times", key)]
        data["events"] = [
            {
                **r,
                "source": json.loads(r["source"]),
                "target": json.loads(r["target"]),
                "evidence": json.loads(r.get("evidence") or "[]"),
            }
            for r in self._layer("events", key)
        ]
        data["references"] = self._layer("refs", key)
        data["quotes"] = [
            {**r, "speaker": json.loads(r["speaker"]) if r["speaker"] else None}
            for r in self._layer("quotes", key)
        ]
        doc = Document.from_dict(data)
        return doc

    def _layer(self, table: str, key: int) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            f"SELECT * FROM {table} WHERE article = ? ORDER BY idx", (key,)
        ).fetchall()
        skip = ("article", "idx")
        return [{k: r[k] for k in r.keys() if k not in skip} for r in rows]  # noqa: SIM118

    def articles(self, limit: int = 50, offset: int = 0) -> list[ArticleRow]:
        rows = self.conn.execute(
            "SELECT id, title, published, published_source, source, credits, byline, "
            "n_sentences, n_tokens, substr(text, 1, 300) AS head FROM articles "
            "ORDER BY published IS NULL, published DESC, id LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [
            ArticleRow(
                id=r["id"],
                title=r["title"],
                published=r["published"],
                published_source=r["published_source"],
                source=r["source"],
                credits=json.loads(r["credits"]),
                byline=r["byline"],
                n_sentences=r["n_sentences"],
                n_tokens=r["n_tokens"],
                lead=r["head"].split("\n", 1)[0],
            )
            for r in rows
        ]

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Ranked (BM25, title words weigh more) hits with highlighted snippets."""
        parsed = parse_query(query)
        if parsed is None:
            return []
        rows = self.conn.execute(
            "SELECT a.id, a.title, a.published, a.text, articles_fts.body AS folded, "
            "bm25(articles_fts, 4.0, 1.0) AS score FROM articles_fts "
            "JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH ? ORDER BY score LIMIT ? OFFSET ?",
            (parsed.match, limit, offset),
        ).fetchall()
        hits = []
        for r in rows:
            snippet, spans = make_snippet(r["text"], r["folded"], parsed)
            hits.append(SearchHit(r["id"], r["title"], r["published"], -r["score"], snippet, spans))
        return hits

    def top_entities(
        self, type: str | None = None, top: int = 20, *, kb: KB | None = None
    ) -> list[EntityCount]:
        """The ``top`` most mentioned entities (only ``type``: PER, ORG, LOC or MISC, if given),
        each with its mentions and the number of articles mentioning it. An entity is its KB id,
        else its name, else its text (see :mod:`sukien.store.entities`)."""
        return top_entities(self.conn, type, top, kb)

    def entity_count(self, type: str | None = None) -> int:
        """How many distinct entities the corpus mentions (of ``type`` if given)."""
        return count_entities(self.conn, type)

    def entity_profile(
        self,
        query: str,
        *,
        kb: KB | None = None,
        max_articles: int | None = None,
        co_mentions: int = 10,
    ) -> EntityProfile | None:
        """The entity that ``query`` names (a KB id, an English name, or any surface form, in
        any case and with or without diacritics), with its KB data, the forms and articles it
        appears in and the entities mentioned beside it; None when nothing matches."""
        return entity_profile(
            self.conn, query, kb, max_articles=max_articles, co_mentions=co_mentions
        )

    def events(
        self, filters: EventFilter | None = None, limit: int | None = None
    ) -> list[EventRow]:
        """The stored events that pass ``filters`` (actor, dyad, type, mode, status, dates;
        see :mod:`sukien.store.events`), newest first, each with its article."""
        return find_events(self.conn, filters, limit)

    def quotes(self, speaker: str | None = None, limit: int | None = None) -> list[QuoteRow]:
        """The stored quotes (only those of ``speaker``, a name or KB id, if given), newest
        article first, each with its article."""
        return find_quotes(self.conn, speaker, limit)

    def stats(self) -> Stats:
        one = self.conn.execute(
            "SELECT count(*), coalesce(sum(n_sentences),0), coalesce(sum(n_tokens),0), "
            "coalesce(sum(n_syllables),0), min(published), max(published) FROM articles"
        ).fetchone()
        counts = {
            t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("entities", "times", "events", "quotes")
        }
        enc = dict(
            self.conn.execute(
                "SELECT coalesce(encoding, '?'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC"
            ).fetchall()
        )
        return Stats(
            one[0],
            one[1],
            one[2],
            one[3],
            counts["entities"],
            counts["times"],
            counts["events"],
            counts["quotes"],
            one[4],
            one[5],
            enc,
        )


def _tokens_by_sentence(doc: Document) -> Iterator[tuple[Sentence, list[list[Any]]]]:
    """Each sentence with its tokens ([start, end, pos]); both lists are in text order."""
    tokens, k = doc.tokens, 0
    for sentence in doc.sentences:
        while k < len(tokens) and tokens[k].start < sentence.start:
            k += 1
        inside = []
        while k < len(tokens) and tokens[k].end <= sentence.end:
            inside.append([tokens[k].start, tokens[k].end, tokens[k].pos])
            k += 1
        yield sentence, inside
