"""The quote step: direct and indirect quotes, their spans and their speakers.

Every sentence here is made up for the test; names are real officials so that the entity layer
links them (name = the knowledge base's English name, country = ISO 3166-1 alpha-3).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sukien.document import Document, Quote
from sukien.pipeline import Pipeline, PipelineOptions
from sukien.quotes.marks import find_quoted
from sukien.quotes.step import quotes

PIPELINE = Pipeline(PipelineOptions(pos=False))


def run(text: str, published: str | None = "2023-06-01") -> list[Quote]:
    doc = quotes(PIPELINE(Document(id="t", text="", original=text, published=published)))
    for q in doc.quotes:
        assert doc.text[q.start : q.end] == q.text
    return doc.quotes


def one(text: str) -> Quote:
    found = run(text)
    assert len(found) == 1, [(q.text, q.speaker) for q in found]
    return found[0]


def speaker(q: Quote) -> str | None:
    return q.speaker.name if q.speaker else None


# -- quotation marks ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "inner"),
    [
        ("“một hai ba bốn năm”", "một hai ba bốn năm"),
        ('"một hai ba bốn năm"', "một hai ba bốn năm"),
        ("«một hai ba bốn năm»", "một hai ba bốn năm"),
        ("‘một hai ba bốn năm’", "một hai ba bốn năm"),
        ('"một hai ba bốn năm”', "một hai ba bốn năm"),  # mixed styles close each other
    ],
)
def test_every_quotation_style_pairs(line: str, inner: str) -> None:
    found = find_quoted(line, 0, len(line))
    assert [(line[q.inner[0] : q.inner[1]], q.depth) for q in found] == [(inner, 0)]


def test_nested_quotes_of_the_same_and_of_another_style() -> None:
    line = "“A “dân chủ” và ‘nhân quyền’ của O'Brien”"
    found = find_quoted(line, 0, len(line))
    assert [(line[q.inner[0] : q.inner[1]], q.depth) for q in found] == [
        ("A “dân chủ” và ‘nhân quyền’ của O'Brien", 0),
        ("dân chủ", 1),
        ("nhân quyền", 1),
    ]


def test_a_quote_left_open_runs_to_the_line_end_and_never_further() -> None:
    text = "Ông nói: “một hai ba bốn năm\nSáu bảy”"
    found = find_quoted(text, 0, text.index("\n"))
    assert len(found) == 1 and not found[0].closed
    assert text[found[0].inner[0] : found[0].inner[1]] == "một hai ba bốn năm"


# -- direct quotes --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ông Lavrov cho biết: “Nga sẵn sàng đàm phán với mọi bên liên quan”.",
        'Ông Lavrov cho biết: "Nga sẵn sàng đàm phán với mọi bên liên quan".',
        "Ông Lavrov cho biết: «Nga sẵn sàng đàm phán với mọi bên liên quan».",
        "Ông Lavrov cho biết: ‘Nga sẵn sàng đàm phán với mọi bên liên quan’.",
    ],
)
def test_direct_quote_in_every_style_with_speaker_before(text: str) -> None:
    q = one(text)
    assert (q.kind, q.text, speaker(q)) == (
        "direct",
        "Nga sẵn sàng đàm phán với mọi bên liên quan",
        "Sergei Lavrov",
    )
    assert q.speaker is not None and q.speaker.country == "RUS"


def test_speaker_after_the_quote() -> None:
    q = one("“Quan hệ hai nước đang ở giai đoạn tốt nhất trong lịch sử”, ông Tập Cận Bình nói.")
    assert q.kind == "direct" and speaker(q) == "Xi Jinping"
    assert q.text == "Quan hệ hai nước đang ở giai đoạn tốt nhất trong lịch sử"


def test_multi_sentence_quote_with_a_nested_quote() -> None:
    q = one(
        "Ông Putin nhấn mạnh: “Chúng tôi không tìm kiếm đối đầu. Phương Tây đã biến mình thành"
        " một ‘nhà độc tài’ và chúng tôi sẽ đáp trả.”"
    )
    assert q.text.startswith("Chúng tôi không tìm kiếm đối đầu. Phương Tây")
    assert q.text.endswith("chúng tôi sẽ đáp trả.")
    assert speaker(q) == "Vladimir Putin"


def test_a_quote_never_crosses_a_line() -> None:
    found = run(
        "Ông Putin nói: “Chúng tôi sẵn sàng hợp tác với tất cả các nước\n"
        "Hai bên sẽ gặp lại vào tháng sau tại Moscow."
    )
    assert [q.text for q in found] == ["Chúng tôi sẵn sàng hợp tác với tất cả các nước"]


def test_speaker_in_a_split_quote_speaks_both_halves() -> None:
    found = run(
        "“Chúng tôi đã có một cuộc gặp rất hiệu quả”, ông Biden nói, “và hai bên sẽ còn gặp"
        " lại trong năm nay”."
    )
    assert [speaker(q) for q in found] == ["Joe Biden", "Joe Biden"]
    assert found[1].text.startswith("và hai bên sẽ còn gặp lại")


def test_name_and_colon_as_in_a_title() -> None:
    q = one("Ông Tập: “Trung Quốc và Nga sẽ mãi là những người bạn tốt”")
    assert speaker(q) == "Xi Jinping" and q.kind == "direct"


def test_partial_quote_in_reported_speech_is_one_quote() -> None:
    q = one("Ông Tập cho rằng “Trung Quốc và Nga nên tăng cường phối hợp chiến lược”.")
    assert (q.kind, q.text, speaker(q)) == (
        "direct",
        "Trung Quốc và Nga nên tăng cường phối hợp chiến lược",
        "Xi Jinping",
    )
    q = one("Ông Lavrov cho biết quan hệ hai nước có thể “chịu được mọi thử thách của thời cuộc”.")
    assert q.text.startswith("quan hệ hai nước có thể “chịu được")
    assert speaker(q) == "Sergei Lavrov"


def test_a_long_quote_without_a_speech_verb_belongs_to_the_subject() -> None:
    q = one(
        "Sau cuộc họp, nhóm G7 kêu gọi Trung Quốc “thúc giục Nga rút toàn bộ quân khỏi Ukraine”."
    )
    assert speaker(q) == "G7" and q.kind == "direct"


@pytest.mark.parametrize(
    "text",
    [
        "Cuộc gặp mở ra “kỷ nguyên mới” trong quan hệ hai nước.",
        "Ông Biden gọi ông Tập là “nhà độc tài”.",
        "Hai bên cam kết quan hệ “không có giới hạn” trong thời gian tới.",
        "Trung Quốc công bố sáng kiến “Vành đai và Con đường của thế kỷ mới” hồi năm 2013.",
    ],
)
def test_scare_quotes_terms_and_titles_are_not_quotes(text: str) -> None:
    assert run(text) == []


# -- indirect quotes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("verb", "content"),
    [
        ("cho biết", "Nga sẽ cử phái đoàn tới Bắc Kinh"),
        ("nói", "Nga sẽ cử phái đoàn tới Bắc Kinh"),
        ("nhấn mạnh", "Nga sẽ cử phái đoàn tới Bắc Kinh"),
        ("khẳng định", "Nga sẽ cử phái đoàn tới Bắc Kinh"),
        ("cho rằng", "Nga sẽ cử phái đoàn tới Bắc Kinh"),
        ("nêu rõ", "Nga sẽ cử phái đoàn tới Bắc Kinh"),
        ("lưu ý", "Nga sẽ cử phái đoàn tới Bắc Kinh"),
        ("thừa nhận", "Nga sẽ cử phái đoàn tới Bắc Kinh"),
        ("nhận định", "Nga sẽ cử phái đoàn tới Bắc Kinh"),
        ("nói thêm", "Nga sẽ cử phái đoàn tới Bắc Kinh"),
        ("tuyên bố", "Nga sẽ cử phái đoàn tới Bắc Kinh"),
        ("cáo buộc", "Ukraine tấn công nhà máy điện"),
        ("phủ nhận", "Nga có kế hoạch tấn công Ukraine"),
        ("bác bỏ", "Nga có kế hoạch tấn công Ukraine"),
    ],
)
def test_indirect_quote_with_each_main_verb(verb: str, content: str) -> None:
    q = one(f"Ngoại trưởng Nga Sergei Lavrov {verb} {content}.")
    assert (q.kind, q.text, speaker(q)) == ("indirect", content, "Sergei Lavrov")


@pytest.mark.parametrize("verb", ["kêu gọi", "yêu cầu", "đề nghị", "hối thúc", "bày tỏ"])
def test_indirect_quote_with_verbs_that_need_rang(verb: str) -> None:
    q = one(f"Ông Blinken {verb} rằng các bên cần kiềm chế để tránh leo thang.")
    assert q.text == "các bên cần kiềm chế để tránh leo thang" and speaker(q) == "Antony Blinken"
    assert run(f"Ông Blinken {verb} Trung Quốc kiềm chế và tránh leo thang.") == []


def test_a_warning_is_a_quote_when_a_clause_follows() -> None:
    q = one("Ông Lý Thượng Phúc cảnh báo xung đột giữa hai nước sẽ là thảm họa cho thế giới.")
    assert q.text == "xung đột giữa hai nước sẽ là thảm họa cho thế giới"
    assert speaker(q) == "Li Shangfu"
    assert run("Ông Blinken cảnh báo Nga về những hậu quả to lớn nếu tấn công Ukraine.") == []
    assert run("Ông Lý Thượng Phúc cảnh báo rằng xung đột sẽ là thảm họa.") != []


def test_a_quote_after_an_addressee() -> None:
    q = one(
        "Ông Lavrov đã thông báo cho ông Vương “về việc thực hiện các nhiệm vụ chính của chiến"
        " dịch”."
    )
    assert q.text.startswith("về việc thực hiện") and speaker(q) == "Sergei Lavrov"


def test_rang_after_an_addressee_or_a_time() -> None:
    q = one("Ông Peskov nói với các phóng viên hôm thứ Ba rằng hai bên chưa ký văn kiện nào.")
    assert q.text == "hai bên chưa ký văn kiện nào" and speaker(q) == "Dmitry Peskov"


def test_theo_x_is_an_indirect_quote_of_x() -> None:
    q = one("Theo Ngoại trưởng Vương Nghị, hai nước sẽ tăng cường hợp tác trong khuôn khổ BRICS.")
    assert q.kind == "indirect" and speaker(q) == "Wang Yi"
    assert q.text == "hai nước sẽ tăng cường hợp tác trong khuôn khổ BRICS"


def test_theo_a_report_or_a_news_agency_is_not_a_quote() -> None:
    assert run("Theo dữ liệu Hải quan Trung Quốc, thương mại hai nước tăng 26% năm ngoái.") == []
    assert run("Theo hãng tin Reuters, hai nhà lãnh đạo sẽ gặp nhau vào tuần tới.") == []


def test_theo_x_with_two_quotations_gives_two_direct_quotes() -> None:
    found = run(
        "Theo ông Vương Nghị, hai nước nên “cùng nhau phản đối chủ nghĩa đơn phương và bảo hộ”"
        " và “hợp tác để duy trì sự ổn định của chuỗi cung ứng toàn cầu”."
    )
    assert [(q.kind, q.text[:20], speaker(q)) for q in found] == [
        ("direct", "cùng nhau phản đối c", "Wang Yi"),
        ("direct", "hợp tác để duy trì s", "Wang Yi"),
    ]


def test_a_quotation_inside_reported_speech_is_not_counted_twice() -> None:
    q = one(
        "Ông Lavrov tuyên bố, Nga và Trung Quốc sẵn sàng thực hiện “các nhiệm vụ chiến lược mới"
        " của hai nước” như lãnh đạo hai nước đề ra."
    )
    assert q.text.startswith("Nga và Trung Quốc sẵn sàng") and q.text.endswith("đề ra")


@pytest.mark.parametrize(
    "text",
    [
        "Nga bị cáo buộc có hành vi đe dọa Ukraine.",  # passive
        "Ông Lavrov không cho biết hai bên đã thảo luận những gì.",  # negated
        "Một tuyên bố của hai nước được công bố sau cuộc gặp.",  # a noun
        "Hai nước đã nói về mối quan hệ sâu sắc hơn trên nhiều lĩnh vực.",  # "nói về"
        "Ông Putin sẽ dự Thế vận hội, sự kiện mà Mỹ tuyên bố sẽ tẩy chay ngoại giao.",  # relative
        "Nga và Trung Quốc tuyên bố quan hệ đối tác không giới hạn.",  # declares a thing
        "Trả lời báo chí tại Hà Nội tối cùng ngày.",  # a participle, no content
        "Bà Truss rút ngắn chuyến đi, nhà ngoại giao nói với AFP.",  # content before the verb
    ],
)
def test_not_reported_speech(text: str) -> None:
    assert run(text) == []


def test_two_speech_clauses_in_one_sentence_split() -> None:
    found = run(
        "Ông Lavrov cho biết Nga sẵn sàng đàm phán, trong khi ông Blinken nói Mỹ sẽ tiếp tục"
        " hỗ trợ Ukraine."
    )
    assert [(q.text, speaker(q)) for q in found] == [
        ("Nga sẵn sàng đàm phán", "Sergei Lavrov"),
        ("Mỹ sẽ tiếp tục hỗ trợ Ukraine", "Antony Blinken"),
    ]


def test_coordinated_speech_verbs_give_two_quotes_of_one_speaker() -> None:
    found = run(
        "Ông Kirby nói Mỹ ủng hộ mọi nỗ lực giảm căng thẳng, đồng thời cho biết Riyadh đã"
        " thông báo trước cho Washington."
    )
    assert [(q.text, speaker(q)) for q in found] == [
        ("Mỹ ủng hộ mọi nỗ lực giảm căng thẳng", "John Kirby"),
        ("Riyadh đã thông báo trước cho Washington", "John Kirby"),
    ]


def test_cho_x_biet_is_a_speech_verb() -> None:
    q = one("Ông Biden cho các lãnh đạo G7 biết Washington sẽ ủng hộ việc huấn luyện phi công.")
    assert q.text.startswith("Washington sẽ ủng hộ") and speaker(q) == "Joe Biden"


def test_a_quotation_that_opens_its_own_clause_is_quoted_on_its_own() -> None:
    found = run(
        "Bà von der Leyen cho biết EU trông đợi Trung Quốc không cung cấp vũ khí cho Nga,"
        " bởi “trang bị vũ khí cho kẻ xâm lược là vi phạm luật pháp quốc tế”."
    )
    assert [(q.kind, q.text) for q in found] == [
        ("indirect", "EU trông đợi Trung Quốc không cung cấp vũ khí cho Nga"),
        ("direct", "trang bị vũ khí cho kẻ xâm lược là vi phạm luật pháp quốc tế"),
    ]
    assert {speaker(q) for q in found} == {"Ursula von der Leyen"}


def test_quote_with_an_addressee_and_rang() -> None:
    q = one("Ông Putin nói với báo giới rằng “hai nước sẽ không bao giờ đối đầu với nhau”.")
    assert q.text == "hai nước sẽ không bao giờ đối đầu với nhau" and q.kind == "direct"
    q = one("Ông Putin nói với nhà lãnh đạo Trung Quốc: “Hai nước sẽ không bao giờ đối đầu”.")
    assert speaker(q) == "Vladimir Putin"


def test_trailing_theo_and_cited_speakers() -> None:
    q = one("“Hai bên đã đạt được những tiến triển rất quan trọng”, theo ông Vương Nghị.")
    assert speaker(q) == "Wang Yi"
    q = one("Hãng TASS dẫn lời ông Lavrov: “Nga không đóng cửa đối thoại với phương Tây”.")
    assert speaker(q) == "Sergei Lavrov" and q.kind == "direct"


def test_headings_and_bylines() -> None:
    found = run(
        "Thượng đỉnh kết thúc\n“Tương lai của Ukraine là ở NATO”\n"
        "Ông Stoltenberg nói hội nghị đã thành công tốt đẹp.\nThu Hà (Theo Reuters)"
    )
    assert [q.text for q in found] == ["hội nghị đã thành công tốt đẹp"]


# -- speakers -------------------------------------------------------------------------------


def test_pronouns_resolve_to_the_last_speaker() -> None:
    found = run(
        "Người phát ngôn Bộ Ngoại giao Trung Quốc Uông Văn Bân chủ trì cuộc họp báo thường kỳ.\n"
        "“Hợp tác giữa hai nước không nhằm vào bên thứ ba nào”, ông Uông nói.\n"
        "Ông nói thêm rằng hai nước sẽ thúc đẩy chủ nghĩa đa phương."
    )
    assert [speaker(q) for q in found] == ["Wang Wenbin", "Wang Wenbin"]


@pytest.mark.parametrize("pronoun", ["Ông", "Nhà lãnh đạo này", "Người này"])
def test_pronoun_prefers_the_last_subject_over_an_earlier_speaker(pronoun: str) -> None:
    found = run(
        "“Chúng tôi phản đối mọi biện pháp trừng phạt đơn phương”, ông Tập nói.\n"
        "Ông Putin, khách mời danh dự của diễn đàn, phát biểu ngay sau chủ nhà. "
        f"{pronoun} cho rằng sáng kiến này hài hòa với ý tưởng của Moscow."
    )
    assert [speaker(q) for q in found] == ["Xi Jinping", "Vladimir Putin"]


def test_a_name_in_a_prepositional_phrase_is_not_the_speaker() -> None:
    q = one("Tại cuộc gặp với Tổng thống Putin, ông Tập nhấn mạnh hai nước là đối tác tin cậy.")
    assert speaker(q) == "Xi Jinping"
    q = one("Tân Hoa Xã dẫn lời ông Tập cho biết hai nước sẽ tăng cường phối hợp.")
    assert speaker(q) == "Xi Jinping"


def test_role_phrases_resolve_through_references() -> None:
    found = run(
        "Ngoại trưởng Nga Sergei Lavrov tới Bắc Kinh hôm thứ Hai.\n"
        "Ngoại trưởng Nga khẳng định hai nước sẽ tiếp tục hợp tác chống khủng bố."
    )
    assert [speaker(q) for q in found] == ["Sergei Lavrov"]


@pytest.mark.parametrize(
    ("subject", "name", "country"),
    [
        ("Bộ Ngoại giao Nga", "Ministry of Foreign Affairs (Russia)", "RUS"),
        ("Điện Kremlin", "Kremlin", "RUS"),
        ("Washington", "Washington, D.C.", "USA"),
        ("Nhà Trắng", "White House", "USA"),
        ("Các nước G7", "G7", None),
        ("Người phát ngôn Bộ Ngoại giao Trung Quốc", "Ministry of Foreign Affairs (China)", "CHN"),
    ],
)
def test_bodies_speak(subject: str, name: str, country: str | None) -> None:
    q = one(f"{subject} cho biết các cuộc đàm phán sẽ tiếp tục vào tuần tới.")
    assert q.speaker is not None and (q.speaker.name, q.speaker.country) == (name, country)


@pytest.mark.parametrize(
    ("subject", "country"),
    [
        ("Một nhà ngoại giao", None),
        ("Các quan chức Mỹ", "USA"),
        ("Giới phân tích", None),
        ("Người phát ngôn của Tổng thống Putin", "RUS"),
    ],
)
def test_unnamed_speakers_have_no_name(subject: str, country: str | None) -> None:
    q = one(f"{subject} cho biết các cuộc đàm phán sẽ tiếp tục vào tuần tới.")
    assert q.speaker is None or (q.speaker.name is None and q.speaker.country == country)
    if country is not None:
        assert q.speaker is not None


def test_passive_agent_speaks() -> None:
    q = one(
        "Nhà lãnh đạo Nga đã bị Mỹ cảnh báo về “các biện pháp kinh tế chưa từng có và các biện"
        " pháp khác”."
    )
    assert speaker(q) == "United States"


# -- properties -----------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "Ông Lavrov cho biết",
        "“Nga sẵn sàng đàm phán với mọi bên”",
        '"hai nước sẽ hợp tác chặt chẽ hơn"',
        "‘nhà độc tài’",
        "«kỷ nguyên mới»",
        ", ông nói.",
        "Theo ông Vương Nghị,",
        "Bộ Ngoại giao Nga tuyên bố rằng",
        "hai bên sẽ gặp lại",
        ":",
        "“",
        "”",
        '"',
        "'",
        "\n",
        ".",
        "Tổng thống Putin nói với báo giới rằng",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, min_size=1, max_size=12))
def test_every_quote_is_its_own_text_and_quotes_do_not_overlap(pieces: list[str]) -> None:
    text = " ".join(pieces)
    doc = quotes(PIPELINE(Document(id="h", text="", original=text)))
    last = -1
    for q in doc.quotes:
        assert doc.text[q.start : q.end] == q.text
        assert q.text and q.text == q.text.strip()
        assert "\n" not in q.text
        assert q.start >= last
        last = q.end


def test_speakers_keep_their_knowledge_base_id() -> None:
    found = run('Ngoại trưởng Nga Sergei Lavrov nói: "Chúng tôi sẵn sàng đàm phán với mọi bên".')
    assert [(q.speaker.name, q.speaker.kb_id) for q in found if q.speaker] == [
        ("Sergei Lavrov", "person/sergei-lavrov")
    ]


def test_theo_a_source_then_someone_saying_gives_the_speaker_his_words() -> None:
    q = one("Theo Bộ Ngoại giao Trung Quốc, ông Vương Nghị nhấn mạnh vấn đề Đài Loan là cốt lõi.")
    assert (q.kind, q.text, speaker(q)) == ("indirect", "vấn đề Đài Loan là cốt lõi", "Wang Yi")


def test_bo_nay_speaks_for_the_last_ministry_named() -> None:
    found = run(
        "Bộ Ngoại giao Trung Quốc hôm nay tuyên bố trừng phạt Chủ tịch Hạ viện Mỹ Nancy Pelosi. "
        "Bộ này cáo buộc bà Pelosi can thiệp vào công việc nội bộ của Trung Quốc."
    )
    accused = [q for q in found if q.text.startswith("bà Pelosi")]
    assert [speaker(q) for q in accused] == ["Ministry of Foreign Affairs (China)"]


def test_issue_5_an_answer_before_a_colon_is_speech() -> None:
    quote = one(
        "Khi được hỏi liệu Moskva có giúp Bình Nhưỡng hay không, ông Putin đáp: “Đó chính là "
        "lý do chúng tôi tới đây”."
    )
    assert quote.kind == "direct" and quote.speaker is not None
    assert quote.speaker.name == "Vladimir Putin"
    assert run("Nhà máy đáp ứng nhu cầu của người dân.") == []


def test_bà_is_not_the_man_called_ông_and_sheikh_is_an_honorific() -> None:
    quotes_ = run(
        "Ông Navalny bị giam từ tháng 1/2021.\n\nVợ ông, bà Yulia Navalnaya, phát biểu ngay trong "
        "ngày. “Tôi muốn Putin biết rằng họ sẽ phải chịu trách nhiệm”, bà nói."
    )
    assert [q.speaker.name if q.speaker else None for q in quotes_] == ["Yulia Navalnaya"]
    quote = one(
        "“Làm sao hòa giải có thể thành công?”, Thủ tướng Qatar Sheikh Mohammed bin "
        "Abdulrahman Al Thani viết trên mạng xã hội X."
    )
    assert quote.speaker is not None
    assert quote.speaker.name == "Mohammed bin Abdulrahman Al Thani"


def test_a_person_after_a_title_of_a_body_is_the_title_holder() -> None:
    found = run(
        "Điều phối viên truyền thông chiến lược của Hội đồng An ninh Quốc gia John Kirby cho "
        "biết Mỹ đang theo dõi việc Serbia triển khai quân dọc biên giới với Kosovo."
    )
    assert [speaker(q) for q in found] == ["John Kirby"]
