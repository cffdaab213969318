"""Normalise decoded article text: Unicode form, invisible characters, spaces, tone marks.

:func:`normalize_text` is idempotent and changes only what is listed here, in this order:

1. Line breaks: ``\\r\\n`` and ``\\r`` → ``\\n``; vertical tab, form feed, NEL (U+0085) and
   LINE SEPARATOR (U+2028) → ``\\n``; PARAGRAPH SEPARATOR (U+2029) → ``\\n\\n``.
2. Removed: zero-width and invisible formatting characters (ZWSP, ZWNJ, ZWJ, WORD JOINER,
   U+FEFF anywhere, soft hyphen, LRM/RLM and the other bidi controls, invisible math
   operators, Mongolian vowel separator) and control characters other than ``\\n``.
   A tab becomes a space. (Removing ZWJ also splits emoji ZWJ sequences.)
3. NFC composition.
4. NBSP and the other Unicode space characters → ``" "``; runs of spaces → one space;
   spaces at the start and end of every line are stripped; 3+ consecutive newlines → 2
   (a blank line separates paragraphs). Leading/trailing newlines of the whole text are
   kept (collapsed), so fragments can be joined.
5. Tone-mark placement in the open rhymes oa, oe, uy (no final consonant or vowel after
   them, and not the ``u`` of ``qu``): ``"old"`` (default, the style of most Vietnamese
   press) puts the tone on the first vowel: hòa, khỏe, thủy; ``"new"`` on the second:
   hoà, khoẻ, thuỷ; ``"keep"`` leaves it. Case is kept per letter (HÒA, Hòa). Words such as
   hoàn, toán, quý, quà, thuyền, khuya, ngoài are never changed.
6. Quotes (``quotes=True``): “ ” ‘ ’ " ' « » stay; „ ‟ ＂ 〝 〞 〟 and the ASCII pairs
   ````` `` ````` and ``''`` become “ (at the start of a word: after a space, line
   start or an opening bracket/quote/dash) or ” (elsewhere); ‚ ‛ become ‘ or ’ likewise.
   Primes ′ ″ and all dashes (– — -) are left alone.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final, Literal

__all__ = ["NormalizeOptions", "normalize_text"]


@dataclass(frozen=True)
class NormalizeOptions:
    """Options for :func:`normalize_text`.

    ``tone_style``: where the tone goes in the open rhymes oa/oe/uy ("old": hòa, "new":
    hoà, "keep": unchanged). ``quotes``: map rare quotation marks to “ ” ‘ ’.
    """

    tone_style: Literal["old", "new", "keep"] = "old"
    quotes: bool = True


_DEFAULT: Final = NormalizeOptions()

# ------------------------------------------------------------------ characters, spaces

_INVISIBLE: Final = (
    "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
_SPACES: Final = "\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))


def _char_table() -> dict[int, str | None]:
    """Translation table for step 1, 2 and the space part of step 4."""
    table: dict[int, str | None] = {c: None for c in range(0x20) if c != 0x0A}
    table |= {c: None for c in range(0x7F, 0xA0)}
    table |= {ord(c): None for c in _INVISIBLE}
    table |= {ord(c): " " for c in _SPACES}
    table |= {ord(c): "\n" for c in "\r\x0b\x0c\x85\u2028"}
    table |= {ord("\t"): " ", 0x2029: "\n\n"}
    return table


_CHAR_TABLE: Final = _char_table()
_SPECIAL_RE: Final = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in sorted(_CHAR_TABLE)) + "]+"
)


def _replace_special_chars(text: str) -> str:
    """Apply the translation table, touching only runs of affected characters (fast)."""
    return _SPECIAL_RE.sub(lambda m: m[0].translate(_CHAR_TABLE), text)


_MULTI_SPACE_RE: Final = re.compile(" {2,}")
_SPACE_AT_LINE_EDGE_RE: Final = re.compile(" ?\n ?")
_MANY_NEWLINES_RE: Final = re.compile("\n{3,}")


def _normalize_spaces(text: str) -> str:
    """Collapse spaces, strip them at line edges, collapse 3+ newlines to 2."""
    if "  " in text:
        text = _MULTI_SPACE_RE.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _SPACE_AT_LINE_EDGE_RE.sub("\n", text)
    text = text.strip(" ")
    if "\n\n\n" in text:
        text = _MANY_NEWLINES_RE.sub("\n\n", text)
    return text


# ---------------------------------------------------------------------------- tones

_TONES: Final = "\u0300\u0301\u0303\u0309\u0323"


def _toned(base: str) -> str:
    """The five toned forms of ``base``, in lower and upper case."""
    forms = "".join(unicodedata.normalize("NFC", base + tone) for tone in _TONES)
    return forms + forms.upper()


_O, _A, _E, _U, _Y = (_toned(v) for v in "oaeuy")
# o/u + a/e/y ending a word; _retone_pair checks the pair (oa, oe, uy) and its context.
# (One character class first lets the regex engine scan quickly.)
_COMBINING: Final = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_PAIR_RE: Final = re.compile(f"[oOuU{_O}{_U}][aAeEyY{_A}{_E}{_Y}](?![\\w{_COMBINING}])")
_PAIRS: Final = frozenset({("o", "a"), ("o", "e"), ("u", "y")})
_CONSONANTS: Final = frozenset("bcdđfghjklmnpqrstvwxzBCDĐFGHJKLMNPQRSTVWXZ")


def _split_tone(letter: str) -> tuple[str, str]:
    """``(letter without tone, tone mark or "")``."""
    decomposed = unicodedata.normalize("NFD", letter)
    tone = next((c for c in decomposed if c in _TONES), "")
    return unicodedata.normalize("NFC", decomposed.replace(tone, "")) if tone else letter, tone


def _retone_pair(m: re.Match[str], old_style: bool) -> str:
    """Move the tone of an open oa/oe/uy to the first (old) or second (new) vowel."""
    text, start = m.string, m.start()
    onset_start = start
    while onset_start > 0 and text[onset_start - 1] in _CONSONANTS:
        onset_start -= 1
    if onset_start > 0 and text[onset_start - 1].isalnum():
        return m[0]  # the pair is not the whole nucleus of a syllable
    if text[onset_start:start].lower().endswith("q"):
        return m[0]  # "qu" + y: the u belongs to the onset (quý)
    (first, tone1), (second, tone2) = _split_tone(m[0][0]), _split_tone(m[0][1])
    if bool(tone1) == bool(tone2) or (first.lower(), second.lower()) not in _PAIRS:
        return m[0]
    tone = tone1 or tone2
    if old_style:
        first += tone
    else:
        second += tone
    return unicodedata.normalize("NFC", first + second)


def _place_tones(text: str, style: Literal["old", "new", "keep"]) -> str:
    if style == "keep":
        return text
    old_style = style == "old"
    return _PAIR_RE.sub(lambda m: _retone_pair(m, old_style), text)


# --------------------------------------------------------------------------- quotes

_DOUBLE_QUOTES: Final = "„‟＂〝〞〟"
_SINGLE_QUOTES: Final = "‚‛"
_QUOTE_RE: Final = re.compile(
    f"(?P<double>[{_DOUBLE_QUOTES}]|``|'')|(?P<single>[{_SINGLE_QUOTES}])"
)
_QUOTE_HINTS: Final = (*_DOUBLE_QUOTES, *_SINGLE_QUOTES, "``", "''")
_OPENING_CONTEXT: Final = frozenset(" \n([{<“‘«‹—–-/" + _DOUBLE_QUOTES + _SINGLE_QUOTES)


def _replace_quote(m: re.Match[str]) -> str:
    """“/‘ at the start of a word, ”/’ elsewhere."""
    start = m.start()
    opening = start == 0 or m.string[start - 1] in _OPENING_CONTEXT
    if m["double"]:
        return "“" if opening else "”"
    return "‘" if opening else "’"


def _normalize_quotes(text: str) -> str:
    if not any(q in text for q in _QUOTE_HINTS):
        return text
    return _QUOTE_RE.sub(_replace_quote, text)


# ----------------------------------------------------------------------------- main


def normalize_text(text: str, options: NormalizeOptions = _DEFAULT) -> str:
    """Normalise ``text`` as described in the module docstring (idempotent)."""
    text = _replace_special_chars(text.replace("\r\n", "\n"))
    text = unicodedata.normalize("NFC", text)
    text = _normalize_spaces(text)
    text = _place_tones(text, options.tone_style)
    if options.quotes:
        text = _normalize_quotes(text)
    return text
