"""Who may be speaking: the candidate speakers of a document and the choice among them.

Candidates, in text order: people (PER entities and role references resolved to a person),
bodies (ORG and LOC entities: "Bộ Ngoại giao Nga cho biết", "Washington cáo buộc"), pronouns
and honorifics that stand for a person ("ông", "người này", "nhà lãnh đạo này"), unnamed
speakers ("một nhà ngoại giao", "các quan chức Mỹ", "giới phân tích") and groups that a
following name names ("các nước G7"). A role reference that names nobody speaks for the
body inside it ("Người phát ngôn Bộ Ngoại giao Trung Quốc" → the ministry) or, without one,
is an unnamed speaker of its country.

:meth:`Mentions.subject` picks the speaker of a clause from the text before its verb: the
comma-separated chunk nearest to the verb that holds a candidate, and in it, the first person
that is not the object of a preposition ("với ông Putin", "của Nga"), else an unnamed
speaker, else a pronoun, else the first body.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Literal

from sukien.document import Actor, Document
from sukien.quotes.lexicon import (
    GENERIC,
    GROUPS,
    HONORIFICS,
    LEADING,
    PREPOSITIONS,
    PRONOUNS,
    TITLE_NOUNS,
    ends_with,
    starts_with,
    words_pattern,
    words_regex,
)

__all__ = ["Candidate", "Mentions", "Speaker"]

Kind = Literal["person", "body", "pronoun", "unnamed", "group"]
_PRONOUN = words_regex(PRONOUNS)
_GENERIC = re.compile(
    rf"(?<!\w)(?:(?:một|các|những|nhiều|một số|hai|ba|mấy|giới)\s+)?"
    rf"(?:{words_pattern(GENERIC)})(?!\w)",
    re.IGNORECASE,
)
_GROUP = words_regex(GROUPS)
_CAPITALIZED = re.compile(r" (?:[^\W\d_][\w-]*)(?: [^\W\d_][\w-]*)*")
_HONORIFIC_END = ends_with(HONORIFICS)
_HONORIFIC = re.compile(rf"(?<!\w)(?:{words_pattern(HONORIFICS)})(?!\w)", re.IGNORECASE)
_DETERMINER_END = re.compile(r"(?<!\w)(?:hai|ba|các|những|nhiều|một số|mấy|giới)\s+$", re.I)
_LEADING = starts_with(LEADING)
_PREPOSITION_END = re.compile(rf"(?<!\w)(?P<p>{words_pattern(PREPOSITIONS)})\s*$", re.IGNORECASE)
_TITLE_NOUN = re.compile(rf"(?:{words_pattern(TITLE_NOUNS)})", re.IGNORECASE)
_TITLE_NOUN_OF = re.compile(
    rf"(?<!\w)(?:{words_pattern(TITLE_NOUNS)})(?:\s+\w+){{0,3}}\s+của\s*$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span that may be a speaker; ``actor`` is what it resolves to (None for pronouns)."""

    start: int
    end: int
    kind: Kind
    actor: Actor | None = None
    media: bool = False  # a news outlet: it reports ("Theo Reuters"), it is rarely the source
    org: bool = False  # an organization (not a place)


@dataclass(frozen=True, slots=True)
class Speaker:
    """The speaker of a clause: an actor (``person`` when a person), an unnamed speaker
    (``actor`` holds only a country, or is None), or a ``pronoun`` to resolve against the
    people spoken of before ``position`` (where the speaker is named)."""

    actor: Actor | None
    pronoun: bool = False
    position: int = 0
    person: bool = False


_BODY_ANAPHOR = re.compile(r"(?<!\w)(?:[Bb]ộ|[Cc]ơ quan) (?:này|trên)(?!\w)")


def _actor(name: str | None, country: str | None, kb_id: str | None = None) -> Actor:
    return Actor(name=name, country=country, kb_id=kb_id)


