"""The knowledge-base record: one entity per JSON line, shared by every KB data file.

A record has exactly these keys, written in this order::

    {"id": "country/RUS", "type": "LOC", "kind": "country", "name": "Russia",
     "country": "RUS", "aliases": ["Nga", "Liên bang Nga", ...], "parent": null,
     "roles": [], "source": "cldr+pycountry+curated"}

:class:`KBEntity` is its in-memory form, :func:`validate_record` checks a decoded record and
:func:`dump_record` writes one deterministically (same record → same bytes).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Final

from sukien.errors import SukienError

__all__ = [
    "FIELDS",
    "OPTIONAL_FIELDS",
    "PLACE_KINDS",
    "TYPES",
    "KBEntity",
    "KBError",
    "dump_record",
    "entity_from_record",
    "validate_record",
]

FIELDS: Final = ("id", "type", "kind", "name", "country", "aliases", "parent", "roles", "source")
# optional fields, written after "aliases" when present: a person's surname-only forms
# resolved within a document ("Lavrov", "Tập"), the name in its own script (Chinese
# characters), and an event's dates ("when": [from, to], ISO prefixes, to null if open)
OPTIONAL_FIELDS: Final = ("short", "native", "when")


def record_keys(record: Mapping[str, Any]) -> tuple[str, ...]:
    """The keys a record must have, in order: FIELDS with its optional fields in place."""
    extra = tuple(k for k in OPTIONAL_FIELDS if k in record)
    return FIELDS[:6] + extra + FIELDS[6:]


TYPES: Final = frozenset({"PER", "ORG", "LOC", "MISC"})
PLACE_KINDS: Final = ("country", "territory", "city", "region")

_ID_RE: Final = re.compile(r"^[a-z]+/[^\s/]+$")
_ISO3_RE: Final = re.compile(r"^[A-Z]{3}$")
_SLUG_RE: Final = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class KBError(SukienError):
    """A knowledge-base data file or record is malformed."""


@dataclass(frozen=True)
class KBEntity:
    """One entity of the knowledge base (see the module docstring for the fields).

    ``roles`` holds read-only mappings (their content belongs to the people/organisation
    data); it takes no part in hashing, so entities can be set members and dict keys.
    """

    id: str
    type: str
    kind: str
    name: str
    country: str | None
    aliases: tuple[str, ...]
    parent: str | None = None
    roles: tuple[Mapping[str, Any], ...] = field(default=(), hash=False)
    source: str = ""
    short: tuple[str, ...] = ()
    native: str | None = None
    when: tuple[str | None, str | None] | None = None

    def to_record(self) -> dict[str, Any]:
        """The JSON record of this entity, keys in schema order."""
        optional: dict[str, Any] = {}
        if self.short:
            optional["short"] = list(self.short)
        if self.native is not None:
            optional["native"] = self.native
        if self.when is not None:
            optional["when"] = list(self.when)
        return {
            "id": self.id,
            "type": self.type,
            "kind": self.kind,
            "name": self.name,
            "country": self.country,
            "aliases": list(self.aliases),
            **optional,
            "parent": self.parent,
            "roles": [dict(role) for role in self.roles],
            "source": self.source,
        }


def entity_from_record(record: Mapping[str, Any]) -> KBEntity:
    """Build a :class:`KBEntity` from a decoded record (only key presence is checked)."""
    try:
        return KBEntity(
            id=record["id"],
            type=record["type"],
            kind=record["kind"],
            name=record["name"],
            country=record["country"],
            aliases=tuple(record["aliases"]),
            parent=record["parent"],
            roles=tuple(MappingProxyType(dict(role)) for role in record["roles"]),
            source=record["source"],
            short=tuple(record.get("short") or ()),
            native=record.get("native"),
            when=tuple(record["when"]) if record.get("when") else None,
        )
    except (KeyError, TypeError, ValueError) as err:
        raise KBError(f"bad record {record.get('id', '?')!r}: {err!r}") from err


def dump_record(record: Mapping[str, Any]) -> str:
    """One JSON line (no newline) with the keys in schema order; deterministic."""
    ordered = {key: record[key] for key in record_keys(record)}
    return json.dumps(ordered, ensure_ascii=False)


def _is_clean_text(value: object) -> bool:
    return (
        isinstance(value, str)
        and value != ""
        and value == value.strip()
        and "  " not in value
        and unicodedata.is_normalized("NFC", value)
    )


def validate_record(record: Mapping[str, Any], *, place: bool = False) -> list[str]:
    """Problems with ``record`` (empty when it is valid).

    Every record: exactly :data:`FIELDS`; ``id`` is ``<kind>/<slug>``; ``type`` in
    :data:`TYPES`; ``name`` and each alias non-empty, NFC, trimmed, no double space;
    aliases unique; ``country`` null or ISO 3166-1 alpha-3 shaped; ``parent`` null or an id;
    ``roles`` a list of objects. With ``place=True`` also: ``type`` is ``LOC``, ``kind`` in
    :data:`PLACE_KINDS`, the id prefix is the kind, a country or territory id is
    ``<kind>/<its country code>``, city and region slugs are lower-case ASCII with hyphens,
    the name is among the aliases, and ``roles`` is empty.
    """
    problems: list[str] = []
    if tuple(record) != record_keys(record):
        return [f"keys {list(record)} != {list(record_keys(record))}"]
    rid, kind = record["id"], record["kind"]
    if not isinstance(rid, str) or not _ID_RE.match(rid):
        problems.append(f"bad id {rid!r}")
    if record["type"] not in TYPES:
        problems.append(f"bad type {record['type']!r}")
    if not isinstance(kind, str) or not kind:
        problems.append(f"bad kind {kind!r}")
    if not _is_clean_text(record["name"]):
        problems.append(f"bad name {record['name']!r}")
    country = record["country"]
    if country is not None and not (isinstance(country, str) and _ISO3_RE.match(country)):
        problems.append(f"bad country {country!r}")
    aliases = record["aliases"]
    if not isinstance(aliases, list) or not all(_is_clean_text(a) for a in aliases):
        problems.append("aliases must be a list of clean strings")
    elif len(set(aliases)) != len(aliases):
        problems.append("duplicate aliases")
    parent = record["parent"]
    if parent is not None and not (isinstance(parent, str) and _ID_RE.match(parent)):
        problems.append(f"bad parent {parent!r}")
    roles = record["roles"]
    if not isinstance(roles, list) or not all(isinstance(r, dict) for r in roles):
        problems.append("roles must be a list of objects")
    if not isinstance(record["source"], str) or not record["source"]:
        problems.append("empty source")
    if place and not problems:
        problems += _validate_place(record)
    return [f"{rid}: {p}" for p in problems]


def _validate_place(record: Mapping[str, Any]) -> list[str]:
    problems: list[str] = []
    prefix, _, slug = record["id"].partition("/")
    kind = record["kind"]
    if record["type"] != "LOC":
        problems.append("a place has type LOC")
    if kind not in PLACE_KINDS:
        problems.append(f"kind {kind!r} is not a place kind")
    if prefix != kind:
        problems.append(f"id prefix {prefix!r} != kind {kind!r}")
    if kind in ("country", "territory") and slug != record["country"]:
        problems.append("a country or territory id is <kind>/<its country code>")
    if kind in ("city", "region") and not _SLUG_RE.match(slug):
        problems.append(f"bad slug {slug!r}")
    if record["name"] not in record["aliases"]:
        problems.append("the name is not among the aliases")
    if record["roles"]:
        problems.append("a place has no roles")
    return problems
