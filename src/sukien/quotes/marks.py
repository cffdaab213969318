"""Quotation marks: pair them within one line into quoted spans, nested ones included.

Every style counts: “ ” „ « » (double), ‘ ’ ‹ › (single) and the straight " and '. A curly
mark says which way it faces; a straight one (or a curly one typed the wrong way round) is
read from its neighbours: after a space or at the line start it opens, before a space or
punctuation it closes. A straight or curly apostrophe between two letters ("O'Brien",
"Xi’an") is not a mark. Marks of one family (double or single) pair with each other in any
style (a quote opened with " and closed with ” is one quote), innermost first, so
“A “B” C” nests. A double quote still open at the end of the line runs to the line end (news
copy often leaves a long quote open); an unpaired close, or an unclosed single mark, is
dropped. Quotes never cross a line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Quoted", "find_quoted"]

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘‹"
_SINGLE_CLOSE = "’›"
_MARK = re.compile(r"[“”„«»‘’‹›\"']")
_OPEN_BEFORE = " \t([{–—-/“‘«‹\"'"  # a mark after these (or at the start) opens
_CLOSE_AFTER = " \t.,;:!?…)]}–—-/”’»›\"'"  # a mark before these (or at the end) closes


@dataclass(frozen=True, slots=True)
class Quoted:
    """One quoted span: ``open``/``close`` are the offsets of the marks (``close`` is the line
    end when the quote is left open); the inner text is ``text[open + 1 : close]``."""

    open: int
    close: int
    depth: int
    closed: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close

    @property
    def outer(self) -> tuple[int, int]:
        return self.open, self.close + 1 if self.closed else self.close


def _role(text: str, i: int, start: int, end: int, stack: list[tuple[str, int]]) -> str | None:
    """'open', 'close' or None (not a mark) for the mark at ``text[i]``."""
    ch = text[i]
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if ch in "'’" and before.isalnum() and after.isalnum():
        return None  # an apostrophe
    can_open = before in _OPEN_BEFORE and not after.isspace()
    can_close = after in _CLOSE_AFTER and not before.isspace()
    family = "d" if ch in _DOUBLE_OPEN + _DOUBLE_CLOSE + '"' else "s"
    pending = any(f == family for f, _ in stack)
    if ch in _DOUBLE_OPEN + _SINGLE_OPEN:
        return "close" if can_close and not can_open and pending else "open"
    if ch in _DOUBLE_CLOSE + _SINGLE_CLOSE:
        if can_open and not can_close and not pending:
            return "open"
        return "close"
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    return "close" if pending else "open"


def find_quoted(text: str, start: int, end: int) -> list[Quoted]:
    """Every quoted span of ``text[start:end]`` (one line), in order of their opening mark;
    ``depth`` 0 for top-level quotes, 1 for quotes inside them, and so on."""
    stack: list[tuple[str, int]] = []
    found: list[Quoted] = []
    for m in _MARK.finditer(text, start, end):
        i = m.start()
        role = _role(text, i, start, end, stack)
        if role is None:
            continue
        family = "d" if text[i] in _DOUBLE_OPEN + _DOUBLE_CLOSE + '"' else "s"
        if role == "open":
            stack.append((family, i))
            continue
        for k in range(len(stack) - 1, -1, -1):
            if stack[k][0] == family:
                opened = stack[k][1]
                del stack[k:]
                found.append(Quoted(opened, i, k))
                break
    doubles = [(k, i) for k, (f, i) in enumerate(stack) if f == "d"]
    if doubles:  # the outermost double quote left open runs to the line end
        k, i = doubles[0]
        close = end
        while close > i + 1 and text[close - 1].isspace():
            close -= 1
        found.append(Quoted(i, close, k, closed=False))
    found.sort(key=lambda q: q.open)
    return _depths(found)


def _depths(found: list[Quoted]) -> list[Quoted]:
    """Recompute depths from containment (dropped marks can shift the stack's count)."""
    out: list[Quoted] = []
    open_ends: list[int] = []
    for q in found:
        while open_ends and open_ends[-1] <= q.open:
            open_ends.pop()
        out.append(Quoted(q.open, q.close, len(open_ends), q.closed))
        open_ends.append(q.outer[1])
    return out
