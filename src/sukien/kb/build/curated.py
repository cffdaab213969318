"""Read ``places_curated.tsv``, the hand-written and reviewed part of the places data.

Columns (tab-separated, one header line, ``#`` starts a comment line)::

    id  name  country  parent  tz  aliases  note

- ``id``: the entity id; its prefix is the kind. A row whose id the packages already
  generate (``country/USA``, ``region/asia``) is merged into that entity.
- ``name``: English Wikipedia title; empty keeps the generated name.
- ``country``: ISO alpha-3; empty keeps the generated one (null for a new entity); ``-``
  means null.
- ``parent``: an id; empty means the default (a city or region with a country: that
  country's or territory's id; otherwise null, or the generated parent); ``-`` means null.
- ``tz``: an IANA zone whose CLDR exemplar city names become aliases (optional).
- ``aliases``: separated by ``|``, most common press form first. ``!alias`` removes a
  generated alias instead.
- ``note``: free text for reviewers; not written to the data.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sukien.kb.schema import KBError

__all__ = ["NULL", "CuratedRow", "parse_curated", "read_curated"]

NULL = "-"
_COLUMNS = ("id", "name", "country", "parent", "tz", "aliases", "note")


@dataclass(frozen=True)
class CuratedRow:
    """One row of the curated table (see the module docstring)."""

    id: str
    name: str
    country: str
    parent: str
    tz: str
    aliases: tuple[str, ...]
    removed: tuple[str, ...]
    note: str
    line: int

    @property
    def kind(self) -> str:
        """The kind, from the id prefix."""
        return self.id.partition("/")[0]


def parse_curated(text: str, name: str = "places_curated.tsv") -> list[CuratedRow]:
    """Rows of the curated table; raises :class:`KBError` on a malformed line."""
    rows: list[CuratedRow] = []
    header_seen = False
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = [unicodedata.normalize("NFC", c.strip()) for c in raw.split("\t")]
        if not header_seen:
            if tuple(cells) != _COLUMNS:
                raise KBError(f"{name}:{number}: header must be {'/'.join(_COLUMNS)}")
            header_seen = True
            continue
        if len(cells) != len(_COLUMNS):
            raise KBError(f"{name}:{number}: {len(cells)} columns, expected {len(_COLUMNS)}")
        rid, ename, country, parent, tz, aliases, note = cells
        if "/" not in rid:
            raise KBError(f"{name}:{number}: bad id {rid!r}")
        parts = [a.strip() for a in aliases.split("|") if a.strip()]
        rows.append(
            CuratedRow(
                id=rid,
                name=ename,
                country=country,
                parent=parent,
                tz=tz,
                aliases=tuple(a for a in parts if not a.startswith("!")),
                removed=tuple(a[1:].strip() for a in parts if a.startswith("!")),
                note=note,
                line=number,
            )
        )
    return rows


def read_curated(path: Path) -> list[CuratedRow]:
    """Rows of the curated table at ``path``."""
    return parse_curated(path.read_text(encoding="utf-8"), path.name)
