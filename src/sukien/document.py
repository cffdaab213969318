"""The central document object: one article, its normalized text and span layers.

Every span points into ``doc.text`` by character offsets (Python ``str`` indices, end
exclusive), so ``doc.text[span.start:span.end]`` is always the span's text. Pipeline steps
(see ``sukien.pipeline``) read and write the layers of a ``Document``; the store and the
exporters serialize it through ``to_dict`` / ``from_dict``, which are lossless.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, ClassVar, Literal

BlockKind = Literal[
    "title", "lead", "heading", "paragraph", "caption", "byline", "credit", "source"
]
PublishedSource = Literal["metadata", "text", "inferred"]


@dataclass(slots=True)
class Block:
    """A line of the normalized text with its structural role (title, caption, byline…)."""

    start: int
    end: int
    kind: BlockKind = "paragraph"


@dataclass(slots=True)
class Sentence:
    start: int
    end: int


@dataclass(slots=True)
class Token:
    """A word (one or more syllables) with its part of speech (VLSP tag set) when known."""

    start: int
    end: int
    pos: str | None = None


@dataclass(slots=True)
class Entity:
    start: int
    end: int
    text: str
    type: str
    name: str | None = None
    country: str | None = None
    kb_id: str | None = None


@dataclass(slots=True)
class Reference:
    """A mention of a person by role ("Ngoại trưởng Nga", "người đồng cấp Nga"), resolved to
    the person when the document or the knowledge base makes it clear. Not an entity: events
    and quotes use references to find their actors and speakers."""

    start: int
    end: int
    text: str
    role: str
    country: str | None = None
    name: str | None = None
    kb_id: str | None = None


@dataclass(slots=True)
class Time:
    start: int
    end: int
    text: str
    value: str | None = None


@dataclass(slots=True)
class Actor:
    """An event's source or target, a quote's speaker: a named entity (``kb_id`` when
    linked), a group ("the West", no country), or only a country (an unnamed official)."""

    name: str | None
    country: str | None = None
    kb_id: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        """An actor from its JSON (written before schema 5, it may have no ``kb_id``)."""
        return cls(name=data.get("name"), country=data.get("country"), kb_id=data.get("kb_id"))


@dataclass(slots=True)
class Event:
    start: int
    end: int
    text: str
    type: str
    mode: str | None = None
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    date: str | None = None
    location: str | None = None
    status: str = "asserted"
    # the trigger word(s) of the first evidence, e.g. "hội đàm"
    trigger: str | None = None
    cameo: str | None = None  # CAMEO root code ("04")
    score: float | None = None  # PLOVER cooperation–conflict score in [-10, 10]
    # every evidence span [start, end] of this event in the article (the first is start/end)
    evidence: list[list[int]] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    kind: str = "direct"
    speaker: Actor | None = None


SPAN_LAYERS = ("entities", "references", "times", "events", "quotes")


@dataclass
class Document:
    """One article. ``original`` is the decoded input; ``text`` is what every offset uses."""

    id: str
    text: str
    original: str = ""
    source: str | None = None
    title: str | None = None
    byline: str | None = None
    credits: list[str] = field(default_factory=list)
    url: str | None = None
    site: str | None = None
    published: str | None = None
    published_source: PublishedSource | None = None
    published_confidence: str | None = None  # high | medium | low, when inferred
    encoding: str | None = None
    content_hash: str | None = None
    warnings: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    _NESTED: ClassVar[dict[str, type]] = {
        "blocks": Block,
        "sentences": Sentence,
        "tokens": Token,
        "entities": Entity,
        "references": Reference,
        "times": Time,
    }

    def span_text(self, span: Block | Sentence | Token) -> str:
        return self.text[span.start : span.end]

    def blocks_of(self, kind: BlockKind) -> list[Block]:
        return [block for block in self.blocks if block.kind == kind]

    def syllable_count(self) -> int:
        """Number of syllables (whitespace-separated pieces of the words that hold a letter)."""
        count = 0
        for token in self.tokens:
            piece = self.text[token.start : token.end]
            if any(ch.isalpha() for ch in piece):
                count += len(piece.split())
        return count

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        known = {f.name for f in fields(cls)}
        kwargs: dict[str, Any] = {k: v for k, v in data.items() if k in known}
        for name, kind in cls._NESTED.items():
            kwargs[name] = [kind(**item) for item in data.get(name) or []]
        kwargs["events"] = [_event_from_dict(item) for item in data.get("events") or []]
        kwargs["quotes"] = [_quote_from_dict(item) for item in data.get("quotes") or []]
        kwargs["credits"] = list(data.get("credits") or [])
        kwargs["warnings"] = list(data.get("warnings") or [])
        return cls(**kwargs)


def _actor(item: dict[str, Any] | None) -> Actor | None:
    return None if item is None else Actor.from_dict(item)


def _event_from_dict(item: dict[str, Any]) -> Event:
    data = dict(item)
    # (an actor stored before schema 5 has no kb_id)
    data["source"] = [Actor.from_dict(a) for a in data.get("source") or []]
    data["target"] = [Actor.from_dict(a) for a in data.get("target") or []]
    return Event(**data)


def _quote_from_dict(item: dict[str, Any]) -> Quote:
    data = dict(item)
    data["speaker"] = _actor(data.get("speaker"))
    return Quote(**data)
