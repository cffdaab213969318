"""Tests for sukien.text.encoding: legacy Vietnamese encodings, detection, mojibake."""

from __future__ import annotations

import codecs
import random
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sukien.errors import DecodeError
from sukien.text.encoding import (
    LEGACY_ENCODINGS,
    VIETNAMESE_LETTERS,
    VIETNAMESE_LOWER,
    Decoded,
    decode_bytes,
    decode_legacy,
    encode_legacy,
    fix_mojibake,
    is_vietnamese_syllable,
    vietnamese_score,
)

# Sample news sentences written for these tests (diplomacy / politics reporting).
SENTENCES = [
    "Thủ tướng Chính phủ đã tiếp Đại sứ Nhật Bản nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam.",
    "Hai bên nhất trí tăng cường hợp tác kinh tế, thương mại và đầu tư trong thời gian tới.",
    "Bộ trưởng Bộ Ngoại giao khẳng định Việt Nam luôn coi trọng quan hệ đối tác chiến lược "
    "toàn diện với các nước láng giềng.",
    "Chiều 15/3, tại Hà Nội, Chủ tịch nước đã hội đàm với Tổng thống Cộng hòa Pháp.",
    "Phát biểu tại hội nghị, Phó Thủ tướng nhấn mạnh yêu cầu bảo đảm hòa bình, ổn định và "
    "an ninh khu vực.",
    "Đoàn đại biểu Quốc hội đã có chuyến thăm chính thức Hàn Quốc theo lời mời của Chủ tịch "
    "Quốc hội nước này.",
    "Người phát ngôn Bộ Ngoại giao cho biết Việt Nam phản đối mọi hành động vi phạm chủ "
    "quyền trên Biển Đông.",
    "Hai nhà lãnh đạo đã chứng kiến lễ ký kết nhiều văn kiện hợp tác quan trọng về giáo dục, "
    "y tế và khoa học.",
    "Tổng Bí thư bày tỏ vui mừng trước những bước phát triển tích cực của quan hệ hữu nghị "
    "truyền thống giữa hai nước.",
    "Theo kế hoạch, hội nghị thượng đỉnh ASEAN lần thứ 44 sẽ diễn ra tại thủ đô Viêng Chăn, Lào.",
    "Đại sứ quán Việt Nam tại Hoa Kỳ đã tổ chức lễ kỷ niệm 30 năm thiết lập quan hệ ngoại giao.",
    "Ông cho rằng sự hợp tác này sẽ góp phần thúc đẩy phục hồi kinh tế sau đại dịch và ứng "
    "phó với biến đổi khí hậu.",
    "“Chúng tôi sẵn sàng chia sẻ kinh nghiệm”, Bộ trưởng nói với báo giới sau cuộc gặp.",
    "Ủy ban Đối ngoại của Quốc hội đề nghị làm rõ trách nhiệm của các bộ, ngành liên quan.",
]
ARTICLE = "\n\n".join(" ".join(SENTENCES[i : i + 3]) for i in range(0, len(SENTENCES), 3))
HEADLINE = "VIỆT NAM VÀ LÀO KÝ KẾT HIỆP ĐỊNH THƯƠNG MẠI BIÊN GIỚI"

# Every distinct lowercase word of the samples: material for generated texts.
VOCABULARY = sorted(
    {w.strip(".,“”").lower() for s in SENTENCES for w in s.split()} - {"", "15/3", "44", "30"}
)


_WHATWG_1252 = {
    b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in b"\x81\x8d\x8f\x90\x9d"
}


def mojibake(text: str) -> str:
    """UTF-8 bytes of ``text`` read as Windows-1252 (the usual mojibake)."""
    return text.encode("utf-8").decode("latin-1").translate(_WHATWG_1252)


# ------------------------------------------------------------------------ the tables


def test_alphabet_has_the_134_letters() -> None:
    assert len(VIETNAMESE_LOWER) == len(set(VIETNAMESE_LOWER)) == 67
    assert len(set(VIETNAMESE_LETTERS)) == 134
    assert all(unicodedata.is_normalized("NFC", c) for c in VIETNAMESE_LETTERS)


@pytest.mark.parametrize("encoding", LEGACY_ENCODINGS)
def test_every_letter_round_trips(encoding: str) -> None:
    for letter in VIETNAMESE_LETTERS:
        data = encode_legacy(letter, encoding)  # type: ignore[arg-type]
        decoded = decode_legacy(data, encoding)  # type: ignore[arg-type]
        expected = letter
        if encoding == "tcvn3" and letter.isupper() and letter.lower() != letter:
            # TCVN3 has only Ă Â Ê Ô Ơ Ư Đ in uppercase; toned capitals use lowercase codes.
            expected = letter if letter in "ĂÂÊÔƠƯĐ" else letter.lower()
        assert decoded == expected, (encoding, letter, data)


