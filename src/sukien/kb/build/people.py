"""Build ``data/people.jsonl``: people with their surface forms and dated roles.

Sources (reviewed, hand-written, under ``src/sukien/kb/data/``), both in a block format:
a person line followed by that person's role lines (starting with ``+``)::

    # people_curated.tsv: country, name, aliases (|), short forms (|), id (optional)
    RUS	Sergei Lavrov	Sergey Lavrov|Xéc-gây La-vrốp	Lavrov|La-vrốp
    +	FM		2004-03-09
    # people_zh.tsv: country, Chinese characters, English name (optional), aliases, short, id
    CHN	王毅
    +	FM		2013-03-16	2022-12-30
    +	FM		2023-07-25

A role line is ``+ <TAB> role <TAB> org <TAB> from <TAB> to <TAB> country``: ``to`` empty
means current (as of the data's review date, see ``people_curated.tsv``); ``country`` is
normally left empty and taken from the org's record (``gov/mfa-rus`` → RUS; IGOs → null),
from ``country/XXX``, or else from the person. Dates are ISO: ``YYYY-MM-DD``, or
``YYYY-MM``/``YYYY`` where only that much is known. Role shorthands, expanded per country
(:data:`ROLE_SHORTHANDS`): ``FM`` (foreign minister), ``DM`` (defence minister), ``SPOX``
(foreign-ministry spokesperson), ``PRES``, ``VP``, ``PM``. A short field of ``-`` means
"no short form" (single names, regnal names).

Generated aliases: the name; Sino-Vietnamese spellings and pinyin for Chinese people (from
their characters, see :mod:`sukien.kb.build.sinoviet`); the ASCII folding of a name with
diacritics ("Nguyen Phu Trong", "Erdogan"); initial + surname for Western-order names
("V. Putin"); hyphen/space variants of Korean given names ("Kim Jong-un" / "Kim Jong Un").
Surname-only forms are ambiguous and go to the separate ``short`` field ("Putin", "Tập",
"Xi"), to be resolved within a document.

Run ``python -m sukien.kb.build.people`` (after ``orgs``) to rewrite the JSONL,
``--check`` to verify it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from sukien.kb.build import orgs as orgs_build
from sukien.kb.build.orgs import (
    DATA_DIR,
    _rows,
    _split,
    is_place_ref,
    place_id,
    sort_aliases,
)

__all__ = [
    "ROLE_SHORTHANDS",
    "Person",
    "ascii_fold",
    "build_records",
    "main",
    "parse_people",
    "slugify",
]

OUTPUT: Final = DATA_DIR / "people.jsonl"
DATE_RE: Final = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ISO3_RE: Final = re.compile(r"^[A-Z]{3}$")
PERSON_ID_RE: Final = re.compile(r"^person/[a-z0-9]+(-[a-z0-9]+)*$")

#: Shorthand → (role, org template) with per-country exceptions; ``{c}`` is the lower-case
#: ISO3 of the person's country, ``{place}`` its places-part id (``country/RUS``,
#: ``territory/TWN``).
ROLE_SHORTHANDS: Final[dict[str, dict[str, tuple[str, str]]]] = {
    "FM": {
        "*": ("Minister of Foreign Affairs", "gov/mfa-{c}"),
        "USA": ("Secretary of State", "gov/state-department"),
        "GBR": ("Foreign Secretary", "gov/mfa-gbr"),
        "IND": ("Minister of External Affairs", "gov/mfa-ind"),
        "ZAF": ("Minister of International Relations and Cooperation", "gov/mfa-zaf"),
        "PHL": ("Secretary of Foreign Affairs", "gov/mfa-phl"),
    },
    "DM": {
        "*": ("Minister of Defence", "gov/mod-{c}"),
        "USA": ("Secretary of Defense", "gov/pentagon"),
        "GBR": ("Defence Secretary", "gov/mod-gbr"),
        "CHN": ("Minister of National Defense", "gov/mod-chn"),
        "PHL": ("Secretary of National Defense", "gov/mod-phl"),
    },
    "SPOX": {
        "*": ("Spokesperson of the Ministry of Foreign Affairs", "gov/mfa-{c}"),
        "USA": ("Spokesperson for the United States Department of State", "gov/state-department"),
    },
    "PRES": {"*": ("President", "{place}")},
    "VP": {"*": ("Vice President", "{place}")},
    "PM": {"*": ("Prime Minister", "gov/government-{c}")},
}

#: Countries whose people's names are in Western order (given name first), for "V. Putin".
WESTERN_ORDER: Final = frozenset(
    [
        "ARG",
        "ARM",
        "AUS",
        "AUT",
        "AZE",
        "BEL",
        "BGR",
        "BLR",
        "BRA",
        "CAN",
        "CHE",
        "CUB",
        "CZE",
        "DEU",
        "DNK",
        "ESP",
        "EST",
        "FIN",
        "FRA",
        "GBR",
        "GEO",
        "GRC",
        "HUN",
        "IRL",
        "ISR",
        "ITA",
        "KAZ",
        "KGZ",
        "LTU",
        "LVA",
        "MDA",
        "MEX",
        "NLD",
        "NOR",
        "NZL",
        "POL",
        "PRT",
        "ROU",
        "RUS",
        "SRB",
        "SVK",
        "SWE",
        "TJK",
        "TUR",
        "UKR",
        "USA",
        "UZB",
        "VEN",
        "ZAF",
    ]
)
#: Countries whose names put the family name first (short form = first word by default).
SURNAME_FIRST: Final = frozenset({"KOR", "PRK", "KHM"})
#: Countries where people are referred to by the given name or full name: no default short.
NO_DEFAULT_SHORT: Final = frozenset(
    {"MMR", "THA", "IDN", "MYS", "SAU", "ARE", "QAT", "BRN", "LAO", "AFG", "PSE", "LBN", "YEM"}
)

_FOLD_EXTRA: Final = str.maketrans(
    {"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "ı": "i", "æ": "ae"}
)


def ascii_fold(text: str) -> str:
    """Strip diacritics: "Nguyễn Phú Trọng" → "Nguyen Phu Trong", "Erdoğan" → "Erdogan"."""
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_EXTRA))
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    )


def slugify(text: str) -> str:
    """ASCII slug for ids: lower-case letters and digits joined by single hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(text).lower()).strip("-")


