"""Role references: people named by their office ("Ngoại trưởng Nga", "người đồng cấp Nga",
"nhà lãnh đạo Trung Quốc", "Người phát ngôn Bộ Ngoại giao Trung Quốc").

A title followed by a country (or by a body of a country) and then a person's name gives that
person the role in this document ("Ngoại trưởng Nga Sergei Lavrov": Lavrov is Russia's foreign
minister). The same title and country without a name is a reference, resolved to the person
who holds the role in the document, else in the knowledge base at the publication date (or,
with no date, only when one person ever held it). "người đồng cấp X" (the counterpart) takes
the role of the person it is paired with in the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sukien.document import Document, Entity, Reference
from sukien.kb.loader import KB, load_kb
from sukien.kb.schema import KBEntity

ROLE_NAMES: dict[str, tuple[str, ...]] = {
    "foreign minister": (
        "Minister of Foreign Affairs",
        "Foreign Secretary",
        "Secretary of State",
        "Secretary of Foreign Affairs",
        "Minister for Foreign Affairs",
        "Minister of Europe and Foreign Affairs",
        "Minister of External Affairs",
        "Federal Minister for Foreign Affairs",
    ),
    "defence minister": (
        "Minister of Defence",
        "Minister of Defense",
        "Secretary of Defense",
        "Defence Secretary",
        "Minister of National Defense",
        "Minister of National Defence",
    ),
    "president": ("President",),
    "prime minister": ("Prime Minister", "Premier of the State Council", "Chancellor"),
    "foreign ministry spokesperson": (
        "Spokesperson of the Ministry of Foreign Affairs",
        "Spokesperson for the United States Department of State",
    ),
    "leader": ("President", "General Secretary", "Supreme Leader", "Chairman"),
    "vice president": ("Vice President",),
    "speaker": ("Speaker",),
    "secretary general": ("Secretary General", "Secretary-General"),
    "national security advisor": ("National Security Advisor",),
}
TITLES: dict[str, str] = {
    "ngoại trưởng": "foreign minister",
    "bộ trưởng ngoại giao": "foreign minister",
    "người đứng đầu bộ ngoại giao": "foreign minister",
    "bộ trưởng quốc phòng": "defence minister",
    "tổng thống": "president",
    "chủ tịch nước": "president",
    "chủ tịch": "leader",
    "thủ tướng": "prime minister",
    "người phát ngôn bộ ngoại giao": "foreign ministry spokesperson",
    "người phát ngôn": "foreign ministry spokesperson",
    "nhà lãnh đạo": "leader",
    "lãnh đạo": "leader",
    "nguyên thủ": "leader",
    "người đồng cấp": "counterpart",
    "phó tổng thống": "vice president",
    "chủ tịch hạ viện": "speaker",
    "tổng thư ký": "secretary general",
    "cố vấn an ninh quốc gia": "national security advisor",
    "người đứng đầu": "head",
}
# the head of a body, by the kind of body: "người đứng đầu Bộ Ngoại giao Nga" (gov/mfa-rus)
HEADS: dict[str, str] = {"gov/mfa-": "foreign minister", "gov/mod-": "defence minister"}
_TITLE = re.compile(
    r"(?<!\w)(" + "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Holder:
    name: str | None
    kb_id: str | None


class RoleResolver:
    """Callable pipeline step filling ``doc.references`` from titles and the entity layer."""

    def __init__(self, kb: KB | None = None) -> None:
        self.kb = kb or load_kb()
        self.holders: dict[tuple[str, str], list[KBEntity]] = {}
        for entity in self.kb:
            for role in entity.roles:
                country = role.get("country")
                if entity.kind == "person" and country:
                    self.holders.setdefault((str(role.get("role")), country), []).append(entity)

    def __call__(self, doc: Document) -> Document:
        starts = {e.start: e for e in doc.entities}
        titled: dict[tuple[str, str], _Holder] = {}
        pending: list[tuple[Reference, str]] = []
        last_role: str | None = None  # the counterpart of the office last named
        for sentence in doc.sentences:
            for m in _TITLE.finditer(doc.text, sentence.start, sentence.end):
                role = TITLES[m.group(1).lower()]
                place = _entity_after(doc.text, m.end(), starts)
                inside = next(  # "người đứng đầu [Bộ Ngoại giao Nga]": the title's own body
                    (e for e in doc.entities if m.start() < e.start < m.end() < e.end), None
                )
                if inside is not None and inside.type == "ORG":
                    place = inside  # its spokesperson, or its head ("người đứng đầu …")
                    if m.group(1).lower().startswith("người đứng đầu"):
                        role = "head"
                if place is None or place.country is None or place.type == "PER":
                    continue
                if role == "counterpart":
                    role = last_role or "counterpart"
                elif role == "head":
                    kb_id = place.kb_id or ""
                    role = next(
                        (r for prefix, r in HEADS.items() if kb_id.startswith(prefix)),
                        f"leader of {place.name}",
                    )
                elif role == "leader" and place.type == "ORG":
                    role = f"leader of {place.name}"  # a party's or a body's leader
                person = _entity_after(doc.text, place.end, starts)
                if person is not None and person.type == "PER":
                    titled.setdefault((role, place.country), _Holder(person.name, person.kb_id))
                    last_role = role
                    continue
                ref = Reference(
                    m.start(), place.end, doc.text[m.start() : place.end], role, place.country
                )
                pending.append((ref, role))
                last_role = role
        mentioned = {e.kb_id for e in doc.entities if e.type == "PER" and e.kb_id}
        for ref, role in pending:
            holder = titled.get((role, ref.country or "")) or self._from_kb(
                role, ref.country, doc.published, mentioned
            )
            if holder is not None:
                ref.name, ref.kb_id = holder.name, holder.kb_id
        doc.references = [ref for ref, _ in pending]
        return doc

    def _from_kb(
        self, role: str, country: str | None, published: str | None, mentioned: set[str]
    ) -> _Holder | None:
        """The one person who held the role (at the date); among several, the one the
        document names."""
        if country is None:
            return None
        for name in ROLE_NAMES.get(role, ()):
            people = self._holding(name, country, published)
            if len(people) > 1:
                people = [p for p in people if p.id in mentioned]
            if len(people) == 1:
                return _Holder(people[0].name, people[0].id)
        return None

    def _holding(self, role_name: str, country: str, published: str | None) -> list[KBEntity]:
        found: dict[str, KBEntity] = {}
        for (role, where), people in self.holders.items():
            if where != country or not role.startswith(role_name):
                continue
            for person in people:
                if published is None or any(
                    r.get("country") == country
                    and str(r.get("role", "")).startswith(role_name)
                    and _active(r.get("from"), r.get("to"), published)
                    for r in person.roles
                ):
                    found[person.id] = person
        return list(found.values())


def _entity_after(text: str, position: int, starts: dict[int, Entity]) -> Entity | None:
    """The entity that starts right after ``position`` (one space between)."""
    gap = 0
    while position + gap < len(text) and text[position + gap] == " " and gap < 2:
        gap += 1
    return starts.get(position + gap) if gap else None


def _active(start: object, end: object, when: str) -> bool:
    """Whether a role held from ``start`` to ``end`` (ISO prefixes; None open) covers ``when``."""
    low = str(start) if start else "0000"
    high = str(end) if end else "9999"
    return low[: len(when)] <= when <= high[: len(when)] + "\uffff"


_RESOLVERS: dict[int, RoleResolver] = {}


def role_resolver() -> RoleResolver:
    kb = load_kb()
    if id(kb) not in _RESOLVERS:
        _RESOLVERS[id(kb)] = RoleResolver(kb)
    return _RESOLVERS[id(kb)]
