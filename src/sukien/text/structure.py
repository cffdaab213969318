"""Article structure of a plain text: title, lead, headings, captions, byline and credits.

``parse_structure`` takes normalized text (one paragraph per line, blank lines allowed) and
returns the article text laid out as FORMAT.md wants it (title first and once, one paragraph
per line, no blank lines, boilerplate removed) with a block per line saying what it is.

Rules, in order:
- boilerplate lines (``sukien.text.boilerplate``) are dropped;
- the title is the metadata title when one is given (prepended when the text lacks it), else
  the first line when it reads like a headline (no final full stop, colon or comma; not a
  caption); a title line repeated right after itself is kept once;
- the trailer is read from the end: "Nguồn X: URL" lines (credit + source URL), "(theo THX,
  AP, Reuters)" credit lines, bylines "Nhật Minh", "Nhật Minh (Theo AFP)", "Minh Phương Theo
  Reuters", "Hà Anh - TTXVN";
- in the body, lines carrying a photo credit "(Ảnh: Reuters)", "(Nguồn: X)" are captions, short
  unpunctuated lines between paragraphs are headings, the first paragraph is the lead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sukien.document import Block, BlockKind
from sukien.text.boilerplate import is_boilerplate
from sukien.text.fold import fold as fold_chars

_UPPER_START = re.compile(r"^[^\W\d_]", re.UNICODE)
_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
_CAPTION = re.compile(
    r"(?:^|[\s.])\(?\s*(?:ảnh|nguồn|photo|video|đồ họa|đồ hoạ|infographic)(?:\s+minh\s+h[oọ]a)?"
    r"\s*(?::[^()]{0,80})?\)\s*\.?$|^\(?\s*ảnh\s*:|[.!?]\s+ảnh\s*:\s*[^.]{1,60}\.?$",
    re.IGNORECASE,
)
_SOURCE = re.compile(r"^nguồn(?:\s+(?P<name>[^:]{1,60}?))?\s*:\s*(?P<rest>.+)$", re.IGNORECASE)
_CREDIT = re.compile(
    r"^\(?\s*(?:theo|nguồn|tổng hợp theo|lược dịch theo)\s+(?P<list>[^()]{1,100}?)\s*\)?\s*\.?$",
    re.IGNORECASE,
)
_NAME_WORD = r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*"
_NAME = rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}})"
_BYLINE_CREDIT = re.compile(
    _NAME + r"\s*(?:\(\s*(?i:theo|tổng hợp theo|nguồn|lược dịch theo)\s+(?P<paren>[^()]+)\)"
    r"|\s(?i:theo)\s+(?P<plain>.+)"
    r"|\s*[-–/]\s*(?P<agency>[A-ZĐ][\w&.]{1,15}(?:\s*,\s*[A-ZĐ][\w&.]{1,15})*))\s*\.?$"
)
_BYLINE_NOTE = re.compile(
    _NAME + r"\s*(?:\((?:tổng hợp|lược dịch|biên dịch|tổng hợp và dịch|theo .+)\))?\s*\.?$",
    re.IGNORECASE,
)
_CREDIT_SPLIT = re.compile(r"\s*[,;/]\s*|\s+và\s+|\s+and\s+", re.IGNORECASE)
_END_PUNCT = ".;:,…"
_CLOSERS = "”\"’'»)]"
_TRAILER_MAX = 6


@dataclass
class Structure:
    """The laid-out article text, its blocks, and what the layout says about the article."""

    text: str
    blocks: list[Block]
    title: str | None = None
    byline: str | None = None
    credits: list[str] = field(default_factory=list)
    url: str | None = None


def fold(text: str) -> str:
    """Case-, diacritic- and space-blind key used to compare lines (e.g. a repeated title)."""
    return " ".join(fold_chars(text).split())


def is_caption(line: str) -> bool:
    """A photo caption or credit line such as "… tại Bắc Kinh. (Ảnh: Reuters)"."""
    return bool(_CAPTION.search(line))


def looks_like_title(line: str) -> bool:
    """A headline: two or more words, at most ~250 characters, no closing full stop."""
    if len(line) > 250 or len(line.split()) < 2 or is_caption(line) or line.startswith("("):
        return False
    core = line.rstrip(_CLOSERS + " ")
    return bool(core) and core[-1] not in _END_PUNCT and bool(_UPPER_START.match(line))


def _looks_like_heading(line: str) -> bool:
    words = line.split()
    if not 1 < len(words) <= 14 or is_caption(line) or not _UPPER_START.match(line):
        return False
    return line.rstrip()[-1] not in _END_PUNCT + "!?" + _CLOSERS


def split_credits(names: str) -> list[str]:
    """ "THX, AP, Reuters" → ["THX", "AP", "Reuters"]."""
    parts = (p.strip(" .()[]") for p in _CREDIT_SPLIT.split(names))
    return [p for p in parts if p]


def _credit_names(names: str) -> list[str] | None:
    """The credited names, or None when the text reads like a sentence, not a list of names."""
    parts = split_credits(names)
    ok = parts and all(len(p.split()) <= 6 and (p[0].isupper() or p[0].isdigit()) for p in parts)
    return parts if ok else None


@dataclass
class _Trailer:
    kinds: dict[int, BlockKind] = field(default_factory=dict)
    byline: str | None = None
    credits: list[str] = field(default_factory=list)
    url: str | None = None


def _is_name(name: str) -> bool:
    return all(_UPPER_START.match(word) and word[0].isupper() for word in name.split())


def _trailer_line(line: str, trailer: _Trailer) -> BlockKind | None:
    """Classify one trailing line, recording what it says; None when it is article text."""
    if m := _SOURCE.match(line):
        rest = m.group("rest")
        url = _URL.search(rest)
        name = m.group("name") or _URL.sub("", rest).strip(" -–,;")
        if url and trailer.url is None:
            trailer.url = url.group(0).rstrip(".,;)")
        trailer.credits[:0] = split_credits(name) if name else []
        return "source"
    if _URL.fullmatch(line.strip()):
        trailer.url = trailer.url or line.strip()
        return "source"
    if (m := _CREDIT.match(line)) and (names := _credit_names(m.group("list"))):
        trailer.credits[:0] = names
        return "credit"
    if (m := _BYLINE_CREDIT.match(line)) and _is_name(m.group("name")):
        names = _credit_names(m.group("paren") or m.group("plain") or m.group("agency") or "")
        if names is None:
            return None
        trailer.byline = trailer.byline or m.group("name")
        trailer.credits[:0] = names
        return "byline"
    if (m := _BYLINE_NOTE.match(line)) and _is_name(m.group("name")) and trailer.byline is None:
        trailer.byline = m.group("name")
        return "byline"
    return None


def parse_byline(line: str) -> tuple[str | None, list[str]]:
    """A byline as found in metadata ("Minh Khôi Theo Reuters; TASS") → name and credits."""
    trailer = _Trailer()
    if _trailer_line(line.strip(), trailer) is None:
        return line.strip() or None, []
    return trailer.byline, trailer.credits


def _read_trailer(lines: list[str], first_body: int) -> _Trailer:
    trailer = _Trailer()
    for index in range(len(lines) - 1, max(first_body, len(lines) - _TRAILER_MAX) - 1, -1):
        kind = _trailer_line(lines[index], trailer)
        if kind is None:
            break
        trailer.kinds[index] = kind
    return trailer


def _find_title(lines: list[str], meta_title: str | None) -> tuple[list[str], bool]:
    """Put the title first (from metadata when given); say whether there is one."""
    if meta_title:
        meta_title = " ".join(meta_title.split())
        if not lines or fold(lines[0]) != fold(meta_title):
            lines.insert(0, meta_title)
        has_title = True
    else:
        has_title = len(lines) > 1 and looks_like_title(lines[0])
    if has_title:
        while len(lines) > 1 and fold(lines[1]) == fold(lines[0]):
            del lines[1]
    return lines, has_title


def parse_structure(text: str, meta_title: str | None = None) -> Structure:
    """Lay out normalized article text and label each line (see the module docstring)."""
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line and not is_boilerplate(line)]
    lines, has_title = _find_title(lines, meta_title)
    first_body = 1 if has_title else 0
    trailer = _read_trailer(lines, first_body)

    kinds: list[BlockKind] = []
    seen_paragraph = False
    for index, line in enumerate(lines):
        kind: BlockKind
        if index < first_body:
            kind = "title"
        elif index in trailer.kinds:
            kind = trailer.kinds[index]
        elif is_caption(line):
            kind = "caption"
        elif (
            seen_paragraph
            and index + 1 < len(lines)
            and index + 1 not in trailer.kinds
            and _looks_like_heading(line)
        ):
            kind = "heading"
        else:
            kind = "paragraph" if seen_paragraph else "lead"
            seen_paragraph = True
        kinds.append(kind)

    blocks: list[Block] = []
    offset = 0
    for line, kind in zip(lines, kinds, strict=True):
        blocks.append(Block(offset, offset + len(line), kind))
        offset += len(line) + 1
    return Structure(
        text="\n".join(lines),
        blocks=blocks,
        title=lines[0] if has_title else None,
        byline=trailer.byline,
        credits=_dedupe(trailer.credits),
        url=trailer.url,
    )


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if fold(item) not in seen:
            seen.add(fold(item))
            out.append(item)
    return out
