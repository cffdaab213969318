"""Full-text search queries and snippets.

The FTS5 index holds folded text (``sukien.text.fold``), so "Tap Can Binh", "tập cận bình"
and "TẬP CẬN BÌNH" all find "Tập Cận Bình". A query is a list of words (all must occur),
"quoted phrases" (the words in that order) and ``word*`` prefixes; FTS5 operators typed by the
user are treated as plain words, so no query can be a syntax error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sukien.text.fold import fold

_PHRASE = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+\*?", re.UNICODE)


@dataclass(frozen=True)
class Query:
    """A parsed search query: an FTS5 MATCH expression and the folded words to highlight."""

    match: str
    terms: tuple[str, ...]
    prefixes: tuple[str, ...] = ()


@dataclass
class SearchHit:
    id: str
    title: str | None
    published: str | None
    score: float
    snippet: str
    highlights: list[tuple[int, int]] = field(default_factory=list)


def parse_query(query: str) -> Query | None:
    """Build a MATCH expression from what a user typed; None when it has no word."""
    parts: list[str] = []
    terms: list[str] = []
    prefixes: list[str] = []
    for m in _PHRASE.finditer(fold(query)):
        words = _WORD.findall(m.group(1) if m.group(1) is not None else m.group(2))
        if not words:
            continue
        clean = [w.rstrip("*") for w in words]
        terms.extend(w for w in clean if w)
        if m.group(1) is not None and len(words) > 1:
            parts.append('"' + " ".join(clean) + '"')
            continue
        for word, bare in zip(words, clean, strict=True):
            if not bare:
                continue
            if word.endswith("*"):
                parts.append(f'"{bare}"*')
                prefixes.append(bare)
            else:
                parts.append(f'"{bare}"')
    if not parts:
        return None
    return Query(" AND ".join(parts), tuple(dict.fromkeys(terms)), tuple(prefixes))


def find_terms(folded: str, query: Query) -> list[tuple[int, int]]:
    """Offsets of whole-word occurrences of the query's words in folded text."""
    if not query.terms:
        return []
    alternatives = []
    for term in sorted(query.terms, key=len, reverse=True):
        tail = r"\w*" if term in query.prefixes else ""
        alternatives.append(re.escape(term) + tail)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.UNICODE)
    return [m.span() for m in pattern.finditer(folded)]


def make_snippet(
    text: str, folded: str, query: Query, width: int = 200
) -> tuple[str, list[tuple[int, int]]]:
    """The window of ``text`` with the most query words, and their offsets inside it."""
    spans = find_terms(folded, query)
    if not spans:
        end = min(len(text), width)
        return text[:end] + ("…" if end < len(text) else ""), []
    best_start, best_count = spans[0][0], 0
    for i, (start, _) in enumerate(spans):
        count = sum(1 for s, _ in spans[i:] if s < start + width)
        if count > best_count:
            best_start, best_count = start, count
    start = max(0, best_start - width // 4)
    line_start = text.rfind("\n", 0, best_start) + 1
    start = max(start, line_start)
    if start > line_start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < best_start else start
    end = min(len(text), start + width)
    line_end = text.find("\n", best_start)
    if line_end != -1:
        end = min(end, line_end)
    if end < len(text) and text[end - 1 : end] != " ":
        space = text.rfind(" ", start, end)
        end = space if space > best_start else end
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    inner = [
        (s - start + len(prefix), e - start + len(prefix))
        for s, e in spans
        if s >= start and e <= end
    ]
    return prefix + text[start:end] + suffix, inner
