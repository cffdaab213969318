"""Syllable tokenization, CRF word segmentation with fixed words, POS tags and offsets."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from underthesea import word_tokenize

from sukien.document import Sentence, Token
from sukien.text.sentences import split_sentences
from sukien.text.words import Segmenter, Syllable, tokenize_syllables

PLAIN = Segmenter(pos=False)
TAGGED = Segmenter()


def syllables(text: str) -> list[str]:
    return [text[s.start : s.end] for s in tokenize_syllables(text)]


def words(text: str, segmenter: Segmenter = PLAIN) -> list[str]:
    return [text[t.start : t.end] for t in segmenter.segment(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quan hệ Á-Âu", ["Quan", "hệ", "Á-Âu"]),
        ("thủ đô Mát-xcơ-va.", ["thủ", "đô", "Mát-xcơ-va", "."]),
        ("người H'Mông và N’Thôn", ["người", "H'Mông", "và", "N’Thôn"]),
        ("đạt 240,1 tỷ", ["đạt", "240,1", "tỷ"]),
        ("dân số 60.542.000 người", ["dân", "số", "60.542.000", "người"]),
        ("tăng 3.5 lần", ["tăng", "3.5", "lần"]),
        ("tăng 26,3% và 13%.", ["tăng", "26,3%", "và", "13%", "."]),
        ("ngày 7/7.", ["ngày", "7/7", "."]),
        ("ngày 15/12/2021,", ["ngày", "15/12/2021", ","]),
        ("từ ngày 8-9/4", ["từ", "ngày", "8-9/4"]),
        ("tháng 12/2021", ["tháng", "12/2021"]),
        ("Ngày 15-12, hai bên", ["Ngày", "15-12", ",", "hai", "bên"]),
        ("hạn 15.12.2021 nhé", ["hạn", "15.12.2021", "nhé"]),
        ("giai đoạn 2021-2022", ["giai", "đoạn", "2021", "-", "2022"]),
        ("lúc 10h30 và 21h", ["lúc", "10h30", "và", "21h"]),
        ("lúc 10:30 sáng", ["lúc", "10:30", "sáng"]),
        ("tại TP. Hồ Chí Minh", ["tại", "TP.", "Hồ", "Chí", "Minh"]),
        ("tại TP.HCM.", ["tại", "TP.HCM", "."]),
        ("GS.TS. Lê An", ["GS.TS.", "Lê", "An"]),
        ("ông J. Biden", ["ông", "J.", "Biden"]),
        ("phía U.S. cho", ["phía", "U.S.", "cho"]),
        ("Mr. Smith", ["Mr.", "Smith"]),
        ("Anh, Pháp, v.v. đều", ["Anh", ",", "Pháp", ",", "v.v.", "đều"]),
        ("Nga, Pháp v.v...", ["Nga", ",", "Pháp", "v.v..."]),
        ("báo TG&VN đưa tin", ["báo", "TG&VN", "đưa", "tin"]),
        ("hạng A.", ["hạng", "A", "."]),
        (
            "Xem https://baoquocte.vn/nga-trung-123.html.",
            ["Xem", "https://baoquocte.vn/nga-trung-123.html", "."],
        ),
        ("(www.mofa.gov.vn)", ["(", "www.mofa.gov.vn", ")"]),
        ("theo VnExpress.net,", ["theo", "VnExpress.net", ","]),
        ("thư: ban.bien-tap@baoquocte.vn.", ["thư", ":", "ban.bien-tap@baoquocte.vn", "."]),
        (
            "Ông nói: “Đến…” rồi đi...",
            ["Ông", "nói", ":", "“", "Đến", "…", "”", "rồi", "đi", "..."],
        ),
        ("vũ khí COVID-19, F-16 và G20", ["vũ", "khí", "COVID-19", ",", "F-16", "và", "G20"]),
        ("(Ảnh: Reuters)", ["(", "Ảnh", ":", "Reuters", ")"]),
        ("Nga-Trung «hợp tác»!?", ["Nga-Trung", "«", "hợp", "tác", "»", "!", "?"]),
    ],
)
def test_syllables(text: str, expected: list[str]) -> None:
    assert syllables(text) == expected


def test_syllable_kinds_and_bounds() -> None:
    text = "Ngày 7/7, TP. Hà Nội"
    result = tokenize_syllables(text, 5)
    assert result[0] == Syllable(5, 8, "date")
    assert [s.kind for s in result] == ["date", "punct", "abbr", "word", "word"]
    assert tokenize_syllables(text, 0, 4) == [Syllable(0, 4, "word")]


# Ordinary news sentences written for these tests: our words must equal underthesea's.
ORDINARY = [
    "Bộ trưởng Ngoại giao hai nước đã có cuộc hội đàm tại thủ đô vào chiều qua.",
    "Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực năng lượng, thương mại và an ninh.",
    "Người phát ngôn cho biết Bắc Kinh phản đối mọi lệnh trừng phạt đơn phương.",
    "Thủ tướng nhấn mạnh Việt Nam luôn coi trọng quan hệ đối tác chiến lược toàn diện.",
    "Chuyến thăm diễn ra trong bối cảnh tình hình thế giới có nhiều biến động phức tạp.",
    "Ông khẳng định: “Chúng tôi sẵn sàng đối thoại trên cơ sở tôn trọng lẫn nhau.”",
    "Đại sứ quán đã tổ chức lễ kỷ niệm 75 năm thiết lập quan hệ ngoại giao.",
    "Ngày 12/5, đoàn đại biểu Quốc hội đã tới Mát-xcơ-va để dự diễn đàn Á-Âu.",
    "Theo báo Thế giới và Việt Nam (TG&VN), hai nước ký 15 văn kiện hợp tác.",
]


@pytest.mark.parametrize("sentence", ORDINARY)
def test_words_equal_underthesea_on_ordinary_sentences(sentence: str) -> None:
    assert words(sentence) == word_tokenize(sentence)


@pytest.mark.parametrize(
    ("sentence", "ours", "theirs"),
    [
        ("Giá tăng 3,5% .", ["3,5%"], ["3,5", "%"]),
        ("Họ gặp lúc 10h30 sáng.", ["10h30"], ["10", "h30"]),
        ("Đoàn thăm từ ngày 8-9/4 tới.", ["8-9/4"], ["8-9", "/", "4"]),
        ("Hai nước cam kết giữ gìn hoà bình.", ["hoà bình"], ["hòa bình"]),
    ],
)
def test_documented_differences_from_underthesea(
    sentence: str, ours: list[str], theirs: list[str]
) -> None:
    mine, reference = words(sentence), word_tokenize(sentence)
    assert all(w in mine for w in ours)
    assert all(w in reference for w in theirs)
    assert not any(w in mine for w in theirs)


def test_merged_word_spans_whitespace_and_never_crosses_lines() -> None:
    text = "Bộ  trưởng Ngoại giao\nNga"
    tokens = PLAIN.segment(text)
    assert [text[t.start : t.end] for t in tokens] == ["Bộ  trưởng", "Ngoại giao", "Nga"]
    assert tokens[0] == Token(0, 10, None)


def test_words_never_span_punctuation() -> None:
    text = "Hội nghị (thượng đỉnh) của Liên hợp quốc."
    tokens = words(text)
    assert "(" in tokens and ")" in tokens and "." in tokens
    assert all(len(w) == 1 or not any(ch in w for ch in "().") for w in tokens)


def test_fixed_word_needed_for_xi_jinping() -> None:
    text = "Chủ tịch Trung Quốc Tập Cận Bình đã hội đàm với Tổng thống Nga."
    without = words(text)
    assert "Tập" in without and "Cận Bình" in without
    assert word_tokenize(text)[2:4] == ["Tập", "Cận Bình"]
    with_dictionary = words(text, Segmenter(["Tập Cận Bình"], pos=False))
    assert with_dictionary == ["Chủ tịch", "Trung Quốc", "Tập Cận Bình", "đã", "hội đàm", "với",
                               "Tổng thống", "Nga", "."]  # fmt: skip


def test_fixed_word_cuts_crf_word_glued_after_it() -> None:
    text = "Chủ tịch Tập Cận Bình tiếp Ngoại trưởng Nga."
    assert "Bình tiếp" in words(text)
    assert words(text, Segmenter(["Tập Cận Bình"], pos=False))[1:3] == ["Tập Cận Bình", "tiếp"]


def test_fixed_word_splits_crf_words_glued_across_its_boundary() -> None:
    text = "quan hệ đối tác chiến lược"
    assert words(text) == ["quan hệ", "đối tác", "chiến lược"]
    forced = Segmenter(["tác chiến"], pos=False)
    assert words(text, forced) == ["quan hệ", "đối", "tác chiến", "lược"]


def test_fixed_words_longest_match_and_added_later() -> None:
    segmenter = Segmenter(["Trung Quốc"], pos=False)
    text = "Bộ Ngoại giao Trung Quốc ra tuyên bố."
    assert words(text, segmenter)[:2] == ["Bộ", "Ngoại giao"]
    segmenter.add_fixed_words(["Bộ Ngoại giao", "Bộ Ngoại giao Trung Quốc"])
    assert words(text, segmenter) == ["Bộ Ngoại giao Trung Quốc", "ra", "tuyên bố", "."]


def test_fixed_word_case_rules() -> None:
    exact = Segmenter(["Bộ Ngoại giao", "an ninh quốc phòng"], pos=False)
    # entry with capitals: case-sensitive
    assert "Bộ Ngoại giao" in words("Bộ Ngoại giao Nga", exact)
    assert "bộ ngoại giao" not in words("đại diện bộ ngoại giao Nga", exact)
    # all-lowercase entry: any capitalisation
    assert words("An ninh quốc phòng được bàn.", exact)[0] == "An ninh quốc phòng"
    assert "an ninh quốc phòng" in words("Họ bàn về an ninh quốc phòng.", exact)
    # ignore_case: every entry folds
    folded = Segmenter(["Bộ Ngoại giao"], pos=False, ignore_case=True)
    assert "bộ ngoại giao" in words("đại diện bộ ngoại giao Nga", folded)


def test_single_syllable_fixed_words_are_ignored() -> None:
    text = "Việt Nam và Nga"
    assert words(text, Segmenter(["Nam", "Nga"], pos=False)) == words(text)


def test_fixed_words_with_abbreviation_syllable() -> None:
    segmenter = Segmenter(["TP. Hồ Chí Minh"], pos=False)
    assert words("Đoàn tới TP. Hồ Chí Minh.", segmenter) == ["Đoàn", "tới", "TP. Hồ Chí Minh", "."]


def test_pos_present_and_absent() -> None:
    text = "Tổng thống Nga thăm Bắc Kinh."
    tagged = TAGGED.segment(text)
    pairs = [(text[t.start : t.end], t.pos) for t in tagged]
    assert pairs == [("Tổng thống", "N"), ("Nga", "Np"), ("thăm", "V"), ("Bắc Kinh", "Np"),
                     (".", "CH")]  # fmt: skip
    assert all(t.pos is None for t in PLAIN.segment(text))


def test_pos_follows_fixed_words() -> None:
    text = "Chủ tịch Tập Cận Bình phát biểu."
    tokens = Segmenter(["Tập Cận Bình"]).segment(text)
    assert ("Tập Cận Bình", "Np") in [(text[t.start : t.end], t.pos) for t in tokens]


def test_segment_sentences_matches_per_sentence_calls() -> None:
    text = "Hai bên đã hội đàm. Ông nói: “Đồng ý.” Sau đó\nđoàn về nước vào ngày 7/7."
    sentences = split_sentences(text)
    batched = TAGGED.segment_sentences(text, sentences)
    one_by_one = [t for s in sentences for t in TAGGED.segment(text, s.start, s.end)]
    assert batched == one_by_one
    assert TAGGED.segment_sentences(text, []) == []
    assert TAGGED.segment("   \n ") == []


def test_models_load_lazily() -> None:
    code = (
        "import sys, sukien.text.words as w\n"
        "assert 'underthesea' not in sys.modules\n"
        "assert w._load_tagger.cache_info().currsize == 0\n"
        "w.Segmenter(['Tập Cận Bình'], pos=False).segment('Nga.')\n"
        "assert w._load_tagger.cache_info().currsize == 1\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


SYLLABLE_POOL = ["Nga", "Trung", "Quốc", "hợp", "tác", "Bộ", "Ngoại", "giao", "Tập", "Cận",
                 "Bình", "TP.", "v.v.", "J.", "7/7", "8-9/4", "3,5%", "240,1", "10h30", "Á-Âu",
                 "www.a.vn", "a@b.vn", "đã", "hoà"]  # fmt: skip
PUNCT_POOL = [".", ",", "!", "?", "…", "...", "“", "”", '"', "(", ")", ":", "-", "%", ".”"]
SPACE_POOL = [" ", " ", " ", " ", "  ", "\n", "\t", "\xa0", ""]
FIXED = Segmenter(["Tập Cận Bình", "Bộ Ngoại giao", "hợp tác"], pos=True)


@st.composite
def news_text(draw: st.DrawFn) -> str:
    pool = SYLLABLE_POOL + PUNCT_POOL + SPACE_POOL
    return "".join(draw(st.lists(st.sampled_from(pool), max_size=50)))


@settings(max_examples=150, deadline=None)
@given(news_text())
def test_offsets_property(text: str) -> None:
    sentences = split_sentences(text)
    tokens = FIXED.segment_sentences(text, sentences)
    previous_end = 0
    for token in tokens:
        piece = text[token.start : token.end]
        assert token.start >= previous_end and token.end > token.start
        assert piece == piece.strip() and "\n" not in piece
        assert token.pos
        assert any(s.start <= token.start and token.end <= s.end for s in sentences)
        previous_end = token.end
    # no non-space character is lost between sentences and tokens
    assert "".join("".join(text[t.start : t.end].split()) for t in tokens) == "".join(text.split())


@settings(max_examples=100, deadline=None)
@given(news_text())
def test_syllables_cover_every_non_space_character(text: str) -> None:
    pieces = tokenize_syllables(text)
    assert "".join(text[s.start : s.end] for s in pieces) == "".join(text.split())
    assert all(text[s.start : s.end].strip() == text[s.start : s.end] for s in pieces)


def test_segment_respects_bounds() -> None:
    text = "Câu đầu tiên. Bộ Ngoại giao ra tuyên bố. Câu cuối."
    sentence = Sentence(text.index("Bộ"), text.index(" Câu cuối"))
    tokens = PLAIN.segment(text, sentence.start, sentence.end)
    assert tokens[0].start == sentence.start and tokens[-1].end == sentence.end
