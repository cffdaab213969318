"""Alias keys: one string for every spelling variant of a name that the press treats as equal.

:func:`alias_key` maps a surface form to the key under which the knowledge base indexes it.
Two surface forms match when their keys are equal. The rules, applied in this order:

1. **NFC**, and the Icelandic eth ``Ð``/``ð`` (often typed for ``Đ``/``đ``) → ``Đ``/``đ``.
2. **Case** (``fold_case=True``, the default): :meth:`str.casefold`. With ``fold_case=False``
   the case is kept, for callers where case carries information (NER).
3. **Tone-mark placement**: in a run of vowels (a syllable nucleus such as ``oa``, ``uy``,
   ``uyê``, ``ươi``) that carries exactly one tone mark, the tone is moved to the *last*
   vowel of the run: ``hòa``/``hoà`` → ``hoà``, ``thủy``/``thuỷ`` → ``thuỷ``. Vietnamese
   never distinguishes words by where the tone sits, so this loses nothing; the key is not
   always the standard spelling (``mùa`` → ``muà``), which does not matter for a key.
4. **y/i**: a ``y`` that is the whole vowel of a syllable, after a consonant (or after
   ``qu``) and at the end of a word, becomes ``i`` with the same tone and case:
   ``Mỹ``/``Mĩ``, ``Kỳ``/``Kì``, ``Thụy Sỹ``/``Thụy Sĩ``, ``Quy Nhơn``/``Qui Nhơn``. ``y``
   inside a nucleus (``Nguyễn``, ``Thủy``, ``Tây``, ``Kyiv``) and a word that is only ``y``
   (``Ý``, Italy) are kept. English words ending in consonant + y (``Germany``) change too;
   that is harmless because the same rule applies to the query.
5. **Separators**: every character that is not a letter or a digit is dropped: spaces,
   hyphens and dashes, dots, commas, apostrophes, brackets. So ``Mát-xcơ-va``, ``Mát xcơ
   va`` and ``Mátxcơva`` share a key, as do ``TP.HCM``/``TP HCM``, ``Á-Âu``/``Á – Âu`` and
   ``Washington, D.C.``/``Washington DC``. Dropping *all* separators (rather than only
   those inside hyphenated transliterations) is simpler and was checked against the whole
   place data: the build fails on every key shared by two entities unless it is listed in
   ``ambiguous.tsv``, and no collision comes from joined words. Rules 3 and 4 look at words
   *before* the separators go, so a joined spelling can still differ from the hyphenated one
   when a syllable ends in ``y`` or a toned vowel meets a vowel (``Tô-ky-ô`` → ``tôkiô`` but
   ``Tôkyô`` → ``tôkyô``); the places build stores such joined spellings as aliases of their
   own, so both are found.

Diacritics other than the tone placement are kept: ``Nga`` (Russia) and ``Ngà`` differ, and so
do ``Đức`` and ``Dục``; an unaccented spelling that the press uses (``Da Nang``) has to be an
alias of its own. A different tone (``Matxcơva`` and ``Mát-xcơ-va``) is a different key too.

Everything is done with precomputed tables, :meth:`str.translate` and two compiled regular
expressions; a key costs a few microseconds.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

__all__ = ["alias_key"]

# The five Vietnamese tone marks (grave, acute, tilde, hook above, dot below) and the
# vowel letters that can carry them (with their quality marks: ă â ê ô ơ ư).
_TONES: Final = "\u0300\u0301\u0303\u0309\u0323"
_PLAIN_VOWELS: Final = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"


def _compose(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + tone)


def _tone_tables() -> tuple[dict[str, tuple[str, str]], dict[tuple[str, str], str]]:
    """``toned letter → (plain letter, tone)`` and the inverse."""
    split: dict[str, tuple[str, str]] = {}
    join: dict[tuple[str, str], str] = {}
    for vowel in _PLAIN_VOWELS:
        for tone in _TONES:
            toned = _compose(vowel, tone)
            if len(toned) != 1:  # pragma: no cover - every Vietnamese vowel composes
                continue
            split[toned] = (vowel, tone)
            join[(vowel, tone)] = toned
    return split, join


_SPLIT, _JOIN = _tone_tables()
_TONED: Final = "".join(sorted(_SPLIT))
# A toned vowel followed by one or more untoned vowels (and no second tone): the tone is not
# on the last vowel of the run.
_MISPLACED_RE: Final = re.compile(f"([{_TONED}])([{_PLAIN_VOWELS}]++)(?![{_TONED}])")

_Y_FORMS: Final = "yYýỳỷỹỵÝỲỶỸỴ"
_Y_TO_I: Final = str.maketrans("yYýỳỷỹỵÝỲỶỸỴ", "iIíìỉĩịÍÌỈĨỊ")
_CONSONANTS: Final = "bcdđfghjklmnpqrstvwxzBCDĐFGHJKLMNPQRSTVWXZ"
# y after a consonant, or after the u of qu, and not followed by a letter.
_SYLLABLE_Y_RE: Final = re.compile(
    f"(?:(?<=[{_CONSONANTS}])|(?<=[qQ][uU]))[{_Y_FORMS}](?![^\\W\\d_])"
)
_SEPARATORS_RE: Final = re.compile(r"[\W_]+")
_CHAR_TABLE: Final = str.maketrans({"Ð": "Đ", "ð": "đ"})


def _move_tone(m: re.Match[str]) -> str:
    plain, tone = _SPLIT[m[1]]
    run = m[2]
    return plain + run[:-1] + _JOIN[(run[-1], tone)]


def alias_key(text: str, fold_case: bool = True) -> str:
    """The matching key of ``text`` (see the module docstring for the rules)."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = text.translate(_CHAR_TABLE)
    if fold_case:
        text = text.casefold()
    if not text.isascii():
        text = _MISPLACED_RE.sub(_move_tone, text)
    text = _SYLLABLE_Y_RE.sub(lambda m: m[0].translate(_Y_TO_I), text)
    return _SEPARATORS_RE.sub("", text)
