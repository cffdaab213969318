"""The corpus as five tables, written as CSV (a directory or a ``.zip``) or Parquet (a
directory). Both have the same tables, columns (in this order) and rows; CSV is UTF-8 with a
header line, written by the ``csv`` module (``""`` for a missing value); Parquet columns are
typed (``string``, ``int64``, ``double``) and nullable unless marked *required* below.

``articles`` — one row per article, in id order:
    ``id`` (required), ``title``, ``url``, ``published``, ``published_source``,
    ``published_confidence``, ``byline``, ``credits`` (joined by ``;``), ``source`` (the input
    it was read from), ``site``, ``encoding``, ``content_hash``, then the sizes of its layers
    (int, required): ``sentences``, ``words``, ``entities``, ``references``, ``times``,
    ``events``, ``quotes``.

``entities`` — one row per distinct entity, most mentioned first; an entity is its KB id when
linked, else its normalized name, else its text as written (as ``sukien entities`` counts):
    ``kb_id``, ``name`` (required: the KB's name, else the most frequent name or text),
    ``type`` (required; the KB's, else the most frequent), ``country`` (the KB's, else the most
    frequent), ``mentions`` and ``articles`` (int, required).

``mentions`` — one row per entity mention, by article then text order:
    ``article``, ``start``, ``end`` (int), ``text``, ``type`` (required), ``name``,
    ``country``, ``kb_id``.

``events`` — one row per event, by article then the event's index ``idx`` in it:
    ``article``, ``idx`` (int), ``type`` (required), ``mode`` (several joined by ``;``),
    ``source``, ``source_country``, ``source_kb_id``, ``target``, ``target_country``,
    ``target_kb_id`` (an actor list joined by ``;``, position by position in the three
    columns; null when the side has no actor or no actor has the value), ``date``,
    ``location``, ``status`` (required), ``trigger``, ``cameo``, ``score`` (double), ``text``
    (the main evidence), ``start``, ``end`` (int, required: its offsets), ``evidence`` (every
    evidence span as ``start-end``, joined by ``;``).

``quotes`` — one row per quote, by article then text order:
    ``article``, ``start``, ``end`` (int), ``kind``, ``text`` (required), ``speaker``,
    ``speaker_country``, ``speaker_kb_id`` (null when nobody is named).

Offsets are Python string indices into the article's text (see ``../shared/FORMAT.md``).
"""

from __future__ import annotations

import csv
import tempfile
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal

from sukien.document import Actor, Document, Entity
from sukien.errors import SukienError
from sukien.export.files import atomic_directory, atomic_path
from sukien.kb.loader import KB, load_kb

__all__ = [
    "TABLES",
    "Column",
    "EntityTally",
    "require_pyarrow",
    "table_rows",
    "write_csv",
    "write_parquet",
]

Kind = Literal["str", "int", "float"]


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind = "str"
    nullable: bool = True


def _cols(*specs: str) -> tuple[Column, ...]:
    """Columns from ``name[:kind][!]`` (``!``: required)."""
    columns = []
    for spec in specs:
        required = spec.endswith("!")
        name, _, kind = spec.rstrip("!").partition(":")
        columns.append(Column(name, kind or "str", not required))  # type: ignore[arg-type]
    return tuple(columns)


_ACTOR_COLUMNS = ("", "_country", "_kb_id")
_ACTOR_ATTRS = ("name", "country", "kb_id")

TABLES: Final[dict[str, tuple[Column, ...]]] = {
    "articles": _cols(
        "id!",
        "title",
        "url",
        "published",
        "published_source",
        "published_confidence",
        "byline",
        "credits",
        "source",
        "site",
        "encoding",
        "content_hash",
        *(f"{n}:int!" for n in ("sentences", "words", "entities", "references", "times")),
        "events:int!",
        "quotes:int!",
    ),
    "entities": _cols("kb_id", "name!", "type!", "country", "mentions:int!", "articles:int!"),
    "mentions": _cols(
        "article!", "start:int!", "end:int!", "text!", "type!", "name", "country", "kb_id"
    ),
    "events": _cols(
        "article!",
        "idx:int!",
        "type!",
        "mode",
        *(f"source{s}" for s in _ACTOR_COLUMNS),
        *(f"target{s}" for s in _ACTOR_COLUMNS),
        "date",
        "location",
        "status!",
        "trigger",
        "cameo",
        "score:float",
        "text!",
        "start:int!",
        "end:int!",
        "evidence",
    ),
    "quotes": _cols(
        "article!",
        "start:int!",
        "end:int!",
        "kind!",
        "text!",
        "speaker",
        "speaker_country",
        "speaker_kb_id",
    ),
}

