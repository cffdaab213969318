"""The views shared by the JSON API and the web UI.

Each view is a plain function of a (read-only) :class:`~sukien.store.store.Store` and a small
frozen option dataclass, returning ONE JSON-serializable dict: the JSON routes send it as it
is, the web pages render the same dict with a template. Bad options raise :class:`BadRequest`
(HTTP 422), unknown ids :class:`NotFound` (HTTP 404).

Only ``snippet_html`` (search results) holds HTML: the text is escaped first and only the
``<mark>`` tags around the matched words are added. Everything else is plain text; an
article's ``segments`` cut its text at every span boundary so that a template can wrap each
piece in its marks without inserting raw HTML.

Counting is done in SQL. The aggregates that scan whole tables (the entity list, the counts of
:func:`stats`, the distinct actors the actor filters match against) are cached per database
and dropped as soon as the database changes (``PRAGMA data_version`` of a watcher connection).

*Source* of an article, in lists, filters and facets, is its news site: the ``site`` given by
its metadata, else the host name of its URL (``tintuc.example.vn``), else none.
"""

from __future__ import annotations

import csv
import heapq
import html
import io
import itertools
import json
import math
import os
import re
import sqlite3
import threading
from array import array
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from itertools import chain, pairwise
from pathlib import Path
from typing import Any, Final, TypeVar

from sukien.document import Actor, Document, Event
from sukien.errors import SukienError
from sukien.kb.loader import KB, load_kb
from sukien.store.entities import ENTITY_KEY, EntityCount
from sukien.store.events import (
    EVENT_CSV_COLUMNS,
    ISO_DATE_SQL,
    EventFilter,
    EventRow,
    FilterError,
    actor_label,
    actor_to_json,
    actors_from_json,
    event_csv_row,
    event_row,
    match_actor,
    side_label,
)
from sukien.store.search import Query, make_snippet, parse_query
from sukien.store.store import Store
from sukien.text.fold import fold

__all__ = [
    "ENTITY_TYPES",
    "EVENT_CSV_COLUMNS",
    "EVENT_SORTS",
    "MAX_PER_PAGE",
    "ArticleQuery",
    "BadRequest",
    "EntityQuery",
    "EventQuery",
    "NotFound",
    "QuoteQuery",
    "SearchQuery",
    "TimelineQuery",
    "article",
    "articles",
    "entities",
    "entity",
    "events",
    "events_csv",
    "quotes",
    "search",
    "segments",
    "snippet_html",
    "stats",
    "timeline",
]


class NotFound(SukienError):
    """No article or entity with this id (HTTP 404)."""


class BadRequest(SukienError):
    """An option that cannot be right: a bad date, an unknown type, page 0… (HTTP 422)."""


MAX_PER_PAGE: Final = 200
ENTITY_TYPES: Final = ("PER", "ORG", "LOC", "MISC")
FACET_SIZE: Final = 20  # values shown per facet (entity, source); type and month show all
TIMELINE_EVENTS: Final = 300  # most recent events listed in a timeline's days
ENTITY_EVENTS: Final = 100  # most recent events (each side) and quotes on an entity's page
ENTITY_ARTICLES: Final = 50  # most recent articles on an entity's page
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")

# The news site of an article (alias ``a``): its ``site``, else its URL's host without "www.".
_REST = "substr(a.url, instr(a.url, '://') + 3)"
_HOST = (
    f"CASE WHEN instr({_REST}, '/') > 0 THEN substr({_REST}, 1, instr({_REST}, '/') - 1) "
    f"ELSE {_REST} END"
)
_HOST_NO_WWW = (
    f"CASE WHEN lower(substr({_HOST}, 1, 4)) = 'www.' THEN substr({_HOST}, 5) ELSE {_HOST} END"
)
SOURCE_SQL: Final = (
    f"coalesce(nullif(a.site, ''), CASE WHEN instr(a.url, '://') > 0 "
    f"THEN nullif(lower({_HOST_NO_WWW}), '') END)"
)
_ISO_MONTH = "e.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'"
# an event's ISO date, else NULL: the expression of the events_when index (migration 6 in
# sukien.store.schema; written the same way, or SQLite will not use it)
EVENT_WHEN: Final = "CASE WHEN e.date GLOB '[0-9][0-9][0-9][0-9]*' THEN e.date END"
# ENTITY_KEY on ``entities e`` (SQLite still uses the index on the unqualified expression)
_E_KEY = "coalesce(e.kb_id, e.name, e.text)"


def source_of(doc: Document) -> str | None:
    """The news site of ``doc`` (the Python twin of ``SOURCE_SQL``)."""
    if doc.site:
        return doc.site
    if doc.url and "://" in doc.url:
        host = doc.url.split("://", 1)[1].split("/", 1)[0]
        host = host[4:] if host[:4].lower() == "www." else host
        return host.lower() or None
    return None


# ------------------------------------------------------------------ options


@dataclass(frozen=True)
class ArticleQuery:
    q: str | None = None
    source: str | None = None
    since: str | None = None
    until: str | None = None
    entity: str | None = None
    page: int = 1
    per_page: int = 20


@dataclass(frozen=True)
class SearchQuery:
    q: str
    page: int = 1
    per_page: int = 20
    entity: str | None = None
    type: str | None = None
    source: str | None = None
    month: str | None = None


@dataclass(frozen=True)
class EntityQuery:
    q: str | None = None
    type: str | None = None
    page: int = 1
    per_page: int = 50


@dataclass(frozen=True)
class EventQuery:
    actor: str | None = None
    dyad: str | None = None
    type: str | None = None
    mode: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None
    sort: str = "date"
    order: str = "desc"
    page: int = 1
    per_page: int = 50


