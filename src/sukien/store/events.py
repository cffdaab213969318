"""Event and quote queries: the stored events filtered by actor, dyad, PLOVER type and mode,
status and date, and the stored quotes filtered by speaker.

Actors (an event's source and target lists, a quote's speaker) are stored as JSON objects
``{"name", "country", "kb_id"}``. A query *matches* an actor when, compared case- and
diacritic-insensitively (:func:`sukien.text.fold.fold`), it is the actor's name, whole words
of that name (``putin`` matches "Vladimir Putin"), its knowledge-base id, or (for event actors)
its ISO3 country code. Type, mode, status and dates are filtered in SQL; actors in Python, on
the rows SQL returns, so a limit is applied after every filter.

Dates are compared as strings on the prefix the filter gives: ``since 2023`` keeps the events
whose date starts with a year ≥ 2023, ``until 2023-03`` those dated up to the end of March
2023 (``2023-03-31`` and ``2023-03`` included). Events without an ISO date (``null``,
``PAST_REF``, ``XXXX-07-07``) are left out as soon as a date filter is given.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final

from sukien.document import Actor
from sukien.errors import SukienError
from sukien.events.plover import PLOVER_TYPES, valid_mode
from sukien.text.fold import fold

__all__ = [
    "EVENT_CSV_COLUMNS",
    "EVENT_STATUSES",
    "ISO_DATE_SQL",
    "EventFilter",
    "EventRow",
    "FilterError",
    "QuoteRow",
    "actor_label",
    "actor_to_json",
    "actors_from_json",
    "event_csv_row",
    "event_row",
    "find_events",
    "find_quotes",
    "match_actor",
    "side_label",
]

EVENT_STATUSES: Final = ("asserted", "planned", "negated", "hypothetical")
# the columns of an events CSV (``sukien events --format csv``, ``/api/events?format=csv``)
EVENT_CSV_COLUMNS: Final = (
    "article",
    "title",
    "published",
    "date",
    "type",
    "mode",
    "source",
    "source_country",
    "source_kb_id",
    "target",
    "target_country",
    "target_kb_id",
    "status",
    "location",
    "trigger",
    "cameo",
    "score",
    "start",
    "end",
    "evidence",
    "text",
)
ALL_MODES: Final = frozenset(m for t in PLOVER_TYPES.values() for m in t.modes)
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_WORD = re.compile(r"\w+")
# an ISO date (a year at least): the only dates a date filter compares
ISO_DATE_SQL = "e.date GLOB '[0-9][0-9][0-9][0-9]*'"


class FilterError(SukienError):
    """A filter value that cannot match anything meaningful (unknown type, bad date…)."""


# ------------------------------------------------------------------ actors


def actor_to_json(actor: Actor) -> dict[str, str | None]:
    return {"name": actor.name, "country": actor.country, "kb_id": actor.kb_id}


def actors_from_json(raw: str | None) -> list[Actor]:
    """The actors of a stored JSON list (an event's source or target column)."""
    return [Actor.from_dict(a) for a in json.loads(raw or "[]")]


def actor_label(actor: Actor) -> str:
    """An actor's name; its country for an unnamed one."""
    return actor.name or actor.country or "?"


def side_label(actors: Sequence[Actor]) -> str:
    """The labels of one side of an event, or "–" when it names nobody."""
    return ", ".join(actor_label(a) for a in actors) or "–"


def _key(text: str) -> str:
    return fold(unicodedata.normalize("NFC", " ".join(text.split())))


def match_actor(actor: Actor, query: str, *, country: bool = True) -> bool:
    """Whether ``query`` names ``actor``: its name or whole words of it, its KB id, or (with
    ``country``) its country code; any case, diacritics optional."""
    key = _key(query)
    if not key:
        return False
    if actor.kb_id and _key(actor.kb_id) == key:
        return True
    if country and actor.country and _key(actor.country) == key:
        return True
    if not actor.name:
        return False
    name = _key(actor.name)
    if name == key:
        return True
    words, wanted = _WORD.findall(name), _WORD.findall(key)
    n = len(wanted)
    return n > 0 and any(words[i : i + n] == wanted for i in range(len(words) - n + 1))


def _any(actors: Iterable[Actor], query: str, country: bool = True) -> bool:
    return any(match_actor(a, query, country=country) for a in actors)


# ------------------------------------------------------------------ filters


def _check_date(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    ok = _DATE.fullmatch(value) is not None
    if ok:
        parts = [int(p) for p in value.split("-")] + [1, 1]
        try:
            date(parts[0], parts[1], parts[2])
        except ValueError:
            ok = False
    if not ok:
        raise FilterError(f"bad {name} date {value!r} (give YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


@dataclass(frozen=True)
class EventFilter:
    """Which events to return; every field given must hold. Build it with :meth:`parse` to
    check and normalize the values a user typed."""

    actor: str | None = None
    dyad: tuple[str, str] | None = None
    type: str | None = None
    mode: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None

    @classmethod
    def parse(
        cls,
        *,
        actor: str | None = None,
        dyad: str | None = None,
        type: str | None = None,
        mode: str | None = None,
        status: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> EventFilter:
        """Check the values (raise :class:`FilterError` with a one-line message) and
        normalize them: type upper case, mode and status lower case, dyad ``"A,B"`` split."""
        if actor is not None and not _key(actor):
            raise FilterError("empty actor")
        pair: tuple[str, str] | None = None
        if dyad is not None:
            parts = [p.strip() for p in dyad.split(",")]
            if len(parts) != 2 or not all(_key(p) for p in parts):
                raise FilterError(f"bad dyad {dyad!r} (give two actors: A,B)")
            pair = (parts[0], parts[1])
        kind = type.strip().upper() if type is not None else None
        if kind is not None and kind not in PLOVER_TYPES:
            raise FilterError(f"unknown event type {type!r} (one of {', '.join(PLOVER_TYPES)})")
        how = mode.strip().lower() if mode is not None else None
        if how is not None:
            if kind is not None and not valid_mode(kind, how):
                modes = ", ".join(PLOVER_TYPES[kind].modes) or "none"
                raise FilterError(f"{mode!r} is not a mode of {kind} (modes: {modes})")
            if how not in ALL_MODES:
                raise FilterError(f"unknown event mode {mode!r}")
        state = status.strip().lower() if status is not None else None
        if state is not None and state not in EVENT_STATUSES:
            raise FilterError(f"unknown status {status!r} (one of {', '.join(EVENT_STATUSES)})")
        first, last = _check_date("since", since), _check_date("until", until)
        if first and last and first[: len(last)] > last:
            raise FilterError(f"since {first} is after until {last}")
        return cls(actor, pair, kind, how, state, first, last)

    def where(self) -> tuple[str, list[Any]]:
        """The SQL conditions (on ``events e``) of type, mode, status and dates."""
        sql: list[str] = ["1"]
        args: list[Any] = []
        if self.type:
            sql.append("e.type = ?")
            args.append(self.type)
        if self.mode:  # a stored mode may hold several: "phone;video"
            sql.append("instr(';' || e.mode || ';', ?) > 0")
            args.append(f";{self.mode};")
        if self.status:
            sql.append("e.status = ?")
            args.append(self.status)
        if self.since or self.until:
            sql.append(ISO_DATE_SQL)
        if self.since:
            sql.append("substr(e.date, 1, ?) >= ?")
            args += [len(self.since), self.since]
        if self.until:
            sql.append("substr(e.date, 1, ?) <= ?")
            args += [len(self.until), self.until]
        return " AND ".join(sql), args

    def keeps(self, source: list[Actor], target: list[Actor]) -> bool:
        """The actor and dyad conditions, on one event's actors."""
        if self.actor and not (_any(source, self.actor) or _any(target, self.actor)):
            return False
        if self.dyad:
            a, b = self.dyad
            forward = _any(source, a) and _any(target, b)
            if not forward and not (_any(source, b) and _any(target, a)):
                return False
        return True


# ------------------------------------------------------------------ rows


@dataclass
class EventRow:
    """One stored event with the article it comes from."""

    article: str
    title: str | None
    published: str | None
    type: str
    mode: str | None
    source: list[Actor]
    target: list[Actor]
    date: str | None
    location: str | None
    status: str
    trigger: str | None
    cameo: str | None
    score: float | None
    start: int
    end: int
    text: str
    evidence: list[list[int]] = field(default_factory=list)


@dataclass
class QuoteRow:
    """One stored quote with the article it comes from."""

    article: str
    title: str | None
    published: str | None
    kind: str
    speaker: Actor | None
    start: int
    end: int
    text: str


def event_row(data: dict[str, Any]) -> EventRow:
    """An event row from a stored ``events`` row joined with its article (``article_id``,
    ``title``, ``published``); columns of later migrations may be missing in an old
    read-only database."""
    return EventRow(
        article=data["article_id"],
        title=data["title"],
        published=data["published"],
        type=data["type"],
        mode=data["mode"],
        source=actors_from_json(data["source"]),
        target=actors_from_json(data["target"]),
        date=data["date"],
        location=data["location"],
        status=data["status"],
        trigger=data.get("trigger"),
        cameo=data.get("cameo"),
        score=data.get("score"),
        start=data["start"],
        end=data["end"],
        text=data["text"],
        evidence=json.loads(data.get("evidence") or "[]"),
    )


def event_csv_row(r: EventRow) -> tuple[Any, ...]:
    """One CSV line of :data:`EVENT_CSV_COLUMNS`: an actor list is joined by ';', position by
    position in the name, country and kb_id columns; evidence spans are ``start-end`` joined
    by ';'."""

    def joined(actors: list[Actor], field: str) -> str:
        return ";".join(getattr(a, field) or "" for a in actors)

    return (
        r.article,
        r.title or "",
        r.published or "",
        r.date or "",
        r.type,
        r.mode or "",
        joined(r.source, "name"),
        joined(r.source, "country"),
        joined(r.source, "kb_id"),
        joined(r.target, "name"),
        joined(r.target, "country"),
        joined(r.target, "kb_id"),
        r.status,
        r.location or "",
        r.trigger or "",
        r.cameo or "",
        "" if r.score is None else r.score,
        r.start,
        r.end,
        ";".join(f"{a}-{b}" for a, b in r.evidence),
        r.text,
    )


def _limited(rows: Iterator[Any], limit: int | None) -> Iterator[Any]:
    for n, row in enumerate(rows):
        if limit is not None and n >= limit:
            return
        yield row


def find_events(
    conn: sqlite3.Connection, filters: EventFilter | None = None, limit: int | None = None
) -> list[EventRow]:
    """The events that pass ``filters``, dated events first, newest first (then by the
    article's publication date, its id and the event's order in it); at most ``limit``."""
    filters = filters or EventFilter()
    where, args = filters.where()
    cursor = conn.execute(
        "SELECT e.*, a.id AS article_id, a.title, a.published FROM events e "
        f"JOIN articles a ON a.rowid = e.article WHERE {where} "
        f"ORDER BY {ISO_DATE_SQL} DESC, e.date DESC, a.published IS NULL, a.published DESC, "
        "a.id, e.idx",
        args,
    )

    def rows() -> Iterator[EventRow]:
        for r in cursor:
            row = event_row(dict(r))
            if filters.keeps(row.source, row.target):
                yield row

    return list(_limited(rows(), limit))


def find_quotes(
    conn: sqlite3.Connection, speaker: str | None = None, limit: int | None = None
) -> list[QuoteRow]:
    """The quotes (of ``speaker``: a name or whole words of it, or a KB id; any case,
    diacritics optional), newest article first, in text order; at most ``limit``."""
    if speaker is not None and not _key(speaker):
        raise FilterError("empty speaker")
    cursor = conn.execute(
        "SELECT q.*, a.id AS article_id, a.title, a.published FROM quotes q "
        "JOIN articles a ON a.rowid = q.article "
        + ("WHERE q.speaker IS NOT NULL " if speaker is not None else "")
        + "ORDER BY a.published IS NULL, a.published DESC, a.id, q.idx"
    )

    def rows() -> Iterator[QuoteRow]:
        for r in cursor:
            who = Actor.from_dict(json.loads(r["speaker"])) if r["speaker"] else None
            if speaker is not None and (
                who is None or not match_actor(who, speaker, country=False)
            ):
                continue
            yield QuoteRow(
                article=r["article_id"],
                title=r["title"],
                published=r["published"],
                kind=r["kind"],
                speaker=who,
                start=r["start"],
                end=r["end"],
                text=r["text"],
            )

    return list(_limited(rows(), limit))