@pytest.mark.parametrize("encoding", LEGACY_ENCODINGS)
def test_letters_have_distinct_codes(encoding: str) -> None:
    letters = VIETNAMESE_LOWER if encoding == "tcvn3" else VIETNAMESE_LETTERS
    codes = {encode_legacy(c, encoding) for c in letters}  # type: ignore[arg-type]
    assert len(codes) == len(letters)


def test_tcvn3_reference_strings() -> None:
    # The TCVN3 text everyone has seen rendered in the wrong font.
    assert encode_legacy("Cộng hòa xã hội chủ nghĩa Việt Nam", "tcvn3").decode("cp1252") == (
        "Céng hßa x· héi chñ nghÜa ViÖt Nam"
    )
    assert decode_legacy("§éc lËp - Tù do - H¹nh phóc".encode("cp1252"), "tcvn3") == (
        "Độc lập - Tự do - Hạnh phúc"
    )
    assert encode_legacy("ư", "tcvn3") == b"\xad"


def test_vni_reference_strings() -> None:
    assert encode_legacy("Cộng hòa xã hội chủ nghĩa Việt Nam", "vni").decode("cp1252") == (
        "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"
    )
    assert decode_legacy("ÑAØ NAÜNG, ngöôøi daân ñaêng kyù".encode("cp1252"), "vni") == (
        "ĐÀ NẴNG, người dân đăng ký"
    )
    assert encode_legacy("ị ỉ ĩ ỵ Ị", "vni").decode("cp1252") == "ò æ ó î Ò"


def test_cp1258_decomposes_like_windows() -> None:
    assert encode_legacy("Việt", "cp1258") == b"Vi\xea\xf2t"  # ê + dot below
    assert encode_legacy("ế", "cp1258") == b"\xea\xec"  # ê + acute
    assert encode_legacy("á", "cp1258") == b"\xe1"  # precomposed in cp1258
    assert encode_legacy("ờ", "cp1258") == b"\xf5\xcc"  # ơ + grave
    assert encode_legacy("Ỹ", "cp1258") == b"Y\xde"  # tilde
    assert encode_legacy("ủ", "cp1258") == b"u\xd2"  # hook above
    # Decoding composes (NFC), also from fully decomposed bytes.
    assert decode_legacy(b"Vie\xd2\xf2t", "cp1258") != "Việt"
    assert decode_legacy(b"Vi\xea\xf2t", "cp1258") == "Việt"


@pytest.mark.parametrize(
    ("encoding", "text"),
    [("vni", "Schröder"), ("vni", "ñandú"), ("tcvn3", "5 µm"), ("cp1258", "北京"), ("tcvn3", "Ж")],
)
def test_unrepresentable_characters_raise(encoding: str, text: str) -> None:
    with pytest.raises(UnicodeEncodeError):
        encode_legacy(text, encoding)  # type: ignore[arg-type]


def test_encode_keeps_windows_punctuation() -> None:
    for encoding in LEGACY_ENCODINGS:
        text = "“Hà Nội” – 100 € …"
        assert decode_legacy(encode_legacy(text, encoding), encoding) == text  # type: ignore[arg-type]


# ------------------------------------------------------------------ round-trip (Hypothesis)

SYLLABLES = st.sampled_from(VOCABULARY)


def _cased(draw: st.DrawFn, word: str, all_caps: bool = True) -> str:
    cases = [word, word.capitalize(), word.upper()] if all_caps else [word, word.capitalize()]
    return draw(st.sampled_from(cases))


@st.composite
def vietnamese_text(draw: st.DrawFn, min_words: int = 1, all_caps: bool = True) -> str:
    words = draw(st.lists(SYLLABLES, min_size=min_words, max_size=30))
    seps = [draw(st.sampled_from([" ", " ", ", ", ". ", "\n", " – "])) for _ in words]
    cased = [_cased(draw, w, all_caps) for w in words]
    return "".join(w + sep for w, sep in zip(cased, seps, strict=True)).strip()


LETTER_SOUP = st.text(
    alphabet=st.sampled_from(VIETNAMESE_LETTERS + "abcdeghiklmnopqrstuvxyBDGHNT .,;-“”0123\n"),
    max_size=60,
)