@dataclass(frozen=True)
class QuoteQuery:
    speaker: str | None = None
    page: int = 1
    per_page: int = 50


@dataclass(frozen=True)
class TimelineQuery:
    actor: str | None = None
    dyad: str | None = None
    since: str | None = None
    until: str | None = None


# ------------------------------------------------------------------ cache


T = TypeVar("T")


class _Cache:
    """Values computed from one database, dropped when it changes.

    A watcher connection per database file reads ``PRAGMA data_version``, which changes
    whenever another connection (of this process or another) commits. The key of a value is
    the watcher's serial number (a new watcher never reuses an old one's versions) and that
    version; a file replaced by another (a new inode) gets a new watcher.
    """

    def __init__(self, size: int = 256, watchers: int = 16) -> None:
        self.lock = threading.Lock()
        self.values: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self.watchers: dict[str, tuple[int, int, sqlite3.Connection]] = {}
        self.serials = itertools.count()
        self.size = size
        self.most_watchers = watchers

    def version(self, path: str) -> tuple[int, int]:
        real = str(Path(path).resolve())
        inode = os.stat(real).st_ino
        with self.lock:
            known = self.watchers.get(real)
            if known is None or known[0] != inode:
                if known is not None:
                    known[2].close()
                conn = sqlite3.connect(
                    f"file:{real}?mode=ro", uri=True, check_same_thread=False, isolation_level=None
                )
                self.watchers[real] = known = (inode, next(self.serials), conn)
                while len(self.watchers) > self.most_watchers:  # many databases (tests)
                    self.watchers.pop(next(iter(self.watchers)))[2].close()
            return known[1], int(known[2].execute("PRAGMA data_version").fetchone()[0])

    def get(self, store: Store, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        full = (*self.version(store.path), *key)
        with self.lock:
            if full in self.values:
                self.values.move_to_end(full)
                cached: T = self.values[full]
                return cached
        value = compute()
        with self.lock:
            self.values[full] = value
            while len(self.values) > self.size:
                self.values.popitem(last=False)
        return value


_cache = _Cache()


# ------------------------------------------------------------------ helpers


def _paging(page: int, per_page: int) -> tuple[int, int]:
    """``(offset, limit)`` of a page, or BadRequest."""
    if page < 1:
        raise BadRequest(f"page must be 1 or more (got {page})")
    if not 1 <= per_page <= MAX_PER_PAGE:
        raise BadRequest(f"per_page must be between 1 and {MAX_PER_PAGE} (got {per_page})")
    return (page - 1) * per_page, per_page


def _envelope(items: list[dict[str, Any]], total: int, page: int, per_page: int) -> dict[str, Any]:
    return {
        "items": items,
        "total": total,
        "page": page,
        "per_page": per_page,
        "pages": max(1, math.ceil(total / per_page)),
    }


def _filter_error(error: FilterError) -> BadRequest:
    return BadRequest(str(error))


def _dates(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """Checked ``since``/``until`` (YYYY, YYYY-MM or YYYY-MM-DD, both inclusive)."""
    try:
        checked = EventFilter.parse(since=_blank(since), until=_blank(until))
    except FilterError as error:
        raise _filter_error(error) from None
    return checked.since, checked.until


def _blank(value: str | None) -> str | None:
    """None for a missing or empty option (an empty form field means 'any')."""
    return value if value is not None and value.strip() else None


def _actor(actor: Actor | None) -> dict[str, Any] | None:
    return None if actor is None else actor_to_json(actor)


def _kb() -> KB:
    return load_kb()


def _entity_name(key: str, kb: KB) -> str:
    entity = kb.get(key)
    return entity.name if entity is not None else key


def _entity_key(store: Store, value: str) -> str | None:
    """The entity key (KB id, else name, else text) that ``value`` names: a key as stored, or
    any name :meth:`Store.entity_profile` resolves; None when nothing matches."""
    value = value.strip()
    if not value:
        return None

    def compute() -> str | None:
        row = store.conn.execute(
            f"SELECT 1 FROM entities WHERE {ENTITY_KEY} = ? LIMIT 1", (value,)
        ).fetchone()
        if row is not None:
            return value
        profile = store.entity_profile(value, kb=_kb(), max_articles=0, co_mentions=0)
        if profile is None or not profile.mentions:
            return None
        return profile.kb_id or profile.name

    return _cache.get(store, ("entity-key", value), compute)


def _in_ids(ids: Sequence[int]) -> str:
    return json.dumps(list(ids))


def _indexes(store: Store) -> frozenset[str]:
    """The indexes of the database (one written before migration 6 lacks the API's)."""

    def compute() -> frozenset[str]:
        rows = store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        return frozenset(r[0] for r in rows)

    return _cache.get(store, ("indexes",), compute)


def _articles(store: Store) -> str:
    """``articles a``, read through the narrow articles_meta index when it exists."""
    return (
        "articles a INDEXED BY articles_meta"
        if "articles_meta" in _indexes(store)
        else "articles a"
    )


def _events(store: Store) -> str:
    """``events e``, read through the covering events_when index when it exists."""
    return "events e INDEXED BY events_when" if "events_when" in _indexes(store) else "events e"


# ------------------------------------------------------------------ snippets and segments


def snippet_html(snippet: str, spans: Iterable[tuple[int, int]]) -> str:
    """``snippet`` escaped, with each span wrapped in ``<mark>`` (spans overlapping an earlier
    one are skipped)."""
    parts: list[str] = []
    last = 0
    for start, end in sorted(spans):
        if start < last or end <= start:
            continue
        parts.append(html.escape(snippet[last:start]))
        parts.append("<mark>" + html.escape(snippet[start:end]) + "</mark>")
        last = end
    parts.append(html.escape(snippet[last:]))
    return "".join(parts)


def _trigger_span(doc: Document, ev: Event) -> tuple[int, int]:
    """The event's trigger in its first evidence span (any case, accents optional), else the
    evidence span itself."""
    trigger = (ev.trigger or "").strip()
    if trigger:
        at = fold(doc.text[ev.start : ev.end]).find(fold(trigger))
        if at >= 0:
            return ev.start + at, ev.start + at + len(trigger)
    return ev.start, ev.end


def _event_title(ev: Event) -> str:
    kind = ev.type + (f"/{ev.mode}" if ev.mode else "")
    when = f", {ev.date}" if ev.date else ""
    return f"{kind}: {side_label(ev.source)} → {side_label(ev.target)}{when}"


_LAYER_ORDER = {"quote": 0, "event": 1, "entity": 2, "time": 3}


def segments(doc: Document) -> list[dict[str, Any]]:
    """``doc.text`` cut at every boundary of an entity, time, event (its trigger) or quote:
    consecutive pieces whose texts add up to the whole text, each with the marks that cover
    it, outermost first (longer spans, then quote, event, entity, time)."""
    spans: list[tuple[int, int, dict[str, Any]]] = []
    for i, ent in enumerate(doc.entities):
        where = ", ".join(x for x in (ent.name, ent.country) if x) or ent.text
        spans.append(
            (
                ent.start,
                ent.end,
                {"layer": "entity", "label": ent.type, "title": where, "index": i},
            )
        )
    for i, t in enumerate(doc.times):
        spans.append(
            (t.start, t.end, {"layer": "time", "label": "TIME", "title": t.value or "", "index": i})
        )
    for i, ev in enumerate(doc.events):
        start, end = _trigger_span(doc, ev)
        title = _event_title(ev)
        spans.append((start, end, {"layer": "event", "label": ev.type, "title": title, "index": i}))
    for i, q in enumerate(doc.quotes):
        who = actor_label(q.speaker) if q.speaker else ""
        spans.append(
            (q.start, q.end, {"layer": "quote", "label": q.kind, "title": who, "index": i})
        )
    n = len(doc.text)
    spans = [(max(0, s), min(n, e), m) for s, e, m in spans if max(0, s) < min(n, e)]
    cuts = sorted({0, n, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    by_start = sorted(spans, key=lambda x: x[0])
    active: list[tuple[int, int, dict[str, Any]]] = []
    out: list[dict[str, Any]] = []
    k = 0
    for a, b in pairwise(cuts):
        while k < len(by_start) and by_start[k][0] <= a:
            active.append(by_start[k])
            k += 1
        active = [span for span in active if span[1] > a]
        marks = sorted(active, key=lambda x: (x[0] - x[1], _LAYER_ORDER[x[2]["layer"]], x[0]))
        out.append({"text": doc.text[a:b], "marks": [m for _, _, m in marks]})
    return out


# ------------------------------------------------------------------ stats


def stats(store: Store) -> dict[str, Any]:
    """Counts of the corpus, its date range, sources, months, top entities and event types."""
    return _cache.get(store, ("stats",), lambda: _stats(store))


def _stats(store: Store) -> dict[str, Any]:
    conn = store.conn
    one = conn.execute(
        "SELECT count(*), coalesce(sum(n_sentences), 0), min(published), max(published) "
        "FROM articles"
    ).fetchone()
    counts = {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("events", "quotes")
    }
    mentions = conn.execute("SELECT count(*) FROM entities").fetchone()[0]
    every = _all_entities(store, None)
    return {
        "articles": one[0],
        "sentences": one[1],
        "entities": len(every),
        "mentions": mentions,
        "events": counts["events"],
        "quotes": counts["quotes"],
        "first": one[2],
        "last": one[3],
        "sources": [
            {"name": r[0], "count": r[1]}
            for r in conn.execute(
                f"SELECT {SOURCE_SQL} AS s, count(*) AS n FROM articles a WHERE s IS NOT NULL "
                "GROUP BY s ORDER BY n DESC, s"
            )
        ],
        "months": [
            {"month": r[0], "count": r[1]}
            for r in conn.execute(
                "SELECT substr(published, 1, 7) AS m, count(*) FROM articles "
                "WHERE published IS NOT NULL GROUP BY m ORDER BY m"
            )
        ],
        "top_entities": [
            {
                "kb_id": e.kb_id,
                "name": e.name,
                "type": e.type,
                "country": e.country,
                "count": e.mentions,
            }
            for e in every[:10]
        ],
        "event_types": [
            {"type": r[0], "count": r[1]}
            for r in conn.execute(
                "SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, type"
            )
        ],
    }


# ------------------------------------------------------------------ articles and search


@dataclass(frozen=True)
class _Where:
    sql: str
    args: tuple[Any, ...]


def _article_filters(
    store: Store,
    *,
    source: str | None = None,
    since: str | None = None,
    until: str | None = None,
    entity: str | None = None,
    month: str | None = None,
) -> _Where | None:
    """Conditions on ``articles a``; None when they cannot match (an unknown entity)."""
    sql: list[str] = ["1"]
    args: list[Any] = []
    if _blank(source):
        sql.append(f"{SOURCE_SQL} = ?")
        args.append(source.strip() if source else source)
    first, last = _dates(since, until)
    if first:
        sql.append("substr(a.published, 1, ?) >= ?")
        args += [len(first), first]
    if last:
        sql.append("substr(a.published, 1, ?) <= ?")
        args += [len(last), last]
    if _blank(month):
        month = (month or "").strip()
        if not _MONTH.fullmatch(month):
            raise BadRequest(f"bad month {month!r} (give YYYY-MM)")
        sql.append("substr(a.published, 1, 7) = ?")
        args.append(month)
    if _blank(entity):
        key = _entity_key(store, entity or "")
        if key is None:
            return None
        sql.append(f"a.rowid IN (SELECT article FROM entities WHERE {ENTITY_KEY} = ?)")
        args.append(key)
    return _Where(" AND ".join(sql), tuple(args))


def _entity_type(value: str | None) -> str | None:
    kind = (value or "").strip().upper() or None
    if kind is not None and kind not in ENTITY_TYPES:
        raise BadRequest(f"unknown entity type {value!r} (one of {', '.join(ENTITY_TYPES)})")
    return kind


def _refine(store: Store, ranked: list[int], entity: str | None, kind: str | None) -> list[int]:
    """The articles of ``ranked`` that mention ``entity`` (a key or any name) and an entity
    of type ``kind``, in the same order (through the entity index)."""
    if not _blank(entity) and kind is None:
        return ranked
    index = _entity_index(store)
    if kind is not None:
        bit = 1 << ENTITY_TYPES.index(kind)
        ranked = [r for r in ranked if index.types.get(r, 0) & bit]
    if _blank(entity):
        key = _entity_key(store, entity or "")
        number = index.numbers.get(key) if key is not None else None
        if number is None:
            return []
        ranked = [r for r in ranked if number in index.by_article.get(r, ())]
    return ranked


def _parse(q: str | None) -> Query:
    parsed = parse_query(q or "")
    if parsed is None:
        raise BadRequest("empty search query: give at least one word")
    return parsed


def _ranked(store: Store, parsed: Query, where: _Where) -> list[int]:
    """Rowids of the articles matching ``parsed`` and ``where``, best first (BM25, title words
    weigh more)."""
    if where.sql == "1":
        sql, args = "", ()
    else:  # the filters read the articles_meta index, not the (wide) article rows
        # "+": else FTS5 looks up each rowid of the list on its own
        inside = f"SELECT a.rowid FROM {_articles(store)} WHERE {where.sql}"
        sql = f" AND +articles_fts.rowid IN ({inside})"
        args = where.args
    rows = store.conn.execute(
        f"SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?{sql} "
        "ORDER BY bm25(articles_fts, 4.0, 1.0), rowid",
        (parsed.match, *args),
    )
    return [r[0] for r in rows]


def _items(store: Store, rowids: Sequence[int], parsed: Query | None) -> list[dict[str, Any]]:
    """List items of the articles ``rowids`` in that order, with snippets when searching."""
    if not rowids:
        return []
    extra = ", f.body AS folded, a.text" if parsed is not None else ""
    join = "JOIN articles_fts f ON f.rowid = a.rowid " if parsed is not None else ""
    rows = {
        r["rowid"]: r
        for r in store.conn.execute(
            f"SELECT a.rowid AS rowid, a.id, a.title, a.published, {SOURCE_SQL} AS source{extra} "
            f"FROM articles a {join}WHERE a.rowid IN (SELECT value FROM json_each(?))",
            (_in_ids(rowids),),
        )
    }
    items = []
    for rowid in rowids:
        r = rows[rowid]
        snippet = None
        if parsed is not None:
            text, spans = make_snippet(r["text"], r["folded"], parsed)
            snippet = snippet_html(text, spans)
        items.append(
            {
                "id": r["id"],
                "title": r["title"],
                "published": r["published"],
                "source": r["source"],
                "snippet_html": snippet,
            }
        )
    return items


def articles(store: Store, query: ArticleQuery) -> dict[str, Any]:
    """Articles, newest first (best match first with ``q``), filtered by source, publication
    dates, an entity (KB id or any name) and words (``q``, as in :func:`search`)."""
    offset, limit = _paging(query.page, query.per_page)
    if _blank(query.q):
        parsed = _parse(query.q)
        where = _article_filters(store, source=query.source, since=query.since, until=query.until)
        assert where is not None
        ranked = _refine(store, _ranked(store, parsed, where), query.entity, None)
        items = _items(store, ranked[offset : offset + limit], parsed)
        return _envelope(items, len(ranked), query.page, query.per_page)
    where = _article_filters(
        store, source=query.source, since=query.since, until=query.until, entity=query.entity
    )
    if where is None:
        return _envelope([], 0, query.page, query.per_page)
    total = store.conn.execute(
        f"SELECT count(*) FROM articles a WHERE {where.sql}", where.args
    ).fetchone()[0]
    rowids = [
        r[0]
        for r in store.conn.execute(
            f"SELECT a.rowid FROM articles a WHERE {where.sql} "
            "ORDER BY a.published DESC, a.id LIMIT ? OFFSET ?",  # NULL dates sort last
            (*where.args, limit, offset),
        )
    ]
    return _envelope(_items(store, rowids, None), total, query.page, query.per_page)


def search(store: Store, query: SearchQuery) -> dict[str, Any]:
    """Full-text search (any case, diacritics optional; ``"phrases"``, ``prefix*``), best
    match first, with highlighted snippets and facets (entity, entity type, source, month)
    counted over every matching article."""
    parsed = _parse(query.q)
    offset, limit = _paging(query.page, query.per_page)
    kind = _entity_type(query.type)
    where = _article_filters(store, source=query.source, month=query.month)
    assert where is not None  # no entity filter in SQL
    ranked = _refine(store, _ranked(store, parsed, where), query.entity, kind)
    result = _envelope(
        _items(store, ranked[offset : offset + limit], parsed),
        len(ranked),
        query.page,
        query.per_page,
    )
    return {"q": query.q, **result, "facets": _facets(store, ranked)}


@dataclass(frozen=True)
class _EntityIndex:
    """Which entities (key numbers) and entity types (a bit per type) each article mentions:
    the entity and type facets count over it in memory, since SQL's GROUP BY over every
    mention of thousands of matching articles is what made search slow (see bench/api.py)."""

    keys: list[str]  # number -> entity key
    numbers: dict[str, int]  # entity key -> number
    by_article: dict[int, array[int]]  # article rowid -> distinct key numbers
    types: dict[int, int]  # article rowid -> bit mask over ENTITY_TYPES


def _entity_index(store: Store) -> _EntityIndex:
    def compute() -> _EntityIndex:
        numbers: dict[str, int] = {}
        bits = {kind: 1 << i for i, kind in enumerate(ENTITY_TYPES)}
        seen: dict[int, set[int]] = {}
        types: dict[int, int] = {}
        for article, key, kind in store.conn.execute(
            f"SELECT article, {ENTITY_KEY}, type FROM entities"
        ):
            number = numbers.setdefault(key, len(numbers))
            seen.setdefault(article, set()).add(number)
            types[article] = types.get(article, 0) | bits.get(kind, 0)
        by_article = {article: array("i", sorted(ks)) for article, ks in seen.items()}
        return _EntityIndex(list(numbers), numbers, by_article, types)

    return _cache.get(store, ("entity-index",), compute)


def _facets(store: Store, rowids: Sequence[int]) -> dict[str, list[dict[str, Any]]]:
    if not rowids:
        return {"entity": [], "type": [], "source": [], "month": []}
    conn, ids, kb = store.conn, _in_ids(rowids), _kb()
    index = _entity_index(store)
    empty: array[int] = array("i")
    counts = Counter(chain.from_iterable(index.by_article.get(r, empty) for r in rowids))
    best = heapq.nsmallest(FACET_SIZE, counts.items(), key=lambda kv: (-kv[1], index.keys[kv[0]]))
    entity = [
        {"key": index.keys[k], "name": _entity_name(index.keys[k], kb), "count": n} for k, n in best
    ]
    masks = Counter(index.types.get(r, 0) for r in rowids)
    per_type = {
        kind: sum(n for mask, n in masks.items() if mask & (1 << i))
        for i, kind in enumerate(ENTITY_TYPES)
    }
    kinds = [
        {"key": kind, "count": n}
        for kind, n in sorted(per_type.items(), key=lambda kv: (-kv[1], kv[0]))
        if n
    ]
    matched = f"FROM {_articles(store)} WHERE a.rowid IN (SELECT value FROM json_each(?))"
    source = [
        {"key": r[0], "count": r[1]}
        for r in conn.execute(
            f"SELECT {SOURCE_SQL} AS s, count(*) AS n {matched} AND s IS NOT NULL "
            "GROUP BY s ORDER BY n DESC, s LIMIT ?",
            (ids, FACET_SIZE),
        )
    ]
    month = [
        {"key": r[0], "count": r[1]}
        for r in conn.execute(
            f"SELECT substr(a.published, 1, 7) AS k, count(*) {matched} "
            "AND a.published IS NOT NULL GROUP BY k ORDER BY k",
            (ids,),
        )
    ]
    return {"entity": entity, "type": kinds, "source": source, "month": month}


# ------------------------------------------------------------------ one article


def _event_dict(ev: Event | EventRow) -> dict[str, Any]:
    """An event's fields as FORMAT.md exports them (for an article's layer or a stored row)."""
    return {
        "start": ev.start,
        "end": ev.end,
        "text": ev.text,
        "type": ev.type,
        "mode": ev.mode,
        "source": [_actor(a) for a in ev.source],
        "target": [_actor(a) for a in ev.target],
        "date": ev.date,
        "location": ev.location,
        "status": ev.status,
        "trigger": ev.trigger,
        "cameo": ev.cameo,
        "score": ev.score,
        "evidence": [list(span) for span in ev.evidence],
    }


def article(store: Store, article_id: str) -> dict[str, Any]:
    """One article: metadata, text, structure, every span layer and ``segments``."""
    doc = store.get(article_id)
    if doc is None:
        raise NotFound(f"no article with id {article_id!r}")
    return {
        "id": doc.id,
        "title": doc.title,
        "published": doc.published,
        "published_source": doc.published_source,
        "published_confidence": doc.published_confidence,
        "url": doc.url,
        "byline": doc.byline,
        "credits": list(doc.credits),
        "source": source_of(doc),
        "site": doc.site,
        "input": doc.source,
        "encoding": doc.encoding,
        "warnings": list(doc.warnings),
        "text": doc.text,
        "blocks": [{"start": b.start, "end": b.end, "kind": b.kind} for b in doc.blocks],
        "sentences": [{"start": s.start, "end": s.end} for s in doc.sentences],
        "tokens": [{"start": t.start, "end": t.end, "pos": t.pos} for t in doc.tokens],
        "entities": [asdict(e) for e in doc.entities],
        "times": [asdict(t) for t in doc.times],
        "references": [asdict(r) for r in doc.references],
        "events": [_event_dict(ev) for ev in doc.events],
        "quotes": [
            {
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "kind": q.kind,
                "speaker": _actor(q.speaker),
            }
            for q in doc.quotes
        ],
        "segments": segments(doc),
    }


# ------------------------------------------------------------------ entities


def _all_entities(store: Store, type: str | None) -> list[EntityCount]:
    """Every entity of the corpus (of ``type``), most mentioned first; cached."""
    return _cache.get(
        store,
        ("entities", type),
        lambda: store.top_entities(type, top=1 << 62, kb=_kb()),
    )


def _entity_search_keys(store: Store, type: str | None) -> list[str]:
    """For each entity of :func:`_all_entities`, the folded text a query is looked for in:
    its name, KB id and KB aliases."""

    def compute() -> list[str]:
        kb = _kb()
        keys = []
        for e in _all_entities(store, type):
            known = kb.get(e.kb_id) if e.kb_id else None
            words = [e.name, e.kb_id or "", *(known.aliases if known else ())]
            keys.append("\n".join(fold(w) for w in words))
        return keys

    return _cache.get(store, ("entity-search", type), compute)


def entities(store: Store, query: EntityQuery) -> dict[str, Any]:
    """Entities, most mentioned first, with their mentions and articles; ``q`` keeps those
    whose name, KB id or a KB alias contains it (any case, diacritics optional), ``type``
    those of one type (counting only the mentions of that type)."""
    offset, limit = _paging(query.page, query.per_page)
    kind = _entity_type(query.type)
    rows = _all_entities(store, kind)
    if _blank(query.q):
        wanted = fold(" ".join((query.q or "").split()))
        keys = _entity_search_keys(store, kind)
        rows = [row for row, key in zip(rows, keys, strict=True) if wanted in key]
    items = [
        {
            "kb_id": e.kb_id,
            "name": e.name,
            "type": e.type,
            "country": e.country,
            "mentions": e.mentions,
            "articles": e.articles,
        }
        for e in rows[offset : offset + limit]
    ]
    return _envelope(items, len(rows), query.page, query.per_page)


def entity(store: Store, kb_id: str) -> dict[str, Any]:
    """One entity (a KB id, or any name the store resolves): KB data, the forms it was written
    in, its mentions by month, the entities mentioned with it, the events where it is source
    or target, its quotes and the articles mentioning it (most recent first)."""
    if not kb_id.strip():
        raise NotFound("no entity id given")
    value = kb_id.strip()
    return _cache.get(store, ("entity", value), lambda: _entity(store, value))


def _entity(store: Store, value: str) -> dict[str, Any]:
    kb = _kb()
    profile = store.entity_profile(value, kb=kb, max_articles=ENTITY_ARTICLES, co_mentions=10)
    if profile is None:
        raise NotFound(f"no entity matches {value!r}")
    key = profile.kb_id or profile.name
    conn = store.conn
    by_month = [
        {"month": r[0], "count": r[1]}
        for r in conn.execute(
            "SELECT substr(a.published, 1, 7) AS m, count(*) FROM entities e "
            f"JOIN articles a ON a.rowid = e.article WHERE {_E_KEY} = ? "
            "AND a.published IS NOT NULL GROUP BY m ORDER BY m",
            (key,),
        )
    ]
    field, needle = ("kb_id", profile.kb_id) if profile.kb_id else ("name", profile.name)
    fragment = json.dumps({field: needle}, ensure_ascii=False, separators=(",", ":"))[1:-1]

    def same(actor: Actor) -> bool:
        return getattr(actor, field) == needle

    def side_events(side: str) -> list[dict[str, Any]]:
        keys = []
        for r in conn.execute(
            f"SELECT e.article, e.idx, e.{side} FROM {_events(store)} "
            f"WHERE instr(e.{side}, ?) > 0 ORDER BY {_ORDER_DATE_DESC}",
            (fragment,),
        ):
            if any(same(a) for a in actors_from_json(r[2])):
                keys.append((r[0], r[1]))
                if len(keys) >= ENTITY_EVENTS:
                    break
        return _event_rows(store, keys)

    quotes = []
    for r in conn.execute(
        f"{_QUOTE_SELECT} WHERE instr(q.speaker, ?) > 0 ORDER BY {_QUOTE_ORDER}", (fragment,)
    ):
        row = _quote_row(r)
        speaker = Actor.from_dict(json.loads(r["speaker"]))
        if same(speaker):
            quotes.append(row)
            if len(quotes) >= ENTITY_EVENTS:
                break
    known = kb.get(profile.kb_id) if profile.kb_id else None
    return {
        "kb_id": profile.kb_id,
        "name": profile.name,
        "type": profile.type,
        "country": profile.country,
        "kind": profile.kind,
        "in_kb": profile.in_kb,
        "mentions": profile.mentions,
        "n_articles": profile.n_articles,
        "kb": (
            {
                "aliases": list(profile.kb_aliases),
                "roles": [asdict(role) for role in profile.roles],
                "parent": profile.parent,
                "parent_name": profile.parent_name,
                "native": known.native if known else None,
            }
            if profile.in_kb
            else None
        ),
        "aliases_seen": [{"text": a.text, "count": a.mentions} for a in profile.aliases],
        "mentions_by_month": by_month,
        "co_mentions": [
            {
                "kb_id": c.kb_id,
                "key": c.kb_id or c.name,
                "name": c.name,
                "type": c.type,
                "country": c.country,
                "count": c.shared_articles,
            }
            for c in profile.co_mentions
        ],
        "events_as_source": side_events("source"),
        "events_as_target": side_events("target"),
        "quotes": quotes,
        "articles": [
            {"id": a.id, "title": a.title, "published": a.published, "mentions": a.mentions}
            for a in profile.articles
        ],
        "alternatives": [
            {"kb_id": a.kb_id, "name": a.name, "type": a.type, "mentions": a.mentions}
            for a in profile.alternatives
        ],
    }


# ------------------------------------------------------------------ events


_EVENT_SELECT = (
    "SELECT e.*, a.id AS article_id, a.title, a.published "
    "FROM events e JOIN articles a ON a.rowid = e.article"
)
# ISO-dated events first, newest first (then the most recently stored article first, and the
# event's order in it): the order walks the events_when index (migration 6) and stops at the
# page, where ordering by the article's date would read every matching article
_ORDER_DATE_DESC = f"{EVENT_WHEN} DESC, e.date DESC, e.article DESC, e.idx"
_ORDER_DATE_ASC = f"{EVENT_WHEN} ASC NULLS LAST, e.date ASC, e.article, e.idx"
# sort key -> SQL expression (rows without a value last in both orders, then by date); the
# sorts on a column of the article ("published", "article") read every matching article
EVENT_SORTS: Final = {
    "date": "",
    "published": "a.published",
    "type": "e.type",
    "mode": "e.mode",
    "status": "e.status",
    "score": "e.score",
    "location": "e.location",
    "source": "json_extract(e.source, '$[0].name')",
    "target": "json_extract(e.target, '$[0].name')",
    "article": "a.id",
}


def _event_json(row: EventRow) -> dict[str, Any]:
    """A stored event as the API lists it: its fields and its article."""
    return {
        **_event_dict(row),
        "article": row.article,
        "title": row.title,
        "published": row.published,
    }


def _distinct_sides(store: Store) -> list[str]:
    """Every distinct actor list (an event's source or target, as stored); cached."""

    def compute() -> list[str]:
        return [
            r[0]
            for r in store.conn.execute("SELECT source FROM events UNION SELECT target FROM events")
        ]

    return _cache.get(store, ("sides",), compute)


def _sides_matching(store: Store, who: str) -> list[str]:
    """The stored actor lists with an actor that ``who`` names (see ``match_actor``)."""

    def compute() -> list[str]:
        return [
            side
            for side in _distinct_sides(store)
            if any(match_actor(a, who) for a in actors_from_json(side))
        ]

    return _cache.get(store, ("sides-matching", who), compute)


def _event_where(store: Store, filters: EventFilter) -> tuple[str, list[Any]]:
    """SQL conditions (on ``events e``) for every filter, the actor ones included: an actor
    matches through the distinct stored actor lists that name it."""
    where, args = filters.where()
    sql, params = [where], list(args)
    if filters.actor:
        sides = json.dumps(_sides_matching(store, filters.actor), ensure_ascii=False)
        sql.append(
            "(e.source IN (SELECT value FROM json_each(?)) "
            "OR e.target IN (SELECT value FROM json_each(?)))"
        )
        params += [sides, sides]
    if filters.dyad:
        a = json.dumps(_sides_matching(store, filters.dyad[0]), ensure_ascii=False)
        b = json.dumps(_sides_matching(store, filters.dyad[1]), ensure_ascii=False)
        sql.append(
            "((e.source IN (SELECT value FROM json_each(?)) "
            "AND e.target IN (SELECT value FROM json_each(?))) "
            "OR (e.source IN (SELECT value FROM json_each(?)) "
            "AND e.target IN (SELECT value FROM json_each(?))))"
        )
        params += [a, b, b, a]
    return " AND ".join(sql), params


def _event_filter(
    actor: str | None,
    dyad: str | None,
    type: str | None = None,
    mode: str | None = None,
    status: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> EventFilter:
    try:
        return EventFilter.parse(
            actor=_blank(actor),
            dyad=_blank(dyad),
            type=_blank(type),
            mode=_blank(mode),
            status=_blank(status),
            since=_blank(since),
            until=_blank(until),
        )
    except FilterError as error:
        raise _filter_error(error) from None


def _event_order(sort: str, order: str) -> str:
    if sort not in EVENT_SORTS:
        raise BadRequest(f"unknown sort {sort!r} (one of {', '.join(EVENT_SORTS)})")
    if order not in ("asc", "desc"):
        raise BadRequest(f"unknown order {order!r} (asc or desc)")
    if sort == "date":
        return _ORDER_DATE_DESC if order == "desc" else _ORDER_DATE_ASC
    column = EVENT_SORTS[sort]
    return f"{column} IS NULL, {column} {order.upper()}, {_ORDER_DATE_DESC}"


@dataclass(frozen=True)
class _EventSQL:
    where: str  # conditions on ``events e``
    args: list[Any]
    order: str  # ORDER BY, on ``events e`` and perhaps ``articles a``


def _event_sql(store: Store, query: EventQuery) -> _EventSQL:
    filters = _event_filter(
        query.actor,
        query.dyad,
        query.type,
        query.mode,
        query.status,
        query.since,
        query.until,
    )
    where, args = _event_where(store, filters)
    return _EventSQL(where, args, _event_order(query.sort, query.order))


def _event_keys(
    store: Store, sql: _EventSQL, limit: int, offset: int = 0, where: str = ""
) -> list[tuple[int, int]]:
    """``(article, idx)`` of a page of events: from the covering events_when index, joining
    the articles only when the order needs them."""
    join = " JOIN articles a ON a.rowid = e.article" if "a." in sql.order else ""
    rows = store.conn.execute(
        f"SELECT e.article, e.idx FROM {_events(store)}{join} WHERE {sql.where}{where} "
        f"ORDER BY {sql.order} LIMIT ? OFFSET ?",
        (*sql.args, limit, offset),
    )
    return [(r[0], r[1]) for r in rows]


def _event_rows(store: Store, keys: Sequence[tuple[int, int]]) -> list[dict[str, Any]]:
    """The events ``keys`` (in that order) with their articles."""
    if not keys:
        return []
    rows = store.conn.execute(
        f"{_EVENT_SELECT} WHERE (e.article, e.idx) IN "
        "(SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?))",
        (json.dumps(keys),),
    )
    found = {(r["article"], r["idx"]): r for r in rows}
    return [_event_json(event_row(dict(found[key]))) for key in keys]


def _count_events(store: Store, sql: _EventSQL, where: str = "") -> int:
    return int(
        store.conn.execute(
            f"SELECT count(*) FROM {_events(store)} WHERE {sql.where}{where}", sql.args
        ).fetchone()[0]
    )


def events(store: Store, query: EventQuery) -> dict[str, Any]:
    """Events filtered by actor (either side), dyad (A towards B or B towards A), PLOVER type
    and mode, status and dates (as ``sukien events``), sorted by ``sort`` (date by default,
    newest first), with their article."""
    offset, limit = _paging(query.page, query.per_page)
    sql = _event_sql(store, query)
    items = _event_rows(store, _event_keys(store, sql, limit, offset))
    return _envelope(items, _count_events(store, sql), query.page, query.per_page)


def events_csv(store: Store, query: EventQuery) -> Iterator[str]:
    """Every event that passes the filters of ``query`` (its page and per_page are ignored),
    as CSV lines with a header: the columns of ``sukien events --format csv``."""
    sql = _event_sql(store, query)
    rows = store.conn.execute(f"{_EVENT_SELECT} WHERE {sql.where} ORDER BY {sql.order}", sql.args)

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")

    def flush() -> str:
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    writer.writerow(EVENT_CSV_COLUMNS)
    yield flush()
    for n, r in enumerate(rows, 1):
        writer.writerow(event_csv_row(event_row(dict(r))))
        if n % 500 == 0:
            yield flush()
    yield flush()


# ------------------------------------------------------------------ quotes


_QUOTE_COLUMNS = (
    "SELECT q.*, a.id AS article_id, a.title AS article_title, a.published AS article_published "
)
_QUOTE_SELECT = _QUOTE_COLUMNS + "FROM quotes q JOIN articles a ON a.rowid = q.article"
# all quotes: walk the articles newest first (articles_published index) and stop at the page
_QUOTE_SELECT_ALL = _QUOTE_COLUMNS + "FROM articles a CROSS JOIN quotes q ON q.article = a.rowid"
_QUOTE_ORDER = "a.published DESC, a.id, q.idx"  # NULL dates last


def _quote_row(r: sqlite3.Row) -> dict[str, Any]:
    speaker = Actor.from_dict(json.loads(r["speaker"])) if r["speaker"] else None
    return {
        "start": r["start"],
        "end": r["end"],
        "text": r["text"],
        "kind": r["kind"],
        "speaker": _actor(speaker),
        "article": r["article_id"],
        "title": r["article_title"],
        "published": r["article_published"],
    }


def quotes(store: Store, query: QuoteQuery) -> dict[str, Any]:
    """Quotes, newest article first (in text order), of one ``speaker`` if given: a name or
    whole words of it or a KB id, any case, diacritics optional."""
    offset, limit = _paging(query.page, query.per_page)
    where, args = "1", []
    speaker = _blank(query.speaker)
    if query.speaker is not None and speaker is None and query.speaker != "":
        raise BadRequest("empty speaker")
    if speaker is not None:

        def compute() -> list[str]:
            distinct = store.conn.execute(
                "SELECT DISTINCT speaker FROM quotes WHERE speaker IS NOT NULL"
            )
            return [
                s
                for (s,) in distinct
                if match_actor(Actor.from_dict(json.loads(s)), speaker, country=False)
            ]

        matching = _cache.get(store, ("speakers", speaker), compute)
        where, args = (
            "q.speaker IN (SELECT value FROM json_each(?))",
            [json.dumps(matching, ensure_ascii=False)],
        )
    total = store.conn.execute(f"SELECT count(*) FROM quotes q WHERE {where}", args).fetchone()[0]
    select = _QUOTE_SELECT if speaker is not None else _QUOTE_SELECT_ALL
    rows = store.conn.execute(
        f"{select} WHERE {where} ORDER BY {_QUOTE_ORDER} LIMIT ? OFFSET ?",
        (*args, limit, offset),
    )
    return _envelope([_quote_row(r) for r in rows], total, query.page, query.per_page)


# ------------------------------------------------------------------ timeline


def timeline(store: Store, query: TimelineQuery) -> dict[str, Any]:
    """The dated events of an actor or a dyad (or all), by day (oldest first; the most recent
    ``TIMELINE_EVENTS`` events), and by month the mean cooperation–conflict score (PLOVER,
    -10 … 10), the number of events and how many cooperate (score > 0) or conflict (< 0)."""
    filters = _event_filter(query.actor, query.dyad, since=query.since, until=query.until)
    where, args = _event_where(store, filters)
    sql = _EventSQL(where, args, _ORDER_DATE_DESC)
    dated = f" AND {ISO_DATE_SQL}"
    rows = _event_rows(store, _event_keys(store, sql, TIMELINE_EVENTS, where=dated))
    days: dict[str, list[dict[str, Any]]] = {}
    for row in reversed(rows):
        days.setdefault(row["date"], []).append(row)
    months = [
        {
            "month": r[0],
            "score": None if r[1] is None else round(r[1], 3),
            "count": r[2],
            "cooperation": r[3],
            "conflict": r[4],
        }
        for r in store.conn.execute(
            "SELECT substr(e.date, 1, 7) AS m, avg(e.score), count(*), "
            "coalesce(sum(e.score > 0), 0), coalesce(sum(e.score < 0), 0) "
            f"FROM {_events(store)} WHERE {where} AND {_ISO_MONTH} GROUP BY m ORDER BY m",
            args,
        )
    ]
    total = _count_events(store, sql, dated)
    return {
        "actor": filters.actor,
        "dyad": list(filters.dyad) if filters.dyad else None,
        "total": total,
        "truncated": total > len(rows),
        "days": [{"date": day, "events": evs} for day, evs in sorted(days.items())],
        "months": months,
    }
