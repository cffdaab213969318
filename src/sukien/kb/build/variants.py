"""Pure string helpers of the places build: clean package names, spelling variants, slugs.

No third-party imports here, so these rules are testable without babel or pycountry.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Final

__all__ = ["clean_name", "dedupe", "slugify", "transliteration_variants"]

_PARENS_RE: Final = re.compile(r"^(?P<head>.+?) \((?P<inner>[^()]+)\)$")
_SPACES_RE: Final = re.compile(r"\s+")


def _tidy(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("’", "'")
    return _SPACES_RE.sub(" ", text).strip()


def clean_name(name: str, lang: str) -> list[str]:
    """Usable aliases from one package name (CLDR or ISO); maybe none.

    - ISO's inverted names (``"Korea, Republic of"``) and CLDR's ``"… SAR China"`` are
      dropped; a Vietnamese name with a comma keeps its head (``"Đặc khu Hành chính Hồng
      Kông, Trung Quốc"`` → ``"Đặc khu Hành chính Hồng Kông"``).
    - A trailing parenthesis gives two names (``"Myanmar (Burma)"`` → Myanmar, Burma)
      unless it is an explanation such as ``(French part)``.
    - ``&`` becomes ``and``/``và``, ``St.`` becomes ``Saint``, ``" - "`` becomes ``"-"``, a
      leading ``the`` goes, and the typographic apostrophe becomes ``'``.
    """
    name = _tidy(name)
    if not name or "SAR" in name.split():
        return []
    if ", " in name:
        if lang != "vi":
            return []
        name = name.split(", ")[0]
    name = name.replace(" - ", "-").replace(" & ", " và " if lang == "vi" else " and ")
    name = re.sub(r"\bSt\. ", "Saint ", name)
    if name.startswith("the "):
        name = name[4:]
    m = _PARENS_RE.match(name)
    if m is None:
        return [name]
    inner = m["inner"]
    names = [m["head"]]
    if inner[:1].isupper() and " part" not in inner:
        names.append(inner)
    return names


_TRANSLIT_TOKEN_RE: Final = re.compile(r"^[^\W\d_][^\W\d_]{0,6}(?:-[^\W\d_]{1,7})+$")


_FINALS: Final = ("c", "ch", "m", "n", "ng", "nh", "p", "t")


def _vietnamese_syllable_end(part: str) -> bool:
    """Ends like a Vietnamese syllable: a vowel or c/ch/m/n/ng/nh/p/t ("South" does not)."""
    last = unicodedata.normalize("NFD", part[-1].lower())[0]
    return last in "aeiouy" or part.lower().endswith(_FINALS)


def _is_transliteration(token: str) -> bool:
    """``Mát-xcơ-va``: hyphenated Vietnamese-style syllables, only the first capitalised."""
    if not _TRANSLIT_TOKEN_RE.match(token):
        return False
    first, *rest = token.split("-")
    return (
        first[0].isupper()
        and all(part[0].islower() for part in rest)
        and all(_vietnamese_syllable_end(part) for part in (first, *rest))
    )


def transliteration_variants(alias: str) -> list[str]:
    """Spellings of a hyphenated Vietnamese transliteration that the press also uses.

    Every space-separated token of the form ``Mát-xcơ-va`` (syllables joined by hyphens,
    only the first capitalised, each ending like a Vietnamese syllable) is written with
    spaces (``Mát xcơ va``) and joined (``Mátxcơva``). Compound names such as ``Bà
    Rịa-Vũng Tàu`` and ``Guinea-Bissau`` (a capital after the hyphen) and English words such
    as ``South-east`` are left alone. Returns ``[]`` when nothing applies.
    """
    tokens = alias.split(" ")
    if not any(_is_transliteration(t) for t in tokens):
        return []
    spaced = " ".join(t.replace("-", " ") if _is_transliteration(t) else t for t in tokens)
    joined = " ".join(t.replace("-", "") if _is_transliteration(t) else t for t in tokens)
    return [spaced, joined]


def slugify(text: str) -> str:
    """ASCII slug: ``"Washington, D.C."`` → ``"washington-dc"``, ``"Huế"`` → ``"hue"``."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’.,]", "", text)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def dedupe(items: Iterable[str]) -> Iterator[str]:
    """``items`` without repeats, first occurrence kept."""
    seen: set[str] = set()
    for item in items:
        if item not in seen:
            seen.add(item)
            yield item
