"""Build ``sukien/kb/data/places.jsonl``: countries, territories, cities and regions.

Run ``python -m sukien.kb.build.places`` (needs the ``kb`` extra: ``pip install -e .[kb]``).

1. pycountry (ISO 3166-1/-3) gives every country and territory, Babel (CLDR) their
   Vietnamese and English names and the UN M49 regions (:mod:`sukien.kb.build.sources`).
2. ``places_curated.tsv`` (reviewed by hand) is merged over them: the press's own forms
   (Mỹ, Nga, Mát-xcơ-va…), the English Wikipedia titles, the cities and the other regions
   (:mod:`sukien.kb.build.curated`).
3. Hyphenated transliterations get their spaced and joined spellings
   (:func:`~sukien.kb.build.variants.transliteration_variants`).
4. Every record is validated; the build fails when an alias key is shared by two entities
   and ``ambiguous.tsv`` does not list it, when a parent does not exist, or when a country
   code is unknown to ISO.

The output is sorted by id and deterministic: the same inputs give the same bytes.
``--check`` compares instead of writing (exit status 1 when the file is stale).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sukien.kb.ambiguity import read_ambiguity, unlisted_collisions
from sukien.kb.build.curated import NULL, CuratedRow, read_curated
from sukien.kb.build.variants import dedupe, transliteration_variants
from sukien.kb.schema import PLACE_KINDS, KBError, dump_record, entity_from_record, validate_record

if TYPE_CHECKING:
    from sukien.kb.build.sources import Draft

__all__ = ["build_places", "main", "render"]

DATA = Path(__file__).resolve().parent.parent / "data"
CURATED = DATA / "places_curated.tsv"
AMBIGUOUS = DATA / "ambiguous.tsv"
OUTPUT = DATA / "places.jsonl"
_SOURCE_ORDER = ("cldr", "pycountry", "curated")


def _default_parent(country: str | None, drafts: dict[str, Draft]) -> str | None:
    """``country/X`` or ``territory/X`` for a country code, ``None`` for none."""
    if country is None:
        return None
    for kind in ("country", "territory"):
        if f"{kind}/{country}" in drafts:
            return f"{kind}/{country}"
    raise KBError(f"no country or territory {country!r}")


def _merge(row: CuratedRow, drafts: dict[str, Draft]) -> None:
    """Merge one curated row into the drafts (see :mod:`sukien.kb.build.curated`)."""
    from sukien.kb.build.sources import Draft, zone_cities

    where = f"places_curated.tsv:{row.line}"
    if row.kind not in PLACE_KINDS:
        raise KBError(f"{where}: {row.id!r} is not a place id")
    draft = drafts.get(row.id)
    country = None if row.country in ("", NULL) else row.country
    if draft is None:
        if not row.name:
            raise KBError(f"{where}: a new entity needs a name")
        draft = Draft(row.id, row.kind, row.name, country, None)
        draft.parent = _default_parent(country, drafts)
        drafts[row.id] = draft
    else:
        draft.name = row.name or draft.name
        if row.country:
            draft.country = country
    if row.parent:
        draft.parent = None if row.parent == NULL else row.parent
    missing = [a for a in row.removed if a not in draft.aliases]
    if missing:
        raise KBError(f"{where}: cannot remove {missing}: not generated")
    draft.aliases = [a for a in dedupe([*row.aliases, *draft.aliases]) if a not in row.removed]
    draft.sources.append("curated")
    if row.tz:
        draft.add_aliases(zone_cities(row.tz))
        draft.sources.append("cldr")


def _finish(draft: Draft) -> dict[str, Any]:
    aliases: list[str] = []
    for alias in draft.aliases:
        aliases += [alias, *transliteration_variants(alias)]
    aliases.append(draft.name)
    sources = [s for s in _SOURCE_ORDER if s in draft.sources]
    return {
        "id": draft.id,
        "type": "LOC",
        "kind": draft.kind,
        "name": draft.name,
        "country": draft.country,
        "aliases": list(dedupe(aliases)),
        "parent": draft.parent,
        "roles": [],
        "source": "+".join(sources),
    }


def _check(records: list[dict[str, Any]]) -> list[str]:
    from sukien.kb.build.sources import known_country_codes

    problems: list[str] = []
    ids = {r["id"] for r in records}
    codes = known_country_codes()
    for record in records:
        problems += validate_record(record, place=True)
        if record["parent"] is not None and record["parent"] not in ids:
            problems.append(f"{record['id']}: unknown parent {record['parent']!r}")
        if record["country"] is not None and record["country"] not in codes:
            problems.append(f"{record['id']}: unknown country code {record['country']!r}")
    return problems


def build_places(curated: Path = CURATED, ambiguous: Path = AMBIGUOUS) -> list[dict[str, Any]]:
    """The place records, sorted by id; raises :class:`KBError` listing every problem.

    Needs the ``kb`` extra (babel, pycountry): :class:`ModuleNotFoundError` without it.
    """
    from sukien.kb.build.sources import country_drafts, region_drafts

    drafts = {d.id: d for d in [*country_drafts(), *region_drafts()]}
    seen: set[str] = set()
    for row in read_curated(curated):
        if row.id in seen:
            raise KBError(f"places_curated.tsv:{row.line}: {row.id} appears twice")
        seen.add(row.id)
        _merge(row, drafts)
    records = [_finish(drafts[key]) for key in sorted(drafts)]
    problems = _check(records)
    entities = [entity_from_record(r) for r in records]
    problems += unlisted_collisions(entities, read_ambiguity([ambiguous]))
    if problems:
        raise KBError(f"{len(problems)} problem(s):\n" + "\n".join(problems))
    return records


def render(records: Sequence[dict[str, Any]]) -> str:
    """The JSON Lines text: one record a line, ``\\n`` line ends, final newline."""
    return "".join(dump_record(r) + "\n" for r in records)


def _summary(records: Sequence[dict[str, Any]]) -> str:
    kinds = {k: sum(r["kind"] == k for r in records) for k in PLACE_KINDS}
    aliases = sum(len(r["aliases"]) for r in records)
    counts = ", ".join(f"{n} {k}" for k, n in kinds.items())
    return f"{len(records)} places ({counts}), {aliases} aliases"


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: build (or ``--check``) the places file."""
    parser = argparse.ArgumentParser(prog="python -m sukien.kb.build.places")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="file to write")
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    try:
        records = build_places()
    except ModuleNotFoundError as err:
        print(f"error: {err.name} is missing: pip install -e '.[kb]'", file=sys.stderr)
        return 2
    except KBError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    text = render(records)
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date: run python -m sukien.kb.build.places")
            return 1
        print(f"{args.output} is up to date: {_summary(records)}")
        return 0
    args.output.write_bytes(text.encode("utf-8"))
    print(f"wrote {args.output}: {_summary(records)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