Row = tuple[Any, ...]


# ------------------------------------------------------------------ entities


@dataclass
class _Tally:
    mentions: int = 0
    articles: int = 0
    last_article: str | None = None
    named: bool = False  # some mention has a KB id or a name
    types: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    kb_id: str | None = None


@dataclass(frozen=True)
class EntityInfo:
    key: str
    kb_id: str | None
    name: str
    type: str
    country: str | None
    mentions: int
    articles: int
    named: bool


def entity_key(entity: Entity) -> str:
    """The identity of a mentioned entity: its KB id, else its name, else its text (the
    store's ``coalesce(kb_id, name, text)``)."""
    return entity.kb_id or entity.name or entity.text


def _most(counter: Counter[str]) -> str | None:
    """The most frequent value, the smallest on a tie."""
    if not counter:
        return None
    return min(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0]


class EntityTally:
    """Counts the mentions of each entity over the documents given to :meth:`add`."""

    def __init__(self) -> None:
        self._tallies: dict[str, _Tally] = {}

    def add(self, article: str, entity: Entity) -> str:
        key = entity_key(entity)
        tally = self._tallies.setdefault(key, _Tally())
        tally.mentions += 1
        if tally.last_article != article:  # documents come one after the other
            tally.articles += 1
            tally.last_article = article
        tally.named = tally.named or bool(entity.kb_id or entity.name)
        tally.types[entity.type] += 1
        tally.names[entity.name or entity.text] += 1
        if entity.country:
            tally.countries[entity.country] += 1
        tally.kb_id = tally.kb_id or entity.kb_id
        return key

    def entities(self, kb: KB | None = None) -> list[EntityInfo]:
        """Every entity, described by the KB when it is linked to it, else by its most
        frequent name, type and country; most mentioned first (then most articles, key)."""
        kb = kb if kb is not None else load_kb()
        infos = []
        for key, t in self._tallies.items():
            known = kb.get(t.kb_id) if t.kb_id else None
            if known is not None:
                name, kind, country = known.name, known.type, known.country
            else:
                name = _most(t.names) or key
                kind = _most(t.types) or "MISC"
                country = _most(t.countries)
            infos.append(
                EntityInfo(key, t.kb_id, name, kind, country, t.mentions, t.articles, t.named)
            )
        infos.sort(key=lambda e: (-e.mentions, -e.articles, e.key))
        return infos


# ------------------------------------------------------------------ rows


def _joined(actors: list[Actor], attribute: str) -> str | None:
    values = [getattr(a, attribute) or "" for a in actors]
    return ";".join(values) if any(values) else None


def _article_row(doc: Document) -> Row:
    return (
        doc.id,
        doc.title,
        doc.url,
        doc.published,
        doc.published_source,
        doc.published_confidence,
        doc.byline,
        ";".join(doc.credits) or None,
        doc.source,
        doc.site,
        doc.encoding,
        doc.content_hash,
        len(doc.sentences),
        len(doc.tokens),
        len(doc.entities),
        len(doc.references),
        len(doc.times),
        len(doc.events),
        len(doc.quotes),
    )


