"""Word segmentation and part-of-speech tagging that keep character offsets.

Vietnamese writes one syllable per space-separated piece, and a word is one or more syllables
("Bộ Ngoại giao" is two words: "Bộ", "Ngoại giao"). This module works in three steps, each
keeping offsets into the caller's text (``text[token.start:token.end]`` is the word):

1. **Syllables** — :func:`tokenize_syllables` cuts a line with one compiled regular expression:
   URLs and e-mail addresses; dates (``7/7``, ``15/12/2021``, ``8-9/4``, ``12/2021``,
   ``15-12-2021``, and ``15-12`` right after "ngày"); times (``10h30``, ``10h``, ``10:30``);
   percentages (``3,5%``) and numbers with separators (``240,1``, ``60.542.000``,
   ``15.12.2021``); abbreviations (``TP.``, ``GS.TS.``, ``v.v.``, ``U.S.``, ``TP.HCM``,
   ``TG&VN``, an initial followed by a capitalised name as in ``J. Biden``); words of letters
   and digits with internal apostrophes or hyphens (``Á-Âu``, ``Mát-xcơ-va``, ``H'Mông``,
   ``COVID-19``); ``...``; any other non-space character alone. A number range such as
   ``2021-2022`` is three syllables (``2021``, ``-``, ``2022``).
2. **Words** — underthesea's CRF word-segmentation model (the one behind
   ``underthesea.word_tokenize``) tags each syllable ``B-W``/``I-W``; an ``I-W`` syllable is
   merged into the previous word, except that a word never spans a punctuation-only syllable,
   a URL or e-mail address, or a line break. The model sees each syllable after underthesea's
   own token normalization (``hoà`` → ``hòa``), as ``word_tokenize`` does; offsets always refer
   to the original text. The model is scored by :mod:`sukien.text.crf`, which reads
   underthesea's model files and gives the same tags as underthesea's own featurizer and
   tagger several times faster.
3. **POS** (optional) — underthesea's CRF POS model (``pos_crf_vlsp2013_20230303``, the
   ``model="v2.0"`` tagger) tags the word sequence; tags use the VLSP tag set (``N``, ``Np``,
   ``V``, ``CH``…).

Fixed words: a :class:`Segmenter` may hold a dictionary of multi-syllable words (names such
as "Tập Cận Bình", "Bộ Ngoại giao") that always come out as exactly one word: the longest
entry matching at each syllable (left to right, non-overlapping) becomes one word and the CRF
output is cut at both of its ends. Matching is on whole syllables: an entry containing an
uppercase letter matches the exact syllables (case-sensitive), an entry written entirely in
lowercase matches any capitalisation (so "an ninh quốc phòng" also matches a sentence-initial
"An ninh quốc phòng"); ``ignore_case=True`` makes every entry case-insensitive. Entries of a
single syllable are ignored: they already are one syllable, and forcing word boundaries around
them would break longer words (the entry "Nam" would split "Việt Nam").

Known, intended differences from ``underthesea.word_tokenize``: a percentage (``3,5%``), a
time (``10h30``) and a date range (``8-9/4``) are one token where underthesea cuts them
(``3,5`` ``%``; ``10`` ``h30``; ``8-9`` ``/`` ``4``); the returned text is the original, where
underthesea returns normalized tokens (``hòa`` for ``hoà``). The models are loaded lazily, once
per process, on first use.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import NamedTuple

from sukien.document import Sentence, Token
from sukien.text.crf import CrfTagger
from sukien.text.sentences import ABBREVIATIONS

__all__ = ["Segmenter", "Syllable", "tokenize_syllables"]

WS_MODEL = "pipeline/word_tokenize/models/ws_crf_vlsp2013_20230727"
POS_MODEL = "pipeline/pos_tag/models/pos_crf_vlsp2013_20230303"

_UP = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_URL_CHAR = r"[^\s<>\"“”‘’'()\[\]{}]"
_URL_LAST = r"[^\s<>\"“”‘’'()\[\]{}.,;:!?…]"
_TLD = "vn|com|net|org|gov|edu|int|info|io|ru|cn|uk|us|fr|de|jp|kr|eu"
_TITLES = "|".join(re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True))

_SYLLABLE = re.compile(
    rf"""
    (?P<url>(?:https?://|ftp://|www\.){_URL_CHAR}*{_URL_LAST})
    |(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
    |(?P<domain>(?<![\w@.])(?i:[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:{_TLD}))(?![\w@])
        (?:/(?:{_URL_CHAR}*{_URL_LAST})?)?)
    |(?P<date>\d{{1,2}}(?:-\d{{1,2}})?/(?:\d{{1,2}}/\d{{2,4}}|\d{{1,4}})(?![\d/])
        |\d{{1,2}}-\d{{1,2}}-\d{{4}}(?!\d)
        |(?<=[Nn]gày\ )\d{{1,2}}-\d{{1,2}}(?![\d/-]))
    |(?P<time>\d{{1,2}}[hg]\d{{2}}(?!\w)|\d{{1,2}}h(?!\w)|\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?!\d))
    |(?P<number>\d+(?:[.,]\d+)*%|\d+(?:[.,]\d+)+|\d+(?=[-–]\d)|\d+(?!\w))
    |(?P<abbr>v\.v\.\.\.|(?:(?:{_TITLES})\.)+(?!\w)
        |(?:[{_UP}]\.){{2,}}
        |[{_UP}][{_UP}a-z]{{0,3}}\.[{_UP}]+(?:\.[{_UP}]+)*(?!\w)
        |[{_UP}]+&[{_UP}]+(?!\w)
        |[{_UP}]\.(?=[^\S\n]+[{_UP}]))
    |(?P<word>[^\W_]+(?:['’-][^\W_]+)*)
    |(?P<punct>\.{{2,}}|\S)
    """,
    re.VERBOSE,
)
_LINE = re.compile(r"[^\n]+")
# Syllable kinds that never join a multi-syllable word.
_STANDALONE = frozenset({"punct", "url", "email", "domain", None})


class Syllable(NamedTuple):
    """One syllable (or number, date, URL, punctuation mark…) with its offsets and kind."""

    start: int
    end: int
    kind: str


def tokenize_syllables(text: str, start: int = 0, end: int | None = None) -> list[Syllable]:
    """Cut ``text[start:end]`` into syllables; whitespace (including newlines) separates them."""
    stop = len(text) if end is None else min(end, len(text))
    return [
        Syllable(m.start(), m.end(), m.lastgroup or "punct")
        for m in _SYLLABLE.finditer(text, start, stop)
    ]


class _Line:
    """The syllables of one line as parallel lists (cheaper than one object per syllable)."""

    __slots__ = ("ends", "kinds", "starts", "texts")

    def __init__(self, text: str, start: int, end: int) -> None:
        found = list(_SYLLABLE.finditer(text, start, end))
        self.starts: list[int] = [m.start() for m in found]
        self.ends: list[int] = [m.end() for m in found]
        self.kinds: list[str | None] = [m.lastgroup for m in found]
        self.texts: list[str] = [m.group() for m in found]


class Segmenter:
    """Word segmenter (+ optional POS tagger) over underthesea's CRF models, keeping offsets.

    ``fixed_words`` are multi-syllable words that always come out whole (see the module
    docstring for the matching rules); ``pos=False`` skips POS tagging (``Token.pos`` is None).
    """

    def __init__(
        self, fixed_words: Iterable[str] = (), pos: bool = True, ignore_case: bool = False
    ) -> None:
        self.pos = pos
        self.ignore_case = ignore_case
        self._exact: dict[str, list[tuple[str, ...]]] = {}
        self._folded: dict[str, list[tuple[str, ...]]] = {}
        self.add_fixed_words(fixed_words)

    def add_fixed_words(self, words: Iterable[str]) -> None:
        """Add entries to the fixed-word dictionary (one-syllable entries are ignored)."""
        touched: set[tuple[bool, str]] = set()
        for word in words:
            parts = tuple(word[s.start : s.end] for s in tokenize_syllables(word))
            if len(parts) < 2:
                continue
            folded = self.ignore_case or word == word.lower()
            key_parts = tuple(p.lower() for p in parts) if folded else parts
            table = self._folded if folded else self._exact
            candidates = table.setdefault(key_parts[0], [])
            if key_parts not in candidates:
                candidates.append(key_parts)
                touched.add((folded, key_parts[0]))
        for folded, key in touched:
            (self._folded if folded else self._exact)[key].sort(key=len, reverse=True)

    def segment(self, text: str, start: int = 0, end: int | None = None) -> list[Token]:
        """Words of ``text[start:end]`` (normally one sentence); lines are segmented apart."""
        stop = len(text) if end is None else min(end, len(text))
        lines = [m.span() for m in _LINE.finditer(text, start, stop)]
        return self._segment_spans(text, lines)

    def segment_sentences(self, text: str, sentences: Sequence[Sentence]) -> list[Token]:
        """Words of every sentence, in order; each sentence is one CRF sequence."""
        spans: list[tuple[int, int]] = []
        for sentence in sentences:
            spans.extend(m.span() for m in _LINE.finditer(text, sentence.start, sentence.end))
        return self._segment_spans(text, spans)

    def _segment_spans(self, text: str, spans: Sequence[tuple[int, int]]) -> list[Token]:
        """Segment each span (holding no newline) as one sequence and concatenate the words."""
        lines = [line for line in (_Line(text, s, e) for s, e in spans) if line.texts]
        if not lines:
            return []
        tags = _load_tagger(WS_MODEL).tag_many([[_normalize(t) for t in ln.texts] for ln in lines])
        words = [self._merge(line, line_tags) for line, line_tags in zip(lines, tags, strict=True)]
        if self.pos:
            _add_pos(text, words)
        return [token for line in words for token in line]

    def _merge(self, line: _Line, tags: list[str]) -> list[Token]:
        """Join syllables into words from the CRF tags, forcing the fixed-word matches."""
        fixed = self._fixed_matches(line.texts)
        kinds = line.kinds
        words: list[Token] = []
        i, count = 0, len(kinds)
        while i < count:
            j = fixed.get(i, 0)
            if not j:
                j = i + 1
                if kinds[i] not in _STANDALONE:
                    while (
                        j < count
                        and tags[j] == "I-W"
                        and kinds[j] not in _STANDALONE
                        and j not in fixed
                    ):
                        j += 1
            words.append(Token(line.starts[i], line.ends[j - 1]))
            i = j
        return words

    def _fixed_matches(self, texts: list[str]) -> dict[int, int]:
        """Leftmost-longest, non-overlapping fixed-word matches as ``{first: end}`` indices."""
        if not self._exact and not self._folded:
            return {}
        lowered = [t.lower() for t in texts] if self._folded else texts
        matches: dict[int, int] = {}
        i = 0
        while i < len(texts):
            length = max(_longest(self._exact, texts, i), _longest(self._folded, lowered, i))
            if length:
                matches[i] = i + length
                i += length
            else:
                i += 1
        return matches


def _longest(table: dict[str, list[tuple[str, ...]]], texts: list[str], i: int) -> int:
    """Length of the longest entry of ``table`` matching ``texts`` at ``i`` (0 if none)."""
    for candidate in table.get(texts[i], ()):
        end = i + len(candidate)
        if end <= len(texts) and tuple(texts[i:end]) == candidate:
            return len(candidate)
    return 0


def _add_pos(text: str, words: list[list[Token]]) -> None:
    """Set ``pos`` on every word, tagging each line's word sequence with the POS CRF."""
    sequences = [
        [_normalize(" ".join(text[w.start : w.end].split())) for w in line] for line in words
    ]
    for line, tags in zip(words, _load_tagger(POS_MODEL).tag_many(sequences), strict=True):
        for word, tag in zip(line, tags, strict=True):
            word.pos = tag[2:] if tag[:2] in ("B-", "I-") else tag


def _normalize(token: str) -> str:
    """underthesea's token normalization (spelling/tone-mark fixes of short tokens)."""
    if len(token) > 6:
        return token
    return _token_map().get(token, token)


@cache
def _token_map() -> dict[str, str]:
    """underthesea's token normalization table, loaded on first use."""
    from underthesea.pipeline.text_normalize.text_normalizer import token_map

    return dict(token_map)


@cache
def _load_tagger(relative_dir: str) -> CrfTagger:
    """Load one of underthesea's CRF models (once per process) for :mod:`sukien.text.crf`."""
    return CrfTagger.load(_underthesea_dir() / relative_dir)


def _underthesea_dir() -> Path:
    """Installed location of the underthesea package (found without importing it)."""
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("underthesea is not installed")
    return Path(next(iter(spec.submodule_search_locations)))
