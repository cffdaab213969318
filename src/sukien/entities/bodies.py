"""Bare names of state bodies ("Quốc hội", "Bộ Ngoại giao") and parties belong to the
article's country.

Vietnamese press names Vietnam's own institutions without a country: "Quốc hội" is Vietnam's
National Assembly, and the knowledge base links it so. In an article about another state the
same bare name is that state's body: "Quốc hội bỏ phiếu bãi bỏ thiết quân luật" in a report
from Seoul is South Korea's National Assembly. This pass re-links such a bare name to the
body of the article's main foreign state, found in the knowledge base under the bare name
followed by that state's name as the article writes it ("Quốc hội" + "Hàn Quốc" → "Quốc hội
Hàn Quốc"); when the knowledge base has no such body, the entity keeps its text and takes the
state's country. A party named bare ("Đảng Dân chủ") is relinked the same way when the
knowledge base has the state's party of that name, and otherwise keeps its link.

The article's main foreign state is the one whose places (the state, its cities and regions)
are named most often, at least twice, in an article that names no place in Vietnam.
"""

from __future__ import annotations

from collections import Counter

from sukien.document import Document, Entity
from sukien.kb.loader import KB
from sukien.kb.schema import KBEntity

__all__ = ["home_bodies"]

HOME = "VNM"


def home_bodies(doc: Document, kb: KB) -> None:
    """Re-link bare Vietnamese state-body and party names in ``doc.entities`` (in place)."""
    main = _main_state(doc)
    names = Counter(  # how the article writes the main state ("Hàn Quốc")
        e.text
        for e in doc.entities
        if e.type == "LOC" and e.country == main and (e.kb_id or "").startswith("country/")
    )
    for k, ent in enumerate(doc.entities):
        linked = kb.get(ent.kb_id) if ent.type == "ORG" and ent.kb_id else None
        if linked is None:
            continue
        home_body = main is not None and ent.country == HOME and linked.kind == "government_body"
        if not (home_body or linked.kind == "party") or _names_a_state(ent.text, kb):
            continue
        if linked.kind == "party":
            # "Đảng Dân chủ" in a report from Seoul, or beside "Tổng thống Yoon", is the
            # Democratic Party of Korea, which the knowledge base has as "Đảng Dân chủ Hàn
            # Quốc"; else it stays as linked
            doc.entities[k] = _party(doc, ent, main, kb)
        elif main is not None:
            doc.entities[k] = _relinked(ent, main, names, kb)


def _main_state(doc: Document) -> str | None:
    """The state whose places an article names most, at least twice, if it names none in
    Vietnam."""
    places = [e for e in doc.entities if e.type == "LOC" and e.country]
    if any(e.country == HOME for e in places):
        return None
    counts = Counter(e.country for e in places)
    if not counts:
        return None
    country, count = counts.most_common(1)[0]
    return country if count >= 2 else None


def _party(doc: Document, ent: Entity, main: str | None, kb: KB) -> Entity:
    """A bare party name relinked to the party of that name of a state its sentence names
    (by its places and people), else of the article's main state."""
    sentence = next((x for x in doc.sentences if x.start <= ent.start < x.end), None)
    near = [
        e.country
        for e in doc.entities
        if sentence is not None
        and sentence.start <= e.start < sentence.end
        and e.type in ("LOC", "PER")
        and e.country
    ]
    for country in dict.fromkeys([*near, *([main] if main else [])]):
        state = kb.get(f"country/{country}")
        if state is None or country == ent.country:
            continue
        for alias in state.aliases:
            for party in kb.lookup(f"{ent.text} {alias}"):
                if party.country == country and party.kind == "party":
                    return _linked_to(ent, party)
    return ent


def _names_a_state(surface: str, kb: KB) -> bool:
    """Whether the name says its state ("Quốc hội Việt Nam")."""
    words = surface.split()
    return any(
        any(x.id.startswith("country/") for x in kb.lookup(" ".join(words[i:])))
        for i in range(1, len(words))
    )


def _relinked(ent: Entity, country: str, names: Counter[str], kb: KB) -> Entity:
    """The state body named "<surface> <state>" in the knowledge base; else the entity with
    its text and the state's country."""
    for name, _ in names.most_common():
        for body in kb.lookup(f"{ent.text} {name}"):
            if body.country == country and body.kind == "government_body":
                return _linked_to(ent, body)
    return Entity(ent.start, ent.end, ent.text, ent.type, ent.text, country, None)


def _linked_to(ent: Entity, body: KBEntity) -> Entity:
    return Entity(ent.start, ent.end, ent.text, ent.type, body.name, body.country, body.id)
