"""Sentence splitting for normalized Vietnamese news text.

``split_sentences(text, start, end)`` returns :class:`~sukien.document.Sentence` spans over
``text[start:end]``; every offset is a Python ``str`` index into ``text`` (end exclusive).

Rules, in order:

1. A line break always ends a sentence (a sentence never contains ``"\\n"``); each sentence is
   trimmed of surrounding whitespace and empty sentences are dropped.
2. Inside a line, a boundary is a run of final punctuation (``.``, ``!``, ``?``, ``…``, ``...``,
   ``?!``) optionally followed by closing quotes/brackets (``” " ’ ' » ) ]``), which are kept
   with the sentence, and then either the end of the line or whitespace plus a character that
   can open a sentence: an uppercase letter, a digit or an opening quote/bracket.
3. A lowercase continuation never splits: ``“Xin chào.” ông nói.`` is one sentence, and an
   ellipsis followed by a lowercase word stays inside its sentence.
4. A single ``.`` does not split after an abbreviation: the titles and short forms in
   :data:`ABBREVIATIONS` (``TP.``, ``ThS.``, ``PGS.``, ``Mr.``, ``St.``, ``v.v.`` …), compounds
   of them (``GS.TS.``) and runs of single uppercase initials (``J. Biden``, ``Q. Ba Đình``,
   ``U.S.``). Decision: ``v.v.`` is protected even before an uppercase word, as asked; it ends a
   sentence only at the end of a line.
5. A list marker at the very start of a sentence (``1.``, ``II.``, ``a.``) does not split.

Dots inside numbers, dates, URLs and e-mail addresses (``3.5``, ``15.12.2021``, ``vnexpress.net``)
are never followed by whitespace, so they are never candidates; a date or number at the end of
a sentence (``ngày 7/7. Sau đó``) ends it normally.

The scan is one compiled regular expression per line; Python code only runs per candidate
boundary, not per character.
"""

from __future__ import annotations

import re

from sukien.document import Sentence

__all__ = ["ABBREVIATIONS", "split_sentences"]

#: Dotted short forms (written without their final dot) after which ``.`` is not a boundary.
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        # Vietnamese titles, degrees and administrative units
        "TP", "Tp", "tp", "TX", "Tx", "TT", "Th.S", "ThS", "TS", "TSKH", "PGS", "GS", "BS",
        "KS", "NXB", "Nxb", "NSND", "NSƯT", "tr", "v.v",
        # English titles and short forms common in foreign-news copy
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "No", "Vol", "vs", "etc",
    }
)  # fmt: skip

_OPENERS = "“‘\"'«([{"
_CLOSERS = "”’\"'»)]}"

# One candidate boundary: the word before the punctuation (without leading openers), the final
# punctuation run, closing quotes/brackets, then either end of line or whitespace + next char.
_CANDIDATE = re.compile(
    rf"""
    (?<!\S)[{re.escape(_OPENERS)}]*
    (?P<pre>\S*?)
    (?P<punct>(?:\.\.\.|[.!?…])+)
    (?P<close>[{re.escape(_CLOSERS)}]*)
    (?:(?P<eol>[^\S\n]*$)|[^\S\n]+(?=(?P<next>\S)))
    """,
    re.VERBOSE,
)
_LINE = re.compile(r"[^\n]+")
_NOT_SPACE = re.compile(r"\S")
_TRAILING_SPACE = re.compile(r"\s+$")
_INITIALS = re.compile(r"(?:[A-ZĐ]\.)*[A-ZĐ]")
_LIST_MARKER = re.compile(r"\d{1,2}|[IVXLC]{1,5}|[a-zđ]")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Split ``text[start:end]`` into trimmed, non-empty sentences that never cross a newline."""
    stop = len(text) if end is None else min(end, len(text))
    sentences: list[Sentence] = []
    for line in _LINE.finditer(text, start, stop):
        _split_line(text, line.start(), line.end(), sentences)
    return sentences


def _split_line(text: str, start: int, end: int, out: list[Sentence]) -> None:
    """Append the sentences of one line (``text[start:end]`` holds no newline) to ``out``."""
    sent_start = start
    for match in _CANDIDATE.finditer(text, start, end):
        if _is_boundary(match, text, sent_start):
            _append(text, sent_start, match.end("close"), out)
            sent_start = match.end("close")
    _append(text, sent_start, end, out)


def _is_boundary(match: re.Match[str], text: str, sent_start: int) -> bool:
    """Decide whether a candidate match really ends a sentence."""
    if match.group("eol") is not None:
        return True
    following = match.group("next")
    if not (following.isupper() or following.isdigit() or following in _OPENERS):
        return False
    if match.group("punct") != "." or match.group("close"):
        return True
    pre = match.group("pre")
    if _is_abbreviation(pre):
        return False
    return not _is_list_marker(pre, match.start("pre"), text, sent_start)


def _is_abbreviation(word: str) -> bool:
    """True for a known short form, a compound of them (``GS.TS``) or uppercase initials."""
    if word in ABBREVIATIONS or _INITIALS.fullmatch(word):
        return True
    parts = word.split(".")
    return len(parts) > 1 and all(part in ABBREVIATIONS for part in parts)


def _is_list_marker(word: str, word_start: int, text: str, sent_start: int) -> bool:
    """True when ``word`` is an enumerator (``1``, ``IV``, ``a``) opening the sentence."""
    if not _LIST_MARKER.fullmatch(word):
        return False
    first = _NOT_SPACE.search(text, sent_start, word_start + 1)
    return first is not None and first.start() == word_start


def _append(text: str, start: int, end: int, out: list[Sentence]) -> None:
    """Append ``text[start:end]`` trimmed of whitespace, unless nothing is left."""
    first = _NOT_SPACE.search(text, start, end)
    if first is None:
        return
    trailing = _TRAILING_SPACE.search(text, first.start(), end)
    out.append(Sentence(first.start(), trailing.start() if trailing else end))