class Mentions:
    """The candidate speakers of one document, sorted by position."""

    def __init__(self, doc: Document, quoted: list[tuple[int, int]] | None = None) -> None:
        """``quoted``: the spans of quoted text; nobody inside them is a speaker."""
        self.text = doc.text
        self._taken = bytearray(len(doc.text) + 1)  # 1 where a candidate already stands
        named = self._named(doc)
        found = named + self._body_anaphors(named) + self._words()
        hidden = bytearray(len(doc.text) + 1)
        for a, b in quoted or ():
            hidden[a:b] = b"\x01" * (b - a)
        found = [c for c in found if not hidden[c.start]]
        found.sort(key=lambda c: (c.start, c.end))
        self.items = found
        self.starts = [c.start for c in found]

    def _take(self, start: int, end: int) -> None:
        self._taken[start:end] = b"\x01" * (end - start)

    def _named(self, doc: Document) -> list[Candidate]:
        """People and bodies: role references first, then the entities outside them."""
        found: list[Candidate] = []
        orgs = sorted((e.start, e.end, e) for e in doc.entities if e.type == "ORG")
        org_starts = [o[0] for o in orgs]
        for ref in doc.references:
            self._take(ref.start, ref.end)
            if ref.name:
                actor = _actor(ref.name, ref.country, ref.kb_id)
                found.append(Candidate(ref.start, ref.end, "person", actor))
                continue
            k = bisect_left(org_starts, ref.start)
            body = orgs[k][2] if k < len(orgs) and orgs[k][1] <= ref.end else None
            if body is not None:
                actor = _actor(body.name or body.text, body.country, body.kb_id)
                found.append(Candidate(ref.start, ref.end, "body", actor))
            else:
                found.append(Candidate(ref.start, ref.end, "unnamed", _actor(None, ref.country)))
        for e in doc.entities:
            if e.type not in ("PER", "ORG", "LOC") or self._taken[e.start]:
                continue
            kind: Kind = "person" if e.type == "PER" else "body"
            media = bool(e.kb_id and e.kb_id.startswith("media/"))
            actor = _actor(e.name or e.text, e.country, e.kb_id)
            found.append(Candidate(e.start, e.end, kind, actor, media, e.type == "ORG"))
        for c in found:
            self._take(c.start, c.end)
        return found

    def _body_anaphors(self, named: list[Candidate]) -> list[Candidate]:
        """ "Bộ này cáo buộc …": the last ministry named ("Cơ quan này": the last body)."""
        found: list[Candidate] = []
        bodies = sorted(
            (c for c in named if c.kind == "body" and c.org and c.actor is not None),
            key=lambda c: c.start,
        )
        for m in _BODY_ANAPHOR.finditer(self.text):
            if self._taken[m.start()]:
                continue
            head = m.group().split()[0].lower()  # "bộ" asks for a ministry ("Bộ Ngoại giao …")
            before = [
                c
                for c in bodies
                if c.end <= m.start()
                and (head != "bộ" or self.text[c.start : c.end].lower().startswith("bộ "))
            ]
            if not before:
                continue
            found.append(Candidate(m.start(), m.end(), "body", before[-1].actor, org=True))
            self._take(m.start(), m.end())
        return found

    def _words(self) -> list[Candidate]:
        """Pronouns, groups and unnamed speakers, where no name stands."""
        found: list[Candidate] = []
        text, taken = self.text, self._taken
        for m in _PRONOUN.finditer(text):
            if taken[m.start()] or taken[min(m.end() + 1, len(text))]:
                continue  # "ông Tập": the name is the candidate
            if _DETERMINER_END.search(text, max(0, m.start() - 10), m.start()):
                continue  # "hai nhà lãnh đạo": a group
            cap = _capitalized(text, m.end())
            if cap and m.group().lower() in ("ông", "bà", "ngài"):
                # an honorific before a name the entity layer missed
                name = cap.group().strip()
                found.append(Candidate(cap.start() + 1, cap.end(), "person", _actor(name, None)))
                self._take(m.start(), cap.end())
                continue
            found.append(Candidate(m.start(), m.end(), "pronoun"))
            self._take(m.start(), m.end())
        for m in _GROUP.finditer(text):
            if not taken[m.start()]:
                found.append(Candidate(m.start(), m.end(), "group"))
                self._take(m.start(), m.end())
        for m in _GENERIC.finditer(text):
            if not taken[m.start()] and not taken[m.end() - 1]:
                found.append(Candidate(m.start(), m.end(), "unnamed"))
                self._take(m.start(), m.end())
        return found

    def within(self, start: int, end: int) -> list[Candidate]:
        """The candidates that lie inside ``[start, end)``."""
        i = bisect_left(self.starts, start)
        out: list[Candidate] = []
        while i < len(self.items) and self.items[i].start < end:
            if self.items[i].end <= end:
                out.append(self.items[i])
            i += 1
        return out

    def starts_at(self, position: int) -> bool:
        """Whether a person, a body or a pronoun starts at ``position``."""
        i = bisect_left(self.starts, position)
        return i < len(self.items) and self.items[i].start == position

    def only_names(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is only names and honorifics ("ông Putin", "Trung
        Quốc", "Ngoại trưởng Nga Sergei Lavrov"), at least one name."""
        rest = list(self.text[start:end])
        found = False
        for c in self.within(start, end):
            if c.kind in ("person", "body", "group"):
                found = True
                rest[c.start - start : c.end - start] = " " * (c.end - c.start)
        return found and not _HONORIFIC.sub(" ", "".join(rest)).strip()

    def people_before(self, position: int) -> list[Candidate]:
        """The named people mentioned before ``position``, nearest last."""
        i = bisect_left(self.starts, position)
        return [c for c in self.items[:i] if c.kind == "person"]

    def subject(self, start: int, end: int, nearest: bool = True) -> Speaker | None:
        """The speaker named in ``text[start:end]`` (a clause up to its verb), or None when
        no chunk of it names one. ``nearest``: look at the chunk next to ``end`` first (the
        subject of a verb), else at the first chunk that is not an adverbial (the subject of
        a sentence)."""
        chunks = _chunks(self.text, start, end)
        if nearest:
            chunks.reverse()
        else:
            chunks = [(a, b) for a, b in chunks if not _LEADING.match(self.text, a)]
        for a, b in chunks:
            found = self._pick(a, b)
            if found is not None:
                return found
        return None

    def _pick(self, a: int, b: int) -> Speaker | None:
        cands = self.within(a, b)
        if not cands:
            return None
        roles = [self._role(c, a, cands) for c in cands]
        free = [c for c, r in zip(cands, roles, strict=True) if r == "free"]
        for c in free:
            if c.kind == "person":
                return Speaker(c.actor, person=True, position=c.start)
        for k, c in enumerate(free):
            if c.kind == "unnamed":
                after = [x for x in cands if x.start >= c.end]
                return Speaker(self._unnamed_country(c, after), position=c.start)
            if c.kind == "group":
                named = self._group_name(c, free[k + 1 :])
                if named is not None:
                    return Speaker(named, position=c.start)
                return Speaker(None, position=c.start)
        for c in free:
            if c.kind == "pronoun":
                return Speaker(None, pronoun=True, position=c.start)
        for c in free:
            if c.kind == "body":
                return Speaker(c.actor, position=c.start)
        for c, r in zip(cands, roles, strict=True):
            if r == "of-title":  # "người phát ngôn của Tổng thống Putin": unnamed
                country = c.actor.country if c.actor else None
                return Speaker(_actor(None, country), position=c.start)
            if r == "of" and c.kind in ("person", "body"):  # "một tuyên bố của Bộ …"
                return Speaker(c.actor, person=c.kind == "person", position=c.start)
        return None

    def _role(self, c: Candidate, a: int, cands: list[Candidate]) -> str:
        """'free' (may be a subject), 'of' (after "của"), 'of-title' (after "người phát
        ngôn của") or 'object' (after another preposition)."""
        pos = c.start
        ends = {x.end: x for x in cands}
        body_before = False  # "điều phối viên … của Hội đồng An ninh Quốc gia John Kirby"
        while True:  # step back over titles and names: "với Ngoại trưởng Nga Sergei Lavrov"
            head = self.text[a:pos].rstrip()
            if a + len(head) in ends:
                before = ends[a + len(head)]
                body_before = body_before or (before.org and pos == c.start)
                pos = before.start
                continue
            m = _HONORIFIC_END.search(head)
            if m is None:
                break
            pos = a + m.start()
        head = self.text[a:pos]
        m = _PREPOSITION_END.search(head)
        if m is None:
            return "free"
        if m.group("p").lower() == "của":
            if c.kind == "person" and body_before:
                return "free"  # "(điều phối viên) của Hội đồng X John Kirby": the title holder
            return "of-title" if _TITLE_NOUN_OF.search(head) else "of"
        return "object"

    def _unnamed_country(self, c: Candidate, after: list[Candidate]) -> Actor | None:
        """An unnamed speaker: "các quan chức Mỹ" → one of the USA, "người phát ngôn của
        Tổng thống Putin" → of Russia; but "người phát ngôn Bộ Ngoại giao Trung Quốc" (a
        spokesperson of a named body, nobody named) → the body."""
        spokesperson = _TITLE_NOUN.fullmatch(self.text, c.start, c.end)
        for x in after:
            if spokesperson and x.org and x.start - c.end <= 2:
                return x.actor
            if x.kind in ("body", "person") and x.start - c.end <= 30 and x.actor is not None:
                return _actor(None, x.actor.country)
            break
        return None

    def _group_name(self, c: Candidate, after: list[Candidate]) -> Actor | None:
        """The name of a group: "các nước G7" → G7; "phía Nga" → Russia."""
        for x in after:
            if x.kind == "body" and x.start - c.end <= 2:
                return x.actor
            break
        return None


def _capitalized(text: str, position: int) -> re.Match[str] | None:
    """The run of capitalized words right after ``position`` ("ông Smith Jones nói")."""
    m = _CAPITALIZED.match(text, position)
    if m is None:
        return None
    end = position
    for w in re.finditer(r" (\S+)", m.group()):
        if not w.group(1)[0].isupper():
            break
        end = position + w.end()
    return _CAPITALIZED.match(text, position, end) if end > position else None


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut at commas and semicolons, outermost first."""
    out: list[tuple[int, int]] = []
    a = start
    for m in re.finditer(r"[,;]", text[start:end]):
        out.append((a, start + m.start()))
        a = start + m.end()
    out.append((a, end))
    return [(s, e) for s, e in out if text[s:e].strip()]
