"""Decode article bytes to Unicode, repairing legacy Vietnamese encodings and mojibake.

Entry point: :func:`decode_bytes`. Detection order:

1. Byte-order mark: UTF-8 (BOM dropped), UTF-32 and UTF-16 (LE/BE).
2. Binary check: NUL bytes (unless the bytes look like UTF-16 without a BOM, which is then
   decoded with a warning) or more than 5 % C0 control bytes raise
   :class:`~sukien.errors.DecodeError` ``"binary file (...)"``.
3. UTF-8. Valid UTF-8 is always accepted (pure ASCII and English included). When the only
   problem is a multibyte character cut off in the last 1-3 bytes, the partial character
   is dropped with the warning ``"truncated UTF-8 at end of file: dropped N byte(s)"``
   (exception: if everything before it is ASCII and the last word reads as a Vietnamese
   syllable in a legacy encoding, e.g. TCVN3 ``"...kinh t\\xd5"``, it is legacy text).
   The text is then checked for mojibake (UTF-8 read as Windows-1252/Latin-1 and saved
   again, up to three times; see :func:`fix_mojibake`): encoding
   ``"utf-8+mojibake-repaired"``; or for legacy font text stored as Unicode (VNI/TCVN3/
   cp1258 bytes shown as Windows-1252 characters, e.g. ``"Vieät Nam"``): encoding
   ``"utf-8+vni-repaired"`` (resp. tcvn3, cp1258).
4. Legacy 8-bit: Windows-1258, TCVN3 (ABC) and VNI-Windows readings are scored by
   :func:`vietnamese_score` (share of tokens with non-ASCII letters that are valid,
   correctly cased Vietnamese syllables: onset, rhyme, tone and tone position) on a sample
   of at most ~192 KB; the best reading with a score of at least 0.6 wins. On real text the
   right reading scores ~1.0 and the wrong ones below 0.2; with fewer than ~5 accented
   words two readings can both be valid Vietnamese (``"một"`` in TCVN3 is ``"mét"`` in
   cp1258), then the first best of cp1258, tcvn3, vni is taken with an "ambiguous legacy
   encoding" warning. If no reading contains a non-ASCII letter at all (e.g. unaccented
   Vietnamese or English with Windows smart quotes) the text is decoded as Windows-1258,
   which equals Windows-1252 for punctuation, with a warning. Anything else, e.g. Cyrillic
   Windows-1251 or Greek text, raises ``DecodeError("unknown text encoding: ...")``: we
   never silently return non-Vietnamese 8-bit text as Vietnamese.

Decisions a user should know:

* Legacy decodings are NFC-composed. UTF-8/UTF-16 text is returned as decoded (plus the
  repairs above); Unicode normalisation is the job of :mod:`sukien.text.normalize`.
* TCVN3 has no uppercase toned letters (they were typed with the .VnTimeH font at the
  lowercase codes), so those decode as lowercase, then words that are visibly all-caps
  are upper-cased again: ``VIệT`` (a capital after the first letter, no other lowercase
  letter) and ``Và`` between all-caps words on the same line. Other cases stay as decoded
  (``Độ`` alone may have been ``ĐỘ``). :func:`encode_legacy` writes uppercase toned letters
  with the lowercase codes, so a TCVN3 round trip is exact only up to the case of toned
  letters (exact for lower/Title case text without capital toned letters).
* Bytes that a legacy table does not use decode as Windows-1252 (Latin-1 for the five
  bytes Windows-1252 leaves undefined), as the fonts of that era displayed them.
* :func:`encode_legacy` ``"cp1258"`` uses a precomposed cp1258 character when the code page
  has one (``á`` → ``0xE1``) and otherwise the base letter plus a combining tone mark
  (``ế`` → ``ê`` + ``0xEC``), as Windows does; other characters that the target encoding
  cannot represent raise :class:`UnicodeEncodeError`.
* :func:`fix_mojibake` changes text only with evidence of mojibake, so correctly cased
  Vietnamese is never touched; a very short mojibake string without evidence is left as is.
"""

from __future__ import annotations

import codecs
import re
import string
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final, Literal, get_args

from sukien.errors import DecodeError

__all__ = [
    "LEGACY_ENCODINGS",
    "Decoded",
    "LegacyEncoding",
    "decode_bytes",
    "decode_legacy",
    "encode_legacy",
    "fix_mojibake",
    "is_vietnamese_syllable",
    "vietnamese_score",
]

LegacyEncoding = Literal["cp1258", "tcvn3", "vni"]
LEGACY_ENCODINGS: Final[tuple[LegacyEncoding, ...]] = get_args(LegacyEncoding)

MIN_VIETNAMESE_SCORE: Final = 0.6
"""Lowest :func:`vietnamese_score` at which a legacy reading is accepted."""

_SAMPLE_BYTES: Final = 64 * 1024
_MAX_CONTROL_SHARE: Final = 0.05
_UNKNOWN_ENCODING: Final = "unknown text encoding: not UTF-8, Windows-1258, TCVN3 or VNI"