@given(text=st.one_of(vietnamese_text(), LETTER_SOUP))
def test_cp1258_and_vni_round_trip_exactly(text: str) -> None:
    for encoding in ("cp1258", "vni"):
        assert decode_legacy(encode_legacy(text, encoding), encoding) == text  # type: ignore[arg-type]


def _no_capital_toned(text: str) -> bool:
    return all(not c.isupper() or c.isascii() or c in "ĂÂÊÔƠƯĐ" for c in text)


@given(text=vietnamese_text(all_caps=False).filter(_no_capital_toned))
def test_tcvn3_round_trips_exactly_without_capital_toned_letters(text: str) -> None:
    """Exact for lower/Title case text; ALL-CAPS words go through the case heuristic."""
    assert decode_legacy(encode_legacy(text, "tcvn3"), "tcvn3") == text


@given(text=st.one_of(vietnamese_text(), LETTER_SOUP))
def test_tcvn3_round_trips_up_to_case(text: str) -> None:
    assert decode_legacy(encode_legacy(text, "tcvn3"), "tcvn3").lower() == text.lower()


def test_tcvn3_restores_all_caps_words() -> None:
    data = encode_legacy(f"{HEADLINE}\nThủ đô Hà Nội, ngày 2/9", "tcvn3")
    decoded = decode_legacy(data, "tcvn3")
    assert decoded.splitlines()[0] == HEADLINE
    assert decoded.splitlines()[1] == "Thủ đô Hà Nội, ngày 2/9"  # title case left alone
    # One-syllable capitals without a later capital are ambiguous and stay as decoded.
    assert decode_legacy(encode_legacy("BỘ", "tcvn3"), "tcvn3") == "Bộ"


@settings(max_examples=150)
@given(text=vietnamese_text(min_words=6), data=st.data())
def test_decode_bytes_detects_generated_text(text: str, data: st.DataObject) -> None:
    """Six or more syllables: detection is right (tcvn3 compared up to case)."""
    unique_syllables = {w.strip(".,–").lower() for w in text.split()} - {""}
    encoding = data.draw(st.sampled_from(LEGACY_ENCODINGS))
    encoded = encode_legacy(text, encoding)
    decoded = decode_bytes(encoded)
    if encoded.isascii() or len(unique_syllables) < 6:
        return  # plain ASCII is UTF-8; repeated short words can be genuinely ambiguous
    assert decoded.encoding == encoding
    if encoding == "tcvn3":
        assert decoded.text.lower() == text.lower()
    else:
        assert decoded.text == text


# ----------------------------------------------------------------------- detection


def assert_same_text(encoding: str, got: str, expected: str) -> None:
    """Exact, except that TCVN3 cannot store capital toned letters (e.g. the Ủ of Ủy ban)."""
    if encoding == "tcvn3" and not _no_capital_toned(expected):
        assert got.lower() == expected.lower()
    else:
        assert got == expected


@pytest.mark.parametrize("encoding", LEGACY_ENCODINGS)
def test_detects_each_legacy_encoding_of_an_article(encoding: str) -> None:
    decoded = decode_bytes(encode_legacy(ARTICLE, encoding), source="a.txt")  # type: ignore[arg-type]
    assert (decoded.encoding, decoded.warnings) == (encoding, [])
    assert_same_text(encoding, decoded.text, ARTICLE)


@pytest.mark.parametrize("encoding", LEGACY_ENCODINGS)
@pytest.mark.parametrize("sentence", SENTENCES)
def test_detects_each_legacy_encoding_of_one_sentence(encoding: str, sentence: str) -> None:
    decoded = decode_bytes(encode_legacy(sentence, encoding))  # type: ignore[arg-type]
    assert decoded.encoding == encoding
    assert_same_text(encoding, decoded.text, sentence)


def test_tcvn3_headline_and_article_detected_with_case_restored() -> None:
    text = f"{HEADLINE}\n\n{SENTENCES[0]}"
    assert decode_bytes(encode_legacy(text, "tcvn3")) == Decoded(text, "tcvn3", [])


@pytest.mark.parametrize("encoding", LEGACY_ENCODINGS)
def test_wrong_readings_score_low(encoding: str) -> None:
    data = encode_legacy(ARTICLE, encoding)  # type: ignore[arg-type]
    for other in LEGACY_ENCODINGS:
        score, count = vietnamese_score(decode_legacy(data, other))
        assert count > 100
        assert (score == 1.0) if other == encoding else (score < 0.3), other


