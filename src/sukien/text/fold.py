"""Folding for comparison and search: lower case, no diacritics, đ → d, char for char.

Because the folded text has the same length as the original, a match found in the folded text
is at the same offsets in the original: snippets and highlights come from the original text.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in list(range(0x41, 0x5B)) + list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        char = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)
        ).lower()
        if char in "đĐ":
            base = "d"
        if len(base) == 1 and base != char:
            table[code] = base
    return table


def fold(text: str) -> str:
    """Fold ``text`` for matching; ``len(fold(text)) == len(text)`` for NFC input."""
    folded = text.translate(_table())
    if len(folded) != len(text):  # pragma: no cover - the table maps 1:1 by construction
        raise AssertionError("fold changed the length")
    if folded.isascii():
        return folded
    # characters outside the table (Greek, Cyrillic…): lower case unless that changes lengths
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