@dataclass
class Decoded:
    """Decoded text, the name of the encoding that was detected and any warnings."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# --------------------------------------------------------------------------- letters

GRAVE, HOOK, TILDE, ACUTE, DOT = "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"
_TONES: Final = (GRAVE, HOOK, TILDE, ACUTE, DOT)  # the order TCVN3 uses
_VOWELS: Final = "aăâeêioôơuưy"


def _vietnamese_lower() -> str:
    """The 67 lowercase non-ASCII Vietnamese letters (base letters, toned letters, đ)."""
    letters = [v for v in _VOWELS if not v.isascii()]
    letters += [_nfc(v + tone) for v in _VOWELS for tone in _TONES]
    return "".join(letters) + "đ"


VIETNAMESE_LOWER: Final = _vietnamese_lower()
VIETNAMESE_UPPER: Final = VIETNAMESE_LOWER.upper()
VIETNAMESE_LETTERS: Final = VIETNAMESE_LOWER + VIETNAMESE_UPPER
_TONED_LOWER: Final = "".join(
    c for c in VIETNAMESE_LOWER if set(unicodedata.normalize("NFD", c)) & set(_TONES)
)


def _byte_table(codec: str) -> str:
    """256 characters: ``codec``'s reading of each byte, Latin-1 where it is undefined."""
    chars = []
    for b in range(256):
        try:
            chars.append(bytes([b]).decode(codec))
        except UnicodeDecodeError:
            chars.append(chr(b))
    return "".join(chars)


_CP1252: Final = _byte_table("cp1252")
_CP1258: Final = _byte_table("cp1258")

# ----------------------------------------------------------------------------- TCVN3