def test_utf8_variants() -> None:
    assert decode_bytes(ARTICLE.encode()) == Decoded(ARTICLE, "utf-8", [])
    assert decode_bytes(codecs.BOM_UTF8 + ARTICLE.encode()) == Decoded(ARTICLE, "utf-8", [])
    english = b"The ministers met in Hanoi on Monday."
    assert decode_bytes(english) == Decoded(english.decode(), "utf-8", [])
    assert decode_bytes(b"") == Decoded("", "utf-8", [])


def test_utf8_nfd_text_is_returned_as_is() -> None:
    nfd = unicodedata.normalize("NFD", SENTENCES[0])
    assert decode_bytes(nfd.encode()).text == nfd  # composition is normalize_text's job


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_unicode_with_bom(codec: str) -> None:
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}
    bom |= {"utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}
    assert decode_bytes(bom[codec] + ARTICLE.encode(codec)) == Decoded(ARTICLE, codec, [])


def test_utf16_with_bom_and_odd_length_warns() -> None:
    decoded = decode_bytes(codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le") + b"\x41")
    assert decoded.text == ARTICLE
    assert decoded.warnings == ["truncated UTF-16-LE at end of file: dropped 1 byte(s)"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_guessed(codec: str) -> None:
    decoded = decode_bytes(ARTICLE.encode(codec))
    assert (decoded.text, decoded.encoding) == (ARTICLE, codec)
    assert decoded.warnings == [f"no byte-order mark: guessed {codec}"]


@pytest.mark.parametrize("cut", [1, 2])
def test_truncated_utf8_drops_partial_letter(cut: int) -> None:
    data = f"{ARTICLE} theo Việ".encode()
    decoded = decode_bytes(data[:-cut])  # "ệ" is 3 bytes: cut inside it
    assert decoded.text.endswith(" theo Vi")
    assert decoded.encoding == "utf-8"
    assert decoded.warnings == [f"truncated UTF-8 at end of file: dropped {3 - cut} byte(s)"]


@pytest.mark.parametrize("cut", [1, 2, 3])
def test_truncated_emoji_at_end(cut: int) -> None:
    data = ("Hội nghị thành công tốt đẹp 🎉").encode()[:-cut]
    decoded = decode_bytes(data)
    assert decoded.text == "Hội nghị thành công tốt đẹp "
    assert decoded.warnings == [f"truncated UTF-8 at end of file: dropped {4 - cut} byte(s)"]


def test_legacy_file_ending_in_its_only_accented_letter_is_not_truncated_utf8() -> None:
    # "tế" in TCVN3 ends with 0xD5, which is also a UTF-8 lead byte.
    only_last = b"nam ninh t" + encode_legacy("ế", "tcvn3")
    assert decode_bytes(only_last) == Decoded("nam ninh tế", "tcvn3", [])
    # ...but an ASCII text cut inside a real UTF-8 letter is still truncated UTF-8.
    cut = decode_bytes(b"Ha Noi " + "ệ".encode()[:2])
    assert cut == Decoded("Ha Noi ", "utf-8", ["truncated UTF-8 at end of file: dropped 2 byte(s)"])


def test_invalid_utf8_in_the_middle_is_not_truncation() -> None:
    data = encode_legacy(SENTENCES[1], "cp1258")
    assert decode_bytes(data).encoding == "cp1258"


def test_english_windows_1252_with_smart_quotes_is_readable() -> None:
    data = "The minister called the talks “constructive” – a first step.".encode("cp1252")
    decoded = decode_bytes(data)
    assert decoded.text == "The minister called the talks “constructive” – a first step."
    assert decoded.encoding == "cp1258"
    assert decoded.warnings and "no non-ASCII letters" in decoded.warnings[0]


# ---------------------------------------------------------------- errors (decided)

RUSSIAN = (
    "Министр иностранных дел России провёл переговоры с вьетнамским коллегой в Москве. "
    "Стороны обсудили вопросы двустороннего сотрудничества и международной безопасности."
)
GREEK = "Ο υπουργός Εξωτερικών συναντήθηκε με τον πρέσβη του Βιετνάμ στην Αθήνα."
GERMAN = "Der Außenminister traf seinen vietnamesischen Amtskollegen. Die Gespräche waren offen."


@pytest.mark.parametrize(
    "data",
    [
        RUSSIAN.encode("cp1251"),
        RUSSIAN.encode("koi8_r"),
        GREEK.encode("cp1253"),
        GERMAN.encode("latin-1"),
    ],
    ids=["cp1251", "koi8-r", "cp1253", "latin-1"],
)
def test_non_vietnamese_8bit_text_is_rejected(data: bytes) -> None:
    """Decision: DecodeError, never a silent 'Vietnamese' reading of foreign 8-bit text."""
    with pytest.raises(DecodeError) as err:
        decode_bytes(data, source="foreign.txt")
    assert str(err.value) == (
        "foreign.txt: unknown text encoding: not UTF-8, Windows-1258, TCVN3 or VNI"
    )
    assert err.value.source == "foreign.txt"


def test_binary_with_nul_bytes() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4
    with pytest.raises(DecodeError, match=r"^img\.png: binary file \(contains NUL bytes\)$"):
        decode_bytes(png, source="img.png")


def test_binary_with_control_bytes() -> None:
    rng = random.Random(7)
    data = bytes(rng.choice(range(1, 256)) for _ in range(5000))
    with pytest.raises(DecodeError, match=r"binary file \(\d+% control bytes\)"):
        decode_bytes(data)


@settings(max_examples=50)
@given(data=st.binary(min_size=64, max_size=2048))
def test_random_bytes_never_come_back_as_legacy_vietnamese(data: bytes) -> None:
    try:
        decoded = decode_bytes(data)
    except DecodeError:
        return
    assert decoded.encoding not in ("tcvn3", "vni") or vietnamese_score(decoded.text)[0] >= 0.6


def test_random_printable_8bit_noise_is_rejected() -> None:
    """Noise without NUL/control bytes reaches the legacy scoring and must fail it.

    (Seeded random noise, not Hypothesis: an adversary can of course build bytes that are
    real Vietnamese in some encoding, e.g. b"\\xe0" is cp1258 "à".)
    """
    rng = random.Random(2024)
    alphabet = [*range(0x20, 0x100), *b"    etaoinhsr"]
    for _ in range(300):
        data = bytes(rng.choice(alphabet) for _ in range(rng.randint(40, 3000)))
        with pytest.raises(DecodeError, match="unknown text encoding"):
            decode_bytes(data)


# ------------------------------------------------------------------------- mojibake


def test_fix_mojibake_basic() -> None:
    assert fix_mojibake("Viá»‡t Nam") == "Việt Nam"
    assert fix_mojibake("Ä‘oÃ n Ä‘áº¡i biá»ƒu") == "đoàn đại biểu"
    assert fix_mojibake("â€œHá»£p tÃ¡câ€\x9d") == "“Hợp tác”"


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(mojibake, id="windows-1252"),
        pytest.param(lambda t: t.encode().decode("latin-1"), id="latin-1"),
        pytest.param(lambda t: mojibake(mojibake(t)), id="double"),
        pytest.param(lambda t: mojibake(mojibake(mojibake(t))), id="triple"),
        pytest.param(lambda t: mojibake(t).replace("\xa0", " "), id="nbsp-as-space"),
        pytest.param(lambda t: re.sub(" +", " ", mojibake(t).replace("\xa0", " ")), id="collapsed"),
    ],
)
def test_fix_mojibake_repairs_article(damage) -> None:  # type: ignore[no-untyped-def]
    damaged = damage(ARTICLE)
    assert damaged != ARTICLE
    assert fix_mojibake(damaged) == ARTICLE


def test_lossy_mojibake_recovers_what_is_decidable() -> None:
    # errors="replace" turned bytes 0x81 0x8D 0x8F 0x90 0x9D into U+FFFD.
    damaged = "Đoàn đại biểu người Việt học tập".encode().decode("cp1252", errors="replace")
    assert "\ufffd" in damaged
    assert fix_mojibake(damaged) == "Đoàn đại biểu người Việt học tập"
    # "mời" and "mọi" are both frequent words: the letter is honestly unknown.
    assert fix_mojibake("Ä‘Ã£ má»\ufffdi") == "đã m\ufffdi"


def test_decode_bytes_reports_mojibake_repair() -> None:
    decoded = decode_bytes(mojibake(ARTICLE).encode())
    assert decoded.text == ARTICLE
    assert decoded.encoding == "utf-8+mojibake-repaired"
    assert decoded.warnings == ["repaired mojibake (UTF-8 that had been read as Windows-1252)"]


@pytest.mark.parametrize("encoding", ["vni", "tcvn3"])
def test_legacy_font_text_saved_as_utf8_is_repaired(encoding: str) -> None:
    shown = encode_legacy(ARTICLE, encoding).decode("cp1252")  # type: ignore[arg-type]
    decoded = decode_bytes(shown.encode())
    assert decoded.text.lower() == ARTICLE.lower()
    assert decoded.encoding == f"utf-8+{encoding}-repaired"


NATURAL_PUNCT = ["\xa0", "“", "”", "‘", "’", "«", "»", "…", "–", "—", "•", "·", "°", '"', "'"]
SEPARATORS = st.sampled_from(
    [" ", "\n", ", ", ". ", *NATURAL_PUNCT, *(p + " " for p in NATURAL_PUNCT)]
)


@st.composite
def clean_words(draw: st.DrawFn) -> str:
    """Any letters, but cased as words are: lower, Title or UPPER (digits allowed)."""
    letters = VIETNAMESE_LOWER + "abcdeghiklmnopqrstuvxy0123456789"
    words = draw(st.lists(st.text(st.sampled_from(letters), min_size=1, max_size=8)))
    return "".join(_cased(draw, w) + draw(SEPARATORS) for w in words)


@given(text=clean_words())
def test_fix_mojibake_never_changes_clean_vietnamese(text: str) -> None:
    assert fix_mojibake(text) == text


@given(text=vietnamese_text())
def test_fix_mojibake_leaves_generated_sentences_alone(text: str) -> None:
    assert fix_mojibake(text) == text


@given(sentences=st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4), upper=st.booleans())
def test_fix_mojibake_repairs_sampled_sentences(sentences: list[str], upper: bool) -> None:
    text = " ".join(sentences)
    text = text.upper() if upper else text
    assert fix_mojibake(mojibake(text)) == text


