"""Events as PLOVER event records: JSON Lines, one event per line.

Field names follow the PLOVER specification's "JSON Data Fields" chapter (Open Event Data
Alliance, *PLOVER manual*, draft 0.7: the event record, the actor, location, text and citation
objects), which POLECAT also builds on; where PLOVER has no field for something sukien knows,
an extra field is added after the PLOVER ones (the manual allows named extra fields), using
the name POLECAT's coder (NGEC) gives it when it has one.

=================  ==================================================================
PLOVER field       sukien
=================  ==================================================================
``id``             a stable hash of the article id and the event's index in the article
                   (the first 20 hex digits of SHA-256 of ``"<article id>\\t<index>"``)
``date``           the event's date as sukien resolved it: ``YYYY-MM-DD``, or a coarser
                   TIMEX3 value (``2023-03``, ``2023-W36``, ``PRESENT_REF``); ``null`` when
                   the text does not say (never the publication date, see ``pub_date``)
``source``         the source actors: a list of actor objects (below)
``recipient``      the target actors (PLOVER calls the target the *recipient*)
``event``          ``[type]``: the PLOVER event type (a list, as PLOVER allows several)
``mode``           the PLOVER modes: a list, empty when there is none
``event_loc``      ``{"name": <English place name>}`` (a geonames-style location object
                   with only its name), or ``null``
``event_text``     the text of every evidence span of the event, in text order
``quad_code``      the quad class, 1 verbal cooperation … 4 material conflict
                   (:data:`sukien.events.plover.QUAD_CLASS`)
``event_scale``    the cooperation–conflict score in [-10, 10]
                   (:func:`sukien.events.plover.cooperation_conflict`)
``text_info``      ``{"start", "end"}``: character offsets of the event's main evidence
                   span in the article's text (its ``start``/``end`` in the JSONL export)
``cite_info``      ``{"url", "title", "publication" (the site), "language": "vi"}``
``coder``          ``"sukien <version>"``
=================  ==================================================================

Extra fields: ``story_id`` (the article id) and ``pub_date`` (its publication date), named as
in POLECAT; ``status`` (``asserted``, ``planned``, ``negated`` or ``hypothetical``: PLOVER has
no such field), ``cameo`` (the CAMEO root code, ``"04"``; :func:`sukien.events.plover.cameo_root`),
``trigger`` (the trigger words) and ``evidence`` (every evidence span as ``[start, end]``).

An actor object has PLOVER's ``code`` (the ISO 3166-1 alpha-3 code of the actor's country;
``"IGO"`` for an intergovernmental organization of the knowledge base; ``null`` for a group such
as "the West"), ``identifier_id`` (the knowledge-base id, where PLOVER suggests a Wikidata id)
and ``identifier_text`` (the canonical English name; ``null`` for an unnamed official, who has
only a country).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from sukien import __version__
from sukien.document import Actor, Document, Event
from sukien.events.plover import QUAD_CLASS, TYPE_SCORES, cameo_root, cooperation_conflict
from sukien.kb.loader import KB, load_kb

__all__ = ["event_id", "event_score", "plover_record", "plover_records", "write_plover"]


def event_id(article: str, index: int) -> str:
    """The stable id of an article's ``index``-th event."""
    return hashlib.sha256(f"{article}\t{index}".encode()).hexdigest()[:20]


def _modes(mode: str | None) -> list[str]:
    return [m for m in (mode or "").split(";") if m]


def event_score(ev: Event) -> float:
    """The event's stored cooperation–conflict score, else the score of its type and mode."""
    if ev.score is not None:
        return ev.score
    try:
        return cooperation_conflict(ev.type, ev.mode)
    except ValueError:  # a mode sukien does not know (an imported record)
        return TYPE_SCORES[ev.type]


def _cameo(ev: Event) -> str:
    if ev.cameo:
        return ev.cameo[:2]
    modes = _modes(ev.mode)
    return cameo_root(ev.type, modes[0] if modes else None)


def _actor(actor: Actor, kb: KB) -> dict[str, Any]:
    code = actor.country
    if code is None and actor.kb_id:
        known = kb.get(actor.kb_id)
        code = "IGO" if known is not None and known.kind == "igo" else None
    return {"code": code, "identifier_id": actor.kb_id, "identifier_text": actor.name}


def plover_record(doc: Document, index: int, kb: KB | None = None) -> dict[str, Any]:
    """The PLOVER record of the ``index``-th event of ``doc`` (see the module docstring)."""
    kb = kb if kb is not None else load_kb()
    ev = doc.events[index]
    spans = ev.evidence or [[ev.start, ev.end]]
    return {
        "id": event_id(doc.id, index),
        "date": ev.date,
        "source": [_actor(a, kb) for a in ev.source],
        "recipient": [_actor(a, kb) for a in ev.target],
        "event": [ev.type],
        "mode": _modes(ev.mode),
        "event_loc": {"name": ev.location} if ev.location else None,
        "event_text": [doc.text[a:b] for a, b in spans],
        "quad_code": QUAD_CLASS[ev.type],
        "event_scale": event_score(ev),
        "text_info": {"start": ev.start, "end": ev.end},
        "cite_info": {
            "url": doc.url,
            "title": doc.title,
            "publication": doc.site,
            "language": "vi",
        },
        "coder": f"sukien {__version__}",
        "story_id": doc.id,
        "pub_date": doc.published,
        "status": ev.status,
        "cameo": _cameo(ev),
        "trigger": ev.trigger,
        "evidence": [list(span) for span in spans],
    }


def plover_records(docs: Iterable[Document], kb: KB | None = None) -> Iterator[dict[str, Any]]:
    kb = kb if kb is not None else load_kb()
    for doc in docs:
        for index in range(len(doc.events)):
            yield plover_record(doc, index, kb)


def write_plover(docs: Iterable[Document], out: TextIO) -> int:
    """One PLOVER record per line; returns the number of events written."""
    count = 0
    for record in plover_records(docs):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count
