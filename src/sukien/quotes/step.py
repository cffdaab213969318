"""The quote step: direct and indirect quotes with their speakers (``doc.quotes``).

Per line (a quote never crosses a line; bylines, credits and source lines have none):

1. Quoted spans (:mod:`sukien.quotes.marks`); names inside them never speak.
2. Attributions around a quotation: "“…”, ông Uông nói." and "“…”, theo ông X." (a comma
   after the quotation, a short subject, a speech verb with nothing to report after it); a
   second quotation right after that verb ("“…”, ông nói, “…”") is the same speaker's; a name
   and a colon ("Ông Tập: “…”", as in titles).
3. Each speech clause (:mod:`sukien.quotes.clauses`) gives one quote: its content, from
   where it starts to the end of the sentence, or to the end of a quotation opened inside it
   (a quotation may run over several sentences), or to the comma before a next speech clause
   with its own speaker ("…, còn ông Kishida cho biết …") or with none ("…, đồng thời cho
   biết …"), without a trailing ", theo …". A content that is one quotation is a direct
   quote whose span is the quoted text without its marks. A content that mixes reported
   words and quotation is one quote over the whole content ("direct" when quotation makes
   up half of it), so a partial quote is not counted twice; but a long quotation (more than
   four words) that opens a clause of its own inside it ("…, bởi “…”") is a direct quote of
   its own, and the reported words before it the indirect one. "Theo X, …" is the same,
   except that every long quotation in it is a direct quote of its own and the words around
   them are not quoted.
4. Any other quotation of more than four words that does not follow a term or a title noun
   ("chiến dịch “…”", "gọi là “…”") is a direct quote of the sentence's subject; shorter
   ones are scare quotes and terms ("kỷ nguyên mới", "nhà độc tài"). In a title or a
   heading, a quotation nobody is named for is left out: it repeats the body. A line that
   is one short quotation alone, not after a line ending with a colon, is such a heading.

Speakers: the subject of the speech clause (:meth:`Mentions.subject`): the resolved entity
(``Actor(name, country)``: the KB's English name and the entity's country), an unnamed
speaker (``None``, or ``Actor(None, country)`` when a country is named: "các quan chức Mỹ"),
or a pronoun or an empty subject ("ông nói thêm", "…, đồng thời cho biết"), resolved in
reading order to the later of the person last quoted and the person last the subject of a
sentence, within three sentences, else to the person last named outside quotes. The agent of
a passive speaks ("bị Mỹ cảnh báo"); "X dẫn lời Y cho biết" is Y's.

Spans: a quote's text is ``doc.text[start:end]``. Direct quotes leave their quotation marks
out; a content that mixes reported words and quotation keeps the marks inside it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Final

from sukien.document import Block, Document, Quote, Sentence
from sukien.quotes.clauses import ADVERBIAL as _ADVERBIAL
from sukien.quotes.clauses import CITE_RE, Trigger, content_start, find_triggers, is_speech
from sukien.quotes.lexicon import (
    CONJUNCTIONS,
    DATA_NOUNS,
    NO_SUBJECT,
    TERM_BEFORE,
    ends_with,
    starts_with,
    words_pattern,
)
from sukien.quotes.marks import Quoted, find_quoted
from sukien.quotes.mentions import Mentions, Speaker
from sukien.text.dictionary import count_words

__all__ = ["quotes"]

MAX_SHORT_WORDS = 4  # a quotation of at most this many words is a term or a scare quote
MIN_CONTENT_WORDS = 3  # an indirect quote is a proposition: "ông sẽ tham dự", not "sẽ đến"
RECENT_SENTENCES = 3  # a pronoun refers to the last speaker within this many sentences
MAX_HEADING_WORDS = 14  # a line that is a short quotation alone is a heading
_NO_QUOTES = ("byline", "credit", "source")
_HEADLINES = ("title", "heading")  # a quote alone in a headline repeats one of the body
_AFTER_QUOTE = re.compile(r"\s*[,.!?…]?\s*(?:[-–—]\s*)?")
_TRAILING_THEO = re.compile(r"theo\s+", re.IGNORECASE)
_THEN_QUOTE = re.compile(r"\s*,\s*(?=[“„«\"])")
_TERM = ends_with(TERM_BEFORE)
_DATA = starts_with(DATA_NOUNS)
_TRAILING_SOURCE = re.compile(r",\s*theo\s+[^,“”\"]*$", re.IGNORECASE)
_STOP = re.compile(r"[.;:!?“„«\"]")
_NAME_COLON = re.compile(r"(?:^|(?<=[.;!?,“”\"\n]))\s*([^.;:!?,“”\"\n]+?)\s*:\s*$")
_CONJUNCTION = words_pattern(CONJUNCTIONS)
_JOINED = re.compile(rf"(?:,\s*|\s+)(?:{_CONJUNCTION})\s+$", re.IGNORECASE)
_CLAUSE_JOIN = re.compile(
    rf"(?:[,:;–—]|(?<!\w)(?:{_CONJUNCTION}|bởi vì|bởi|vì|khi|nên))\s*$", re.IGNORECASE
)
_NO_SUBJECT = re.compile(rf"(?<!\w)(?:{words_pattern(NO_SUBJECT)})(?!\w)", re.IGNORECASE)
_CITED_MARKER = re.compile(r"\s*(?:rằng(?!\w)\s*:?|:)\s*", re.IGNORECASE)
_OPENING = "“„«‘‹\"'"
_AGENT = re.compile(r"(?<!\w)(?:bị|được)\s+")


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    kind: str
    speaker: Speaker
    anchor: int  # where the speaker is named (for the order of pronoun resolution)


class _Finder:
    """Finds the quotes of one document (see the module docstring)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        blocks = doc.blocks or [Block(0, len(doc.text))]
        self.blocks = [b for b in blocks if b.kind not in _NO_QUOTES]
        self.quoted = {b.start: find_quoted(self.text, b.start, b.end) for b in self.blocks}
        outer = [q.outer for qs in self.quoted.values() for q in qs if q.depth == 0]
        self.mentions = Mentions(doc, outer)
        self.sentences = doc.sentences or [Sentence(b.start, b.end) for b in self.blocks]
        self.sentence_starts = [s.start for s in self.sentences]
        self.token_starts = [t.start for t in doc.tokens]
        self.found: list[_Found] = []
        self._subjects: dict[int, Speaker | None] = {}

    # -- helpers ---------------------------------------------------------------------------

    def sentence_of(self, position: int, block: Block) -> Sentence:
        i = bisect_right(self.sentence_starts, position) - 1
        if i >= 0 and self.sentences[i].start <= position <= self.sentences[i].end:
            return self.sentences[i]
        return Sentence(block.start, block.end)

    def words(self, start: int, end: int) -> int:
        """Words in ``text[start:end]`` (segmented tokens when known, else a dictionary
        count)."""
        if not self.token_starts:  # not segmented: a dictionary count
            return count_words(self.text[start:end])
        i = bisect_left(self.token_starts, start)
        n = 0
        tokens = self.doc.tokens
        while i < len(tokens) and tokens[i].end <= end:
            if any(c.isalpha() for c in self.text[tokens[i].start : tokens[i].end]):
                n += 1
            i += 1
        return n

    def is_long(self, q: Quoted) -> bool:
        """A quotation that is speech: more than four words, not a named term or title."""
        a, b = q.inner
        if self.words(a, b) <= MAX_SHORT_WORDS:
            return False
        return not _TERM.search(self.text, max(0, q.open - 40), q.open)

    def agent(self, start: int, end: int) -> int:
        """Where the speaker's part of ``text[start:end]`` starts: after "bị"/"được" when a
        name follows it ("Nga bị Mỹ cảnh báo …": the agent speaks)."""
        for m in _AGENT.finditer(self.text, start, end):
            if self.mentions.within(m.end(), end):
                start = m.end()
        return start

    def inner_span(self, q: Quoted) -> tuple[int, int]:
        a, b = q.inner
        while a < b and self.text[a].isspace():
            a += 1
        while b > a and self.text[b - 1].isspace():
            b -= 1
        return a, b

    # -- per line --------------------------------------------------------------------------

    def block(self, block: Block) -> None:
        top = [q for q in self.quoted[block.start] if q.depth == 0]
        sentences = {s.start for s in self.sentences if block.start <= s.start < block.end}
        sentences.add(block.start)
        triggers = [
            t
            for t in find_triggers(self.text, block.start, block.end, sentences)
            if not any(q.outer[0] <= t.start < q.outer[1] for q in top)
        ]
        attached: dict[int, tuple[Speaker, int]] = {}
        used: set[int] = set()
        for i in range(len(top)):
            self.speaker_colon(i, top, block, attached)
            self.speaker_after(i, top, triggers, block, attached, used)
        claimed: list[tuple[int, int]] = []
        for t in triggers:
            if t.start in used or any(a <= t.start < b for a, b in claimed):
                continue
            sentence = self.sentence_of(t.start, block)
            bounds = [sentence.start] + [b for _, b in claimed if b <= t.start]
            bounds += [q.outer[1] for q in top if q.outer[1] <= t.start]
            clause_start = max(bounds)
            if t.kind == "theo":
                span = self.theo(t, sentence, top, triggers)
            else:
                span = self.verb(t, sentence, clause_start, top, triggers)
            if span is not None:
                claimed.append(span)
        headline = block.kind in _HEADLINES or self.quote_heading(block, top)
        for i, q in enumerate(top):
            if any(a <= q.open < b for a, b in claimed):
                continue
            a, b = self.inner_span(q)
            if i in attached:
                speaker, anchor = attached[i]
                self.found.append(_Found(a, b, "direct", speaker, anchor))
            elif self.is_long(q) and not headline:
                self.found.append(_Found(a, b, "direct", self.sentence_subject(q, block), q.open))

    def quote_heading(self, block: Block, top: list[Quoted]) -> bool:
        """A line that is one short quotation and nothing else, with no sentence end inside
        and no colon ending the line before it, is a heading ("“Tương lai của Ukraine là ở
        NATO”"), not a paragraph that goes on with a quote."""
        if (
            len(top) != 1
            or self.text[block.start : block.end].strip(" .")
            != self.text[top[0].outer[0] : top[0].outer[1]]
        ):
            return False
        a, b = self.inner_span(top[0])
        if self.words(a, b) > MAX_HEADING_WORDS or self.text[a:b].rstrip()[-1:] in ".!?…":
            return False
        return not self.text[: block.start].rstrip().endswith(":")

    def speaker_colon(
        self, i: int, top: list[Quoted], block: Block, attached: dict[int, tuple[Speaker, int]]
    ) -> None:
        """Ông Tập: “…” (a name and a colon, as in titles)."""
        q = top[i]
        head = _NAME_COLON.search(self.text, block.start, q.open)
        if head is None or not self.mentions.only_names(head.start(1), head.end(1)):
            return
        speaker = self.mentions.subject(head.start(1), head.end(1))
        if speaker is not None:
            attached[i] = (speaker, head.start(1))

    def speaker_after(
        self,
        i: int,
        top: list[Quoted],
        triggers: list[Trigger],
        block: Block,
        attached: dict[int, tuple[Speaker, int]],
        used: set[int],
    ) -> None:
        """“…”, ông Uông nói. / “…”, theo ông X."""
        q = top[i]
        if not q.closed:
            return
        p = _AFTER_QUOTE.match(self.text, q.outer[1], block.end)
        if p is None or p.end() >= block.end:
            return
        at = p.end()
        limit = self.sentence_of(at, block).end
        theo = _TRAILING_THEO.match(self.text, at, limit)
        if theo and "," in self.text[q.outer[1] : at]:
            found = self.mentions.subject(theo.end(), limit)
            if found is not None:
                attached[i] = (found, theo.end())
            return
        if not p.group().strip():
            return  # “…” mặc dù họ tuyên bố …: no comma, no attribution
        t = next((t for t in triggers if t.start >= at and t.kind != "theo"), None)
        if t is None or t.start - at > 80 or _STOP.search(self.text, at, t.start):
            return
        if self.words(at, t.start) > 10 or "," in self.text[at : t.start]:
            return
        if not is_speech(self.text, t, at):
            return
        if "." in p.group() and content_start(self.text, t, limit, self.mentions) is not None:
            return  # “…”. Hôm 16/11, X tuyên bố Bắc Kinh …: a new statement
        speaker = self.mentions.subject(at, t.start) or Speaker(None, True, t.start)
        attached[i] = (speaker, t.start)
        used.add(t.start)
        more = _THEN_QUOTE.match(self.text, t.end, block.end)
        if more is not None and i + 1 < len(top) and top[i + 1].open == more.end():
            attached[i + 1] = (speaker, t.start)

    def verb(
        self,
        t: Trigger,
        sentence: Sentence,
        clause_start: int,
        top: list[Quoted],
        triggers: list[Trigger],
    ) -> tuple[int, int] | None:
        if not is_speech(self.text, t, clause_start) or t.start == sentence.start:
            return None  # "Trả lời báo chí, ông Biden nói …": the participle has no content
        region = self.agent(clause_start, t.start)
        for m in CITE_RE.finditer(self.text, clause_start, t.start):
            region = m.end()  # "Tân Hoa Xã dẫn lời ông Tập cho biết": Tập speaks
        if t.kind == "cite":
            return self.cite(t, sentence, top, triggers)
        start = content_start(self.text, t, sentence.end, self.mentions)
        if start is None:
            return None
        end = self.content_end(start, sentence, top, triggers)
        words = self.words(start, end)
        if words < MIN_CONTENT_WORDS or (words <= 6 and _ADVERBIAL.match(self.text, start)):
            return None  # "nhà ngoại giao nói với AFP."
        speaker = self.mentions.subject(region, t.start) or self.unnamed_or_zero(region, t)
        self.emit(start, end, top, speaker, t.start, theo=False)
        return t.start, end

    def unnamed_or_zero(self, start: int, t: Trigger) -> Speaker:
        """No name before the verb: a written subject that names nobody ("Tuyên bố chung nêu
        rõ …") is no speaker; no subject at all ("…, đồng thời cho biết") is the last one."""
        chunk = self.text[start : t.start].rsplit(",", 1)[-1]
        if _NO_SUBJECT.sub(" ", chunk).strip():
            return Speaker(None, position=t.start)
        return Speaker(None, True, t.start)

    def cite(
        self, t: Trigger, sentence: Sentence, top: list[Quoted], triggers: list[Trigger]
    ) -> tuple[int, int] | None:
        """Quoting through another: "… dẫn lời ông X: “…”"."""
        named = [c for c in self.mentions.within(t.end, sentence.end) if c.start - t.end < 40]
        if not named:
            return None
        c = named[0]
        m = _CITED_MARKER.match(self.text, c.end, sentence.end)
        if m is not None:
            start = m.end()
        else:  # "… dẫn lời ông X “…”"; "dẫn lời ông X cho biết" is the verb's own clause
            start = c.end + 1
            if start >= sentence.end or self.text[start] not in _OPENING:
                return None
        end = self.content_end(start, sentence, top, triggers)
        if self.words(start, end) < MIN_CONTENT_WORDS:
            return None
        self.emit(start, end, top, Speaker(c.actor), c.start, theo=False)
        return t.start, end

    def theo(
        self, t: Trigger, sentence: Sentence, top: list[Quoted], triggers: list[Trigger]
    ) -> tuple[int, int] | None:
        """According to X: "Theo X, …" (X a person or a body, not an outlet or a report)."""
        comma = self.text.find(",", t.end, sentence.end)
        if comma == -1 or self.words(t.end, comma) > 12 or _DATA.match(self.text, t.end):
            return None
        cands = [
            c
            for c in self.mentions.within(t.end, comma)
            if c.kind in ("person", "body", "pronoun") and not c.media
        ]
        if not cands or comma - cands[-1].end > 2:
            return None
        speaker = self.mentions.subject(t.end, comma)
        if speaker is None:
            return None
        start = comma + 1
        while start < sentence.end and self.text[start].isspace():
            start += 1
        if any(
            u.kind != "theo" and start < u.start and self.words(start, u.start) <= 4
            for u in triggers
        ):
            return None  # "Theo Bộ Ngoại giao, ông Tần nhấn mạnh …": his words, his verb
        end = self.content_end(start, sentence, top, triggers)
        if self.words(start, end) < MIN_CONTENT_WORDS:
            return None
        self.emit(start, end, top, speaker, t.end, theo=True)
        return t.start, end

    def content_end(
        self, start: int, sentence: Sentence, top: list[Quoted], triggers: list[Trigger]
    ) -> int:
        end = sentence.end
        for q in top:
            if start <= q.open < end < q.outer[1]:
                end = q.outer[1]  # a quotation opened in the content runs to its close
        inside = [q for q in top if q.outer[0] < end and start < q.outer[1]]
        for t in triggers:
            if not start < t.start < end or t.kind == "theo":
                continue
            if any(q.outer[0] <= t.start < q.outer[1] for q in inside):
                continue
            joined = _JOINED.search(self.text, start, t.start)
            if joined is not None and joined.start() > start:
                cut = joined.start()  # "…, đồng thời cho biết …": the same speaker again
            else:
                cut = self.text.rfind(",", start, t.start)
                if cut <= start:
                    continue
                speaker = self.mentions.subject(cut + 1, t.start)
                if speaker is None or speaker.pronoun:
                    continue  # a clause with its own speaker: "…, còn ông Kishida cho biết …"
            if any(q.outer[0] <= cut < q.outer[1] for q in inside):
                continue
            if not is_speech(self.text, t, cut + 1):
                continue
            if content_start(self.text, t, sentence.end, self.mentions) is not None:
                end = cut
                break
        tail = _TRAILING_SOURCE.search(self.text, start, end)
        if tail is not None and not any(q.outer[0] <= tail.start() < q.outer[1] for q in inside):
            end = tail.start()
        while end > start and self.text[end - 1] in " \t.,;:":
            end -= 1
        return end

    def emit(
        self,
        start: int,
        end: int,
        top: list[Quoted],
        speaker: Speaker,
        anchor: int,
        theo: bool,
    ) -> None:
        """One quote for a content (or, after "Theo X,", one per long quotation in it)."""
        inside = [q for q in top if start <= q.open and q.outer[1] <= end + 1]
        if len(inside) == 1:
            q = inside[0]
            before = self.text[start : q.open].strip()
            after = self.text[q.outer[1] : end].strip(" .,;:!?…")
            if not before and not after:
                a, b = self.inner_span(q)
                self.found.append(_Found(a, b, "direct", speaker, anchor))
                return
        if theo:
            long = [q for q in inside if self.is_long(q)]
            if long:
                for q in long:
                    a, b = self.inner_span(q)
                    self.found.append(_Found(a, b, "direct", speaker, anchor))
                return
        for q in inside:
            join = _CLAUSE_JOIN.search(self.text, start, q.open)
            if q.open > start and join is not None and self.is_long(q):
                # "EU trông đợi …, bởi “trang bị vũ khí … là vi phạm …”": two statements
                head = join.start()
                while head > start and self.text[head - 1] in " ,;:":
                    head -= 1
                if self.words(start, head) >= MIN_CONTENT_WORDS:
                    self.found.append(_Found(start, head, "indirect", speaker, anchor))
                a, b = self.inner_span(q)
                self.found.append(_Found(a, b, "direct", speaker, anchor))
                return
        quoted = sum(q.close - q.open for q in inside)
        kind = "direct" if quoted * 2 >= end - start else "indirect"
        self.found.append(_Found(start, end, kind, speaker, anchor))

    def sentence_subject(self, q: Quoted, block: Block) -> Speaker:
        """The speaker of a quotation no clause introduces: the sentence's subject."""
        sentence = self.sentence_of(q.open, block)
        start = self.agent(sentence.start, q.open)
        found = self.mentions.subject(start, q.open, nearest=False)
        return found or Speaker(None, True, q.open)

    # -- whole document --------------------------------------------------------------------

    def run(self) -> list[Quote]:
        for block in self.blocks:
            self.block(block)
        self.found.sort(key=lambda f: (f.start, -f.end))
        out: list[Quote] = []
        last_end = -1
        spoken: list[Speaker] = []  # the people quoted so far, in reading order
        for f in self.found:
            if f.start < last_end or f.end <= f.start:
                continue
            speaker = self.resolve(f.speaker, spoken)
            if speaker.person and speaker.actor is not None:
                spoken.append(Speaker(speaker.actor, False, f.anchor, True))
            out.append(Quote(f.start, f.end, self.text[f.start : f.end], f.kind, speaker.actor))
            last_end = f.end
        return out

    def sentence_index(self, position: int) -> int:
        return bisect_right(self.sentence_starts, position) - 1

    def subject_of(self, k: int) -> Speaker | None:
        """The person that is the subject of sentence ``k``, if any (cached)."""
        if k not in self._subjects:
            s = self.sentences[k]
            found = self.mentions.subject(s.start, s.end, nearest=False)
            self._subjects[k] = found if found is not None and found.person else None
        return self._subjects[k]

    def resolve(self, speaker: Speaker, spoken: list[Speaker]) -> Speaker:
        """A pronoun's person: the later of the last person quoted and the last person that
        is a sentence's subject, within three sentences before it; else the last person
        named outside quotes."""
        if not speaker.pronoun:
            return speaker
        p = speaker.position
        here = self.sentence_index(p)
        best: Speaker | None = None
        for k in range(here, max(-1, here - RECENT_SENTENCES - 1), -1):
            found = self.subject_of(k)
            if found is not None and found.position < p:
                best = found
                break
        last = next((s for s in reversed(spoken) if s.position < p), None)
        recent = last is not None and here - self.sentence_index(last.position) <= RECENT_SENTENCES
        if last is not None and recent and (best is None or last.position > best.position):
            best = last
        gender = _gender_at(self.text, p)
        if (
            best is not None
            and gender
            and _gender_at(self.text, best.position) not in (None, gender)
        ):
            # "Vợ ông, bà Yulia Navalnaya … ", bà nói": "bà" is not the man called "ông"
            same = [
                c
                for c in self.mentions.people_before(p)
                if _gender_at(self.text, c.start) == gender
                and here - self.sentence_index(c.start) <= RECENT_SENTENCES
            ]
            if same:
                return Speaker(same[-1].actor, False, same[-1].start, True)
        if best is not None:
            return best
        people = self.mentions.people_before(p)
        if people:
            return Speaker(people[-1].actor, False, people[-1].start, True)
        return Speaker(None)


_GENDER: Final = {"ông": "m", "bà": "f"}


def _gender_at(text: str, position: int) -> str | None:
    """ "m" or "f" when the person at ``position`` is "ông"/"bà" itself ("Vợ ông") or is
    called so right before ("bà Yulia Navalnaya")."""
    word = re.match(r"\w+", text[position : position + 4])
    if word is not None and word.group().lower() in _GENDER:
        return _GENDER[word.group().lower()]
    head = text[max(0, position - 4) : position].lower().split()
    return _GENDER.get(head[-1]) if head else None


def quotes(doc: Document) -> Document:
    """Fill ``doc.quotes`` (reads text, blocks, sentences, tokens, entities, references)."""
    doc.quotes = _Finder(doc).run()
    return doc