@dataclass
class Role:
    """One dated role of a person."""

    role: str
    org: str
    start: str | None
    end: str | None
    country: str | None
    where: str


@dataclass
class Person:
    """A person as parsed from a source file (before alias generation)."""

    country: str
    name: str
    aliases: list[str]
    short: list[str]
    id: str
    where: str
    native: str | None = None
    roles: list[Role] = field(default_factory=list)
    explicit_short: bool = False


def _check_date(value: str, where: str) -> str | None:
    """Validate an ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``); empty → ``None``."""
    if not value:
        return None
    if not DATE_RE.match(value):
        raise ValueError(f"{where}: bad date {value!r}")
    try:
        dt.date.fromisoformat(value if len(value) == 10 else (value + "-01-01")[:10])
    except ValueError as err:
        raise ValueError(f"{where}: bad date {value!r}: {err}") from err
    return value


def _role(row: list[str], where: str) -> Role:
    """Parse a ``+`` role line."""
    row = row + [""] * (6 - len(row))
    if len(row) > 6:
        raise ValueError(f"{where}: too many fields in role line")
    _, role, org, start, end, country = row
    if not role:
        raise ValueError(f"{where}: role missing")
    if country and not ISO3_RE.match(country):
        raise ValueError(f"{where}: bad role country {country!r}")
    start_d, end_d = _check_date(start, where), _check_date(end, where)
    if start_d and end_d and end_d < start_d:
        raise ValueError(f"{where}: role ends before it starts")
    return Role(role, org, start_d, end_d, country or None, where)


def parse_people(path: Path, chinese: bool = False) -> list[Person]:
    """Parse a block-format people file (``people_curated.tsv`` or ``people_zh.tsv``)."""
    people: list[Person] = []
    for lineno, row in _rows(path):
        where = f"{path.name}:{lineno}"
        if row[0] == "+":
            if not people:
                raise ValueError(f"{where}: role line before any person")
            people[-1].roles.append(_role(row, where))
            continue
        width = 6 if chinese else 5
        if len(row) > width:
            raise ValueError(f"{where}: expected at most {width} fields, got {len(row)}")
        row = row + [""] * (width - len(row))
        country = row[0]
        if not ISO3_RE.match(country):
            raise ValueError(f"{where}: bad country {country!r}")
        if chinese:
            _, hanzi, english, aliases, short, id_ = row
            people.append(_chinese_person(country, hanzi, english, aliases, short, id_, where))
        else:
            _, name, aliases, short, id_ = row
            if not name:
                raise ValueError(f"{where}: name missing")
            people.append(
                Person(
                    country=country,
                    name=name,
                    aliases=_split(aliases),
                    short=[] if short == "-" else _split(short),
                    id=id_ or f"person/{slugify(name)}",
                    where=where,
                    explicit_short=bool(short),
                )
            )
    return people


def _chinese_person(
    country: str, hanzi: str, english: str, aliases: str, short: str, id_: str, where: str
) -> Person:
    """A person entered by Chinese characters; names generated by :mod:`sinoviet`."""
    from sukien.kb.build.sinoviet import chinese_name

    if not hanzi:
        raise ValueError(f"{where}: Chinese characters missing")
    cn = chinese_name(hanzi, english or None)
    shorts = [*cn.short_vietnamese, *cn.short_english, *_split(short)]
    return Person(
        country=country,
        name=cn.english,
        aliases=[*cn.aliases(), *_split(aliases)],
        short=shorts,
        id=id_ or f"person/{slugify(cn.english)}",
        where=where,
        native=cn.hanzi,
        explicit_short=True,
    )


