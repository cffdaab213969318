"""Editions of recurring summits (G20, APEC, BRICS, NATO, G7, SCO), from ``data/summits.tsv``.

A text that names a summit by its organization and host ("hội nghị G20 tại Bali", "Hội nghị
cấp cao APEC ở San Francisco") speaks of one edition: :func:`find_summits` finds such phrases
in a document and the edition they name, so that the publication date can be bounded ("…
tại Bali năm ngoái": the article is from the year after) and events held there dated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Final

from sukien.document import Document, Entity

__all__ = ["Edition", "SummitMention", "editions", "find_summits"]

_SUMMIT: Final = re.compile(
    r"(?<!\w)(?:hội nghị|hội nghị thượng đỉnh|hội nghị cấp cao|thượng đỉnh|hội nghị lãnh đạo)"
    r"(?:\s+\w+){0,8}\s*\(?$",  # "hội nghị thượng đỉnh Nhóm 20 nền kinh tế lớn (G20)"
    re.IGNORECASE,
)
_HOST: Final = re.compile(
    # ")" closes a long name's abbreviation: "… (G7) ở Anh"
    r"\)?(?:\s*\([^)]{1,30}\))?(?:\s+(?:năm\s+\d{4}|lần\s+thứ\s+\w+))?"
    r"\s*,?\s*(?:tại|ở|diễn ra tại)\s+"
    r"(?:thủ đô\s+|thành phố\s+|đảo\s+)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Edition:
    series: str  # the organization's KB id
    start: date
    end: date
    country: str
    city: str | None


@dataclass(frozen=True)
class SummitMention:
    start: int  # of the organization's name
    end: int  # of the host place
    edition: Edition


@cache
def editions() -> dict[str, tuple[Edition, ...]]:
    """The editions of each series, in time order."""
    text = resources.files("sukien.kb").joinpath("data", "summits.tsv").read_text("utf-8")
    found: dict[str, list[Edition]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith(("#", "series\t")):
            continue
        series, start, end, country, city = (line.split("\t") + [""] * 5)[:5]
        edition = Edition(
            series, date.fromisoformat(start), date.fromisoformat(end), country, city or None
        )
        found.setdefault(series, []).append(edition)
    return {k: tuple(sorted(v, key=lambda e: e.start)) for k, v in found.items()}


def find_summits(doc: Document) -> list[SummitMention]:
    """Summit phrases of ``doc`` whose organization and host name exactly one edition."""
    series = editions()
    by_start = {e.start: e for e in doc.entities}
    out: list[SummitMention] = []
    for ent in doc.entities:
        if ent.kb_id not in series or not _SUMMIT.search(
            doc.text, max(0, ent.start - 70), ent.start
        ):
            continue
        host = _host_after(doc, ent, by_start) or _host_before(doc, ent)
        if host is None:
            continue
        matching = [e for e in series[ent.kb_id] if _hosted(e, host)]
        if len(matching) == 1:
            out.append(SummitMention(ent.start, host.end, matching[0]))
    return out


def _hosted(edition: Edition, host: Entity) -> bool:
    """Whether ``host`` (the place after "tại") is the edition's city or country, or, for an
    edition without a city, a place in its country ("tại Bali" for the 2022 G20)."""
    country = f"country/{edition.country}"
    if host.kb_id is not None and host.kb_id in (edition.city, country):
        return True
    return edition.city is None and host.country == edition.country and host.kb_id != country


_TO_HOST: Final = re.compile(r"(?<!\w)(?:tới|đến|tại|ở)\s+$", re.IGNORECASE)


def _host_before(doc: Document, ent: Entity) -> Entity | None:
    """ "ông Biden sẽ tới New Delhi dự hội nghị thượng đỉnh … G20": the place gone to."""
    lower = max(0, ent.start - 90)
    for host in reversed([e for e in doc.entities if lower <= e.start and e.end <= ent.start]):
        if host.type == "LOC" and _TO_HOST.search(doc.text, max(0, host.start - 8), host.start):
            between = doc.text[host.end : ent.start]
            if re.search(r"(?<!\w)dự(?!\w)|(?<!\w)tham dự(?!\w)", between) and "." not in between:
                return host
    return None


def _host_after(doc: Document, ent: Entity, by_start: dict[int, Entity]) -> Entity | None:
    m = _HOST.match(doc.text, ent.end)
    if m is None:
        return None
    host = by_start.get(m.end())
    return host if host is not None and host.type == "LOC" else None