def table_rows(docs: Iterable[Document], kb: KB | None = None) -> Iterator[tuple[str, Row]]:
    """``(table, row)`` for every row of the five tables, in one pass over ``docs``: each
    article's rows as it comes, the ``entities`` rows (which need every article) last."""
    tally = EntityTally()
    for doc in docs:
        yield "articles", _article_row(doc)
        for e in doc.entities:
            tally.add(doc.id, e)
            yield "mentions", (doc.id, e.start, e.end, e.text, e.type, e.name, e.country, e.kb_id)
        for i, ev in enumerate(doc.events):
            sides = [_joined(side, a) for side in (ev.source, ev.target) for a in _ACTOR_ATTRS]
            yield (
                "events",
                (
                    doc.id,
                    i,
                    ev.type,
                    ev.mode,
                    *sides,
                    ev.date,
                    ev.location,
                    ev.status,
                    ev.trigger,
                    ev.cameo,
                    ev.score,
                    ev.text,
                    ev.start,
                    ev.end,
                    ";".join(f"{a}-{b}" for a, b in ev.evidence) or None,
                ),
            )
        for q in doc.quotes:
            who = q.speaker
            yield (
                "quotes",
                (
                    doc.id,
                    q.start,
                    q.end,
                    q.kind,
                    q.text,
                    who.name if who else None,
                    who.country if who else None,
                    who.kb_id if who else None,
                ),
            )
    for info in tally.entities(kb):
        row = (info.kb_id, info.name, info.type, info.country, info.mentions, info.articles)
        yield "entities", row


# ------------------------------------------------------------------ CSV


def _cell(value: Any) -> Any:
    return "" if value is None else value


def _write_csv_files(docs: Iterable[Document], paths: dict[str, Path]) -> dict[str, int]:
    counts = dict.fromkeys(TABLES, 0)
    with ExitStack() as stack:
        writers = {
            name: csv.writer(
                stack.enter_context(open(paths[name], "w", encoding="utf-8", newline="")),
                lineterminator="\n",
            )
            for name in TABLES
        }
        for name, columns in TABLES.items():
            writers[name].writerow([c.name for c in columns])
        for name, row in table_rows(docs):
            writers[name].writerow([_cell(v) for v in row])
            counts[name] += 1
    return counts


def write_csv(docs: Iterable[Document], path: Path) -> dict[str, int]:
    """The five tables as ``TABLE.csv`` files in the directory ``path`` (created when missing),
    or in a zip archive when ``path`` ends with ``.zip``; returns the rows of each table."""
    names = {name: f"{name}.csv" for name in TABLES}
    if path.suffix.lower() != ".zip":
        with atomic_directory(path, list(names.values())) as tmps:
            return _write_csv_files(docs, {t: tmps[f] for t, f in names.items()})
    with atomic_path(path) as archive, tempfile.TemporaryDirectory() as scratch:
        files = {t: Path(scratch) / f for t, f in names.items()}
        counts = _write_csv_files(docs, files)
        with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for table, file in files.items():
                zf.write(file, names[table])
    return counts


# ------------------------------------------------------------------ Parquet

_BATCH = 50_000  # rows of one table kept in memory before they are written


def require_pyarrow() -> Any:
    """The ``pyarrow`` module, or a one-line error naming the extra that installs it."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise SukienError(
            "--format parquet needs pyarrow, which is not installed; it comes with the "
            "'export' extra: pip install 'sukien[export]'"
        ) from None
    return pyarrow


def write_parquet(docs: Iterable[Document], path: Path) -> dict[str, int]:
    """The five tables as ``TABLE.parquet`` files in the directory ``path`` (created when
    missing); returns the rows of each table."""
    pa = require_pyarrow()
    import pyarrow.parquet as pq

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64()}
    schemas = {
        name: pa.schema([pa.field(c.name, types[c.kind], nullable=c.nullable) for c in columns])
        for name, columns in TABLES.items()
    }
    names = {name: f"{name}.parquet" for name in TABLES}
    counts = dict.fromkeys(TABLES, 0)
    with atomic_directory(path, list(names.values())) as tmps:
        writers = {t: pq.ParquetWriter(tmps[f], schemas[t]) for t, f in names.items()}
        buffers: dict[str, list[Row]] = {name: [] for name in TABLES}

        def flush(table: str) -> None:
            rows, schema = buffers[table], schemas[table]
            if not rows:
                return
            columns = [
                pa.array([row[i] for row in rows], type=schema.field(i).type)
                for i in range(len(schema))
            ]
            writers[table].write_table(pa.Table.from_arrays(columns, schema=schema))
            buffers[table] = []

        try:
            for table, row in table_rows(docs):
                buffers[table].append(row)
                counts[table] += 1
                if len(buffers[table]) >= _BATCH:
                    flush(table)
            for table in TABLES:
                flush(table)
        finally:
            for writer in writers.values():
                writer.close()
    return counts
