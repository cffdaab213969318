"""Event recall on the BKEE dev set (Vietnamese event extraction, ACE-2005 event subtypes).

    python bench/bkee.py [--data ../shared/data/bkee/dev] [--limit N] [--explain] [--hypothetical]

The data is read at run time from ``../shared/data/bkee/dev`` (``EV-dev-*.txt`` with their
brat ``.ann`` files; CC BY-NC 4.0, never copied into the repository); when it is absent the
script prints "skipped: …" and exits 0.

Gold. Each ``.ann`` holds ``T`` lines (a mention: type, character spans, text; discontinuous
spans are written ``start end;start end``) and ``E`` lines (an event: ``Type:Ttrigger`` then
``Role:Tid`` pairs; roles repeat as ``Entity-Arg2``, ``Entity-Arg3``…, read here as the role
``Entity``). Other brat lines (attributes ``A``/``M``, notes ``#``, relations ``R``,
equivalences ``*``) are counted and ignored; malformed lines are reported, never fatal.
Only the events whose type maps to PLOVER are scored: Meet and Phone-write → CONSULT,
Attack → ASSAULT, Demonstrate → PROTEST. Every event type of the set is listed with its count.

Input and alignment. The ``.txt`` files are word-segmented with underscores ("biểu_tình") and
hold one sentence per line. The pipeline gets the text with every ``_`` replaced by a space (a
one-for-one change, so BKEE offsets still hold on that input) through ``sukien.api.annotate``.
``doc.text`` is normalized (NFC composition, tone placement hoà → hòa, quotes, spaces) and
lines the cleaner reads as credits or bylines may be gone, so offsets can drift. Gold offsets
are carried into ``doc.text`` by a character alignment of the input and ``doc.text``
(``difflib.SequenceMatcher`` without the junk heuristic; identity when the texts are equal):
a gold span's start and end are carried over, a boundary inside a rewritten stretch ("oà" →
"òa") widening the span to the whole rewrite, and a span none of whose characters survive is
"lost in cleaning". (On the dev set every one of the 5,111 mentions maps to its own text.)

``--hypothetical`` keeps the events the pipeline marks hypothetical (conditional, demanded,
alleged: "cáo buộc X tấn công Y"), which it drops by default; BKEE, like ACE, annotates every
mention of an event whether or not it happened, so this is the closer comparison.

Event recall. A gold event is recalled when a predicted event of its mapped PLOVER type has a
span (any of ``evidence``, or ``start``/``end``) overlapping (or containing) one of the gold
trigger's spans in ``doc.text``. A predicted event may recall several gold events (two meetings
in one sentence). Evidence spans are clauses or sentences, so this is lenient; the output also
counts the recalled events whose predicted ``trigger`` agrees with the gold trigger word (one
contains the other once case, underscores and tone placement are normalized).

Argument recall, for recalled events only. The gold arguments are grouped by role: participant
roles (Entity, Attacker, Target and, if present, Victim, Agent, Person) are scored against the
actors of the matching predicted events (the union of their ``source`` and ``target``), Place
against their ``location`` and Time against their ``date``; the other roles (Instrument…) are
listed but not scored. A participant argument is covered when an actor

* has a ``kb_id`` equal to that of an entity or reference of the document overlapping the
  argument's span, or a name equal to such a mention's ``name`` or surface text, or
* has a name found as whole words inside the argument's text, or
* has no name but a country (an unnamed official), and a country entity (``kb_id``
  ``country/…``) or a role reference of that country overlaps the argument.

"on its side" also requires Attacker among the sources, Target and Victim among the targets.
A Place argument is covered when the ``location`` is found in its text, or equals the name,
surface text or ``kb_id`` of an overlapping entity; a Time argument when an overlapping time
expression of ``doc.times`` has a value that is a prefix of the event's ``date`` or the other
way round (``2020-06`` and ``2020-06-11``).

Misses are bucketed: lost in cleaning, covered only by predicted events of other types (type
confusion, gold type → predicted type) or by none; then by trigger word (top 15). Predicted
events of the three PLOVER types whose spans overlap no gold trigger mapped to their type are
counted too: an upper bound of false positives only, since BKEE annotates ACE events, not
PLOVER ones (a visit is a BKEE Transport but a PLOVER CONSULT; many events are not annotated).

Speed: the pipeline is loaded and warmed before the clock starts; articles/s and syllables/s
(``Document.syllable_count``) cover ``annotate`` calls only, not parsing or scoring.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sukien.document import Actor, Document, Entity, Event, Reference
from sukien.text.normalize import normalize_text

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "bkee" / "dev"

TYPE_MAP: dict[str, str] = {
    "Meet": "CONSULT",
    "Phone-write": "CONSULT",
    "Attack": "ASSAULT",
    "Demonstrate": "PROTEST",
}
MAPPED_PLOVER: frozenset[str] = frozenset(TYPE_MAP.values())
# role → how it is scored: "actor" (source/target), "place" (location), "time" (date)
ROLE_KIND: dict[str, str] = {
    "Entity": "actor",
    "Attacker": "actor",
    "Target": "actor",
    "Victim": "actor",
    "Agent": "actor",
    "Person": "actor",
    "Place": "place",
    "Time": "time",
}
# the side of the event where an actor role belongs (roles not listed: either side)
ROLE_SIDE: dict[str, str] = {"Attacker": "source", "Target": "target", "Victim": "target"}
TOP = 15

Span = tuple[int, int]
_ROLE_SUFFIX = re.compile(r"(?:-Arg)?\d*$")
_NON_WORD = re.compile(r"[\W_]+")


# ------------------------------------------------------------------ brat parsing


@dataclass(frozen=True)
class TextBound:
    """A ``T`` line: a typed mention over one or more character spans of the ``.txt``."""

    id: str
    type: str
    spans: tuple[Span, ...]
    text: str


@dataclass
class GoldEvent:
    """An ``E`` line with its references resolved: the trigger and (role, mention) pairs."""

    id: str
    type: str
    trigger: TextBound
    args: list[tuple[str, TextBound]] = field(default_factory=list)


@dataclass
class Annotation:
    """One ``.ann`` file: mentions by id, events, and what was ignored or could not be read."""

    mentions: dict[str, TextBound] = field(default_factory=dict)
    events: list[GoldEvent] = field(default_factory=list)
    ignored: Counter[str] = field(default_factory=Counter)  # line kind → count
    problems: list[str] = field(default_factory=list)


def parse_spans(field_text: str) -> tuple[Span, ...]:
    """``"3 7"`` → ``((3, 7),)``; ``"3 7;9 12"`` → two spans. Raises ``ValueError``."""
    spans: list[Span] = []
    for piece in field_text.split(";"):
        start, end = (int(x) for x in piece.split())
        if not 0 <= start <= end:
            raise ValueError(f"bad span {piece!r}")
        spans.append((start, end))
    return tuple(spans)


def role_name(role: str) -> str:
    """``"Entity-Arg2"`` → ``"Entity"``; ``"Place-Arg"`` → ``"Place"``."""
    return _ROLE_SUFFIX.sub("", role) or role


def parse_ann(text: str) -> Annotation:
    """Parse brat standoff; events are resolved after every line is read (forward references).

    An argument that names another event stands for that event's trigger; references to
    unknown ids are reported in ``problems`` and dropped.
    """
    ann = Annotation()
    raw_events: list[tuple[str, str, str, list[tuple[str, str]]]] = []
    for number, line in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        cols = line.split("\t")
        ident = cols[0].strip()
        kind = ident[:1]
        try:
            if kind == "T":
                type_, _, spans = cols[1].partition(" ")
                mention = TextBound(
                    ident, type_, parse_spans(spans), cols[2] if len(cols) > 2 else ""
                )
                ann.mentions[ident] = mention
            elif kind == "E":
                head, *fields = cols[1].split()
                type_, _, trigger_ref = head.partition(":")
                pairs = [(role, ref) for role, _, ref in (f.partition(":") for f in fields)]
                raw_events.append((ident, type_, trigger_ref, pairs))
            else:
                ann.ignored[kind or "?"] += 1
        except (IndexError, ValueError) as exc:
            ann.problems.append(f"line {number}: {exc}: {line[:60]!r}")
    triggers = {ident: trigger_ref for ident, _, trigger_ref, _ in raw_events}

    def resolve(ref: str) -> TextBound | None:
        ref = triggers.get(ref, ref)  # an event used as an argument: its trigger
        return ann.mentions.get(ref)

    for ident, type_, trigger_ref, pairs in raw_events:
        trigger = ann.mentions.get(trigger_ref)
        if trigger is None:
            ann.problems.append(f"{ident}: trigger {trigger_ref!r} not found")
            continue
        event = GoldEvent(ident, type_, trigger)
        for role, ref in pairs:
            target = resolve(ref)
            if target is None or not role:
                ann.problems.append(f"{ident}: argument {role}:{ref} not found")
            else:
                event.args.append((role, target))
        ann.events.append(event)
    return ann


# ------------------------------------------------------------------ offsets, text keys


class OffsetMap:
    """Carries character offsets of ``source`` into ``target``, an edited copy of it.

    Every boundary between characters of ``source`` gets an image in ``target``: inside an
    unchanged stretch the obvious one; inside a replaced stretch ("oà" → "òa", a decomposed
    letter composed) a start goes to the start of the replacement and an end to its end, so
    a span grows to whole replacements; text inserted at a boundary is left out of the span.
    """

    def __init__(self, source: str, target: str) -> None:
        self.identity = source == target
        size = len(source) + 1
        self._start: list[int] = [-1] * size  # image of a boundary used as a span start
        self._end: list[int] = [len(target) + 1] * size  # … used as a span end
        if self.identity:
            return
        matcher = difflib.SequenceMatcher(None, source, target, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            for i in range(i1, i2 + 1):
                if tag == "equal":
                    first = last = j1 + i - i1
                elif tag == "insert":  # i1 == i2: starts after the insertion, ends before it
                    first, last = j2, j1
                else:  # replace, delete: the edges map to the edges, the inside spreads
                    first = j2 if i == i2 else j1
                    last = j1 if i == i1 else j2
                self._start[i] = max(self._start[i], first)
                self._end[i] = min(self._end[i], last)

    def span(self, start: int, end: int) -> Span | None:
        """The ``target`` span of ``source[start:end]``; None when none of it survives."""
        end = min(end, len(self._start) - 1)
        start = min(start, end)
        if self.identity:
            return (start, end) if start < end else None
        first, last = self._start[start], self._end[end]
        return (first, last) if first < last else None

    def spans(self, spans: Iterable[Span]) -> list[Span]:
        return [s for s in (self.span(a, b) for a, b in spans) if s is not None]


def key(text: str) -> str:
    """Comparison key: underscores and punctuation → spaces, normalized, case-folded."""
    return " ".join(_NON_WORD.sub(" ", normalize_text(text.replace("_", " "))).casefold().split())


def has_phrase(haystack: str, needle: str) -> bool:
    """Whether ``needle`` occurs as whole words in ``haystack`` (both compared by ``key``)."""
    hay, pin = key(haystack), key(needle)
    return bool(pin) and f" {pin} " in f" {hay} "


def overlaps(a: Span, b: Span) -> bool:
    """Spans share a character, or one is an empty span inside the other."""
    return (a[0] < b[1] and b[0] < a[1]) or (a[0] == a[1] and b[0] <= a[0] < b[1])


def any_overlap(spans: Sequence[Span], others: Sequence[Span]) -> bool:
    return any(overlaps(a, b) for a in spans for b in others)


def event_spans(event: Event) -> list[Span]:
    spans = [(int(s[0]), int(s[1])) for s in event.evidence if len(s) >= 2]
    return [*spans, (event.start, event.end)]


def lemma(text: str) -> str:
    """The trigger word as it is counted: normalized, lower case, underscores as spaces."""
    return " ".join(normalize_text(text.replace("_", " ")).lower().split())


def trigger_agrees(gold: str, predicted: str | None) -> bool:
    if not predicted:
        return False
    g, p = key(gold), key(predicted)
    return bool(g and p) and (has_phrase(g, p) or has_phrase(p, g))


# ------------------------------------------------------------------ argument coverage


def actor_covers(actor: Actor, arg_text: str, arg_spans: Sequence[Span], doc: Document) -> bool:
    """Whether ``actor`` stands for the gold argument (see the module docstring)."""
    if actor.name and has_phrase(arg_text, actor.name):
        return True
    candidates: list[Entity | Reference] = [*doc.entities, *doc.references]
    mentions = [m for m in candidates if any(overlaps((m.start, m.end), s) for s in arg_spans)]
    name = key(actor.name) if actor.name else ""
    for m in mentions:
        if actor.kb_id and m.kb_id == actor.kb_id:
            return True
        if name and name in {key(m.name or ""), key(m.text)}:
            return True
        country_only = not actor.name and actor.country and m.country == actor.country
        if country_only and (isinstance(m, Reference) or (m.kb_id or "").startswith("country/")):
            return True
    return False


def place_covers(
    location: str | None, arg_text: str, arg_spans: Sequence[Span], doc: Document
) -> bool:
    if not location:
        return False
    if has_phrase(arg_text, location):
        return True
    wanted = key(location)
    return any(
        wanted in {key(e.name or ""), key(e.text), key(e.kb_id or "")}
        for e in doc.entities
        if any(overlaps((e.start, e.end), s) for s in arg_spans)
    )


def time_covers(date: str | None, arg_spans: Sequence[Span], doc: Document) -> bool:
    if not date:
        return False
    return any(
        t.value and (date.startswith(t.value) or t.value.startswith(date))
        for t in doc.times
        if any(overlaps((t.start, t.end), s) for s in arg_spans)
    )


@dataclass
class ArgResult:
    role: str  # "Entity", "Attacker"…
    text: str
    kind: str | None  # "actor" | "place" | "time" | None (not scored)
    covered: bool = False
    on_side: bool = False  # actor roles: covered by an actor on the role's side


def score_argument(
    role: str, mention: TextBound, spans: Sequence[Span], matches: Sequence[Event], doc: Document
) -> ArgResult:
    result = ArgResult(role, mention.text, ROLE_KIND.get(role))
    if result.kind is None or not spans:
        return result
    if result.kind == "place":
        result.covered = any(place_covers(e.location, mention.text, spans, doc) for e in matches)
    elif result.kind == "time":
        result.covered = any(time_covers(e.date, spans, doc) for e in matches)
    else:
        side = ROLE_SIDE.get(role)
        for event in matches:
            for where, actors in (("source", event.source), ("target", event.target)):
                if any(actor_covers(a, mention.text, spans, doc) for a in actors):
                    result.covered = True
                    result.on_side = result.on_side or side in (None, where)
    result.on_side = result.on_side and result.covered
    return result


# ------------------------------------------------------------------ scoring one document


@dataclass
class GoldResult:
    doc_id: str
    event: GoldEvent
    plover: str
    spans: list[Span]  # the trigger in doc.text; empty when lost in cleaning
    recalled: bool = False
    trigger_agrees: bool = False
    other_types: list[str] = field(default_factory=list)  # overlapping predictions, other types
    named: bool = False  # its participants are named (two sides, or one for a protest)
    args: list[ArgResult] = field(default_factory=list)

    @property
    def miss_class(self) -> str:
        if not self.spans:
            return "trigger lost in cleaning"
        if self.other_types:
            return "only other-type events there"
        return "no predicted event there"


@dataclass
class ExtraPrediction:
    """A predicted event of a mapped PLOVER type that overlaps no gold event of its type."""

    doc_id: str
    event: Event
    gold_types: list[str]  # BKEE types of gold triggers it overlaps (of other mappings)


@dataclass
class DocScore:
    gold: list[GoldResult] = field(default_factory=list)
    extras: list[ExtraPrediction] = field(default_factory=list)
    predicted: Counter[str] = field(default_factory=Counter)  # mapped PLOVER type → count


def named_participants(gold: GoldEvent, offsets: OffsetMap, doc: Document, plover: str) -> bool:
    """Whether the gold event's participant arguments are named entities of ``doc``: at least
    two (one for PROTEST), the kind of event sukien's extractor codes (GUIDELINES.md: between
    named political actors); "một thanh niên đâm …" is not."""
    named = 0
    for role, mention in gold.args:
        if ROLE_KIND.get(role_name(role)) != "actor":
            continue
        spans = offsets.spans(mention.spans)
        if any(any_overlap(spans, [(e.start, e.end)]) for e in doc.entities):
            named += 1
    return named >= (1 if plover == "PROTEST" else 2)


def score_document(doc_id: str, ann: Annotation, source: str, doc: Document) -> DocScore:
    """Score ``doc`` (annotated from ``source``, the ``.txt`` with ``_`` → space) on ``ann``."""
    offsets = OffsetMap(source, doc.text)
    predicted = [(e, event_spans(e)) for e in doc.events]
    score = DocScore()
    all_gold: list[tuple[str, list[Span]]] = []
    for gold in ann.events:
        spans = offsets.spans(gold.trigger.spans)
        all_gold.append((gold.type, spans))
        plover = TYPE_MAP.get(gold.type)
        if plover is None:
            continue
        result = GoldResult(doc_id, gold, plover, spans)
        result.named = named_participants(gold, offsets, doc, plover)
        here = [e for e, s in predicted if spans and any_overlap(spans, s)]
        matches = [e for e in here if e.type == plover]
        result.recalled = bool(matches)
        result.other_types = sorted({e.type for e in here if e.type != plover})
        if matches:
            result.trigger_agrees = any(
                trigger_agrees(gold.trigger.text, e.trigger) for e in matches
            )
            for role, mention in gold.args:
                arg_spans = offsets.spans(mention.spans)
                result.args.append(
                    score_argument(role_name(role), mention, arg_spans, matches, doc)
                )
        score.gold.append(result)
    for event, spans in predicted:
        if event.type not in MAPPED_PLOVER:
            continue
        score.predicted[event.type] += 1
        touched = [t for t, g in all_gold if any_overlap(g, spans)]
        if not any(TYPE_MAP.get(t) == event.type for t in touched):
            score.extras.append(ExtraPrediction(doc_id, event, sorted(set(touched))))
    return score


# ------------------------------------------------------------------ report


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    –"


def sentence_of(raw: str, spans: Sequence[Span]) -> str:
    """The ``.txt`` line (one sentence per line) holding the trigger, the trigger in [[ ]]."""
    start, end = spans[0][0], spans[-1][1]
    line_start = raw.rfind("\n", 0, start) + 1
    line_end = raw.find("\n", end)
    line_end = len(raw) if line_end < 0 else line_end
    marked = raw[line_start:start] + "[[" + raw[start:end] + "]]" + raw[end:line_end]
    return " ".join(marked.replace("_", " ").split())


def print_gold_stats(anns: Sequence[Annotation]) -> None:
    types = Counter(e.type for a in anns for e in a.events)
    print(f"\nBKEE event types ({sum(types.values())} events):")
    for name, count in types.most_common():
        mapped = TYPE_MAP.get(name)
        print(f"  {name:20s} {count:5d}  {'→ ' + mapped if mapped else '(not scored)'}")
    roles: dict[str, Counter[str]] = defaultdict(Counter)
    for a in anns:
        for e in a.events:
            if e.type in TYPE_MAP:
                for role, _ in e.args:
                    roles[role_name(role)][e.type] += 1
    print("\nargument roles of the scored types (role: count by type; how scored):")
    for role, by_type in sorted(roles.items(), key=lambda kv: -sum(kv[1].values())):
        detail = ", ".join(f"{t} {n}" for t, n in by_type.most_common())
        how = {"actor": "source/target", "place": "location", "time": "date"}.get(
            ROLE_KIND.get(role, ""), "not scored"
        )
        print(f"  {role:12s} {sum(by_type.values()):5d}  ({detail}; {how})")
    ignored = sum((a.ignored for a in anns), Counter[str]())
    problems = sum(len(a.problems) for a in anns)
    discontinuous = sum(len(m.spans) > 1 for a in anns for m in a.mentions.values())
    print(
        f"\n.ann lines ignored by kind: {dict(ignored) or 'none'}; problems: {problems}; "
        f"discontinuous mentions: {discontinuous}"
    )


HOW_SCORED = {"actor": "source/target", "place": "location", "time": "date"}


def print_recall(gold: Sequence[GoldResult]) -> None:
    print("\nevent recall (a predicted event of the mapped type overlaps the gold trigger):")
    print(
        f"  {'BKEE type':14s} {'PLOVER':8s} {'gold':>5s} {'recalled':>8s} {'recall':>7s}"
        "  trigger agrees"
    )
    by_type: dict[str, list[GoldResult]] = defaultdict(list)
    for g in gold:
        by_type[g.event.type].append(g)
    rows = [(t, TYPE_MAP[t], by_type.get(t, [])) for t in TYPE_MAP]
    rows += [(f"  {p}", p, [g for g in gold if g.plover == p]) for p in sorted(MAPPED_PLOVER)]
    rows.append(("overall", "", list(gold)))
    for name, plover, items in rows:
        hit = sum(g.recalled for g in items)
        agree = sum(g.trigger_agrees for g in items)
        print(
            f"  {name:14s} {plover:8s} {len(items):5d} {hit:8d} {pct(hit, len(items)):>7s}"
            f"  {agree:14d}"
        )
    named = [g for g in gold if g.named]
    hit = sum(g.recalled for g in named)
    print(
        f"  with named participants (two sides; one for a protest): {len(named)} gold, "
        f"{hit} recalled, {pct(hit, len(named))}"
    )


def print_arguments(gold: Sequence[GoldResult]) -> None:
    recalled = sum(g.recalled for g in gold)
    print(f"\nargument recall (the gold arguments of the {recalled} recalled events):")
    print(
        f"  {'role':12s} {'scored against':14s} {'gold':>5s} {'covered':>8s} {'share':>7s}"
        "  on its side"
    )
    by_role: dict[str, list[ArgResult]] = defaultdict(list)
    for arg in (a for g in gold for a in g.args):
        by_role[arg.role].append(arg)
    scored: list[ArgResult] = []
    for role, items in sorted(by_role.items(), key=lambda kv: -len(kv[1])):
        kind = items[0].kind
        if kind is None:
            print(f"  {role:12s} {'(not scored)':14s} {len(items):5d}")
            continue
        scored += items
        cov = sum(a.covered for a in items)
        side = f"{sum(a.on_side for a in items):11d}" if kind == "actor" else ""
        print(
            f"  {role:12s} {HOW_SCORED[kind]:14s} {len(items):5d} {cov:8d}"
            f" {pct(cov, len(items)):>7s}  {side}"
        )
    cov = sum(a.covered for a in scored)
    print(f"  {'all scored':12s} {'':14s} {len(scored):5d} {cov:8d} {pct(cov, len(scored)):>7s}")


def print_misses(misses: Sequence[GoldResult]) -> None:
    print(f"\nmisses: {len(misses)}")
    for name, count in Counter(g.miss_class for g in misses).most_common():
        print(f"  {name:32s} {count:5d}")
    confusion = Counter(f"{g.event.type} → {t}" for g in misses for t in g.other_types)
    if confusion:
        print("  type confusion (gold type → type of a predicted event over the trigger):")
        for name, count in confusion.most_common(TOP):
            print(f"    {name:30s} {count:5d}")
    print(f"  top {TOP} missed trigger words:")
    words = Counter((lemma(g.event.trigger.text), g.event.type) for g in misses)
    for (word, type_), count in words.most_common(TOP):
        print(f"    {word:24s} {type_:14s} {count:5d}")


def print_extras(scores: Sequence[DocScore]) -> None:
    extras = [x for s in scores for x in s.extras]
    predicted = sum((s.predicted for s in scores), Counter[str]())
    print(
        "\npredictions of the mapped types overlapping no gold event of their type\n"
        "(an UPPER BOUND of false positives: BKEE does not annotate every event PLOVER counts):"
    )
    for plover in sorted(MAPPED_PLOVER):
        n = sum(x.event.type == plover for x in extras)
        share = pct(n, predicted[plover]).strip()
        print(f"  {plover:8s} predicted {predicted[plover]:5d}, without gold {n:5d} ({share})")
    over = Counter(f"{x.event.type} over gold {t}" for x in extras for t in x.gold_types)
    if over:
        print("  of which over a gold event of another type:")
        for name, count in over.most_common(TOP):
            print(f"    {name:36s} {count:5d}")
    words = Counter((lemma(x.event.trigger or "?"), x.event.type) for x in extras)
    if words:
        print(f"  top {TOP} trigger words of those predictions:")
        for (word, type_), count in words.most_common(TOP):
            print(f"    {word:24s} {type_:14s} {count:5d}")


def print_explain(
    misses: Sequence[GoldResult], scores: Sequence[DocScore], raws: dict[str, str]
) -> None:
    print("\n--- misses (the .txt sentence, gold trigger in [[ ]])")
    for g in misses:
        others = ", ".join(g.other_types) or "-"
        print(
            f"{g.doc_id} {g.event.id} {g.event.type} '{lemma(g.event.trigger.text)}'"
            f" [{g.miss_class}; other types there: {others}]"
        )
        print(f"    {sentence_of(raws[g.doc_id], g.event.trigger.spans)}")
    print("\n--- predictions without gold (evidence text)")
    for x in (x for s in scores for x in s.extras):
        e = x.event
        print(
            f"{x.doc_id} {e.type} trigger={e.trigger!r} over gold: {', '.join(x.gold_types) or '-'}"
        )
        print(f"    {' '.join(e.text.split())[:300]}")


def print_report(scores: Sequence[DocScore], explain: bool, raws: dict[str, str]) -> None:
    gold = [g for s in scores for g in s.gold]
    misses = [g for g in gold if not g.recalled]
    print_recall(gold)
    print_arguments(gold)
    print_misses(misses)
    print_extras(scores)
    if explain:
        print_explain(misses, scores, raws)


# ------------------------------------------------------------------ main


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="BKEE dev directory")
    ap.add_argument("--limit", type=int, help="score only the first N documents")
    ap.add_argument("--explain", action="store_true", help="print every miss with its sentence")
    ap.add_argument(
        "--hypothetical", action="store_true", help="keep hypothetical (e.g. alleged) events"
    )
    args = ap.parse_args(argv)

    files = sorted(args.data.glob("*.ann")) if args.data.is_dir() else []
    files = [f for f in files if f.with_suffix(".txt").is_file()]
    if not files:
        print(f"skipped: no BKEE .ann/.txt pairs in {args.data}")
        return 0
    if args.limit is not None:
        files = files[: args.limit]

    docs: list[tuple[str, str, Annotation]] = []
    for path in files:
        raw = path.with_suffix(".txt").read_text(encoding="utf-8")
        docs.append((path.stem, raw, parse_ann(path.read_text(encoding="utf-8"))))
    print(f"BKEE: {len(docs)} documents from {args.data}")
    print_gold_stats([a for _, _, a in docs])

    from sukien.api import annotate
    from sukien.events.extract import EventOptions
    from sukien.pipeline import PipelineOptions

    options = PipelineOptions(events=EventOptions(hypothetical=args.hypothetical))
    if args.hypothetical:
        print("hypothetical events kept (--hypothetical)")
    annotate("Tổng thống Nga Vladimir Putin hội đàm với Chủ tịch Trung Quốc Tập Cận Bình.")
    annotated: list[Document] = []
    seconds = 0.0
    for _, raw, _ in docs:
        start = time.perf_counter()
        annotated.append(annotate(raw.replace("_", " "), options=options))
        seconds += time.perf_counter() - start
    syllables = sum(d.syllable_count() for d in annotated)
    n_events = sum(len(d.events) for d in annotated)
    print(
        f"\npipeline: {len(docs)} articles, {syllables:,} syllables in {seconds:.2f} s: "
        f"{len(docs) / seconds:.1f} articles/s, {syllables / seconds:,.0f} syllables/s; "
        f"{n_events} predicted events"
    )
    if not n_events:
        print("note: the pipeline predicted no events (is the event extractor in place?)")

    scores = [
        score_document(doc_id, ann, raw.replace("_", " "), doc)
        for (doc_id, raw, ann), doc in zip(docs, annotated, strict=True)
    ]
    lost = sum(not g.spans for s in scores for g in s.gold)
    changed = sum(
        raw.replace("_", " ") != d.text for (_, raw, _), d in zip(docs, annotated, strict=True)
    )
    print(
        f"alignment: {changed} of {len(docs)} texts changed by cleaning; "
        f"{lost} scored triggers lost"
    )
    print_report(scores, args.explain, {doc_id: raw for doc_id, raw, _ in docs})
    return 0


if __name__ == "__main__":
    sys.exit(main())
