"""The Vietnamese event-trigger lexicon and a fast trigger matcher.

``data/triggers.tsv`` (documented in ``data/README.md``) lists the words and phrases that signal
a PLOVER event: one row per (trigger, type, mode), with the nominal forms the press uses
("cuộc gặp", "lệnh trừng phạt"), the direction of the roles, context rules and the CAMEO code.
:func:`triggers` loads it once; :func:`find_triggers` finds its triggers in a text.

Matching is by syllables: the text is cut into words (``\\w+``) and, at each word, the longest
trigger or nominal form starting with it is tried first ("hội đàm trực tuyến" before "hội
đàm", "tấn công mạng" before "tấn công"); matches do not overlap. It is case-insensitive and
accepts both tone spellings of the open rhymes oa/oe/uy ("đe dọa" = "đe doạ", "phong tỏa" =
"phong toả"); the syllables of a trigger may be separated by spaces or a hyphen, not by a
line break or punctuation. The rules ``not_before:`` and ``not_after:`` of the ``requires``
column are applied here ("tiếp" is not a trigger in "tiếp tục", "hợp tác" not in "hợp tác
xã"). Of an ``object:`` rule the matcher only checks that a word follows the verb on the same
line ("hội đàm tiếp." = continue the talks) unless it is passive ("bị/được X"); whether that
word is the right kind of object is left to the event extractor, which sees the arguments.
A nominal form opening with a classifier bound to the word before ("quân sự từ chối": not
"sự từ chối") is skipped for the shorter lemma.

The text is expected in NFC, as :func:`sukien.text.normalize.normalize_text` leaves it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Final, NamedTuple

from sukien.events.plover import PLOVER_TYPES, valid_cameo, valid_mode
from sukien.text.normalize import NormalizeOptions, normalize_text

__all__ = [
    "COLUMNS",
    "DIRECTIONS",
    "OBJECT_KINDS",
    "POS_VALUES",
    "LexiconError",
    "Trigger",
    "TriggerMatch",
    "find_triggers",
    "lower_text",
    "parse_triggers",
    "triggers",
]

COLUMNS: Final = (
    "trigger",
    "type",
    "mode",
    "pos",
    "nominal",
    "direction",
    "needs_target",
    "requires",
    "cameo",
    "notes",
    "example",
)
"""The columns of ``triggers.tsv``, in order."""

POS_VALUES: Final = frozenset({"verb", "noun", "both"})
DIRECTIONS: Final = frozenset({"source_acts", "symmetric", "passive_ok", "reversed"})
OBJECT_KINDS: Final = frozenset({"agreement", "place", "person", "org", "event", "military", "aid"})
"""Kinds of object an ``object:`` rule can ask for (see ``data/README.md``)."""

_RULES: Final = frozenset({"object", "not_before", "not_after", "soon_before"})
_SOON: Final = 5  # how many words a ``soon_before:`` word may come after the trigger
_WORD: Final = re.compile(r"\w+")
_PHRASE: Final = re.compile(r"\w+(?:(?: +|-)\w+)*")
_GAP: Final = re.compile(r"[ \t]*-[ \t]*|[ \t]+")
_PASSIVE: Final = frozenset({"bị", "được"})
# A nominal form opening with a classifier ("sự ủng hộ", "vụ tấn công") is not matched when
# the classifier is the second half of a compound with the word before ("quân sự từ chối",
# "nhiệm vụ tấn công"): the lemma after it is matched instead.
_BOUND: Final = {
    "sự": frozenset({"quân", "dân", "hình", "nhân", "thực"}),
    "việc": frozenset({"công", "làm", "sự"}),
    "vụ": frozenset({"nhiệm", "phục", "dịch", "nghiệp", "công", "sự", "thời", "quân", "chức"}),
    "lời": frozenset({"trả"}),
    "lệnh": frozenset({"mệnh"}),
}
# adverbs the press puts inside a verb phrase trigger: "rút hẳn đại sứ", "cắt đứt hoàn toàn
# quan hệ", "đóng cửa vĩnh viễn đại sứ quán"
_INNER_ADVERBS: Final = tuple(
    tuple(a.split())
    for a in (
        "ngay lập tức", "vĩnh viễn", "tạm thời", "hoàn toàn", "lập tức", "khẩn cấp", "hẳn",
        "ngay",
    )
)  # fmt: skip
_ADVERB_STARTS: Final = frozenset(a[0] for a in _INNER_ADVERBS)
# a capital after one of these (or at a line start) begins a sentence, a quote or an item
_SENTENCE_OPENERS: Final = frozenset(".!?…:;\"“”'‘’()[]{}«»-–—•*>|/")


class LexiconError(ValueError):
    """A row of the trigger table is malformed; the message names the source and line."""


@dataclass(frozen=True)
class Trigger:
    """One row of ``triggers.tsv``: a Vietnamese trigger read as one PLOVER type and mode.

    ``nominal`` holds the nominal forms ("cuộc hội đàm"), ``requires`` the context rules
    (``object:agreement``, ``not_before:tục``), ``cameo`` the CAMEO code of this reading.
    ``line`` is the row's line number in its file (not part of equality).
    """

    trigger: str
    type: str
    mode: str | None
    pos: str
    nominal: tuple[str, ...]
    direction: str
    needs_target: bool
    requires: tuple[str, ...]
    cameo: str
    notes: str
    example: str
    line: int = field(default=0, compare=False)

    def rule(self, name: str) -> tuple[str, ...]:
        """The alternatives of context rule ``name`` (``"object"``, ``"not_before"``,
        ``"not_after"``): ``Trigger(requires=("object:place|person",)).rule("object")`` is
        ``("place", "person")``; empty when the row has no such rule."""
        values: list[str] = []
        for item in self.requires:
            key, _, value = item.partition(":")
            if key == name:
                values.extend(value.split("|"))
        return tuple(values)

    @property
    def objects(self) -> tuple[str, ...]:
        """The object kinds an ``object:`` rule asks for (empty: no requirement)."""
        return self.rule("object")


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    """A trigger found in a text.

    ``text[start:end]`` is the matched phrase. ``trigger`` is the preferred reading and
    ``readings`` all the readings of the phrase (``trigger`` first), in table order.
    ``nominal`` is true for a nominal form ("cuộc gặp") and for a noun-only lemma ("hội
    nghị"). ``passive`` is true when the match directly follows "bị" or "được". ``capitalized``
    is true when the match starts with a capital inside a sentence, as in a name (Hội đồng
    Hợp tác vùng Vịnh).
    """

    start: int
    end: int
    text: str
    trigger: Trigger
    readings: tuple[Trigger, ...]
    nominal: bool
    passive: bool = False
    capitalized: bool = False

    @property
    def type(self) -> str:
        """PLOVER type of the preferred reading."""
        return self.trigger.type

    @property
    def mode(self) -> str | None:
        """PLOVER mode of the preferred reading (``None`` when it has none)."""
        return self.trigger.mode

    @property
    def types(self) -> tuple[str, ...]:
        """The distinct types of all readings, preferred first."""
        return tuple(dict.fromkeys(t.type for t in self.readings))


# ---------------------------------------------------------------------------------- loading


def _cells(line: str, number: int, source: str) -> list[str]:
    cells = line.split("\t")
    if len(cells) != len(COLUMNS):
        raise LexiconError(f"{source}:{number}: {len(cells)} columns, expected {len(COLUMNS)}")
    return [c.strip() for c in cells]


def _check_phrase(text: str, what: str, where: str) -> None:
    if not _PHRASE.fullmatch(text):
        raise LexiconError(f"{where}: bad {what} {text!r} (words separated by spaces)")


def _parse_requires(cell: str, where: str) -> tuple[str, ...]:
    items = tuple(item.strip() for item in cell.split(";") if item.strip())
    for item in items:
        key, colon, value = item.partition(":")
        if not colon or key not in _RULES or not value:
            raise LexiconError(
                f"{where}: bad rule {item!r} (object:, not_before:, not_after:, soon_before:)"
            )
        for alternative in value.split("|"):
            if key == "object":
                if alternative not in OBJECT_KINDS:
                    raise LexiconError(f"{where}: unknown object kind {alternative!r}")
            else:
                _check_phrase(alternative, "rule word", where)
    return items


def _parse_row(cells: list[str], number: int, source: str) -> Trigger:
    where = f"{source}:{number}"
    lemma, type_, mode, pos, nominal, direction, needs, requires, cameo, notes, example = cells
    _check_phrase(lemma, "trigger", where)
    if type_ not in PLOVER_TYPES:
        raise LexiconError(f"{where}: unknown PLOVER type {type_!r}")
    if not valid_mode(type_, mode or None):
        raise LexiconError(f"{where}: {mode!r} is not a mode of {type_}")
    if pos not in POS_VALUES:
        raise LexiconError(f"{where}: pos must be one of {sorted(POS_VALUES)}, not {pos!r}")
    forms = tuple(f.strip() for f in nominal.split("|") if f.strip())
    for form in forms:
        _check_phrase(form, "nominal form", where)
    if direction not in DIRECTIONS:
        raise LexiconError(f"{where}: direction must be one of {sorted(DIRECTIONS)}")
    if needs not in ("yes", "no"):
        raise LexiconError(f"{where}: needs_target must be yes or no, not {needs!r}")
    if not valid_cameo(type_, cameo):
        raise LexiconError(f"{where}: CAMEO code {cameo!r} does not map to {type_}")
    if not example:
        raise LexiconError(f"{where}: the example is missing")
    return Trigger(
        trigger=lemma,
        type=type_,
        mode=mode or None,
        pos=pos,
        nominal=forms,
        direction=direction,
        needs_target=needs == "yes",
        requires=_parse_requires(requires, where),
        cameo=cameo,
        notes=notes,
        example=example,
        line=number,
    )


def parse_triggers(text: str, source: str = "triggers.tsv") -> tuple[Trigger, ...]:
    """Parse the text of a trigger table (header line, TAB-separated rows, ``#`` comments).

    Raises :class:`LexiconError` for a missing or wrong header, a malformed row, or a
    repeated (trigger, type, mode).
    """
    rows: list[Trigger] = []
    seen: set[tuple[str, str, str | None]] = set()
    header = False
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = _cells(line, number, source)
        if not header:
            if tuple(cells) != COLUMNS:
                raise LexiconError(f"{source}:{number}: the header must be {'/'.join(COLUMNS)}")
            header = True
            continue
        row = _parse_row(cells, number, source)
        key = (row.trigger, row.type, row.mode)
        if key in seen:
            raise LexiconError(f"{source}:{number}: repeated trigger {key}")
        seen.add(key)
        rows.append(row)
    if not header:
        raise LexiconError(f"{source}: no header line")
    return tuple(rows)


@cache
def triggers() -> tuple[Trigger, ...]:
    """All rows of the packaged ``data/triggers.tsv``, in file order (loaded once)."""
    path = resources.files("sukien.events").joinpath("data", "triggers.tsv")
    return parse_triggers(path.read_text(encoding="utf-8"), "triggers.tsv")


# ---------------------------------------------------------------------------------- index


class _Entry(NamedTuple):
    trigger: Trigger
    nominal: bool
    not_before: tuple[tuple[str, ...], ...]
    not_after: tuple[tuple[str, ...], ...]
    soon_before: tuple[tuple[str, ...], ...]
    needs_object: bool  # a verb with an object: rule must be followed by a word


class _Form(NamedTuple):
    rest: tuple[str, ...]  # the syllables after the first
    entries: tuple[_Entry, ...]


_OLD: Final = NormalizeOptions(tone_style="old", quotes=False)
_NEW: Final = NormalizeOptions(tone_style="new", quotes=False)


def _spellings(syllable: str) -> tuple[str, ...]:
    """The syllable with the tone of an open oa/oe/uy on either vowel (hòa, hoà)."""
    return tuple(
        dict.fromkeys((syllable, normalize_text(syllable, _OLD), normalize_text(syllable, _NEW)))
    )


def _syllables(phrase: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(phrase.lower()))


def _variants(phrase: str) -> Iterator[tuple[str, ...]]:
    return itertools.product(*(_spellings(s) for s in _syllables(phrase)))


def _rule_words(trigger: Trigger, name: str) -> tuple[tuple[str, ...], ...]:
    words = {v for phrase in trigger.rule(name) for v in _variants(phrase)}
    return tuple(sorted(words, key=len, reverse=True))


def _build_index(rows: Sequence[Trigger]) -> dict[str, tuple[_Form, ...]]:
    by_key: dict[tuple[str, ...], list[_Entry]] = {}
    for row in rows:
        not_before, not_after = _rule_words(row, "not_before"), _rule_words(row, "not_after")
        soon_before = _rule_words(row, "soon_before")
        forms = [(row.trigger, row.pos == "noun")] + [(f, True) for f in row.nominal]
        for form, nominal in forms:
            for key in _variants(form):
                bucket = by_key.setdefault(key, [])
                # a spelling variant of an earlier row ("đe doạ" after "đe dọa") adds nothing
                if not any(
                    (e.trigger.type, e.trigger.mode) == (row.type, row.mode) for e in bucket
                ):
                    needs_object = bool(row.objects) and not nominal
                    bucket.append(
                        _Entry(row, nominal, not_before, not_after, soon_before, needs_object)
                    )
    index: dict[str, list[_Form]] = {}
    for key, entries in by_key.items():
        index.setdefault(key[0], []).append(_Form(key[1:], tuple(entries)))
    return {
        first: tuple(sorted(forms, key=lambda f: len(f.rest), reverse=True))
        for first, forms in index.items()
    }


@cache
def _index() -> dict[str, tuple[_Form, ...]]:
    return _build_index(triggers())


# ---------------------------------------------------------------------------------- matching


def lower_text(text: str) -> str:
    """``text`` in lower case, with the same length (so offsets stay valid)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


class _Words:
    """The words of a text span, lower-cased, with a check of the gaps between them."""

    __slots__ = ("ends", "low", "starts", "words")

    def __init__(self, low: str, start: int, end: int) -> None:
        matches = list(_WORD.finditer(low, start, end))
        if matches and start > 0 and matches[0].start() == start and low[start - 1].isalnum():
            matches.pop(0)  # the span starts inside a word
        if matches and end < len(low) and matches[-1].end() == end and low[end].isalnum():
            matches.pop()  # the span ends inside a word
        self.low = low
        self.words = [m.group() for m in matches]
        self.starts = [m.start() for m in matches]
        self.ends = [m.end() for m in matches]

    def joined(self, i: int) -> bool:
        """Whether words ``i`` and ``i + 1`` are separated only by spaces or a hyphen."""
        gap = self.low[self.ends[i] : self.starts[i + 1]]
        return gap == " " or _GAP.fullmatch(gap) is not None

    def sequence_at(self, i: int, words: tuple[str, ...]) -> bool:
        """Whether ``words`` occur, joined, from word ``i`` on."""
        n = len(words)
        if i < 0 or i + n > len(self.words):
            return False
        for k in range(n):
            if self.words[i + k] != words[k] or (k and not self.joined(i + k - 1)):
                return False
        return True

    def continues(self, i: int, rest: tuple[str, ...]) -> bool:
        """Whether word ``i`` is followed, joined, by the words ``rest``."""
        tokens = self.words
        for k, word in enumerate(rest, i + 1):
            if tokens[k] != word or not self.joined(k - 1):
                return False
        return True

    def continues_past_adverb(self, i: int, rest: tuple[str, ...]) -> int:
        """The index of the last word when word ``i`` is followed by ``rest`` with one adverb
        of manner or time inside ("rút hẳn đại sứ", "cắt đứt hoàn toàn quan hệ"), or -1."""
        if not any(w in _ADVERB_STARTS for w in self.words[i + 1 : i + 1 + len(rest)]):
            return -1  # (most words: no adverb where one could stand)
        for cut in range(len(rest)):
            head = i + cut  # the adverb comes after word ``head``
            if head + 1 + len(rest) - cut > len(self.words):
                return -1
            if cut and (self.words[head] != rest[cut - 1] or not self.joined(head - 1)):
                return -1
            for adverb in _INNER_ADVERBS:
                after = head + 1 + len(adverb)
                if (
                    self.sequence_at(head + 1, adverb)
                    and self.joined(head)
                    and after + len(rest) - cut <= len(self.words)
                    and self.joined(after - 1)
                    and self.sequence_at(after, rest[cut:])
                ):
                    return after + len(rest) - cut - 1
        return -1

    def followed_by(self, last: int, words: tuple[str, ...]) -> bool:
        if last + 1 >= len(self.words) or not self.joined(last):
            return False
        return self.sequence_at(last + 1, words)

    def soon(self, last: int, words: tuple[str, ...]) -> bool:
        """Whether ``words`` begin within ``_SOON`` words after word ``last``, with no
        punctuation between ("thỏa thuận tạm ngừng bắn giữa": ``giữa``)."""
        for i in range(last + 1, min(last + 1 + _SOON, len(self.words))):
            if not self.joined(i - 1):
                return False
            if self.sequence_at(i, words):
                return True
        return False

    def preceded_by(self, first: int, words: tuple[str, ...]) -> bool:
        i = first - len(words)
        return i >= 0 and self.joined(first - 1) and self.sequence_at(i, words)


def _allowed(entry: _Entry, words: _Words, first: int, last: int, passive: bool) -> bool:
    followed = last + 1 < len(words.words) and words.joined(last)
    if entry.needs_object and not passive and not followed:
        return False  # "hội đàm tiếp." (continue): no object after the verb
    if any(words.followed_by(last, w) for w in entry.not_before):
        return False
    if entry.soon_before and not any(words.soon(last, w) for w in entry.soon_before):
        return False
    return not any(words.preceded_by(first, w) for w in entry.not_after)


def _bound(words: _Words, i: int) -> bool:
    """Whether word ``i`` is a classifier bound to the word before it ("quân sự")."""
    before = _BOUND.get(words.words[i])
    return before is not None and i > 0 and words.words[i - 1] in before and words.joined(i - 1)


def _capitalized(text: str, start: int) -> bool:
    if not text[start].isupper():
        return False
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i >= 0 and text[i] != "\n" and text[i] not in _SENTENCE_OPENERS


def find_triggers(
    text: str, start: int = 0, end: int | None = None, low: str | None = None
) -> list[TriggerMatch]:
    """The triggers in ``text[start:end]``, left to right, longest first, not overlapping.

    Each match gives its span (offsets into ``text``), its readings (the rows of the phrase
    whose ``not_before``/``not_after`` rules allow it, in table order) and whether it is a
    nominal form. A word cut by ``start`` or ``end`` is not matched. ``low`` is
    :func:`lower_text` of ``text``, for a caller that looks at many spans of one text.
    """
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if start >= end:
        return []
    index = _index()
    words = _Words(low if low is not None else lower_text(text), start, end)
    tokens, n = words.words, len(words.words)
    found: list[TriggerMatch] = []
    i = 0
    while i < n:
        forms = index.get(tokens[i])
        if forms is None:
            i += 1
            continue
        for form in forms:
            last = i + len(form.rest)
            if last >= n or not words.continues(i, form.rest):
                last = words.continues_past_adverb(i, form.rest) if form.rest else -1
                if last < 0:
                    continue
            if form.rest and _bound(words, i):
                continue
            passive = i > 0 and tokens[i - 1] in _PASSIVE and words.joined(i - 1)
            entries = [e for e in form.entries if _allowed(e, words, i, last, passive)]
            if not entries:
                continue
            s, e = words.starts[i], words.ends[last]
            found.append(
                TriggerMatch(
                    start=s,
                    end=e,
                    text=text[s:e],
                    trigger=entries[0].trigger,
                    readings=tuple(x.trigger for x in entries),
                    nominal=entries[0].nominal,
                    passive=passive,
                    capitalized=_capitalized(text, s),
                )
            )
            i = last + 1
            break
        else:
            i += 1
    return found
