"""Bare names of state bodies ("Quốc hội", "Bộ Ngoại giao") belong to the article's country.

Vietnamese press names Vietnam's own institutions without a country: "Quốc hội" is Vietnam's
National Assembly, and the knowledge base links it so. In an article about another state the
same bare name is that state's body: "Quốc hội bỏ phiếu bãi bỏ thiết quân luật" in a report
from Seoul is South Korea's National Assembly. This pass re-links such a bare name to the
body of the article's main foreign state, found in the knowledge base under the bare name
followed by that state's name as the article writes it ("Quốc hội" + "Hàn Quốc" → "Quốc hội
Hàn Quốc"); when the knowledge base has no such body, the entity keeps its text and takes the
state's country.

The article's main foreign state is the one whose places (the state, its cities and regions)
are named most often, at least twice, in an article that names no place in Vietnam.
"""

from __future__ import annotations

from collections import Counter

from sukien.document import Document, Entity
from sukien.kb.loader import KB

__all__ = ["home_bodies"]

HOME = "VNM"


def home_bodies(doc: Document, kb: KB) -> None:
    """Re-link bare Vietnamese state-body names in ``doc.entities`` (in place)."""
    places = [e for e in doc.entities if e.type == "LOC" and e.country]
    if any(e.country == HOME for e in places):
        return
    counts = Counter(e.country for e in places)
    if not counts:
        return
    country, count = counts.most_common(1)[0]
    if country is None or count < 2:
        return
    names = Counter(
        e.text for e in places if e.country == country and (e.kb_id or "").startswith("country/")
    )
    for k, ent in enumerate(doc.entities):
        if ent.type != "ORG" or ent.country != HOME or not ent.kb_id:
            continue
        home = kb.get(ent.kb_id)
        if home is None or home.kind != "government_body" or _names_a_state(ent.text, kb):
            continue
        doc.entities[k] = _relinked(ent, country, names, kb)


def _names_a_state(surface: str, kb: KB) -> bool:
    """Whether the name says its state ("Quốc hội Việt Nam")."""
    words = surface.split()
    return any(
        any(x.id.startswith("country/") for x in kb.lookup(" ".join(words[i:])))
        for i in range(1, len(words))
    )


def _relinked(ent: Entity, country: str, names: Counter[str], kb: KB) -> Entity:
    for name, _ in names.most_common():
        for body in kb.lookup(f"{ent.text} {name}"):
            if body.country == country and body.kind == "government_body":
                return Entity(ent.start, ent.end, ent.text, ent.type, body.name, country, body.id)
    return Entity(ent.start, ent.end, ent.text, ent.type, ent.text, country, None)
