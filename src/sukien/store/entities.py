"""Entity queries: the most mentioned entities, and everything known about one entity.

An entity of the corpus is identified by its *key*: the knowledge-base id the recognizer
linked it to, else its normalized name, else its surface text — ``coalesce(kb_id, name,
text)``, the expression indexed by migration 2 (:data:`ENTITY_KEY`). All counting is done in
SQL (``GROUP BY`` over that index); Python only touches the few rows that are returned.

A query for :func:`entity_profile` is resolved in tiers, the first tier with a match wins:

1. a knowledge-base id (``person/xi-jinping``), in the KB or in the corpus;
2. an exact name: a KB alias (through :meth:`KB.lookup`, so case, tone placement and
   separators do not matter), a KB English name (any case), or a surface form or name seen in
   the corpus;
3. the same, case- and diacritic-insensitively (:func:`sukien.text.fold.fold`):
   ``tap can binh`` finds ``Tập Cận Bình``;
4. a KB short form (surname) of a person: ``Putin``, ``Lavrov``.

Within a tier the entity with the most mentions wins (then one that is in the KB); the other
matches are kept as :attr:`EntityProfile.alternatives`.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sukien.kb.loader import KB, load_kb
from sukien.kb.schema import KBEntity
from sukien.text.fold import fold

__all__ = [
    "ENTITY_KEY",
    "AliasCount",
    "CoMention",
    "EntityArticle",
    "EntityCount",
    "EntityProfile",
    "KBRole",
    "count_entities",
    "entity_profile",
    "register_functions",
    "top_entities",
]

# Must be written exactly as in migration 2 (sukien.store.schema) for SQLite to use the index.
ENTITY_KEY = "coalesce(kb_id, name, text)"


@dataclass
class EntityCount:
    """One entity with how often the corpus mentions it."""

    name: str
    type: str
    country: str | None
    kb_id: str | None
    mentions: int
    articles: int


@dataclass
class AliasCount:
    """A surface form of an entity as written in the articles, with its number of mentions."""

    text: str
    mentions: int


@dataclass
class EntityArticle:
    id: str
    title: str | None
    published: str | None
    mentions: int


@dataclass
class CoMention:
    """An entity mentioned in the same articles as the profiled one."""

    name: str
    type: str
    country: str | None
    kb_id: str | None
    shared_articles: int
    mentions: int  # its mentions in the shared articles


@dataclass
class KBRole:
    """A dated role of a person in the knowledge base (``until`` None: still holds it)."""

    role: str
    org: str | None
    org_name: str | None
    country: str | None
    since: str | None
    until: str | None


@dataclass
class EntityProfile:
    """What the knowledge base and the corpus say about one entity.

    ``kind``, ``parent``, ``roles`` and ``kb_aliases`` come from the knowledge base (empty
    when the entity is not in it, ``in_kb`` false); the rest from the stored articles.
    ``articles`` lists the articles newest first (all of them unless a limit was asked;
    ``n_articles`` is always the total).
    """

    name: str
    type: str
    country: str | None
    kb_id: str | None
    in_kb: bool
    kind: str | None
    parent: str | None
    parent_name: str | None
    roles: list[KBRole]
    kb_aliases: list[str]
    aliases: list[AliasCount]
    mentions: int
    n_articles: int
    articles: list[EntityArticle]
    co_mentions: list[CoMention]
    alternatives: list[EntityCount] = field(default_factory=list)


# ------------------------------------------------------------------ SQL helpers


def _sql_fold(value: object) -> str | None:
    return None if value is None else _fold(str(value))


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    try:
        return fold(text)
    except AssertionError:  # pragma: no cover - fold maps 1:1 on NFC text
        return text.lower()


def register_functions(conn: sqlite3.Connection) -> None:
    """Add ``sukien_fold(text)`` to a connection (used in queries only, never in indexes)."""
    conn.create_function("sukien_fold", 1, _sql_fold, deterministic=True)


@dataclass(frozen=True)
class _Detail:
    type: str
    name: str
    country: str | None
    kb_id: str | None


def _describe(
    conn: sqlite3.Connection, keys: Iterable[str], kb: KB, type: str | None = None
) -> dict[str, _Detail]:
    """Name, type (``type`` when given), country and KB id of each key.

    A key in the KB is described by the KB (no query); another by the most frequent type
    and country of its mentions (one indexed query for all of them).
    """
    described: dict[str, _Detail] = {}
    rest = []
    for key in keys:
        entity = kb.get(key)
        if entity is not None:
            described[key] = _Detail(type or entity.type, entity.name, entity.country, entity.id)
        else:
            rest.append(key)
    if not rest:
        return described
    where = f"{ENTITY_KEY} = k.value"
    rows = conn.execute(
        f"SELECT k.value AS key, "
        f"(SELECT type FROM entities WHERE {where} AND (:type IS NULL OR type = :type) "
        f" GROUP BY type ORDER BY count(*) DESC, type LIMIT 1) AS type, "
        f"(SELECT coalesce(name, text) FROM entities WHERE {where} "
        f" GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1) AS name, "
        f"(SELECT country FROM entities WHERE {where} AND country IS NOT NULL "
        f" GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1) AS country, "
        f"(SELECT max(kb_id) FROM entities WHERE {where}) AS kb_id "
        f"FROM json_each(:keys) AS k",
        {"keys": json.dumps(rest), "type": type},
    )
    for r in rows:
        if r["name"] is not None:  # a key the corpus does not mention has no row
            described[r["key"]] = _Detail(r["type"] or "MISC", r["name"], r["country"], r["kb_id"])
    return described


# ------------------------------------------------------------------ most mentioned


def top_entities(
    conn: sqlite3.Connection, type: str | None = None, top: int = 20, kb: KB | None = None
) -> list[EntityCount]:
    """The ``top`` most mentioned entities (of one type when ``type`` is given)."""
    if top <= 0:
        return []
    kb = kb if kb is not None else load_kb()
    rows = conn.execute(
        f"SELECT {ENTITY_KEY} AS key, count(*) AS mentions, count(DISTINCT article) AS articles "
        "FROM entities WHERE (:type IS NULL OR type = :type) "
        "GROUP BY key ORDER BY mentions DESC, articles DESC, key LIMIT :top",
        {"type": type, "top": top},
    ).fetchall()
    details = _describe(conn, (r["key"] for r in rows), kb, type)
    return [
        EntityCount(d.name, d.type, d.country, d.kb_id, r["mentions"], r["articles"])
        for r in rows
        if (d := details.get(r["key"])) is not None
    ]


def count_entities(conn: sqlite3.Connection, type: str | None = None) -> int:
    """How many distinct entities (keys) the corpus mentions."""
    return int(
        conn.execute(
            f"SELECT count(DISTINCT {ENTITY_KEY}) FROM entities "
            "WHERE (:type IS NULL OR type = :type)",
            {"type": type},
        ).fetchone()[0]
    )


# ------------------------------------------------------------------ resolving a query


@dataclass(frozen=True)
class _KBIndex:
    names: dict[str, tuple[str, ...]]  # casefolded English name -> ids
    folded: dict[str, tuple[str, ...]]  # folded alias or name -> ids
    short: dict[str, tuple[str, ...]]  # folded short form -> ids


@lru_cache(maxsize=4)
def _kb_index(kb: KB) -> _KBIndex:
    names: dict[str, list[str]] = {}
    folded: dict[str, list[str]] = {}
    short: dict[str, list[str]] = {}

    def add(index: dict[str, list[str]], key: str, entity: KBEntity) -> None:
        bucket = index.setdefault(key, [])
        if entity.id not in bucket:
            bucket.append(entity.id)

    for entity in kb:
        add(names, entity.name.casefold(), entity)
        for alias in (entity.name, *entity.aliases):
            add(folded, _fold(alias), entity)
        for form in entity.short:
            add(short, _fold(form), entity)

    def freeze(index: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
        return {k: tuple(v) for k, v in index.items()}

    return _KBIndex(freeze(names), freeze(folded), freeze(short))


def _corpus_keys(conn: sqlite3.Connection, sql: str, params: dict[str, str]) -> set[str]:
    return {r[0] for r in conn.execute(sql, params)}


def _candidates(conn: sqlite3.Connection, query: str, kb: KB) -> set[str]:
    """The keys ``query`` names, from the first tier that has any (module docstring)."""
    q = unicodedata.normalize("NFC", " ".join(query.split()))
    if not q:
        return set()
    if q in kb or conn.execute("SELECT 1 FROM entities WHERE kb_id = ? LIMIT 1", (q,)).fetchone():
        return {q}
    index = _kb_index(kb)
    exact = {e.id for e in kb.lookup(q)} | set(index.names.get(q.casefold(), ()))
    exact |= _corpus_keys(
        conn, f"SELECT DISTINCT {ENTITY_KEY} FROM entities WHERE text = :q OR name = :q", {"q": q}
    )
    if exact:
        return exact
    f = _fold(q)
    folded = set(index.folded.get(f, ()))
    folded |= _corpus_keys(
        conn,
        # MATERIALIZED: fold each distinct form once, not once per mention
        "WITH forms AS MATERIALIZED (SELECT DISTINCT text AS t FROM entities), "
        "names AS MATERIALIZED (SELECT DISTINCT name AS n FROM entities WHERE name IS NOT NULL) "
        f"SELECT DISTINCT {ENTITY_KEY} FROM entities "
        "WHERE text IN (SELECT t FROM forms WHERE sukien_fold(t) = :f) "
        "   OR name IN (SELECT n FROM names WHERE sukien_fold(n) = :f)",
        {"f": f},
    )
    if folded:
        return folded
    return set(index.short.get(f, ()))


def _stats(conn: sqlite3.Connection, keys: Iterable[str]) -> dict[str, tuple[int, int]]:
    """Mentions and articles of each key (keys the corpus never mentions are left out)."""
    rows = conn.execute(
        f"SELECT k.value, (SELECT count(*) FROM entities WHERE {ENTITY_KEY} = k.value), "
        f"(SELECT count(DISTINCT article) FROM entities WHERE {ENTITY_KEY} = k.value) "
        "FROM json_each(?) AS k",
        (json.dumps(sorted(keys)),),
    )
    return {r[0]: (r[1], r[2]) for r in rows if r[1]}


# ------------------------------------------------------------------ one entity


def entity_profile(
    conn: sqlite3.Connection,
    query: str,
    kb: KB | None = None,
    *,
    max_articles: int | None = None,
    co_mentions: int = 10,
) -> EntityProfile | None:
    """The profile of the entity ``query`` names (see the module docstring), or None."""
    kb = kb if kb is not None else load_kb()
    candidates = _candidates(conn, query, kb)
    if not candidates:
        return None
    stats = _stats(conn, candidates)
    ranked = sorted(
        candidates, key=lambda k: (-stats.get(k, (0, 0))[0], k not in kb, k.casefold(), k)
    )
    key = ranked[0]
    mentions, n_articles = stats.get(key, (0, 0))
    details = _describe(conn, ranked[:11], kb)
    detail = details[key]
    entity = kb.get(detail.kb_id) if detail.kb_id else None
    profile = EntityProfile(
        name=detail.name,
        type=detail.type,
        country=detail.country,
        kb_id=detail.kb_id,
        in_kb=entity is not None,
        kind=entity.kind if entity else None,
        parent=entity.parent if entity else None,
        parent_name=_kb_name(kb, entity.parent) if entity else None,
        roles=[_role(kb, role) for role in entity.roles] if entity else [],
        kb_aliases=list(entity.aliases) if entity else [],
        aliases=[],
        mentions=mentions,
        n_articles=n_articles,
        articles=[],
        co_mentions=[],
        alternatives=[
            EntityCount(d.name, d.type, d.country, d.kb_id, *stats.get(k, (0, 0)))
            for k in ranked[1:11]
            if (d := details.get(k)) is not None
        ],
    )
    if mentions:
        _fill_corpus(conn, profile, key, kb, max_articles, co_mentions)
    return profile


def _kb_name(kb: KB, entity_id: str | None) -> str | None:
    entity = kb.get(entity_id) if entity_id else None
    return entity.name if entity else None


def _role(kb: KB, data: Mapping[str, Any]) -> KBRole:
    return KBRole(
        role=str(data.get("role") or ""),
        org=data.get("org"),
        org_name=_kb_name(kb, data.get("org")),
        country=data.get("country"),
        since=data.get("from"),
        until=data.get("to"),
    )


def _fill_corpus(
    conn: sqlite3.Connection,
    profile: EntityProfile,
    key: str,
    kb: KB,
    max_articles: int | None,
    co_mentions: int,
) -> None:
    profile.aliases = [
        AliasCount(r[0], r[1])
        for r in conn.execute(
            f"SELECT text, count(*) AS n FROM entities WHERE {ENTITY_KEY} = ? "
            "GROUP BY text ORDER BY n DESC, text",
            (key,),
        )
    ]
    profile.articles = [
        EntityArticle(r["id"], r["title"], r["published"], r["mentions"])
        for r in conn.execute(
            "SELECT a.id, a.title, a.published, e.mentions FROM "
            f"(SELECT article, count(*) AS mentions FROM entities WHERE {ENTITY_KEY} = :key "
            " GROUP BY article) AS e JOIN articles a ON a.rowid = e.article "
            "ORDER BY a.published IS NULL, a.published DESC, a.id "
            "LIMIT :limit",
            {"key": key, "limit": -1 if max_articles is None else max(0, max_articles)},
        )
    ]
    if co_mentions <= 0:
        return
    rows = conn.execute(
        f"WITH arts AS (SELECT DISTINCT article FROM entities WHERE {ENTITY_KEY} = :key) "
        f"SELECT {ENTITY_KEY} AS other, count(DISTINCT arts.article) AS shared, "
        "count(*) AS mentions "
        "FROM arts JOIN entities ON entities.article = arts.article "
        f"WHERE {ENTITY_KEY} != :key "
        "GROUP BY other ORDER BY shared DESC, mentions DESC, other LIMIT :n",
        {"key": key, "n": co_mentions},
    ).fetchall()
    details = _describe(conn, (r["other"] for r in rows), kb)
    profile.co_mentions = [
        CoMention(d.name, d.type, d.country, d.kb_id, r["shared"], r["mentions"])
        for r in rows
        if (d := details.get(r["other"])) is not None
    ]
