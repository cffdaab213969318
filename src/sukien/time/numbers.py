"""Vietnamese numbers written in words ("mười lăm", "hai mươi mốt", "hai nghìn không trăm
hai mươi tư") and the regular-expression pieces the tagger builds on them."""

from __future__ import annotations

__all__ = ["NUM_WORDS", "parse_number", "parse_roman"]

_DIGITS = {
    "không": 0,
    "linh": 0,
    "lẻ": 0,
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}
_FIRST = "một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười"
_NEXT = "một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín|mười|mươi|linh|lẻ|không|trăm|nghìn|ngàn"
#: A number in words (regex, no groups): a first word that can start a number, then more.
NUM_WORDS = rf"(?:{_FIRST})(?:[^\S\n]+(?:{_NEXT})(?!\w))*(?!\w)"


def _under_100(words: list[str]) -> int | None:
    if not words:
        return 0
    if words[0] in ("linh", "lẻ"):
        words = words[1:]
        if len(words) != 1 or words[0] not in _DIGITS:
            return None
        return _DIGITS[words[0]]
    if words[0] == "mười":
        if len(words) == 1:
            return 10
        if len(words) == 2 and words[1] in _DIGITS and words[1] not in ("không", "linh", "lẻ"):
            return 10 + _DIGITS[words[1]]
        return None
    if len(words) >= 2 and words[1] == "mươi" and words[0] in _DIGITS:
        tens = _DIGITS[words[0]] * 10
        if len(words) == 2:
            return tens
        if len(words) == 3 and words[2] in _DIGITS:
            return tens + _DIGITS[words[2]]
        return None
    if len(words) == 1 and words[0] in _DIGITS:
        return _DIGITS[words[0]]
    return None


def _under_1000(words: list[str]) -> int | None:
    if "trăm" in words:
        i = words.index("trăm")
        if i != 1 or words[0] not in _DIGITS:
            return None
        rest = _under_100(words[2:])
        return None if rest is None else _DIGITS[words[0]] * 100 + rest
    return _under_100(words)


def parse_number(text: str) -> int | None:
    """The value of a number in words or digits, or None when it is not one.

    >>> parse_number("mười lăm"), parse_number("hai mươi mốt"), parse_number("1.000")
    (15, 21, 1000)
    >>> parse_number("hai nghìn không trăm hai mươi tư")
    2024
    """
    text = text.strip()
    if text.isdigit():
        return int(text)
    if text.replace(".", "").isdigit() and all(len(g) == 3 for g in text.split(".")[1:]):
        return int(text.replace(".", ""))
    words = text.lower().split()
    if not words:
        return None
    for thousand in ("nghìn", "ngàn"):
        if thousand in words:
            i = words.index(thousand)
            head = _under_1000(words[:i]) if i else 1
            tail = _under_1000(words[i + 1 :])
            if head is None or tail is None:
                return None
            return head * 1000 + tail
    return _under_1000(words)


_ROMAN = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "v": 5,
    "vi": 6,
    "vii": 7,
    "viii": 8,
    "ix": 9,
    "x": 10,
    "xi": 11,
    "xii": 12,
    "xix": 19,
    "xx": 20,
    "xxi": 21,
    "xxii": 22,
}


def parse_roman(text: str) -> int | None:
    """Small Roman numerals as used for quarters, months and centuries ("III", "XXI")."""
    return _ROMAN.get(text.strip().lower())
