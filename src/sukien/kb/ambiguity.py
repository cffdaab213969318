"""Ambiguous aliases: the reviewed lists in ``data/*ambiguous*.tsv`` and the check against them.

An alias is ambiguous when its :func:`~sukien.kb.normalize.alias_key` belongs to more than
one entity (``Washington``: the US capital and the US state) or when it is also a common
Vietnamese word or given name (``Anh``: the United Kingdom, "elder brother", a given name).
Every such alias must be listed, with the rule a linker should apply to decide; the places
build fails on a shared key that is not listed, and the tests check every data file.

File format (UTF-8, tab-separated, ``#`` starts a comment line, one header line)::

    alias   candidates                       rule            note
    Anh     country/GBR|-                    common_word     anh = elder brother; a name
    Georgia country/GEO|region/us-georgia    country_vs_region  bang Georgia → the state

``candidates``: entity ids separated by ``|``; ``-`` among them means "also a common word
or name". ``rule``: one of :data:`RULES`. Several files (``ambiguous.tsv`` for places,
``orgs_ambiguous.tsv``, ``people_ambiguous.tsv``, … in name order) are merged: entries with
the same key join their candidates, the first file's rule and note are kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from sukien.kb.normalize import alias_key
from sukien.kb.schema import KBEntity, KBError

__all__ = [
    "COMMON_WORD",
    "RULES",
    "AmbiguityEntry",
    "collisions",
    "parse_ambiguity",
    "read_ambiguity",
    "unlisted_collisions",
]

COMMON_WORD: Final = "-"

RULES: Final[Mapping[str, str]] = {
    "common_word": (
        "also a common Vietnamese word: link only in a place context (capitalised inside a "
        "sentence and after nước, tại, ở, thủ đô, sang, tới, in an 'X - Y' pair, or in a "
        "list of places)"
    ),
    "given_name": (
        "also a Vietnamese given name: not a place after a person title (anh, chị, ông, bà, "
        "em, cô, bạn) or inside a person's name"
    ),
    "short_form": (
        "one-syllable press short form of a country (Trung, Hàn, Triều, Nhật, Ấn, Việt): "
        "link in pairs such as 'Mỹ - Trung', 'quan hệ Việt - Nhật', 'Nga-Trung'"
    ),
    "city_vs_region": (
        "a city and the province, state, oblast or strip around it share the name: the region "
        "after tỉnh, bang, vùng, dải, khu vực, oblast; otherwise the city"
    ),
    "country_vs_region": (
        "a country and a sub-national region share the name: the region after bang/tỉnh or in "
        "that country's context; otherwise the country"
    ),
    "same_name": (
        "different places with the same name: decide by the other places and the dateline "
        "of the article"
    ),
}


@dataclass(frozen=True)
class AmbiguityEntry:
    """One reviewed ambiguous alias."""

    alias: str
    candidates: tuple[str, ...]
    common_word: bool
    rule: str
    note: str

    @property
    def key(self) -> str:
        """The alias key the entry applies to."""
        return alias_key(self.alias)


def _parse_line(line: str, where: str) -> AmbiguityEntry:
    cells = line.split("\t")
    if len(cells) != 4:
        raise KBError(f"{where}: expected 4 tab-separated columns, got {len(cells)}")
    alias, candidates, rule, note = (cell.strip() for cell in cells)
    parts = [c.strip() for c in candidates.split("|") if c.strip()]
    if not alias:
        raise KBError(f"{where}: empty alias")
    if rule not in RULES:
        raise KBError(f"{where}: unknown rule {rule!r} (known: {', '.join(RULES)})")
    ids = tuple(p for p in parts if p != COMMON_WORD)
    common = COMMON_WORD in parts
    if len(set(ids)) != len(ids):
        raise KBError(f"{where}: a candidate is listed twice")
    if not ids or (len(ids) < 2 and not common):
        raise KBError(f"{where}: needs two candidates, or one and '-' (also a common word)")
    return AmbiguityEntry(alias, ids, common, rule, note)


def parse_ambiguity(texts: Iterable[tuple[str, str]]) -> dict[str, AmbiguityEntry]:
    """Entries by alias key from ``(name, file text)`` pairs, merged as the module says.

    A key listed twice in one file is an error.
    """
    entries: dict[str, AmbiguityEntry] = {}
    for name, text in texts:
        in_file: set[str] = set()
        lines = [
            (number, raw)
            for number, raw in enumerate(text.splitlines(), 1)
            if raw.strip() and not raw.startswith("#")
        ]
        for number, raw in lines[1:]:  # the first line is the header
            where = f"{name}:{number}"
            entry = _parse_line(raw, where)
            key = entry.key
            if key in in_file:
                raise KBError(f"{where}: {entry.alias!r} is listed twice")
            in_file.add(key)
            old = entries.get(key)
            if old is not None:
                extra = tuple(c for c in entry.candidates if c not in old.candidates)
                entry = AmbiguityEntry(
                    old.alias,
                    old.candidates + extra,
                    old.common_word or entry.common_word,
                    old.rule,
                    old.note,
                )
            entries[key] = entry
    return entries


def read_ambiguity(paths: Sequence[Path]) -> dict[str, AmbiguityEntry]:
    """Entries by alias key from the given TSV files."""
    return parse_ambiguity((str(p), p.read_text(encoding="utf-8")) for p in paths)


def collisions(entities: Iterable[KBEntity]) -> dict[str, tuple[str, ...]]:
    """Alias keys shared by more than one entity → the ids (sorted) that share them."""
    owners: dict[str, set[str]] = {}
    for entity in entities:
        for alias in entity.aliases:
            owners.setdefault(alias_key(alias), set()).add(entity.id)
    return {key: tuple(sorted(ids)) for key, ids in sorted(owners.items()) if len(ids) > 1}


def unlisted_collisions(
    entities: Iterable[KBEntity], entries: Mapping[str, AmbiguityEntry]
) -> list[str]:
    """One message per shared alias key whose ids are not all listed in ``entries``."""
    problems: list[str] = []
    for key, ids in collisions(entities).items():
        entry = entries.get(key)
        missing = [i for i in ids if entry is None or i not in entry.candidates]
        if missing:
            problems.append(
                f"alias key {key!r} is shared by {', '.join(ids)}; not listed: {', '.join(missing)}"
            )
    return problems
