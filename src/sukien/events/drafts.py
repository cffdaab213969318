"""Event drafts and how they become one event each: splitting meetings with several people,
merging repeated mentions per (type, source, target, date), and dates inherited after merging.

Used by ``sukien.events.extract``; a draft is an event before its actors are final.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sukien.document import Sentence
from sukien.events.actors import ActorMention
from sukien.events.lexicon import TriggerMatch

__all__ = [
    "Draft",
    "actor_key",
    "compatible_modes",
    "copy_draft",
    "dedup",
    "inherit_dates",
    "merge_drafts",
    "split_draft",
]


@dataclass(slots=True)
class Draft:
    trigger: TriggerMatch
    type: str
    mode: str | None
    source: list[ActorMention]
    target: list[ActorMention]
    date: str | None
    location: str | None
    status: str
    sentence: Sentence
    evidence: list[list[int]] = field(default_factory=list)
    background: bool = False  # "Trong những năm gần đây, …": a trend, not one dated event
    partner: bool = False  # the target was named after "với" ("ký … với Kiev")


def compatible_modes(a: str | None, b: str | None) -> bool:
    """Modes of one event: equal, unknown, or a meeting said to be by phone or video."""
    return a == b or a is None or b is None or {a, b} <= {"meet", "phone", "video"}


def split_draft(draft: Draft) -> list[Draft]:
    """Meetings with several people ("gặp Biden và Modi") are one meeting each, and so are
    visits by several people ("bà von der Leyen cùng Thủ tướng Meloni … tới Kiev") and
    strikes on several states ("… vào các mục tiêu ở Iraq và Syria")."""

    def one_each(side: str) -> list[Draft]:
        out = []
        for m in getattr(draft, side):
            part = copy_draft(draft)
            setattr(part, side, [m])
            out.append(part)
        return out

    if draft.type in ("AGREE", "COOPERATE") and draft.partner and len(draft.source) > 1:
        return one_each("source")  # "Italy và Canada ký thỏa thuận … với Kiev": one each
    if (
        draft.type == "ASSAULT"
        and len(draft.target) > 1
        and all(m.kind == "state" for m in draft.target)
        and len({m.actor.country for m in draft.target if m.actor}) == len(draft.target)
    ):
        return one_each("target")  # "phóng tên lửa vào các mục tiêu ở Iraq và Syria": two
    if draft.type != "CONSULT" or draft.mode == "multilateral":
        return [draft]
    if draft.mode == "visit" and sum(m.kind == "person" for m in draft.source) > 1:
        return one_each("source")
    if sum(m.kind == "person" for m in draft.target) < 2:
        return [draft]
    return one_each("target")


def copy_draft(draft: Draft) -> Draft:
    """A copy with its own evidence list (the actor lists are replaced, not changed)."""
    part = replace(draft)
    part.evidence = [list(e) for e in draft.evidence]
    return part


def actor_key(m: ActorMention) -> str:
    a = m.actor
    if a is None:
        return ""
    return a.kb_id or a.name or a.country or ""


def dedup(items: list[ActorMention]) -> list[ActorMention]:
    seen: set[str] = set()
    out: list[ActorMention] = []
    for m in items:
        k = actor_key(m)
        if m.actor is not None and k not in seen:
            seen.add(k)
            out.append(m)
    return out


def merge_drafts(
    drafts: list[Draft],
    headline: tuple[int, int] | None = None,
    lead: tuple[int, int] | None = None,
) -> list[Draft]:
    """One event per (type, source, target, date); undated ones join a dated twin, and an
    event of the headline (``headline``: its span) joins the same event told in the lead
    paragraph (``lead``) with the same states and day ("Thổ Nhĩ Kỳ bật đèn xanh …" is "ông
    Erdoğan đã đồng ý …")."""

    def negation(d: Draft) -> bool:
        """ "không gặp …; hai bên chỉ điện đàm": a meeting that did not happen stays apart."""
        return d.status == "negated"

    def sides(d: Draft) -> tuple[frozenset[str], frozenset[str]]:
        return frozenset(map(actor_key, d.source)), frozenset(map(actor_key, d.target))

    def same(a: Draft, b: Draft, level: str = "actor") -> bool:
        if a.type != b.type or not compatible_modes(a.mode, b.mode) or negation(a) != negation(b):
            return False
        if level == "country":  # the same states, and an actor in common unless one of the two
            # names only states ("Thượng đỉnh Mỹ - Triều" is the Trump-Kim meeting)
            keys_a, keys_b = sides(a), sides(b)
            shared = (keys_a[0] | keys_a[1]) & (keys_b[0] | keys_b[1])
            states_only = any(all(m.kind == "state" for m in d.source + d.target) for d in (a, b))
            if not shared and not states_only:
                return False
        sa, sb = (sides(a), sides(b)) if level == "actor" else (countries(a), countries(b))
        return sa == sb or (a.type in ("CONSULT", "COOPERATE") and sa == (sb[1], sb[0]))

    def within(d: Draft, o: Draft) -> bool:
        """ "Paris triệu hồi đại sứ tại Washington": some of the parties of a dated event."""
        if d.type != o.type or not compatible_modes(d.mode, o.mode) or negation(d) != negation(o):
            return False
        (ds, dt), (os_, ot) = sides(d), sides(o)
        return bool(ds) and bool(dt) and ds <= os_ and dt <= ot

    def countries(d: Draft) -> tuple[frozenset[str], frozenset[str]]:
        return (
            frozenset(m.actor.country or "" for m in d.source if m.actor),
            frozenset(m.actor.country or "" for m in d.target if m.actor),
        )

    out: list[Draft] = []
    for d in drafts:
        twin = next((o for o in out if same(o, d) and o.date == d.date), None)
        if twin is None and d.date is None and not d.background:
            twin = next((o for o in out if same(o, d)), None) or next(
                (o for o in out if o.date and within(d, o)), None
            )
        if twin is None:
            out.append(d)
            continue
        twin.evidence.extend(e for e in d.evidence if e not in twin.evidence)
    # a dated event absorbs an undated twin kept before it
    final: list[Draft] = []
    for d in out:
        dated = None
        if d.date is None and not d.background:
            dated = next((o for o in out if o.date and same(o, d, "country")), None)
        if dated is None and headline and headline[0] <= d.trigger.start < headline[1]:
            dated = next(
                (
                    o
                    for o in out
                    if o is not d
                    and lead is not None
                    and lead[0] <= o.trigger.start < lead[1]
                    and same(o, d, "country")
                    and (d.date is None or o.date == d.date)
                ),
                None,
            )
        if dated is not None:
            dated.evidence.extend(e for e in d.evidence if e not in dated.evidence)
            continue
        final.append(d)
    return final


def inherit_dates(drafts: list[Draft]) -> None:
    """After merging, an undated event takes the date of a dated one told earlier in the same
    sentence ("Cuộc gặp … giữa ông Putin và ông Modi … dẫn đến những cam kết …")."""
    for d in drafts:
        if d.date is not None or d.background:
            continue
        for other in drafts:
            if (
                other.date
                and other.trigger.end <= d.trigger.start
                and [d.sentence.start, d.sentence.end] in other.evidence
                and other.sentence is not d.sentence
            ):
                d.date = other.date
                break