@given(text=vietnamese_text())
def test_fix_mojibake_repairs_fully_or_not_at_all(text: str) -> None:
    damaged = mojibake(text)
    assert fix_mojibake(damaged) in (text, damaged)


def test_fix_mojibake_needs_evidence() -> None:
    # Documented limitation: "lễ" → "lá»…" looks like "lá" + "»…"; nothing proves damage.
    assert fix_mojibake("an lá»…") == "an lá»…"
    # One word with evidence anywhere is enough (here: "Quá»‘c", a sequence inside a word).
    assert fix_mojibake("an lá»… Quá»‘c") == "an lễ Quốc"
    # Correct all-caps text with NBSP or dashes between words is not evidence.
    for clean in ["XÃ\xa0HỘI", "NGÃ–BA", "«ĐÃ»\xa0ấy", "NÓI“Hà", "AÌ“a"]:
        assert fix_mojibake(clean) == clean


def test_fix_mojibake_leaves_other_text_alone() -> None:
    for text in ["Ελλάδα", "Москва", "北京", "© 2024 Báo Thế Giới", "m² ± 5 %", GERMAN, ""]:
        assert fix_mojibake(text) == text


# -------------------------------------------------------------------------- syllables


@pytest.mark.parametrize(
    "word",
    [
        "người",
        "nghĩa",
        "giữa",
        "gì",
        "gìn",
        "giếng",
        "quý",
        "quả",
        "quốc",
        "khuỷu",
        "khuya",
        "ngoài",
        "hòa",
        "hoà",
        "thủy",
        "thuỷ",
        "thuở",
        "thuế",
        "yêu",
        "của",
        "kìa",
        "Việt",
        "NGUYỄN",
        "Đại",
        "kiết",
        "Tết",
        "uyển",
        "oái",
    ],
)
def test_valid_syllables(word: str) -> None:
    assert is_vietnamese_syllable(word)


@pytest.mark.parametrize(
    "word",
    # wrong tone position, double tone, ngang on a stop coda, bad spelling, not Vietnamese
    [
        "keỏ",
        "heọ",
        "qúy",
        "ngưòi",
        "hoaì",
        "áà",
        "kiêt",
        "đôt",
        "ce",
        "ghi̇",
        "ka",
        "ngi",
        "hàc",
        "Viờũt",
        "nhỉêu",
        "president",
    ],
)
def test_invalid_syllables(word: str) -> None:
    assert not is_vietnamese_syllable(word)


def test_vietnamese_score_ignores_ascii_and_needs_word_shape() -> None:
    assert vietnamese_score("The talks in Hanoi") == (0.0, 0)
    assert vietnamese_score("Hà Nội, “Việt Nam”") == (1.0, 3)  # "Nam" is ASCII
    assert vietnamese_score("nhÊt ViÖt") == (0.0, 2)
