"""Article layout: title, lead, captions, headings, byline and credits, boilerplate."""

from __future__ import annotations

import pytest

from sukien.text.structure import is_caption, looks_like_title, parse_structure, split_credits

BODY = (
    "Ngoại trưởng Nga Sergei Lavrov đã tới Bắc Kinh hôm thứ Hai.\n"
    "Hai bên nhất trí tăng cường hợp tác."
)


def kinds(text: str, title: str | None = None) -> list[str]:
    return [b.kind for b in parse_structure(text, title).blocks]


def test_title_first_line_then_lead_and_paragraphs() -> None:
    s = parse_structure("Nga và Trung Quốc tăng cường hợp tác\n\n" + BODY)
    assert s.title == "Nga và Trung Quốc tăng cường hợp tác"
    assert [b.kind for b in s.blocks] == ["title", "lead", "paragraph"]
    assert "\n\n" not in s.text
    for block in s.blocks:
        assert s.text[block.start : block.end] == s.text.split("\n")[s.blocks.index(block)]


def test_repeated_title_counted_once() -> None:
    title = "Nga – Trung Quốc xích lại gần nhau"
    s = parse_structure(f"{title}\n{title}\n{BODY}")
    assert s.text.count(title) == 1
    assert s.title == title


def test_no_title_when_first_line_is_a_sentence() -> None:
    s = parse_structure(BODY)
    assert s.title is None
    assert [b.kind for b in s.blocks] == ["lead", "paragraph"]


def test_no_title_when_article_starts_with_caption() -> None:
    s = parse_structure("(Ảnh: Reuters)\n" + BODY)
    assert s.title is None
    assert s.blocks[0].kind == "caption"


def test_metadata_title_prepended_when_text_lacks_it() -> None:
    s = parse_structure(BODY, "Ông Lavrov thăm Bắc Kinh")
    assert s.text.startswith("Ông Lavrov thăm Bắc Kinh\n")
    assert s.blocks[0].kind == "title"


def test_metadata_title_not_repeated_when_text_has_it() -> None:
    s = parse_structure("ÔNG LAVROV THĂM BẮC KINH\n" + BODY, "Ông Lavrov thăm Bắc Kinh")
    assert s.text.count("\n") == 2
    assert s.title == "ÔNG LAVROV THĂM BẮC KINH"


def test_boilerplate_lines_removed() -> None:
    text = (
        "Tiêu đề bài viết ở đây\nEmbed from Getty Images\n"
        + BODY
        + "\nXem thêm: Nga phản đối lệnh trừng phạt\nChia sẻ bài viết\nIn bài"
    )
    s = parse_structure(text)
    assert "Getty" not in s.text and "Xem thêm" not in s.text
    assert "Chia sẻ" not in s.text and "In bài" not in s.text


def test_sentence_mentioning_share_words_is_kept() -> None:
    text = "Hai nước chia sẻ quan điểm về an ninh khu vực."
    assert parse_structure(text).text == text


@pytest.mark.parametrize(
    ("trailer", "byline", "credits", "url"),
    [
        ("Nhật Minh (Theo AFP)", "Nhật Minh", ["AFP"], None),
        ("(theo THX, AP, Reuters)\nHoài Minh", "Hoài Minh", ["THX", "AP", "Reuters"], None),
        ("Minh Phương Theo Reuters", "Minh Phương", ["Reuters"], None),
        ("Hà Anh - TTXVN", "Hà Anh", ["TTXVN"], None),
        ("Ngân Hà", "Ngân Hà", [], None),
        ("Thu Hằng (tổng hợp)", "Thu Hằng", [], None),
        ("Theo Reuters, AFP", None, ["Reuters", "AFP"], None),
        (
            "Hoài Minh\nNguồn TG&VN: https://tin.example.vn/a-1.html",
            "Hoài Minh",
            ["TG&VN"],
            "https://tin.example.vn/a-1.html",
        ),
        ("Nguồn: Báo Thế giới & Việt Nam", None, ["Báo Thế giới & Việt Nam"], None),
    ],
)
def test_byline_and_credits(
    trailer: str, byline: str | None, credits: list[str], url: str | None
) -> None:
    s = parse_structure("Tiêu đề của bài báo\n" + BODY + "\n" + trailer)
    assert (s.byline, s.credits, s.url) == (byline, credits, url)
    trailer_kinds = {"byline", "credit", "source"}
    assert {b.kind for b in s.blocks[-len(trailer.split("\n")) :]} <= trailer_kinds


def test_last_paragraph_is_not_a_byline() -> None:
    s = parse_structure("Tiêu đề của bài báo\n" + BODY)
    assert s.byline is None and s.credits == []
    assert s.blocks[-1].kind == "paragraph"


def test_captions_and_headings() -> None:
    text = (
        "Tiêu đề của bài báo\n"
        + BODY
        + "\nÔng Lavrov và ông Vương tại Bắc Kinh ngày 9/4. (Nguồn: Reuters)"
        + "\nKiến tạo an ninh khu vực Á-Âu\nĐoạn văn tiếp theo nói về an ninh."
    )
    assert kinds(text) == ["title", "lead", "paragraph", "caption", "heading", "paragraph"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Hai nhà lãnh đạo tại Điện Kremlin. (Ảnh: AFP)", True),
        ("(Ảnh: Reuters)", True),
        ("Ảnh: TTXVN", True),
        ("Ông Putin phát biểu tại hội nghị. Ảnh: Reuters", True),
        ("Quan hệ hai nước (theo giới phân tích) đang tốt lên.", False),
        ("Nguồn tin cho biết hai bên sẽ gặp nhau.", False),
    ],
)
def test_is_caption(line: str, expected: bool) -> None:
    assert is_caption(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Lãnh đạo Nga-Trung hội đàm trực tuyến lần hai, đối phó sức ép từ phương Tây", True),
        ("Ông Putin: “Quan hệ Nga – Trung đang ở mức cao nhất”", True),
        ("Trung Quốc có đứng về phía Nga?", True),
        ("Trung Quốc đã nhấn mạnh lại mối quan hệ khăng khít với Nga.", False),
        ("(Ảnh: Reuters)", False),
        ("Nga", False),
    ],
)
def test_looks_like_title(line: str, expected: bool) -> None:
    assert looks_like_title(line) is expected


def test_split_credits() -> None:
    assert split_credits("THX, AP và Reuters") == ["THX", "AP", "Reuters"]
    assert split_credits("TG&VN") == ["TG&VN"]
