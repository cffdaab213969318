"""Sentence splitting: boundaries, protected abbreviations/numbers/URLs, quotes, offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sukien.document import Sentence
from sukien.text.sentences import split_sentences


def sents(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plain boundaries: . ! ? … and combinations, before uppercase / digit / opener
        (
            "Hai bên đã hội đàm. Sau đó họ ký thỏa thuận.",
            ["Hai bên đã hội đàm.", "Sau đó họ ký thỏa thuận."],
        ),
        ("Ai sẽ đến? Bộ trưởng sẽ đến!", ["Ai sẽ đến?", "Bộ trưởng sẽ đến!"]),
        ("Thật sao?! Đúng vậy.", ["Thật sao?!", "Đúng vậy."]),
        ("Chờ đã… Ông ấy tới rồi.", ["Chờ đã…", "Ông ấy tới rồi."]),
        (
            "Năm ngoái tăng mạnh. 15 nước đã tham gia.",
            ["Năm ngoái tăng mạnh.", "15 nước đã tham gia."],
        ),
        ("Ông nói vậy. “Đây là cơ hội”, bà đáp.", ["Ông nói vậy.", "“Đây là cơ hội”, bà đáp."]),
        ("Hội nghị kết thúc. (Ảnh: Reuters)", ["Hội nghị kết thúc.", "(Ảnh: Reuters)"]),
        ("Đoàn rời Hà Nội. Đại sứ tiễn đoàn.", ["Đoàn rời Hà Nội.", "Đại sứ tiễn đoàn."]),
        # no split before lowercase
        ("Ông ấy... đi tiếp vào phòng họp.", ["Ông ấy... đi tiếp vào phòng họp."]),
        ("Họ chờ… rồi mới phát biểu.", ["Họ chờ… rồi mới phát biểu."]),
        ("Lý do là vì sao? chưa ai giải thích.", ["Lý do là vì sao? chưa ai giải thích."]),
        # no split without a following space
        ("Xem thêm tại trang.Sau đó", ["Xem thêm tại trang.Sau đó"]),
    ],
)
def test_boundaries(text: str, expected: list[str]) -> None:
    assert sents(text) == expected


@pytest.mark.parametrize(
    "abbreviation",
    ["TP.", "Tp.", "ThS.", "Th.S.", "TS.", "PGS.", "GS.", "GS.TS.", "PGS.TS.", "Mr.", "Mrs.",
     "Ms.", "Dr.", "St.", "TT.", "Q.", "P.", "J.", "A.", "U.S.", "J.F.", "v.v.", "TX.", "NXB."],
)  # fmt: skip
def test_abbreviations_do_not_end_sentences(abbreviation: str) -> None:
    text = f"Đoàn gặp {abbreviation} Nguyễn Văn An tại đây. Sau đó đoàn về nước."
    assert sents(text) == [
        f"Đoàn gặp {abbreviation} Nguyễn Văn An tại đây.",
        "Sau đó đoàn về nước.",
    ]


def test_unknown_acronym_ends_sentence() -> None:
    assert sents("Tin từ TTXVN. Hai bên nhất trí.") == ["Tin từ TTXVN.", "Hai bên nhất trí."]


def test_abbreviation_at_end_of_line_ends_sentence() -> None:
    assert sents("Họ bàn về thương mại, năng lượng, v.v.\nTiếp đó") == [
        "Họ bàn về thương mại, năng lượng, v.v.",
        "Tiếp đó",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cuộc gặp diễn ra ngày 7/7. Sau đó", ["Cuộc gặp diễn ra ngày 7/7.", "Sau đó"]),
        ("Hạn chót là ngày 15.12.2021 tại Hà Nội.", ["Hạn chót là ngày 15.12.2021 tại Hà Nội."]),
        ("Kim ngạch đạt 240,1 tỷ USD. Con số này", ["Kim ngạch đạt 240,1 tỷ USD.", "Con số này"]),
        (
            "Tỷ lệ tăng 3.5 điểm trong năm 2021. Năm 2022",
            ["Tỷ lệ tăng 3.5 điểm trong năm 2021.", "Năm 2022"],
        ),
        ("Số liệu năm 2020. 2021 là năm phục hồi.", ["Số liệu năm 2020.", "2021 là năm phục hồi."]),
        (
            "1. Quan hệ song phương tiếp tục phát triển.",
            ["1. Quan hệ song phương tiếp tục phát triển."],
        ),
        ("II. Hợp tác kinh tế", ["II. Hợp tác kinh tế"]),
    ],
)
def test_numbers_dates_and_list_markers(text: str, expected: list[str]) -> None:
    assert sents(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chi tiết tại https://baoquocte.vn/nga-trung.html. Bài viết",
            ["Chi tiết tại https://baoquocte.vn/nga-trung.html.", "Bài viết"],
        ),
        ("Truy cập www.mofa.gov.vn để biết thêm.", ["Truy cập www.mofa.gov.vn để biết thêm."]),
        (
            "Gửi thư tới ban.bientap@baoquocte.vn nhé.",
            ["Gửi thư tới ban.bientap@baoquocte.vn nhé."],
        ),
        ("Trang VnExpress.net đưa tin. Sau đó", ["Trang VnExpress.net đưa tin.", "Sau đó"]),
    ],
)
def test_urls_and_emails(text: str, expected: list[str]) -> None:
    assert sents(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông nói: “Chúng tôi sẽ đến.” Sau đó ông rời đi.",
            ["Ông nói: “Chúng tôi sẽ đến.”", "Sau đó ông rời đi."],
        ),
        ("Bà nhấn mạnh: “Hai nước sẽ hợp tác.”", ["Bà nhấn mạnh: “Hai nước sẽ hợp tác.”"]),
        (
            'Ông nói: "Chúng tôi sẽ đến." Sau đó ông rời đi.',
            ['Ông nói: "Chúng tôi sẽ đến."', "Sau đó ông rời đi."],
        ),
        ('Ông nói vậy. "Đúng thế", bà đáp.', ["Ông nói vậy.", '"Đúng thế", bà đáp.']),
        (
            '(Nguồn: Bộ Ngoại giao cho biết "đã hợp tác.") Sau đó',
            ['(Nguồn: Bộ Ngoại giao cho biết "đã hợp tác.")', "Sau đó"],
        ),
        ("(Ảnh: Reuters)", ["(Ảnh: Reuters)"]),
        ("“Xin chào.” ông nói.", ["“Xin chào.” ông nói."]),
        ("“Vì sao vậy?” bà hỏi lại.", ["“Vì sao vậy?” bà hỏi lại."]),
        (
            "Ông nói: “Chúng tôi sẽ đến. Đó là cam kết.” Sau đó",
            ["Ông nói: “Chúng tôi sẽ đến.", "Đó là cam kết.”", "Sau đó"],
        ),
        (
            "Bộ này gọi đó là “hành động khiêu khích”. Sau đó",
            ["Bộ này gọi đó là “hành động khiêu khích”.", "Sau đó"],
        ),
    ],
)
def test_quotes_and_brackets(text: str, expected: list[str]) -> None:
    assert sents(text) == expected


def test_newline_always_splits_and_spaces_are_trimmed() -> None:
    text = "  Tiêu đề bài viết  \n\n   Đoạn một câu một. Câu hai\n \nTP. Hà Nội\n"
    assert sents(text) == ["Tiêu đề bài viết", "Đoạn một câu một.", "Câu hai", "TP. Hà Nội"]
    spans = split_sentences(text)
    assert spans[0] == Sentence(2, 18)


def test_line_without_final_punctuation_is_one_sentence() -> None:
    assert sents("Nga và Trung Quốc tăng cường hợp tác") == ["Nga và Trung Quốc tăng cường hợp tác"]


def test_start_and_end_bounds() -> None:
    text = "Câu đầu. Câu hai ở giữa. Câu cuối."
    start = text.index("Câu hai")
    end = text.index(" Câu cuối")
    result = split_sentences(text, start, end)
    assert [text[s.start : s.end] for s in result] == ["Câu hai ở giữa."]
    assert result[0].start == start
    assert split_sentences(text, 5, 5) == []
    assert split_sentences("") == []
    assert split_sentences("   \n  \n") == []


SYLLABLES = [
    "Nga",
    "Trung",
    "hợp",
    "tác",
    "TP.",
    "v.v.",
    "J.",
    "7/7",
    "3,5",
    "www.a.vn",
    "đã",
    "Á-Âu",
]
PUNCT = [".", ",", "!", "?", "…", "...", "“", "”", '"', "(", ")", ":", "?!", ".”", ".)"]
SPACES = [" ", " ", " ", "  ", "\n", "\t", "\xa0", ""]


@st.composite
def news_text(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.sampled_from(SYLLABLES + PUNCT + SPACES), max_size=60))
    return "".join(pieces)


@settings(max_examples=300, deadline=None)
@given(news_text(), st.integers(0, 5), st.integers(0, 5))
def test_offsets_property(text: str, cut_start: int, cut_end: int) -> None:
    start = min(cut_start, len(text))
    end = max(start, len(text) - cut_end)
    result = split_sentences(text, start, end)
    previous_end = start
    for sentence in result:
        piece = text[sentence.start : sentence.end]
        assert start <= sentence.start < sentence.end <= end
        assert sentence.start >= previous_end
        assert piece == piece.strip() and piece
        assert "\n" not in piece
        previous_end = sentence.end
    # every non-space character of the range is in some sentence
    covered = sum(len("".join(text[s.start : s.end].split())) for s in result)
    assert covered == len("".join(text[start:end].split()))


def test_long_text_splits_every_repeated_paragraph_the_same_way() -> None:
    paragraph = (
        "Ngày 7/7, Bộ trưởng Ngoại giao Nga đã hội đàm với người đồng cấp tại TP. Hồ Chí Minh. "
        "Ông nói: “Hai nước sẽ hợp tác.” Kim ngạch đạt 240,1 tỷ USD, tăng 3.5%! Vì sao? "
        "Theo ThS. Nguyễn Văn An (Ảnh: Reuters), v.v. Chi tiết tại https://tin.example.vn/a.html.\n"
    )
    result = split_sentences(paragraph * 400)
    assert len(result) == 400 * 5
