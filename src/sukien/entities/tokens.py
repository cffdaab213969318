"""Word pieces of a sentence for entity matching, with what the matcher needs to know.

A piece is a run of letters and digits (apostrophes inside allowed: "N'Djamena"); hyphens,
spaces and other characters separate pieces. ``joined`` says whether only a hyphen, en dash,
``&`` or ``.`` (no other character) separates a piece from the previous one, so that
"Mát-xcơ-va", "Á-Âu" and "TG&VN" can be matched as one name, while a comma or a bracket always
ends a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sukien.kb.normalize import alias_key
from sukien.text.encoding import is_vietnamese_syllable

_PIECE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_NAME_GAP = re.compile(r"^(?:\s+|\s*[-–‑&.]\s*|\s+[-–]\s+)$")


@dataclass(slots=True)
class Piece:
    start: int
    end: int
    text: str
    key: str  # case-sensitive alias key
    fkey: str  # case-folded alias key
    joined: bool  # separated from the previous piece by a name-internal gap only
    upper: bool  # starts with an upper-case letter
    caps: bool  # all upper case (an acronym or an all-caps headline word)
    viet: bool  # a valid Vietnamese syllable


@lru_cache(maxsize=200_000)
def _keys(text: str) -> tuple[str, str, bool]:
    return alias_key(text, fold_case=False), alias_key(text), is_vietnamese_syllable(text)


def pieces(text: str, start: int, end: int) -> list[Piece]:
    """The pieces of ``text[start:end]`` in order."""
    out: list[Piece] = []
    previous_end = -1
    for m in _PIECE.finditer(text, start, end):
        word = m.group()
        key, fkey, viet = _keys(word)
        joined = previous_end >= 0 and bool(_NAME_GAP.match(text[previous_end : m.start()]))
        out.append(
            Piece(
                m.start(),
                m.end(),
                word,
                key,
                fkey,
                joined,
                word[0].isupper(),
                word.isupper() and len(word) > 1,
                viet,
            )
        )
        previous_end = m.end()
    return out
