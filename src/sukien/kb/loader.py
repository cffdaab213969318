"""Load the knowledge base from its JSON Lines files and index it by id and alias key.

>>> kb = load_kb()
>>> [e.id for e in kb.lookup("Mát-xcơ-va")]
['city/moscow']

:func:`load_kb` reads every ``sukien/kb/data/*.jsonl`` (package data, so it works from an
installed wheel) and the ambiguity lists beside them (``*ambiguous*.tsv``: ``ambiguous.tsv``,
``orgs_ambiguous.tsv``…). The result is cached: the
files are read once per process (per set of paths).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cached_property, lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from sukien.kb.ambiguity import AmbiguityEntry, parse_ambiguity
from sukien.kb.normalize import alias_key
from sukien.kb.schema import KBEntity, KBError, entity_from_record

__all__ = ["KB", "data_files", "load_kb", "read_entities"]


class KB:
    """Entities indexed by id and by alias key (see :mod:`sukien.kb.normalize`)."""

    def __init__(
        self,
        entities: Iterable[KBEntity],
        ambiguity: Mapping[str, AmbiguityEntry] | None = None,
    ) -> None:
        self._by_id: dict[str, KBEntity] = {}
        self._by_key: dict[str, list[KBEntity]] = {}
        for entity in entities:
            if entity.id in self._by_id:
                raise KBError(f"duplicate entity id {entity.id!r}")
            self._by_id[entity.id] = entity
            for alias in entity.aliases:
                bucket = self._by_key.setdefault(alias_key(alias), [])
                if entity not in bucket:
                    bucket.append(entity)
        for bucket in self._by_key.values():
            bucket.sort(key=lambda e: e.id)
        self._ambiguity: Mapping[str, AmbiguityEntry] = ambiguity or {}

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[KBEntity]:
        return iter(self._by_id.values())

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._by_id

    def by_id(self, entity_id: str) -> KBEntity:
        """The entity with this id; :class:`KeyError` when there is none."""
        return self._by_id[entity_id]

    def get(self, entity_id: str) -> KBEntity | None:
        """The entity with this id, or ``None``."""
        return self._by_id.get(entity_id)

    def lookup(self, surface: str, *, fold_case: bool = True) -> list[KBEntity]:
        """Entities with an alias whose key equals ``surface``'s, sorted by id.

        ``fold_case=False`` matches case as well (``"Anh"`` but not ``"anh"``).
        """
        if fold_case:
            return list(self._by_key.get(alias_key(surface), ()))
        return list(self._by_exact_key.get(alias_key(surface, fold_case=False), ()))

    def aliases(self) -> Iterator[tuple[str, KBEntity]]:
        """Every ``(alias, entity)`` pair, in file order."""
        for entity in self._by_id.values():
            for alias in entity.aliases:
                yield alias, entity

    def ambiguity(self, surface: str) -> AmbiguityEntry | None:
        """The reviewed ambiguity entry for ``surface`` (``*ambiguous*.tsv``), if any."""
        return self._ambiguity.get(alias_key(surface))

    @property
    def ambiguities(self) -> Mapping[str, AmbiguityEntry]:
        """All reviewed ambiguity entries, by alias key."""
        return self._ambiguity

    @cached_property
    def _by_exact_key(self) -> dict[str, list[KBEntity]]:
        """Case-sensitive alias index, built on first use."""
        index: dict[str, list[KBEntity]] = {}
        for alias, entity in self.aliases():
            bucket = index.setdefault(alias_key(alias, fold_case=False), [])
            if entity not in bucket:
                bucket.append(entity)
        for bucket in index.values():
            bucket.sort(key=lambda e: e.id)
        return index


def data_files(pattern: str = "*.jsonl") -> list[Traversable]:
    """The package data files ``sukien/kb/data/<pattern>``, sorted by name."""
    from fnmatch import fnmatch

    folder = resources.files("sukien.kb").joinpath("data")
    if not folder.is_dir():
        return []
    return sorted(
        (f for f in folder.iterdir() if f.is_file() and fnmatch(f.name, pattern)),
        key=lambda f: f.name,
    )


def read_entities(text: str, name: str = "<kb>") -> Iterator[KBEntity]:
    """Entities from the text of one JSON Lines file (blank lines are skipped)."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise KBError(f"{name}:{number}: not JSON: {err.msg}") from err
        if not isinstance(record, dict):
            raise KBError(f"{name}:{number}: not a JSON object")
        yield entity_from_record(record)


def load_kb(paths: Sequence[Path] | None = None) -> KB:
    """The knowledge base from ``paths`` (default: the package's ``data/*.jsonl``), cached.

    With explicit ``paths`` the ambiguity lists are the ``*ambiguous*.tsv`` files in the
    folders of those paths.
    """
    return _load(None if paths is None else tuple(Path(p) for p in paths))


@lru_cache(maxsize=8)
def _load(paths: tuple[Path, ...] | None) -> KB:
    sources: list[Traversable] | list[Path]
    tables: list[Traversable] | list[Path]
    if paths is None:
        sources, tables = data_files("*.jsonl"), data_files("*ambiguous*.tsv")
    else:
        sources = list(paths)
        folders = sorted({p.parent for p in paths})
        tables = sorted(t for folder in folders for t in folder.glob("*ambiguous*.tsv"))
    entities: list[KBEntity] = []
    for source in sources:
        entities.extend(read_entities(source.read_text(encoding="utf-8"), source.name))
    ambiguity = parse_ambiguity((t.name, t.read_text(encoding="utf-8")) for t in tables)
    return KB(entities, ambiguity)