def _korean_variants(name: str) -> list[str]:
    """ "Kim Jong-un" ↔ "Kim Jong Un"; "Yoon Suk Yeol" ↔ "Yoon Suk-yeol"."""
    words = name.split()
    if len(words) == 2 and "-" in words[1]:
        a, b = words[1].split("-", 1)
        return [f"{words[0]} {a} {b[:1].upper()}{b[1:]}"]
    if len(words) == 3:
        return [f"{words[0]} {words[1]}-{words[2].lower()}"]
    return []


def _default_short(p: Person) -> list[str]:
    """Surname-style short forms when the source gives none."""
    words = p.name.split()
    if len(words) < 2 or p.country in NO_DEFAULT_SHORT:
        return []
    if p.country in SURNAME_FIRST:
        return [words[0]]
    return [words[-1]]


def person_aliases(p: Person) -> tuple[list[str], list[str]]:
    """Generated (aliases, short) for a person."""
    short = list(p.short) if p.explicit_short else _default_short(p)
    generated = [p.name]
    if p.country in {"KOR", "PRK"}:
        generated += _korean_variants(p.name)
    if p.country in WESTERN_ORDER and short and len(p.name.split()) >= 2:
        surname = short[0]
        first = p.name.split()[0]
        if (
            p.name.endswith(" " + surname)
            and first[:1].isalpha()
            and not first.endswith(".")
            and first != surname
        ):
            generated.append(f"{first[0]}. {surname}")
    # Folded forms only of the name and the forms generated from it (not of Vietnamese
    # phonetic spellings such as "Xéc-gây La-vrốp", whose folding nobody writes).
    generated += [ascii_fold(a) for a in generated]
    aliases = [*generated, *p.aliases]
    short += [ascii_fold(s) for s in short]
    alias_set = set(sort_aliases(aliases))
    return sorted(alias_set, key=lambda a: (a.casefold(), a)), [
        s for s in sort_aliases(short) if s not in alias_set
    ]


def _expand_role(role: Role, person: Person) -> tuple[str, str]:
    """Expand a shorthand role into (title, org id)."""
    table = ROLE_SHORTHANDS.get(role.role)
    if table is None:
        if not role.org:
            raise ValueError(f"{role.where}: org missing for role {role.role!r}")
        return role.role, role.org
    title, org = table.get(person.country, table["*"])
    if role.org:
        org = role.org
    return title, org.format(c=person.country.lower(), place=place_id(person.country))


def build_records(data_dir: Path | None = None) -> list[dict[str, Any]]:
    """All person records, sorted by id, validated against the org records."""
    data_dir = data_dir or DATA_DIR
    org_records = {r["id"]: r for r in orgs_build.build_records(data_dir)}
    people = parse_people(data_dir / "people_curated.tsv")
    zh_path = data_dir / "people_zh.tsv"
    if zh_path.exists():
        people += parse_people(zh_path, chinese=True)
    records: dict[str, dict[str, Any]] = {}
    for p in people:
        if not PERSON_ID_RE.match(p.id):
            raise ValueError(f"{p.where}: bad person id {p.id!r}")
        if p.id in records:
            raise ValueError(f"{p.where}: duplicate person id {p.id} (give an explicit id)")
        aliases, short = person_aliases(p)
        roles = []
        for r in p.roles:
            title, org = _expand_role(r, p)
            if org.startswith(("country/", "territory/")):
                if not is_place_ref(org):
                    raise ValueError(f"{r.where}: bad country org {org!r}")
                country: str | None = org.partition("/")[2]
            elif org in org_records:
                country = org_records[org]["country"]
            else:
                raise ValueError(f"{r.where}: unknown org {org!r}")
            roles.append(
                {
                    "role": title,
                    "org": org,
                    "country": r.country or country,
                    "from": r.start,
                    "to": r.end,
                }
            )
        roles.sort(key=lambda x: (x["from"] or "", x["role"], x["org"]))
        rec: dict[str, Any] = {
            "id": p.id,
            "type": "PER",
            "kind": "person",
            "name": p.name,
            "country": p.country,
            "aliases": aliases,
            "short": short,
        }
        if p.native:
            rec["native"] = p.native
        rec |= {"parent": None, "roles": roles, "source": "curated"}
        records[p.id] = rec
    return [records[k] for k in sorted(records)]


def count_by_country(records: Iterable[dict[str, Any]]) -> dict[str, int]:
    """Number of people per country (for the build summary)."""
    out: dict[str, int] = {}
    for r in records:
        out[r["country"]] = out.get(r["country"], 0) + 1
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


def _summary(records: list[dict[str, Any]]) -> str:
    counts = count_by_country(records)
    return f"{len(records)} people: " + ", ".join(f"{c} {n}" for c, n in counts.items())


def main(argv: list[str] | None = None) -> int:
    """Command line: build (or ``--check``) ``people.jsonl``."""
    return orgs_build.build_main(argv, __doc__.splitlines()[0], OUTPUT, build_records, _summary)


if __name__ == "__main__":
    raise SystemExit(main())
