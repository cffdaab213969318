"""Spans of time expressions (sukien.time.tagger.find_times), table-driven.

Sentences are written for these tests. Positive rows list every span the sentence holds, in
order; negative rows hold numbers and words that look like dates or durations but are not.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sukien.time.tagger import _find_times_search, find_times

# (sentence, spans in reading order)
SPANS: list[tuple[str, list[str]]] = [
    (
        "Ông Vương gặp ông Lavrov tại Bali vào ngày thứ Năm (7/7) trước thềm hội nghị G20.",
        ["ngày thứ Năm (7/7)"],
    ),
    (
        "Hội nghị diễn ra trong ngày 7 và 8/7, còn chuyến thăm từ ngày 8-9/4.",
        ["ngày 7 và 8/7", "ngày 8-9/4"],
    ),
    (
        "Hôm thứ Ba, ông cho biết 8 ngày sau khi điện đàm, hai bên sẽ gặp vào tháng 11.",
        ["Hôm thứ Ba", "8 ngày", "tháng 11"],
    ),
    (
        "Thương mại năm 2023 đạt 240,1 tỷ USD, tăng 26,3% so với một năm trước.",
        ["năm 2023", "một năm trước"],
    ),
    (
        "Sáng hôm sau, tối qua (8/7), cuối năm nay, tuần trước và tháng 12 năm ngoái.",
        ["Sáng hôm sau", "tối qua (8/7)", "cuối năm nay", "tuần trước", "tháng 12 năm ngoái"],
    ),
    (
        "Số liệu quý III/2024 và quý 4 năm 2023 được công bố cùng lúc.",
        ["quý III/2024", "quý 4 năm 2023"],
    ),
    (
        "Ngày 15-12, 15.12.2021 và ngày 15 tháng 12 năm 2021 là ba cách viết.",
        ["Ngày 15-12", "15.12.2021", "ngày 15 tháng 12 năm 2021"],
    ),
    (
        "Lúc 10h30 (giờ địa phương) ngày 15/12/2021, tàu rời cảng.",
        ["10h30 (giờ địa phương) ngày 15/12/2021"],
    ),
    ("Cuộc họp kéo dài từ 9h đến 11h30 sáng thứ Hai.", ["9h đến 11h30 sáng thứ Hai"]),
    ("Giai đoạn 2021-2025, nền kinh tế dự kiến tăng 6,5% mỗi năm.", ["2021-2025", "mỗi năm"]),
    (
        "Tết Nguyên đán Giáp Thìn 2024 rơi vào ngày 10/2.",
        ["Tết Nguyên đán Giáp Thìn 2024", "ngày 10/2"],
    ),
    (
        "Lễ hội diễn ra vào rằm tháng Giêng và mồng 5 tháng 5 âm lịch.",
        ["rằm tháng Giêng", "mồng 5 tháng 5 âm lịch"],
    ),
    ("Trong những năm qua, hai nước đã ký hơn 20 văn kiện.", ["những năm qua"]),
    (
        "Chỉ hai tuần sau khi nhậm chức, ông đã thăm ba nước trong năm ngày.",
        ["hai tuần", "năm ngày"],
    ),
    (
        "Chiều thứ Bảy (20/5), một ngày trước đó và hôm nay (21/5) đều có họp.",
        ["Chiều thứ Bảy (20/5)", "một ngày trước đó", "hôm nay (21/5)"],
    ),
    (
        "Hội chợ mở cửa từ 7/7 đến 9/7 và từ ngày 1 đến ngày 3/8.",
        ["7/7 đến 9/7", "ngày 1 đến ngày 3/8"],
    ),
    ("Phóng viên ghi nhận tối 8/7 tại quảng trường.", ["tối 8/7"]),
    ("Hôm 14/12, văn phòng thông báo lịch trình của ngày 15/12.", ["Hôm 14/12", "ngày 15/12"]),
    (
        "Thập niên 1990 và những năm 2000 chứng kiến nhiều biến động.",
        ["Thập niên 1990", "những năm 2000"],
    ),
    ("Nhóm họp thường niên và hằng quý.", ["thường niên", "hằng quý"]),
    (
        "Đầu tuần này, giữa tháng 8 và hạ tuần tháng 9 là ba mốc quan trọng.",
        ["Đầu tuần này", "giữa tháng 8", "hạ tuần tháng 9"],
    ),
    ("Thứ Hai, 11/7, bộ trưởng có mặt tại Jakarta.", ["Thứ Hai, 11/7"]),
    ("Ông rời đi vào Chủ nhật tuần trước.", ["Chủ nhật tuần trước"]),
    ("Cuộc gặp sẽ diễn ra vào thứ 6 tuần này.", ["thứ 6 tuần này"]),
    ("Nhật Bản ghi nhận mức tăng cao nhất trong 30 năm qua.", ["30 năm qua"]),
    ("Đêm 27/2 rạng sáng 28/2, đặc nhiệm đã vào cuộc.", ["Đêm 27/2", "rạng sáng 28/2"]),
    ("Ngày 2/9/1945, bản Tuyên ngôn Độc lập được đọc.", ["Ngày 2/9/1945"]),
    ("Hai bên dự kiến họp lại ngày 9/7 tới.", ["ngày 9/7 tới"]),
    ("Kết quả chung cuộc 2-1 được công bố ngày 3-2.", ["ngày 3-2"]),
    ("Chiến dịch bắt đầu từ cuối tháng Hai.", ["cuối tháng Hai"]),
    ("Tháng 7/2022 và tháng 8-2022 được chọn làm mốc.", ["Tháng 7/2022", "tháng 8-2022"]),
    ("Trong hai ngày 1-2/3, đoàn làm việc tại Hà Nội.", ["hai ngày 1-2/3"]),
    ("Ông bị bắt tháng 11/2019 và được thả sau 18 tháng.", ["tháng 11/2019", "18 tháng"]),
    ("Nhiệm vụ kéo dài ba năm rưỡi.", ["ba năm rưỡi"]),
    ("Hạn chót là 23h59 ngày 31/12.", ["23h59 ngày 31/12"]),
    ("Cách đây hơn 2 năm, dự án bị đình chỉ.", ["Cách đây hơn 2 năm"]),
    ("Khoảng nửa đêm, các bên vẫn chưa đạt thỏa thuận.", ["nửa đêm"]),
    ("Năm 1978, hiệp định được ký; năm 1979 quan hệ được thiết lập.", ["Năm 1978", "năm 1979"]),
    ("Quốc hội họp phiên bất thường tháng Mười Một năm nay.", ["tháng Mười Một năm nay"]),
    ("Ông Kishida dự kiến thăm Mỹ trong quý đầu năm 2024.", ["quý đầu năm 2024"]),
]

NEGATIVES: list[str] = [
    "Kim ngạch đạt 240,1 tỷ USD.",
    "Kế hoạch hòa bình gồm 12 điểm.",
    "Đội chủ nhà thắng 2-1 trong trận đấu.",
    "Bản cập nhật iOS 17.2 sửa nhiều lỗi.",
    "Liên hệ số điện thoại 0912.345.678 để được hỗ trợ.",
    "Gọi tổng đài 1900 1234 để biết thêm chi tiết.",
    "Hội nghị G20 quy tụ các nền kinh tế lớn.",
    "Đại dịch COVID-19 gây thiệt hại lớn.",
    "Theo Điều 5 của hiệp ước, các bên phải hỗ trợ nhau.",
    "Lạm phát tăng 3,5% so với cùng kỳ.",
    "Đây là lần thứ hai ông tới Việt Nam.",
    "Thứ trưởng Ngoại giao tiếp đại sứ.",
    "Các mục được sắp xếp theo thứ tự ưu tiên.",
    "Ông đắc cử lần thứ ba liên tiếp.",
    "Hai nước phản đối sự can thiệp của bên thứ ba.",
    "Khoảng 1/3 dân số sống ở nông thôn.",
    "Dự luật cần 2/3 số phiếu để được thông qua.",
    "Đường dây nóng hoạt động 24/7.",
    "Hơn 2000 người tham gia biểu tình.",
    "Quân đội điều 1.500 binh sĩ tới biên giới.",
    "Căng thẳng ngày một gia tăng.",
    "Quan hệ ngày càng xấu đi.",
    "Năm người bị thương trong vụ nổ.",
    "Hai bên nhất trí tăng cường hợp tác.",
    "Ba nước ký tuyên bố chung.",
    "Người dân tết tóc cho con trước khi đi học.",
    "Ông Quý cho biết dự án đã hoàn tất.",
    "Quý vị đại biểu đã có mặt đông đủ.",
    "Ngày thứ hai của hội nghị tập trung vào thương mại.",
    "Thứ hai, chính phủ cần cải cách thủ tục.",
    "Nền kinh tế lớn thứ 3 thế giới đang chững lại.",
    "Đội tuyển lọt vào vòng 1/8.",
    "Tòa án Tối cao bác đơn kháng cáo.",
    "Ông đưa ra sáng kiến mới về an ninh.",
    "Xu hướng này theo chiều hướng tích cực.",
    "Lực lượng biên phòng tuần tra dọc sông.",
    "Cuối cùng, hai bên đạt được đồng thuận.",
    "Đây là thỏa thuận đầu tiên giữa hai nước.",
    "Thế vận hội Mùa đông thu hút nhiều vận động viên.",
    "Kỷ niệm ngày hội đại đoàn kết toàn dân tộc.",
    "Đây là một ngày như vậy đối với cả thế giới.",
    "Ông nói đó sẽ là một ngày lịch sử.",
    "Theo Thông tư 15/2022/TT-BTC, thuế được miễn.",
    "Họ đã trải qua bao năm tháng gian khó.",
    "Hiện nay, hai nước là đối tác chiến lược.",
    "Trước đó, ông đã cảnh báo về rủi ro.",
    "Tỷ lệ 3/4 thành viên ủng hộ.",
    "Ông xếp hạng 5 trong danh sách.",
    "Đội bóng chiến thắng với tỷ số 3-2 ngày hôm ấy là bất ngờ.",
    "Ông nói thẳng thắn ba tiếng Anh, Pháp và Nga.",
]


@pytest.mark.parametrize(("sentence", "spans"), SPANS, ids=[s[:40] for s, _ in SPANS])
def test_spans(sentence: str, spans: list[str]) -> None:
    assert [m.text for m in find_times(sentence)] == spans


@pytest.mark.parametrize("sentence", NEGATIVES, ids=[s[:40] for s in NEGATIVES])
def test_negatives(sentence: str) -> None:
    found = [m.text for m in find_times(sentence)]
    if "ngày hôm ấy" in sentence:
        assert found == ["ngày hôm ấy"]  # the score "3-2" is not a date; the day is
    else:
        assert found == []


# (sentence, span, explicit parts)
PARTS: list[tuple[str, str, dict[str, object]]] = [
    ("vào ngày thứ Năm (7/7) tại Bali", "ngày thứ Năm (7/7)", {"weekday": 3, "day": 7, "month": 7}),
    ("tuần trước", "tuần trước", {"unit": "week", "offset": -1, "anchor": "publication"}),
    ("năm nay", "năm nay", {"unit": "year", "offset": 0}),
    ("Cùng ngày, ông về nước.", "Cùng ngày", {"unit": "day", "offset": 0, "anchor": "previous"}),
    ("trước đó một ngày", "trước đó một ngày", {"unit": "day", "offset": -1, "anchor": "previous"}),
    ("cuối tháng 3", "cuối tháng 3", {"part": "late", "month": 3}),
    ("đầu năm 2024", "đầu năm 2024", {"part": "early", "year": 2024}),
    (
        "10h30 (giờ Hà Nội)",
        "10h30 (giờ Hà Nội)",
        {"kind": "time", "hour": 10, "minute": 30, "tz_note": "giờ Hà Nội"},
    ),
    ("sáng thứ Ba", "sáng thứ Ba", {"weekday": 1, "daypart": "MO"}),
    ("75 năm", "75 năm", {"kind": "duration", "duration": "P75Y"}),
    ("hằng năm", "hằng năm", {"kind": "set", "duration": "P1Y"}),
    ("rằm tháng Tám", "rằm tháng Tám", {"lunar": True, "day": 15, "month": 8}),
    ("Tết Giáp Thìn", "Tết Giáp Thìn", {"lunar": True, "cycle": 44}),
    ("nửa đầu năm 2024", "nửa đầu năm 2024", {"half": 1, "year": 2024}),
    ("quý III/2024", "quý III/2024", {"quarter": 3, "year": 2024}),
    ("thập niên 90", "thập niên 90", {"decade": 1990}),
    ("ngày 15/12 tới", "ngày 15/12 tới", {"direction": 1, "day": 15, "month": 12}),
    ("những năm gần đây", "những năm gần đây", {"kind": "ref", "ref": "PAST_REF"}),
]


@pytest.mark.parametrize(("sentence", "span", "parts"), PARTS, ids=[p[1] for p in PARTS])
def test_parts(sentence: str, span: str, parts: dict[str, object]) -> None:
    [m] = find_times(sentence)
    assert m.text == span
    for key, value in parts.items():
        assert getattr(m, key) == value, key


def test_range_parts() -> None:
    [m] = find_times("Hội nghị diễn ra trong ngày 7 và 8/7.")
    assert (m.day, m.month) == (7, 7)
    assert m.range_end is not None and (m.range_end.day, m.range_end.month) == (8, 7)
    [m] = find_times("từ 30/12/2021 đến 2/1/2022")
    assert (m.year, m.month, m.day) == (2021, 12, 30)
    assert m.range_end is not None and m.range_end.year == 2022


def test_start_end_window() -> None:
    text = "Ngày 3/7 ông đến. Ngày 4/7 ông đi."
    assert [m.text for m in find_times(text, 10)] == ["Ngày 4/7"]
    assert [m.text for m in find_times(text, 0, 12)] == ["Ngày 3/7"]
    [m] = find_times(text, 10)
    assert text[m.start : m.end] == "Ngày 4/7"


# -------------------------------------------------------------------- properties
_VOCAB = [
    "ngày", "hôm", "thứ", "Ba", "Năm", "Hai", "Chủ", "nhật", "tháng", "năm", "tuần", "qua",
    "trước", "sau", "tới", "nay", "cùng", "quý", "III", "nửa", "đầu", "cuối", "sáng", "tối",
    "Tết", "rằm", "mùng", "hai", "mười", "lăm", "giờ", "phút", "lúc", "cách", "đây", "đó",
    "những", "hằng", "nhiều", "âm", "lịch", "(", ")", ",", ".", "-", "/", "7", "8", "12",
    "2022", "15", "10h30", "24", "ông", "Nga", "và", "đến", "\n", "thế", "kỷ", "thập", "niên",
]  # fmt: skip


@st.composite
def _texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_VOCAB), max_size=30))
    seps = draw(
        st.lists(
            st.sampled_from([" ", " ", " ", "", "/", "-", "  "]),
            min_size=len(words),
            max_size=len(words),
        )
    )
    return "".join(w + s for w, s in zip(words, seps, strict=True))


@settings(max_examples=400, deadline=None)
@given(_texts())
def test_mentions_are_exact_ordered_and_disjoint(text: str) -> None:
    mentions = find_times(text)
    last = 0
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.start >= last and m.end > m.start
        last = m.end
    # The first-word filter changes nothing.
    assert [(m.start, m.end, m.text) for m in mentions] == [
        (m.start, m.end, m.text) for m in _find_times_search(text)
    ]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_text(text: str) -> None:
    for m in find_times(text):
        assert text[m.start : m.end] == m.text


def test_first_word_filter_on_tables() -> None:
    texts = [s for s, _ in SPANS] + NEGATIVES + [s for s, _, _ in PARTS]
    for text in texts:
        fast = [(m.start, m.end) for m in find_times(text)]
        assert fast == [(m.start, m.end) for m in _find_times_search(text)], text
        fast = [(m.start, m.end) for m in find_times(text, deictic=True)]
        assert fast == [(m.start, m.end) for m in _find_times_search(text, deictic=True)], text
