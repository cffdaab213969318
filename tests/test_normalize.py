"""Tests for sukien.text.normalize."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sukien.text.normalize import NormalizeOptions, normalize_text

OLD = NormalizeOptions()
NEW = NormalizeOptions(tone_style="new")
KEEP = NormalizeOptions(tone_style="keep", quotes=False)
ALL_OPTIONS = [
    NormalizeOptions(tone_style=style, quotes=quotes)  # type: ignore[arg-type]
    for style in ("old", "new", "keep")
    for quotes in (True, False)
]

# (input, old style, new style)
TONE_CASES = [
    ("hoà", "hòa", "hoà"),
    ("hòa", "hòa", "hoà"),
    ("khoẻ", "khỏe", "khoẻ"),
    ("khỏe", "khỏe", "khoẻ"),
    ("thuỷ", "thủy", "thuỷ"),
    ("Hoà Bình", "Hòa Bình", "Hoà Bình"),
    ("HOÀ BÌNH", "HÒA BÌNH", "HOÀ BÌNH"),
    ("Thuỷ điện", "Thủy điện", "Thuỷ điện"),
    ("uỷ ban", "ủy ban", "uỷ ban"),
    ("Ủy ban", "Ủy ban", "Uỷ ban"),
    ("xoá bỏ", "xóa bỏ", "xoá bỏ"),
    ("loè loẹt", "lòe loẹt", "loè loẹt"),
    ("tuỳ", "tùy", "tuỳ"),
    ("hoạ sĩ", "họa sĩ", "hoạ sĩ"),
    ("oà khóc", "òa khóc", "oà khóc"),
    ("goá", "góa", "goá"),
    ("toả sáng", "tỏa sáng", "toả sáng"),
    ("Khánh Hoà,", "Khánh Hòa,", "Khánh Hoà,"),
    ("(hoà)", "(hòa)", "(hoà)"),
    ("hoà-bình", "hòa-bình", "hoà-bình"),
    ("HoÀ", "HòA", "HoÀ"),  # case kept per letter
    # Negatives: never changed in either style.
    ("hoàn", "hoàn", "hoàn"),
    ("toán", "toán", "toán"),
    ("hoạch", "hoạch", "hoạch"),
    ("quý", "quý", "quý"),
    ("Quỳnh", "Quỳnh", "Quỳnh"),
    ("QUÝ", "QUÝ", "QUÝ"),
    ("quà", "quà", "quà"),
    ("quả", "quả", "quả"),
    ("giúp", "giúp", "giúp"),
    ("thuyền", "thuyền", "thuyền"),
    ("khuya", "khuya", "khuya"),
    ("khuỷu", "khuỷu", "khuỷu"),
    ("ngoài", "ngoài", "ngoài"),
    ("ngoẻo", "ngoẻo", "ngoẻo"),
    ("Nguyễn", "Nguyễn", "Nguyễn"),
    ("thuở", "thuở", "thuở"),
    ("thuế", "thuế", "thuế"),
    ("của", "của", "của"),
    ("mùa", "mùa", "mùa"),
    ("hoa", "hoa", "hoa"),
    ("Huy", "Huy", "Huy"),
    ("hoà2", "hoà2", "hoà2"),
]


@pytest.mark.parametrize(("text", "old", "new"), TONE_CASES)
def test_tone_styles(text: str, old: str, new: str) -> None:
    assert normalize_text(text) == old
    assert normalize_text(text, NEW) == new
    assert normalize_text(text, KEEP) == text


@pytest.mark.parametrize(("text", "old", "new"), TONE_CASES)
def test_tone_styles_convert_into_each_other(text: str, old: str, new: str) -> None:
    assert normalize_text(new) == old
    assert normalize_text(old, NEW) == new


def test_tone_in_a_sentence() -> None:
    text = "Bộ trưởng Thuỷ nói: “Hoà bình, hữu nghị và hợp tác” là ưu tiên của Uỷ ban."
    assert normalize_text(text) == (
        "Bộ trưởng Thủy nói: “Hòa bình, hữu nghị và hợp tác” là ưu tiên của Ủy ban."
    )


def test_decomposed_input_is_composed_first() -> None:
    nfd = unicodedata.normalize("NFD", "Hoà Bình, Việt Nam")
    assert normalize_text(nfd) == "Hòa Bình, Việt Nam"
    assert normalize_text(nfd, NEW) == "Hoà Bình, Việt Nam"


# ------------------------------------------------------------------ spaces and controls


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hà\u00a0Nội", "Hà Nội"),
        ("Hà\u2009Nội\u3000và\u202fHuế", "Hà Nội và Huế"),
        ("Việt\u200bNam", "ViệtNam"),
        ("Việt\u200c\u200d\u2060Nam", "ViệtNam"),
        ("\ufeffTin\ufeff tức", "Tin tức"),
        ("hợp\u00adtác", "hợptác"),
        ("a\u200eb\u202ec\u2066d", "abcd"),
        ("a\x00b\x07c\x1bd\x7fe\x9bf", "abcdef"),
        ("cột\tmột\t\thai", "cột một hai"),
        ("dòng 1\r\ndòng 2\rdòng 3", "dòng 1\ndòng 2\ndòng 3"),
        ("trang 1\x0ctrang 2\x0bdòng\u2028hết\u0085", "trang 1\ntrang 2\ndòng\nhết\n"),
        ("đoạn 1\u2029đoạn 2", "đoạn 1\n\nđoạn 2"),
        ("  nhiều    khoảng   trắng  ", "nhiều khoảng trắng"),
        ("dòng một   \n   dòng hai", "dòng một\ndòng hai"),
        ("a\n\n\n\nb\n \n \n\nc", "a\n\nb\n\nc"),
        ("a\n\nb\nc", "a\n\nb\nc"),
        ("\n\n\nđầu", "\n\nđầu"),
        ("", ""),
    ],
)
def test_whitespace_and_invisible_characters(text: str, expected: str) -> None:
    assert normalize_text(text) == expected


def test_crlf_blank_lines_collapse() -> None:
    assert normalize_text("Tiêu đề\r\n\r\n\r\n\r\nĐoạn một.\r\n") == "Tiêu đề\n\nĐoạn một.\n"


# --------------------------------------------------------------------------- quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("„Hà Nội‟ và ＂Huế＂", "“Hà Nội” và “Huế”"),
        ("〝Đà Nẵng〞 〝Huế〟", "“Đà Nẵng” “Huế”"),
        ("Ông nói ``xin chào'' rồi đi", "Ông nói “xin chào” rồi đi"),
        ("''Hợp tác'' là chủ đề", "“Hợp tác” là chủ đề"),
        ("(„trích dẫn‟)", "(“trích dẫn”)"),
        ("‚đơn‛ và ‛đơn‚", "‘đơn’ và ‘đơn’"),
        ("—„Chào‟", "—“Chào”"),
    ],
)
def test_rare_quotes_are_mapped(text: str, expected: str) -> None:
    assert normalize_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "“Hà Nội” ‘Huế’ \"Đà Nẵng\" 'Sài Gòn' «Paris» ‹x›",
        "cao 5′ 6″ hay 5' 6\"",
        "1975–2025, Bắc – Nam, Nguyễn Văn A—B, COVID-19",
        "Ông ấy nói… rồi im lặng...",
    ],
)
def test_standard_quotes_primes_dashes_untouched(text: str) -> None:
    assert normalize_text(text) == text


def test_quotes_option_off() -> None:
    assert normalize_text("„Hà Nội‟ ``x''", NormalizeOptions(quotes=False)) == "„Hà Nội‟ ``x''"


# ---------------------------------------------------------------------- properties

VIET_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy" + "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọ"
VIET_LETTERS += "ồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
NOISY = st.text(
    alphabet=st.one_of(
        st.sampled_from(VIET_LETTERS + VIET_LETTERS.upper() + "qQ "),
        st.sampled_from("\n\r\t\u00a0\u200b\ufeff\u00ad\u2028\u2029\x00\x0c„‟＂〝〞〟‚‛`'\"“”‘’"),
        st.sampled_from("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"),
        st.characters(),
    ),
    max_size=80,
)


@settings(max_examples=300)
@given(text=NOISY, options=st.sampled_from(ALL_OPTIONS))
def test_idempotent(text: str, options: NormalizeOptions) -> None:
    once = normalize_text(text, options)
    assert normalize_text(once, options) == once


@given(text=NOISY, options=st.sampled_from(ALL_OPTIONS))
def test_output_invariants(text: str, options: NormalizeOptions) -> None:
    out = normalize_text(text, options)
    assert unicodedata.is_normalized("NFC", out)
    assert "\r" not in out and "\t" not in out and "\n\n\n" not in out and "  " not in out
    assert all(not line.startswith(" ") and not line.endswith(" ") for line in out.split("\n"))
    assert not any(c in out for c in "\u00a0\u200b\ufeff\u00ad\x00")


def _without_tones(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if c not in "\u0300\u0301\u0303\u0309\u0323")


@given(text=NOISY)
def test_tone_styles_only_move_tone_marks(text: str) -> None:
    """Tone style changes nothing but the position of tone marks."""
    keep = normalize_text(text, NormalizeOptions(tone_style="keep"))
    for options in (OLD, NEW):
        out = normalize_text(text, options)
        assert len(out) == len(keep)
        assert _without_tones(out) == _without_tones(keep)


WORD = st.text(alphabet=st.sampled_from(VIET_LETTERS), min_size=1, max_size=7)
CLEAN = st.lists(st.tuples(WORD, st.sampled_from([" ", " ", "\n", "\n\n", ", ", ". "]))).map(
    lambda parts: "".join(w + sep for w, sep in parts).strip()
)


@given(text=CLEAN)
def test_clean_text_is_unchanged_with_keep(text: str) -> None:
    assert normalize_text(text, KEEP) == text


@given(text=CLEAN)
def test_styles_are_each_others_inverse_on_clean_text(text: str) -> None:
    old = normalize_text(text, OLD)
    new = normalize_text(text, NEW)
    assert normalize_text(new, OLD) == old
    assert normalize_text(old, NEW) == new
