"""Speech clauses: a speech verb (or "Theo X,") and where its content starts.

Triggers are the speech verbs of :mod:`sukien.quotes.lexicon` (with "thêm"/"lại": "nói thêm"),
"cho <addressee> biết" (told), and "Theo X," at the start of a sentence. A verb is a speech
verb only when it is not passive ("được cho là", "bị cáo buộc"), negated or not asserted
("không cho biết", "từ chối bình luận", "dự kiến sẽ nhắc lại"), a noun ("một tuyên bố", "lời
cảnh báo", "Phát biểu của ông", "nhận cam kết"), about something ("nói về", "nói chuyện"), or
the verb of a relative or comparative clause ("sự kiện mà Mỹ tuyên bố", "như phương Tây cáo
buộc"). Its content starts:

- after "rằng"/"là", a colon or a comma right after the verb ("cho biết, …");
- after "rằng" or a colon, or at a quotation mark, that follows an addressee or a time ("nói
  với các phóng viên rằng", "cho biết trong cuộc họp báo hôm thứ Ba rằng") or, for STATE and
  ASK verbs, an addressee alone ("thông báo cho ông Vương “…”", "kêu gọi Nga “…”");
- else, for SAY verbs, right after the verb (past a leading adverbial and its comma: "cho
  biết tại cuộc họp báo, …"); for STATE verbs when a subject opens the content ("Nga tuyên bố
  Mỹ phải …", but not "cảnh báo Nga về …") or the content reads as a clause ("cảnh báo xung
  đột với Mỹ sẽ là …", see :func:`is_clause`); ASK verbs need one of the markers above.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sukien.quotes.lexicon import (
    ADVERBIALS,
    BLOCKED_AFTER,
    CITE,
    NEGATIONS,
    NOUN_BEFORE,
    PASSIVES,
    PREDICATE_MARKERS,
    SUBJECT_WORDS,
    VERB_CLASS,
    ends_with,
    starts_with,
    words_pattern,
    words_regex,
)
from sukien.quotes.mentions import Mentions

__all__ = ["ADVERBIAL", "CITE_RE", "Trigger", "content_start", "find_triggers", "is_speech"]

_VERB = words_regex(list(VERB_CLASS), "v")
_PARTICLE = re.compile(r"\s+(?:thêm|lại)(?!\w)", re.IGNORECASE)  # "nói thêm", "nhấn mạnh lại"
_THEO = re.compile(r"(?<!\w)[Tt]heo\s+(?:lời\s+)?")
CITE_RE = re.compile(rf"(?<!\w)(?:{words_pattern(CITE)})(?!\w)", re.IGNORECASE)
_NOT_FINITE = ends_with(PASSIVES + NEGATIONS + NOUN_BEFORE)
_BLOCKED = starts_with(BLOCKED_AFTER)
_RELATIVE = re.compile(r"(?<!\w)(?:mà|như)\s+(?:[^\s,;:]+\s+){0,4}$", re.IGNORECASE)
_MARKER = re.compile(r"\s*(?:(?:rằng|là)(?!\w)\s*:?|:|,)\s*", re.IGNORECASE)
ADVERBIAL = starts_with(ADVERBIALS)
_GAP = re.compile(r"[^.;:!?,“”„«»‘’‹›\"\n]{1,90}?(?=(?<!\w)rằng(?!\w)|:|[“„«‘‹\"])", re.I)
_LEAD_ADVERBIAL = re.compile(r"[^,.;:!?\n]{1,60},\s*")
_SUBJECT_WORDS = starts_with(SUBJECT_WORDS)
_PREDICATE = re.compile(rf"(?<!\w)(?:{words_pattern(PREDICATE_MARKERS)})(?!\w)", re.IGNORECASE)
_CLAUSE_REACH = re.compile(r"[^,.;:!?“”„«»\"\n]{1,120}")
_EMBEDDED = re.compile(r"(?<!\w)rằng(?!\w)|[“”„«»\"]", re.IGNORECASE)
_ABOUT = re.compile(r"(?<!\w)về(?!\w)", re.IGNORECASE)
# "ông Biden cho các lãnh đạo G7 biết …": "cho X biết" is "told X"
_TOLD = re.compile(r"(?<!\w)cho\s+(?:[^\s,.;:!?“”\"]+\s+){1,6}?biết(?!\w)", re.IGNORECASE)
# "ông Putin đáp: “…”": "đáp" (answer) is a speech verb before a colon only ("đáp ứng",
# "đáp trả" are not)
_ANSWER = re.compile(r"(?<!\w)(?:đáp|đáp lời)(?=\s*:)", re.IGNORECASE)
MAX_CLAUSE_SUBJECT_WORDS = 20


@dataclass(frozen=True, slots=True)
class Trigger:
    """A speech verb (``kind`` its class) or a "Theo X," opener (``kind`` "theo")."""

    start: int
    end: int
    kind: str


def find_triggers(text: str, start: int, end: int, sentence_starts: set[int]) -> list[Trigger]:
    """Speech verbs and "Theo X," openers in ``text[start:end]``, in order."""
    out: list[Trigger] = []
    for m in _VERB.finditer(text, start, end):
        particle = _PARTICLE.match(text, m.end(), end)
        stop = particle.end() if particle else m.end()
        out.append(Trigger(m.start(), stop, VERB_CLASS[" ".join(m.group("v").lower().split())]))
    out += [Trigger(m.start(), m.end(), "say") for m in _TOLD.finditer(text, start, end)]
    out += [Trigger(m.start(), m.end(), "state") for m in _ANSWER.finditer(text, start, end)]
    for m in _THEO.finditer(text, start, end):
        opens = m.start() in sentence_starts or _after_opener(text, m.start())
        if opens and not text.startswith("Theo sau", m.start()):
            out.append(Trigger(m.start(), m.end(), "theo"))
    out.sort(key=lambda t: t.start)
    return out


def _after_opener(text: str, position: int) -> bool:
    """ "Tuy nhiên, theo …", "Cũng theo …": a connective then "theo" opens the clause."""
    head = text[max(0, position - 20) : position]
    return bool(
        re.search(r"(?:^|[.!?\n]\s*)(?:Tuy nhiên|Cũng|Trong khi đó|Mặt khác|Còn)[, ]+$", head)
    )


def is_speech(text: str, trigger: Trigger, clause_start: int) -> bool:
    """Whether the verb is a finite speech verb of its own clause (see the module doc)."""
    head = text[clause_start : trigger.start]
    if _NOT_FINITE.search(head) or _RELATIVE.search(head):
        return False
    return not _BLOCKED.match(text, trigger.end)


def content_start(text: str, trigger: Trigger, limit: int, mentions: Mentions) -> int | None:
    """Where the content of a speech verb begins (None: no content), not beyond ``limit``
    (the end of the sentence or of the line)."""
    pos = trigger.end
    m = _MARKER.match(text, pos, limit)
    if m and (m.group().strip() != "," or trigger.kind in ("say", "state")):
        return _skip_space(text, m.end(), limit)
    gap = _GAP.match(text, pos, limit)
    if gap is not None:
        named = trigger.kind in ("state", "ask") and mentions.only_names(gap.start(), gap.end())
        if ADVERBIAL.match(gap.group()) or named:
            after = _MARKER.match(text, gap.end(), limit)
            at = after.end() if after and after.group().strip() != "," else gap.end()
            return _skip_space(text, at, limit)
    begin = _skip_space(text, pos, limit)
    if begin >= limit:
        return None
    if trigger.kind == "say":
        lead = _LEAD_ADVERBIAL.match(text, begin, limit)
        if lead and ADVERBIAL.match(lead.group()) and not is_clause(lead.group()[:-1]):
            begin = lead.end()  # "cho biết tại cuộc họp báo, …"
        return begin
    if trigger.kind != "state":
        return None
    reach = _CLAUSE_REACH.match(text, begin, limit)
    if reach is None:
        return None
    opening = " ".join(reach.group().split()[:5])
    if (mentions.starts_at(begin) or _SUBJECT_WORDS.match(text, begin)) and not _ABOUT.search(
        opening
    ):
        return begin  # "Nga tuyên bố Mỹ phải …", not "cảnh báo Nga về hậu quả"
    return begin if is_clause(reach.group()) else None


def is_clause(text: str) -> bool:
    """Whether ``text`` reads as a clause: some words (its subject), then a predicate marker
    ("xung đột với Mỹ sẽ là …"), with no "về" before it ("Nga về những hậu quả")."""
    m = _PREDICATE.search(text)
    if m is None or not text[: m.start()].strip():
        return False
    head = text[: m.start()]
    if _ABOUT.search(head) or _EMBEDDED.search(head):
        return False  # "luận điệu … rằng mục đích … là": the marker is another clause's
    return len(head.split()) <= MAX_CLAUSE_SUBJECT_WORDS


def _skip_space(text: str, pos: int, limit: int) -> int:
    while pos < limit and text[pos].isspace():
        pos += 1
    return pos
