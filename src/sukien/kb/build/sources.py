"""Place drafts generated from the pinned packages: pycountry (ISO 3166) and Babel (CLDR).

Needs the ``kb`` extra (``pip install -e .[kb]``); nothing at run time imports this module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import pycountry
from babel import Locale

from sukien.kb.build.states import (
    EXTRA_TERRITORIES,
    FORMER_STATES,
    M49_REGIONS,
    SOVEREIGN,
    TERRITORY_PARENT,
)
from sukien.kb.build.variants import clean_name, dedupe

__all__ = [
    "Draft",
    "country_drafts",
    "known_country_codes",
    "region_drafts",
    "zone_cities",
]


@dataclass
class Draft:
    """A place being assembled: generated names first, curated data merged over them."""

    id: str
    kind: str
    name: str
    country: str | None
    parent: str | None
    aliases: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    def add_aliases(self, names: list[str]) -> None:
        """Append ``names`` that are not aliases yet."""
        self.aliases = list(dedupe([*self.aliases, *names]))


@lru_cache(maxsize=2)
def _territory_names(lang: str) -> dict[str, str]:
    return dict(Locale(lang).territories)


def _cldr_names(code: str, lang: str) -> list[str]:
    name = _territory_names(lang).get(code)
    return clean_name(name, lang) if name else []


def _iso_names(country: object) -> list[str]:
    names: list[str] = []
    for attr in ("common_name", "name", "official_name"):
        value = getattr(country, attr, None)
        if isinstance(value, str):
            names += clean_name(value, "en")
    return names


def country_drafts() -> list[Draft]:
    """Every ISO 3166-1 country and territory, Kosovo, and the kept former states."""
    drafts: list[Draft] = []
    for c in pycountry.countries:
        code, a2 = c.alpha_3, c.alpha_2
        vi, en = _cldr_names(a2, "vi"), _cldr_names(a2, "en")
        iso = _iso_names(c)
        name = (en or iso)[0]
        if code in SOVEREIGN:
            kind, parent = "country", None
        else:
            kind = "territory"
            owner = TERRITORY_PARENT[code]
            parent = f"country/{owner}" if owner else None
        draft = Draft(f"{kind}/{code}", kind, name, code, parent, sources=["cldr", "pycountry"])
        draft.add_aliases([*vi, *en, *iso])
        drafts.append(draft)
    for code, (region, name) in EXTRA_TERRITORIES.items():
        draft = Draft(f"territory/{code}", "territory", name, code, None, sources=["cldr"])
        draft.add_aliases([*_cldr_names(region, "vi"), *_cldr_names(region, "en")])
        drafts.append(draft)
    for code, name in FORMER_STATES.items():
        historic = pycountry.historic_countries.get(alpha_3=code)
        if historic is None:  # pragma: no cover - guards against a package change
            raise LookupError(f"ISO 3166-3 has no {code}")
        draft = Draft(f"country/{code}", "country", name, code, None, sources=["pycountry"])
        draft.add_aliases([name, *clean_name(historic.name, "en")])
        drafts.append(draft)
    return drafts


def region_drafts() -> list[Draft]:
    """The UN M49 continents and sub-regions, with CLDR's Vietnamese and English names."""
    drafts: list[Draft] = []
    for code, (rid, name) in M49_REGIONS.items():
        draft = Draft(rid, "region", name, None, None, sources=["cldr"])
        draft.add_aliases([*_cldr_names(code, "vi"), name, *_cldr_names(code, "en")])
        drafts.append(draft)
    return drafts


def zone_cities(zone: str) -> list[str]:
    """CLDR exemplar city names of a time zone: Vietnamese (when CLDR has one), English."""
    names: list[str] = []
    for lang in ("vi", "en"):
        city = Locale(lang).time_zones.get(zone, {}).get("city")
        if isinstance(city, str):
            names += clean_name(city, lang)
    names.append(zone.rsplit("/", 1)[-1].replace("_", " "))
    return list(dedupe(names))


def known_country_codes() -> frozenset[str]:
    """ISO 3166-1 and 3166-3 alpha-3 codes, plus the extra territories."""
    codes = {c.alpha_3 for c in pycountry.countries}
    codes |= {c.alpha_3 for c in pycountry.historic_countries}
    return frozenset(codes | set(EXTRA_TERRITORIES))