# TCVN 5712:1993 VN3 ("ABC", .VnTime fonts). One row per vowel: the code of the untoned
# letter (None: plain ASCII), then the codes with grave, hook above, tilde, acute, dot below.
_TCVN3_VOWELS: Final[dict[str, tuple[int | None, int, int, int, int, int]]] = {
    "a": (None, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "ă": (0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (None, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (None, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (None, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (None, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (None, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
# đ and the only uppercase letters TCVN3 has.
_TCVN3_OTHERS: Final = {
    "đ": 0xAE,
    "Ă": 0xA1,
    "Â": 0xA2,
    "Ê": 0xA3,
    "Ô": 0xA4,
    "Ơ": 0xA5,
    "Ư": 0xA6,
    "Đ": 0xA7,
}


def _tcvn3_table() -> dict[str, int]:
    """The TCVN3 table as ``{letter: byte}``: the single source of its decoder and encoder."""
    table = dict(_TCVN3_OTHERS)
    for vowel, (plain, *toned) in _TCVN3_VOWELS.items():
        if plain is not None:
            table[vowel] = plain
        for tone, code in zip(_TONES, toned, strict=True):
            table[_nfc(vowel + tone)] = code
    return table


_TCVN3: Final = _tcvn3_table()

# ------------------------------------------------------------------------------- VNI

# VNI-Windows: every lowercase Vietnamese letter as a base letter followed by mark
# characters (a few are single characters). Uppercase is the Latin-1 uppercase of both.
# Marks: ø grave, û hook, õ tilde, ù acute, ï dot; â circumflex with à/å/ã/á/ä for
# circumflex + tone; ê breve with è/ú/ü/é/ë for breve + tone; ô = ơ, ö = ư, ñ = đ;
# i with tones: ì æ ó í ò; ỵ = î.
_VNI_ROWS: Final[dict[str, tuple[str, str, str, str, str, str]]] = {
    # vowel: (untoned, grave, hook, tilde, acute, dot)
    "a": ("a", "aø", "aû", "aõ", "aù", "aï"),
    "ă": ("aê", "aè", "aú", "aü", "aé", "aë"),
    "â": ("aâ", "aà", "aå", "aã", "aá", "aä"),
    "e": ("e", "eø", "eû", "eõ", "eù", "eï"),
    "ê": ("eâ", "eà", "eå", "eã", "eá", "eä"),
    "i": ("i", "ì", "æ", "ó", "í", "ò"),
    "o": ("o", "oø", "oû", "oõ", "où", "oï"),
    "ô": ("oâ", "oà", "oå", "oã", "oá", "oä"),
    "ơ": ("ô", "ôø", "ôû", "ôõ", "ôù", "ôï"),
    "u": ("u", "uø", "uû", "uõ", "uù", "uï"),
    "ư": ("ö", "öø", "öû", "öõ", "öù", "öï"),
    "y": ("y", "yø", "yû", "yõ", "yù", "î"),
}


def _vni_table() -> dict[str, str]:
    """The VNI table as ``{letter: VNI string}`` for all 134 letters (and đ/Đ)."""
    table = {"đ": "ñ"}
    for vowel, (plain, *toned) in _VNI_ROWS.items():
        if not vowel.isascii():
            table[vowel] = plain
        for tone, code in zip(_TONES, toned, strict=True):
            table[_nfc(vowel + tone)] = code
    table.update({letter.upper(): code.upper() for letter, code in list(table.items())})
    return table


_VNI: Final = _vni_table()


def _vni_decode_map(table: dict[str, str]) -> dict[int, str]:
    """Derive the decoder from the VNI table: each VNI character → Unicode (combining) text.

    A two-character entry ``base + mark`` defines ``mark`` as the combining marks that turn
    the base letter into the entry's letter; one-character entries are letters.
    """
    letters = {code: letter for letter, code in table.items() if len(code) == 1}
    marks: dict[str, str] = {}
    for letter, code in table.items():
        if len(code) != 2:
            continue
        base = letters.get(code[0], code[0])
        combining = unicodedata.normalize("NFD", letter)[len(unicodedata.normalize("NFD", base)) :]
        if marks.setdefault(code[1], combining) != combining:
            raise AssertionError(f"inconsistent VNI mark {code[1]!r}")
    mapping = {**marks, **{code: letter for code, letter in letters.items() if code != letter}}
    return {ord(code): text for code, text in mapping.items()}


_VNI_DECODE: Final = _vni_decode_map(_VNI)

# ----------------------------------------------------------------------------- codecs


def _char_class(chars: Iterable[str]) -> str:
    return "".join(re.escape(c) for c in sorted(set(chars)))


@dataclass(frozen=True)
class _Codec:
    """An 8-bit encoding: a byte table, a text transform before encoding, a check."""

    name: str
    decode_table: str
    decode_post: Callable[[str], str]
    expand: dict[int, str]
    byte_of: dict[int, int]
    invalid: re.Pattern[str]

    def decode(self, data: bytes) -> str:
        return self.decode_post(codecs.charmap_decode(data, "strict", self.decode_table)[0])

    def encode(self, text: str) -> bytes:
        text = _nfc(text)
        bad = self.invalid.search(text)
        if bad:
            raise UnicodeEncodeError(
                self.name, text, bad.start(), bad.end(), f"not representable in {self.name}"
            )
        return codecs.charmap_encode(text.translate(self.expand), "strict", self.byte_of)[0]


def _make_codec(
    name: str,
    decode_table: str,
    decode_post: Callable[[str], str],
    expand: dict[str, str],
    byte_of: dict[str, int],
    valid: Iterable[str],
) -> _Codec:
    """Build a codec; non-ASCII characters outside ``valid`` cannot be encoded."""
    return _Codec(
        name=name,
        decode_table=decode_table,
        decode_post=decode_post,
        expand={ord(k): v for k, v in expand.items() if k != v},
        byte_of={ord(k): v for k, v in byte_of.items()},
        invalid=re.compile(f"[^\\x00-\\x7f{_char_class(valid)}]"),
    )


def _passthrough(base: str, used: set[str]) -> dict[str, int]:
    """Characters of the byte table ``base`` whose bytes the legacy table does not use."""
    return {base[b]: b for b in range(256) if base[b] not in used}


def _cp1258_codec() -> _Codec:
    """Windows-1258, decomposing letters cp1258 lacks into base letter + tone mark."""
    expand: dict[str, str] = {}
    for letter in VIETNAMESE_LETTERS:
        if letter not in _CP1258:
            decomposed = unicodedata.normalize("NFD", letter)
            tone = next(c for c in decomposed if c in _TONES)
            expand[letter] = _nfc(decomposed.replace(tone, "")) + tone
    byte_of = {_CP1258[b]: b for b in range(256)}
    return _make_codec("cp1258", _CP1258, _nfc, expand, byte_of, set(byte_of) | set(expand))


def _tcvn3_codec() -> _Codec:
    """TCVN3: the table, uppercase toned letters at the lowercase codes, cp1252 elsewhere."""
    decode = list(_CP1252)
    for letter, code in _TCVN3.items():
        decode[code] = letter
    byte_of = _passthrough(_CP1252, {_CP1252[code] for code in _TCVN3.values()}) | _TCVN3
    byte_of |= {c.upper(): _TCVN3[c] for c in _TONED_LOWER}
    return _make_codec("tcvn3", "".join(decode), _restore_tcvn3_caps, {}, byte_of, byte_of)


def _vni_codec() -> _Codec:
    """VNI-Windows on top of Windows-1252 bytes."""
    used = {c for code in _VNI.values() for c in code if not c.isascii()}
    valid = set(_passthrough(_CP1252, used)) | set(_VNI)
    byte_of = {_CP1252[b]: b for b in range(256)}
    return _make_codec("vni", _CP1252, _decode_vni_text, _VNI, byte_of, valid)


def _decode_vni_text(text: str) -> str:
    """Turn VNI mark characters into combining marks, VNI letters into letters; compose."""
    return _nfc(text.translate(_VNI_DECODE))


_TONED_CLASS: Final = _char_class(_TONED_LOWER)
_TCVN3_UPPER_CLASS: Final = "A-Z" + _char_class(c for c in _TCVN3 if c.isupper())
# A toned lowercase letter next to an uppercase letter that is not first in its word.
_ALL_CAPS_HINT: Final = re.compile(
    f"[{_TONED_CLASS}](?=[{_TCVN3_UPPER_CLASS}])"
    f"|(?<=[^\\W\\d_][{_TCVN3_UPPER_CLASS}])[{_TONED_CLASS}]"
)


# A capital followed only by toned lowercase letters: "Và" may be "VÀ" (or title case).
_AMBIGUOUS_CAPS_RE: Final = re.compile(
    f"(?<![^\\W\\d_])[{_TCVN3_UPPER_CLASS}][{_TONED_CLASS}]+(?![^\\W\\d_])"
)
_WORD_BEFORE_RE: Final = re.compile("([^\\W\\d_]+)[^\\w\\n]*$")
_WORD_AFTER_RE: Final = re.compile("[^\\w\\n]*([^\\W\\d_]+)")


def _restore_tcvn3_caps(text: str) -> str:
    """Upper-case TCVN3 words that are visibly all-caps (TCVN3 has no toned capitals).

    ``VIệT`` → ``VIỆT``: the only lowercase letters are toned vowels and a capital follows
    the first letter. ``Và`` → ``VÀ`` when its neighbours on the line are all-caps words, at
    least one with a Vietnamese letter (so ``Bộ GTVT`` stays). Otherwise ``Độ`` stays.
    """
    spans: dict[int, int] = {}
    for m in _ALL_CAPS_HINT.finditer(text):
        start, end = m.start(), m.end()
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        while end < len(text) and text[end].isalpha():
            end += 1
        if all(not c.islower() or c in _TONED_LOWER for c in text[start:end]):
            spans[start] = end
    text = _upper_spans(text, spans)
    spans = {
        m.start(): m.end()
        for m in _AMBIGUOUS_CAPS_RE.finditer(text)
        if _between_caps_words(text, m.start(), m.end())
    }
    return _upper_spans(text, spans)


def _upper_spans(text: str, spans: dict[int, int]) -> str:
    if not spans:
        return text
    pieces, pos = [], 0
    for start, end in sorted(spans.items()):
        pieces += [text[pos:start], text[start:end].upper()]
        pos = end
    return "".join([*pieces, text[pos:]])


_TONED_SET: Final = frozenset(_TONED_LOWER)


def _between_caps_words(text: str, start: int, end: int) -> bool:
    """Whether the words next to ``text[start:end]`` on its line are all-caps Vietnamese.

    Neighbours made only of toned letters (``ở``) say nothing about case and are ignored.
    """
    before = _WORD_BEFORE_RE.search(text, max(0, start - 40), start)
    after = _WORD_AFTER_RE.match(text, end, end + 40)
    neighbours = [m[1] for m in (before, after) if m and not set(m[1]) <= _TONED_SET]
    return (
        bool(neighbours)
        and all(w.isupper() and len(w) > 1 for w in neighbours)
        and any(not w.isascii() for w in neighbours)
    )


_CODECS: Final[dict[str, _Codec]] = {
    "cp1258": _cp1258_codec(),
    "tcvn3": _tcvn3_codec(),
    "vni": _vni_codec(),
}


def decode_legacy(data: bytes, encoding: LegacyEncoding) -> str:
    """Decode ``data`` in the given legacy encoding (no detection); the result is NFC.

    Never fails: bytes outside the encoding's table decode as Windows-1252/Latin-1.
    """
    return _CODECS[encoding].decode(data)


def encode_legacy(text: str, encoding: LegacyEncoding) -> bytes:
    """Encode ``text`` (NFC-composed first) in a legacy Vietnamese encoding.

    ``cp1258`` writes a precomposed character when Windows-1258 has one and otherwise the
    base letter plus a combining tone mark (0xCC grave, 0xEC acute, 0xD2 hook, 0xDE tilde,
    0xF2 dot), as Windows does. ``tcvn3`` writes uppercase toned letters with the lowercase
    codes (TCVN3 has no others). ``vni`` writes base letters followed by VNI mark
    characters. Characters the encoding cannot represent raise :class:`UnicodeEncodeError`.
    """
    return _CODECS[encoding].encode(text)


# ------------------------------------------------------------------ syllable scoring


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_ONSETS: Final = (*_words("ngh ng nh ch gh gi kh ph qu th tr b c d đ g h k l m n p r s t v x"), "")
_BASE_RHYMES: Final = frozenset(
    _words(
        """
    a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt
    âc âm ân âng âp ât âu ây e ec em en eng eo ep et ê êch êm ên ênh êp êt êu
    i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
    o oc oi om on ong op ot ooc oong ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt
    u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt
    ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
    y yêm yên yêng yêt yêu
    """
    )
)
_MEDIAL_O_RHYMES: Final = frozenset(
    _words("oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt")
    + _words("oe oem oen oeo oet")
)
_MEDIAL_U_RHYMES: Final = frozenset(
    _words("uân uâng uât uây uê uêch uênh uy uya uych uyn uynh uyp uyt uyu uyên uyêt uơ")
)
_ALL_RHYMES: Final = _BASE_RHYMES | _MEDIAL_O_RHYMES | _MEDIAL_U_RHYMES
_FRONT: Final = ("i", "e", "ê", "y")
_RHYMES_AFTER: Final[dict[str, frozenset[str]]] = {
    "k": frozenset(r for r in _ALL_RHYMES if r.startswith(_FRONT)),
    "gh": frozenset(r for r in _ALL_RHYMES if r.startswith(_FRONT)),
    "ngh": frozenset(r for r in _ALL_RHYMES if r.startswith(_FRONT)),
    "c": frozenset(r for r in _ALL_RHYMES if not r.startswith(_FRONT)),
    "ng": frozenset(r for r in _ALL_RHYMES if not r.startswith(_FRONT)),
    "g": frozenset(r for r in _ALL_RHYMES if not r.startswith(_FRONT)),
    "qu": frozenset(r[1:] for r in _MEDIAL_U_RHYMES)
    | frozenset(r for r in _BASE_RHYMES if r[0] in "aăâeêiôơ"),
    "gi": frozenset({""})
    | frozenset(r for r in _BASE_RHYMES if r[0] != "i")
    | frozenset(r[1:] for r in _BASE_RHYMES if r[0] == "i"),
}
_STOP_CODAS: Final = ("c", "ch", "p", "t")


@lru_cache(maxsize=65536)
def is_vietnamese_syllable(word: str) -> bool:
    """Whether ``word`` (any case) is a well-formed Vietnamese syllable.

    Checks: at most one tone mark; onset + rhyme from the Vietnamese inventories with the
    k/gh/ngh-before-front-vowel and qu/gi spelling rules; syllables closed by c, ch, p, t
    take the acute or dot-below tone (never none); the tone sits on the vowel that carries it
    (both hòa and hoà are accepted).
    """
    parsed = _split_syllable(word.lower())
    if parsed is None:
        return False
    bare, tone, tone_at = parsed
    for onset in _ONSETS:
        if not bare.startswith(onset):
            continue
        rhyme = bare[len(onset) :]
        if rhyme not in _RHYMES_AFTER.get(onset, _ALL_RHYMES):
            continue
        if rhyme.endswith(_STOP_CODAS) and tone not in (ACUTE, DOT):
            continue
        if not tone or _tone_placed_ok(onset, rhyme, tone_at - len(onset)):
            return True
    return False


def _split_syllable(word: str) -> tuple[str, str, int] | None:
    """``(letters without tone, tone mark or "", index of the toned letter)``."""
    letters: list[str] = []
    tone, tone_at = "", -1
    for char in unicodedata.normalize("NFD", word):
        if char in _TONES:
            if tone or not letters:
                return None
            tone, tone_at = char, len(letters) - 1
        elif unicodedata.combining(char):
            if not letters:
                return None
            letters[-1] += char
        else:
            letters.append(char)
    composed = [_nfc(letter) for letter in letters]
    if any(len(letter) != 1 for letter in composed):
        return None
    return "".join(composed), tone, tone_at


_MODIFIED_VOWELS: Final = "ăâêôơư"


def _tone_placed_ok(onset: str, rhyme: str, at: int) -> bool:
    """Whether a tone on rhyme letter ``at`` is where Vietnamese spelling puts it."""
    vowels = len(rhyme) - len(rhyme.lstrip(_VOWELS))
    if vowels == 0:
        return onset == "gi" and at == -1  # gì, gìn: the tone sits on the i of gi
    cluster = rhyme[:vowels]
    modified = [i for i, c in enumerate(cluster) if c in _MODIFIED_VOWELS]
    if modified:
        allowed = {modified[-1]}
    elif vowels < len(rhyme) or vowels == 1:
        allowed = {vowels - 1}
    elif vowels == 2:
        allowed = {0, 1} if cluster in ("oa", "oe", "uy") else {0}
    else:
        allowed = {1}
    return at in allowed


_EDGE_PUNCT: Final = "".join(
    [chr(c) for c in range(0x21, 0x7F) if not chr(c).isalnum()] + list("“”‘’«»‹›…–—•„‚¡¿")
)


def _is_word_shaped(part: str) -> bool:
    """Letters only, in lower, UPPER or Title case (not ``nhÊt``)."""
    return part.isalpha() and (part.islower() or part.isupper() or part.istitle())


def vietnamese_score(text: str) -> tuple[float, int]:
    """Score how Vietnamese ``text`` looks: ``(share, count)``.

    ``count`` is the number of whitespace-separated tokens (split at hyphens) that contain
    a non-ASCII character other than edge punctuation; ``share`` is the fraction of them
    that are valid Vietnamese syllables in lower, UPPER or Title case (0.0 when ``count``
    is 0). ASCII-only tokens are
    ignored: they read the same in every 8-bit encoding.
    """
    valid = count = 0
    for token in text.split():
        if token.isascii():
            continue
        for part in token.split("-"):
            part = part.strip(_EDGE_PUNCT)
            if part.isascii():
                continue
            count += 1
            valid += _is_word_shaped(part) and is_vietnamese_syllable(part)
    return (valid / count if count else 0.0), count


# --------------------------------------------------------------------------- mojibake

_BYTE_OF_CHAR: Final = {_CP1252[b]: b for b in range(0x80, 0x100)} | {
    chr(b): b for b in range(0x80, 0x100)
}
_CP1252_BYTE_OF: Final = {ord(c): b for c, b in _BYTE_OF_CHAR.items()} | {b: b for b in range(0x80)}
_CONTINUATION: Final = _char_class(c for c, b in _BYTE_OF_CHAR.items() if b < 0xC0)
_SEQUENCE: Final = (
    f"[\\xc2-\\xdf][{_CONTINUATION}]|[\\xe0-\\xef][{_CONTINUATION}]{{2}}"
    f"|[\\xf0-\\xf4][{_CONTINUATION}]{{3}}"
)
_SEQUENCE_RE: Final = re.compile(_SEQUENCE)
_REPAIR_RE: Final = re.compile(
    f"(?P<seq>{_SEQUENCE})"
    f"|(?P<lone>\\xc3)(?![\\w\\ufffd])"
    f"|(?P<partial>(?:[\\xc2-\\xdf]|[\\xe0-\\xef][{_CONTINUATION}])"
    f"(?:\\ufffd|(?![{_CONTINUATION}])))"
)
# Characters that follow a word in correct Vietnamese text; other continuation characters
# after a Latin-1 letter, or a lead letter that is not Vietnamese, are mojibake evidence.
_NATURAL_AFTER_WORD: Final = frozenset("\xa0“”‘’«»…–—•·°")
_FOREIGN_LEADS: Final = frozenset(chr(b) for b in range(0xC2, 0xF5)) - set(VIETNAMESE_LETTERS)
# What mojibake may decode to: Latin letters, Vietnamese, punctuation, symbols, emoji.
_TARGET_RANGES: Final = (
    "\u0080-\u024f\u02c6-\u02dd\u0300-\u036f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf"
    "\u2100-\u214f\u2190-\u27bf\ufeff\U0001f000-\U0001faff"
)
_REPAIR_TARGET_RE: Final = re.compile(f"[{_TARGET_RANGES}]+")
_IMPLAUSIBLE_RE: Final = re.compile(f"[^\\x00-\\x7f{_TARGET_RANGES}]")
# Bytes Windows-1252 leaves undefined: a lossy decode dropped them or made them U+FFFD.
_LOST_BYTES: Final = (0x9D, 0x81, 0x8D, 0x8F, 0x90)
_LOST_PUNCTUATION: Final = frozenset("“”‘’–—…•")
# Frequent syllables that settle a lost byte when several letters would make a syllable.
_FREQUENT: Final = frozenset(
    _words(
        """
        về điều nhiều đề tiền quyền liền chiều nền bền hiền triều kiềm
        người thời trời lời mời đời giờ chờ nhờ cờ bờ ngờ mười cười trường đường
        thường cường phường giường vườn sườn học trọng mọi họ chọn bọn ngọn họp gọi
        dọc đọc lọc thọ vọng dọn ngọc nhỏ bỏ khỏi giỏi hỏi đỏ cỏ tỏ mỏ lỏng
        """
    )
)
_LONE_MARK: Final = "\ue000"  # "Ã" whose NBSP byte was lost or became a space
_PLACEHOLDER_BASE: Final = 0xF0000  # plane-15 private use: a lead whose last byte was lost
_PLACEHOLDERS: Final = "\U000f0000-\U000ffffd"
_PRIVATE_RE: Final = re.compile(f"[{_LONE_MARK}{_PLACEHOLDERS}]")
_LONE_RE: Final = re.compile(
    f"(?<=[^\\W\\d_]){_LONE_MARK}(?:(?P<nbsp> )(?= )|(?P<space> )(?P<next>[^\\W\\d_]+))?"
)
_PLACEHOLDER_WORD_RE: Final = re.compile(
    f"(?:[^\\W\\d_]|[{_PLACEHOLDERS}])*[{_PLACEHOLDERS}](?:[^\\W\\d_]|[{_PLACEHOLDERS}])*"
)


def _decode_sequence(seq: str) -> str | None:
    """UTF-8 decoding of the bytes behind ``seq`` if it yields plausible text, else None."""
    try:
        decoded = bytes(_BYTE_OF_CHAR[c] for c in seq).decode("utf-8")
    except UnicodeDecodeError:
        return None
    return decoded if _REPAIR_TARGET_RE.fullmatch(decoded) else None


def _decode_whole(text: str) -> str | None:
    """Fast path: the whole text is mojibake, i.e. its Windows-1252 bytes are valid UTF-8."""
    try:
        data = codecs.charmap_encode(text, "strict", _CP1252_BYTE_OF)[0]
        decoded = data.decode("utf-8")
    except UnicodeError:
        return None
    return None if _IMPLAUSIBLE_RE.search(decoded) else decoded


def _lost_byte_candidates(partial: str) -> tuple[str, ...]:
    """Vietnamese letters or punctuation that ``partial`` + one lost byte could have been."""
    head = bytes(_BYTE_OF_CHAR[c] for c in partial.rstrip("\ufffd"))
    found = []
    for byte in _LOST_BYTES:
        try:
            char = (head + bytes([byte])).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if char in VIETNAMESE_LETTERS or char in _LOST_PUNCTUATION:
            found.append(char)
    return tuple(found)


def _is_evidence(seq: str) -> bool:
    """Whether ``seq`` cannot occur in correct Vietnamese text (so it is mojibake)."""
    return seq[0] in _FOREIGN_LEADS or any(c not in _NATURAL_AFTER_WORD for c in seq[1:])


_LOWERCASE: Final = frozenset(string.ascii_lowercase + VIETNAMESE_LOWER)
_SEPARATOR_LIKE: Final = frozenset("\xa0–—•·")


def _has_evidence(text: str, repairs: dict[str, str]) -> bool:
    """Whether ``text`` has mojibake that correctly cased Vietnamese text cannot contain.

    Evidence is a repairable sequence that (a) has a non-Vietnamese lead or an unnatural
    symbol (:func:`_is_evidence`), (b) starts with a capital right after a lowercase letter
    (``lÃ\\xa0m``), or (c) is a 3- or 4-byte sequence inside a word with no space- or
    dash-like character (``Quá»‘c``: two marks glued between letters; a single quote
    between words is just a missing space).
    """
    if any(_is_evidence(seq) for seq in repairs):
        return True
    for m in _SEQUENCE_RE.finditer(text):
        seq, start, end = m[0], m.start(), m.end()
        if seq not in repairs or start == 0 or not text[start - 1].isalpha():
            continue
        if seq[0].isupper() and text[start - 1] in _LOWERCASE:
            return True
        inside_word = end < len(text) and text[end].isalpha()
        if inside_word and len(seq) > 2 and not _SEPARATOR_LIKE & set(seq):
            return True
    return False


def _fix_mojibake_once(text: str) -> str:
    """Undo one level of UTF-8 → Windows-1252/Latin-1 mojibake, if there is evidence of it."""
    repairs = {}
    for seq in set(_SEQUENCE_RE.findall(text)):
        decoded = _decode_sequence(seq)
        if decoded is not None:
            repairs[seq] = decoded
    if not _has_evidence(text, repairs):
        return text
    whole = _decode_whole(text)
    if whole is not None:
        return whole
    sloppy = not _PRIVATE_RE.search(text)
    options: list[tuple[str, ...]] = []

    def repair(m: re.Match[str]) -> str:
        if m["seq"]:
            return repairs.get(m[0], m[0])
        if not sloppy:
            return m[0]
        if m["lone"]:
            return _LONE_MARK
        candidates = _lost_byte_candidates(m[0])
        if not candidates:
            return m[0]
        options.append(candidates)
        return chr(_PLACEHOLDER_BASE + len(options) - 1)

    fixed = _REPAIR_RE.sub(repair, text)
    if sloppy:
        fixed = _LONE_RE.sub(_resolve_lone, fixed).replace(_LONE_MARK, "\xc3")
        fixed = _PLACEHOLDER_WORD_RE.sub(lambda m: _resolve_placeholders(m[0], options), fixed)
    return fixed


def _resolve_lone(m: re.Match[str]) -> str:
    """``Ã`` after a letter is ``à`` (bytes C3 A0) whose NBSP byte was lost or spaced.

    A space that was the NBSP itself is dropped: before a second space, or when it splits
    a syllable (``toà n`` → ``toàn``, ``nà y`` → ``này``; ``Hà Nội`` stays).
    """
    if m["nbsp"]:
        return "à"
    if m["space"]:
        start = m.start()
        while start > 0 and m.string[start - 1].isalpha():
            start -= 1
        joined = m.string[start : m.start()] + "à" + m["next"]
        return ("à" if is_vietnamese_syllable(joined) else "à ") + m["next"]
    return "à"


def _resolve_placeholders(word: str, options: list[tuple[str, ...]]) -> str:
    """Choose the letter behind each placeholder of ``word``; U+FFFD when undecidable."""
    chars = list(word)
    for i, char in enumerate(chars):
        if ord(char) >= _PLACEHOLDER_BASE:
            chars[i] = _choose_lost(chars, i, options[ord(char) - _PLACEHOLDER_BASE])
    return "".join(chars)


def _choose_lost(chars: list[str], i: int, candidates: tuple[str, ...]) -> str:
    """The only candidate, the only one making a (frequent) syllable, else U+FFFD."""
    if len(candidates) == 1:
        return candidates[0]
    words = {c: "".join([*chars[:i], c, *chars[i + 1 :]]) for c in candidates}
    valid = [c for c, w in words.items() if is_vietnamese_syllable(w)]
    frequent = [c for c in valid if words[c].lower() in _FREQUENT]
    for choice in (valid, frequent):
        if len(choice) == 1:
            return choice[0]
    return "\ufffd"


def fix_mojibake(text: str) -> str:
    """Repair UTF-8 text that was decoded as Windows-1252 or Latin-1 (up to three times).

    ``"Viá»‡t Nam"`` → ``"Việt Nam"``; double and triple mojibake are undone too.

    Text is only touched when it contains evidence, i.e. a sequence that cannot occur in
    correctly cased Vietnamese: a non-Vietnamese Latin-1 lead letter (``Ä``, ``Æ``), a
    symbol such as ``º``/``‡``/``€`` right after a Latin-1 letter, a capital such as ``Ã``
    right after a lowercase letter, or a sequence inside a word (``Quá»‘c``). So correct
    Vietnamese text is returned unchanged; the price is that a very short text whose only
    damage looks like a word plus punctuation (``lá»…`` for ``lễ``) is left alone too.

    With evidence, every sequence that decodes to Latin/Vietnamese letters, punctuation or
    symbols is repaired, and two kinds of lossy damage are repaired on a best-effort basis:

    * ``Ã`` after a letter is ``à`` whose NBSP byte was lost or turned into a space; the
      space is dropped when it splits a syllable (``toÃ n`` → ``toàn``).
    * A byte undefined in Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D) dropped or turned into
      U+FFFD by a lossy decode: the letter is restored when only one candidate makes a
      Vietnamese syllable (``Äại`` → ``Đại``, ``ngÆ°á»i`` → ``người``), or one frequent
      syllable; otherwise that letter becomes U+FFFD.
    """
    for _ in range(3):
        fixed = _fix_mojibake_once(text)
        if fixed == text:
            break
        text = fixed
    return text


# --------------------------------------------------------------------------- detection


def decode_bytes(data: bytes, source: str | None = None) -> Decoded:
    """Decode article bytes to text, detecting the encoding (see the module docstring).

    Raises :class:`~sukien.errors.DecodeError` (with ``source``) for binary data and for
    bytes that read as Vietnamese in none of the supported encodings.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_unicode(data[len(bom) :], codec, source)
    if b"\x00" in data:
        guessed = _guess_bomless_utf16(data)
        if guessed is None:
            raise DecodeError("binary file (contains NUL bytes)", source)
        decoded = _decode_unicode(data, guessed, source)
        decoded.warnings.insert(0, f"no byte-order mark: guessed {guessed}")
        return decoded
    _reject_control_bytes(data, source)
    try:
        return _repair_unicode(data.decode("utf-8"), "utf-8", [])
    except UnicodeDecodeError as err:
        cut = len(data) - err.start
        if err.reason == "unexpected end of data" and err.end == len(data) and cut <= 3:
            head = data[: err.start]
            # With an ASCII-only head, the cut-off "character" is the only evidence for
            # UTF-8: a legacy file ending in one accented letter reads the same way.
            if not head.isascii() or not _looks_legacy(data):
                warning = f"truncated UTF-8 at end of file: dropped {cut} byte(s)"
                return _repair_unicode(head.decode("utf-8"), "utf-8", [warning])
    return _decode_legacy_detect(data, source)


_BOMS: Final = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL_BYTES: Final = bytes(b for b in range(0x20) if b not in b"\t\n\r\x0c\x1b")


def _reject_control_bytes(data: bytes, source: str | None) -> None:
    """Raise DecodeError when more than 5 % of the bytes are C0 control characters."""
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > _MAX_CONTROL_SHARE * len(data):
        share = 100 * controls / len(data)
        raise DecodeError(f"binary file ({share:.0f}% control bytes)", source)


def _guess_bomless_utf16(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when NULs sit at every other byte as in UTF-16 text."""
    if len(data) < 4 or len(data) % 2:
        return None
    half = len(data) // 2
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd > 0.3 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None


def _decode_unicode(data: bytes, codec: str, source: str | None) -> Decoded:
    """Decode a BOM-identified (or guessed) Unicode encoding, tolerating a cut-off end."""
    warnings: list[str] = []
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as err:
        if err.end == len(data) and len(data) - err.start < 4 and err.reason in _TRUNCATED:
            text = data[: err.start].decode(codec, errors="replace")
            warnings.append(
                f"truncated {codec.upper()} at end of file: dropped {len(data) - err.start} byte(s)"
            )
        else:
            text = data.decode(codec, errors="replace")
            warnings.append(f"invalid {codec.upper()} data replaced by U+FFFD")
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise DecodeError(f"binary file (control characters in {codec.upper()} text)", source)
    return _repair_unicode(text, codec, warnings)


_TRUNCATED: Final = ("unexpected end of data", "truncated data")


def _control_share(text: str) -> float:
    sample = text[: 4 * _SAMPLE_BYTES]
    controls = sum(1 for c in sample if c < " " and c not in "\t\n\r\x0c\x1b")
    return controls / len(sample) if sample else 0.0


def _repair_unicode(text: str, codec: str, warnings: list[str]) -> Decoded:
    """Apply mojibake / legacy-font repairs to decoded Unicode text."""
    fixed = fix_mojibake(text)
    if fixed != text:
        warnings.append("repaired mojibake (UTF-8 that had been read as Windows-1252)")
        lost = fixed.count("\ufffd") - text.count("\ufffd")
        if lost > 0:
            warnings.append(f"mojibake repair: {lost} lost letter(s) replaced by U+FFFD")
        return Decoded(fixed, f"{codec}+mojibake-repaired", warnings)
    legacy = _repair_legacy_font_text(text)
    if legacy is not None:
        encoding, repaired = legacy
        warnings.append(f"repaired {encoding} bytes that had been shown as Windows-1252 text")
        return Decoded(repaired, f"{codec}+{encoding}-repaired", warnings)
    return Decoded(text, codec, warnings)


def _repair_legacy_font_text(text: str) -> tuple[LegacyEncoding, str] | None:
    """Detect legacy-encoded bytes shown as Windows-1252 characters (``"Vieät Nam"``).

    Applies only when the text is all Windows-1252, does not itself look Vietnamese, and one
    legacy reading of its bytes does.
    """
    if text.isascii():
        return None
    try:
        data = codecs.charmap_encode(text, "strict", _CP1252_BYTE_OF)[0]
    except UnicodeEncodeError:
        return None
    own_score, _ = vietnamese_score(_sample_text(text))
    if own_score >= MIN_VIETNAMESE_SCORE:
        return None
    ranked = _rank_legacy(_sample_bytes(data))
    encoding, score, count = ranked[0]
    if count == 0 or score < MIN_VIETNAMESE_SCORE:
        return None
    return encoding, decode_legacy(data, encoding)


def _sample_text(text: str) -> str:
    limit = 3 * _SAMPLE_BYTES
    return text if len(text) <= limit else text[:limit]


def _sample_bytes(data: bytes) -> bytes:
    """At most ~3 × 64 KB of ``data``: beginning, middle and end, cut at ASCII whitespace."""
    if len(data) <= 3 * _SAMPLE_BYTES:
        return data
    pieces = []
    for start in (0, (len(data) - _SAMPLE_BYTES) // 2, len(data) - _SAMPLE_BYTES):
        chunk = data[start : start + _SAMPLE_BYTES]
        first = max(chunk.find(b" "), 0) if start else 0
        last = chunk.rfind(b" ")
        pieces.append(chunk[first : last if last > first else len(chunk)])
    return b"\n".join(pieces)


def _rank_legacy(sample: bytes) -> list[tuple[LegacyEncoding, float, int]]:
    """Legacy readings of ``sample`` with their Vietnamese scores, best first."""
    scored = [(enc, *vietnamese_score(decode_legacy(sample, enc))) for enc in LEGACY_ENCODINGS]
    return sorted(scored, key=lambda item: (item[1], item[2]), reverse=True)


def _looks_legacy(data: bytes) -> bool:
    """Whether the last token of ``data`` reads as a Vietnamese word in a legacy encoding."""
    tail = data.rsplit(None, 1)[-1]
    for encoding in LEGACY_ENCODINGS:
        word = decode_legacy(tail, encoding).strip(_ASCII_PUNCT)
        if _is_word_shaped(word) and is_vietnamese_syllable(word):
            return True
    return False


_ASCII_PUNCT: Final = "".join(chr(c) for c in range(0x21, 0x7F) if not chr(c).isalnum())


def _decode_legacy_detect(data: bytes, source: str | None) -> Decoded:
    """Pick the legacy encoding whose reading looks most Vietnamese, or raise DecodeError."""
    ranked = _rank_legacy(_sample_bytes(data))
    encoding, score, count = ranked[0]
    if count and score >= MIN_VIETNAMESE_SCORE:
        warnings = []
        runner_up, runner_score, _ = ranked[1]
        if runner_score > score - 0.1:
            warnings.append(
                f"ambiguous legacy encoding: {encoding} scored {score:.2f}, "
                f"{runner_up} {runner_score:.2f}"
            )
        return Decoded(decode_legacy(data, encoding), encoding, warnings)
    text = decode_legacy(data, "cp1258")
    if _NOT_PLAIN_RE.search(text):
        raise DecodeError(_UNKNOWN_ENCODING, source)
    warning = "no non-ASCII letters; decoded as Windows-1258 (same as Windows-1252 here)"
    return Decoded(text, "cp1258", [warning])


# A non-ASCII letter, a C1 control or a combining mark: not plain text with punctuation.
_NOT_PLAIN_RE: Final = re.compile("[^\\x00-\\x7f\\W\\d_]|[\\x80-\\x9f\\u0300-\\u036f]")
