"""The event step on hand-written sentences: types, actors, status, dates, places, merging."""

from __future__ import annotations

import pytest

from sukien.document import Document, Event
from sukien.events.extract import EventOptions, events
from sukien.pipeline import Pipeline

PIPELINE = Pipeline()


def run(text: str, published: str | None = "2024-05-01") -> Document:
    doc = PIPELINE(Document(id="t", text="", original=text, published=published))
    for ev in doc.events:
        assert doc.text[ev.start : ev.end] == ev.text
        for a, b in ev.evidence:
            assert 0 <= a < b <= len(doc.text)
    return doc


def brief(ev: Event) -> tuple[str, list[str | None], list[str | None], str | None, str]:
    return (
        ev.type,
        [a.name for a in ev.source],
        [a.name for a in ev.target],
        ev.date,
        ev.status,
    )


def only(doc: Document, type_: str) -> Event:
    found = [ev for ev in doc.events if ev.type == type_]
    assert len(found) == 1, [brief(e) for e in doc.events]
    return found[0]


def test_a_meeting_with_titles_date_and_place() -> None:
    doc = run(
        "Ngoại trưởng Mỹ Antony Blinken gặp Ngoại trưởng Trung Quốc Vương Nghị "
        "tại Bắc Kinh ngày 26/4."
    )
    ev = only(doc, "CONSULT")
    assert brief(ev) == ("CONSULT", ["Antony Blinken"], ["Wang Yi"], "2024-04-26", "asserted")
    assert ev.mode == "meet" and ev.location == "Beijing"
    assert [a.country for a in ev.source + ev.target] == ["USA", "CHN"]
    assert ev.cameo == "04" and ev.score is not None and ev.score > 0
    assert ev.trigger == "gặp"


def test_a_planned_visit_names_its_place() -> None:
    doc = run("Tổng thống Pháp Emmanuel Macron sẽ thăm Trung Quốc vào tuần tới.")
    ev = only(doc, "CONSULT")
    assert ev.mode == "visit" and ev.status == "planned" and ev.location == "China"
    assert [a.name for a in ev.target] == ["China"]


def test_negated() -> None:
    ev = only(run("Ấn Độ chưa lên án Nga."), "ACCUSE")
    assert brief(ev) == ("ACCUSE", ["India"], ["Russia"], None, "negated")


def test_passive_with_an_agent() -> None:
    ev = only(run("Iran bị Mỹ trừng phạt hôm 5/6/2023."), "SANCTION")
    assert brief(ev)[:4] == ("SANCTION", ["United States"], ["Iran"], "2023-06-05")


def test_an_agentless_passive_is_no_event() -> None:
    assert run("Nga bị cáo buộc tấn công mạng.").events == []


def test_capitals_act_for_their_states() -> None:
    ev = only(run("Washington lên án Bắc Kinh."), "ACCUSE")
    assert [(a.name, a.country) for a in ev.source] == [("United States", "USA")]
    assert [(a.name, a.country) for a in ev.target] == [("China", "CHN")]


def test_coordinated_subjects_of_a_symmetric_event() -> None:
    ev = only(run("Trung Quốc và Nga tiến hành tập trận chung ngày 3/4."), "COOPERATE")
    assert brief(ev)[:4] == ("COOPERATE", ["China"], ["Russia"], "2024-04-03")


def test_a_noun_with_its_participants() -> None:
    doc = run(
        "Cuộc điện đàm giữa Tổng thống Mỹ Joe Biden và Chủ tịch Trung Quốc Tập Cận Bình "
        "diễn ra ngày 2/4."
    )
    ev = only(doc, "CONSULT")
    assert brief(ev) == ("CONSULT", ["Joe Biden"], ["Xi Jinping"], "2024-04-02", "asserted")
    assert ev.mode == "phone"


def test_what_is_requested_did_not_happen() -> None:
    doc = run("Liên hợp quốc kêu gọi Israel ngừng tấn công Gaza.")
    assert [e.type for e in doc.events] == ["REQUEST"]
    assert [a.name for a in doc.events[0].target] == ["Israel"]


def test_a_threat_and_its_condition() -> None:
    doc = run("Mỹ cảnh báo Nga về hậu quả nghiêm trọng nếu Nga tấn công Ukraine.")
    assert [brief(e)[:3] for e in doc.events] == [("THREATEN", ["United States"], ["Russia"])]
    doc = PIPELINE(Document(id="t", text="", original=doc.original, published="2024-05-01"))
    kept = events(doc, EventOptions(hypothetical=True))
    assert ("ASSAULT", "hypothetical") in [(e.type, e.status) for e in kept.events]


def test_no_date_when_the_text_gives_none() -> None:
    ev = only(run("Nga chỉ trích NATO."), "ACCUSE")
    assert ev.date is None  # never the publication date


def test_recent_past_takes_the_month_of_publication() -> None:
    ev = only(run("Tổng thống Nga vừa điện đàm với Tổng thống Pháp Emmanuel Macron."), "CONSULT")
    assert ev.date == "2024-05" and [a.name for a in ev.source] == ["Vladimir Putin"]


def test_repeated_mentions_are_one_event_with_all_evidence() -> None:
    doc = run(
        "Ngày 9/4, Ngoại trưởng Nga Sergei Lavrov hội đàm với Ngoại trưởng Trung Quốc Vương Nghị. "
        "Cuộc hội đàm giữa ông Lavrov và ông Vương kéo dài ba giờ."
    )
    ev = only(doc, "CONSULT")
    assert ev.date == "2024-04-09" and len(ev.evidence) == 2


def test_quoted_words_are_not_events() -> None:
    doc = run('Ông Lavrov nói: "Nga sẽ tấn công các mục tiêu ở Ukraine".')
    assert [e.type for e in doc.events if e.type == "ASSAULT"] == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Mỹ và Anh lên án Iran.", ["United States", "United Kingdom"]),
        ("Mỹ, Anh và Pháp lên án Iran.", ["United States", "United Kingdom", "France"]),
    ],
)
def test_coordinated_sources(text: str, kind: list[str]) -> None:
    ev = only(run(text), "ACCUSE")
    assert [a.name for a in ev.source] == kind and [a.name for a in ev.target] == ["Iran"]


def test_anaphors_resolve() -> None:
    doc = run(
        "Ngoại trưởng Nga Sergei Lavrov tới Bắc Kinh ngày 8/4. "
        "Ông hội đàm với Ngoại trưởng Trung Quốc Vương Nghị ngày 9/4."
    )
    meetings = [brief(e)[:4] for e in doc.events if e.mode == "meet"]
    assert meetings == [("CONSULT", ["Sergei Lavrov"], ["Wang Yi"], "2024-04-09")]
    visits = [brief(e)[:4] for e in doc.events if e.mode == "visit"]  # "tới Bắc Kinh"
    assert visits == [("CONSULT", ["Sergei Lavrov"], ["China"], "2024-04-08")]


def test_without_word_segmentation_the_layers_are_the_same() -> None:
    from sukien.pipeline import PipelineOptions

    text = (
        "Ngoại trưởng Mỹ Antony Blinken gặp Ngoại trưởng Trung Quốc Vương Nghị tại Bắc Kinh "
        'ngày 26/4. Ông Blinken nói: "Hai bên đã có cuộc trao đổi thẳng thắn và sâu rộng".'
    )
    fast = Pipeline(PipelineOptions(words=False))(
        Document(id="t", text="", original=text, published="2024-05-01")
    )
    full = run(text)
    assert fast.tokens == [] and full.tokens
    assert [brief(e) for e in fast.events] == [brief(e) for e in full.events]
    assert [(q.text, q.speaker) for q in fast.quotes] == [(q.text, q.speaker) for q in full.quotes]


def test_a_protest_needs_no_named_target() -> None:
    ev = only(run("Đảng Xanh Đức tổ chức biểu tình tại Berlin ngày 2/4."), "PROTEST")
    assert ev.target == [] and ev.location == "Berlin" and ev.date == "2024-04-02"


def test_a_meeting_needs_a_named_partner() -> None:
    assert [e.type for e in run("Ông Lavrov gặp các phóng viên tại Moskva.").events] == []


def test_the_head_of_a_ministry_is_its_minister() -> None:
    doc = run("Ngày 9/4, Chủ tịch Tập Cận Bình tiếp người đứng đầu Bộ Ngoại giao Nga tại Bắc Kinh.")
    assert [(r.role, r.name) for r in doc.references] == [("foreign minister", "Sergei Lavrov")]
    ev = only(doc, "CONSULT")
    assert [a.name for a in ev.target] == ["Sergei Lavrov"]


def test_chuan_bi_is_not_a_passive() -> None:
    doc = run(
        "Cuộc gặp là bước chuẩn bị cho chuyến thăm sắp tới của Tổng thống Nga Vladimir Putin "
        "tới Trung Quốc trong năm nay."
    )
    ev = only(doc, "CONSULT")
    assert brief(ev) == ("CONSULT", ["Vladimir Putin"], ["China"], "2024", "planned")


def test_anniversaries_are_history() -> None:
    doc = run("Nhân dịp 75 năm Nga và Trung Quốc thiết lập quan hệ ngoại giao, hai bên gặp nhau.")
    assert "SUPPORT" not in [e.type for e in doc.events]


def test_a_place_of_a_state_is_no_owner() -> None:
    doc = run("Hội nghị giữa Mỹ và Nhật Bản tại thủ đô Vilnius của Lithuania kết thúc ngày 2/4.")
    ev = only(doc, "CONSULT")
    assert [a.name for a in ev.source + ev.target] == ["United States", "Japan"]


def test_a_noun_subject_takes_the_status_of_its_predicate() -> None:
    doc = run("Hội nghị hòa bình cho Ukraine do Thụy Sĩ chủ trì dự kiến diễn ra vào tháng 6.")
    ev = only(doc, "CONSULT")
    assert ev.status == "planned" and [a.name for a in ev.source] == ["Switzerland"]


def test_arriving_in_a_capital_is_a_visit() -> None:
    doc = run("Hôm nay (24/2), Thủ tướng Canada Justin Trudeau tới Kiev bằng tàu hỏa.")
    ev = only(doc, "CONSULT")
    assert (ev.mode, [a.name for a in ev.target], ev.date) == ("visit", ["Ukraine"], "2024-02-24")
    assert run("Gói viện trợ sẽ được chuyển từ Ba Lan đến Ukraine.").events == []


def test_recalling_ambassadors_targets_their_host_states() -> None:
    ev = only(run("Pháp đã triệu hồi đại sứ tại Mỹ và Australia về nước để tham vấn."), "SANCTION")
    assert [a.name for a in ev.source] == ["France"]
    assert [a.name for a in ev.target] == ["United States", "Australia"]


def test_sanctions_aimed_after_a_comma() -> None:
    doc = run("Mỹ công bố hơn 500 lệnh trừng phạt mới, nhắm vào ngành tài chính của Nga.")
    ev = only(doc, "SANCTION")
    assert [a.name for a in ev.source] == ["United States"]
    assert [a.name for a in ev.target] == ["Russia"]


def test_each_visitor_makes_a_visit() -> None:
    doc = run(
        "Hôm nay (24/2), Thủ tướng Italy Giorgia Meloni và Thủ tướng Canada Justin Trudeau "
        "tới Kiev."
    )
    visits = sorted((e.source[0].name, e.target[0].name) for e in doc.events if e.mode == "visit")
    assert visits == [("Giorgia Meloni", "Ukraine"), ("Justin Trudeau", "Ukraine")]


def test_rejecting_an_accusation_answers_its_author() -> None:
    ev = only(run("Điện Kremlin bác bỏ cáo buộc của phương Tây về vụ việc."), "REJECT")
    assert [a.name for a in ev.target] == ["the West"]


def test_a_condemnation_quoted_in_narration_is_an_event() -> None:
    doc = run("Hôm qua, G7 ra tuyên bố “lên án mạnh mẽ” cuộc tấn công của Iran.")
    assert ("ACCUSE", ["G7"], ["Iran"]) in [brief(e)[:3] for e in doc.events]


def test_agreeing_to_let_someone_act_targets_them() -> None:
    ev = only(run("Các nước ASEAN đã nhất trí để Philippines làm Chủ tịch năm 2026."), "AGREE")
    assert [a.name for a in ev.target] == ["Philippines"]


def test_member_states_are_their_bloc() -> None:
    doc = run("Hội nghị ASEAN khai mạc. Ông Widodo kêu gọi các nước thành viên giữ vững đoàn kết.")
    ev = only(doc, "REQUEST")
    assert [a.name for a in ev.target] == ["ASEAN"]


def test_several_signatories_with_one_partner_sign_one_each() -> None:
    doc = run("Ngày 24/2, Italy và Canada ký thỏa thuận an ninh song phương với Kiev.")
    pairs = sorted((e.source[0].name, e.target[0].name) for e in doc.events if e.type == "AGREE")
    assert pairs == [("Canada", "Ukraine"), ("Italy", "Ukraine")]


def test_an_undated_mention_of_some_parties_joins_the_dated_event() -> None:
    doc = run(
        "Ngày 17/9, Pháp triệu hồi đại sứ tại Mỹ và Australia. "
        "Đây là lần đầu tiên Paris triệu hồi đại sứ tại Washington."
    )
    ev = only(doc, "SANCTION")
    assert ev.date == "2024-09-17" and len(ev.evidence) == 2


def test_a_paragraph_goes_on_telling_its_day() -> None:
    doc = run(
        "Hôm qua (30/4), Tổng thống Pháp Emmanuel Macron gặp Thủ tướng Đức Olaf Scholz. "
        "Ông Macron cũng chỉ trích Nga."
    )
    ev = only(doc, "ACCUSE")
    assert ev.date == "2024-04-30"


def test_a_point_of_reference_is_not_the_date() -> None:
    ev = only(
        run("Ông Blinken là Ngoại trưởng Mỹ đầu tiên thăm Trung Quốc kể từ năm 2018."), "CONSULT"
    )
    assert ev.date is None


def test_but_not_meeting_keeps_the_subject_and_is_negated() -> None:
    doc = run("Ngày 3/8, bà Pelosi ghé Seoul nhưng không gặp Tổng thống Hàn Quốc Yoon Suk Yeol.")
    briefs = [brief(e) for e in doc.events]
    assert ("CONSULT", ["Nancy Pelosi"], ["Yoon Suk Yeol"], "2024-08-03", "negated") in briefs
    assert ("CONSULT", ["Nancy Pelosi"], ["South Korea"], "2024-08-03", "planned") in briefs


def test_at_someones_request() -> None:
    doc = run("Hội đồng Bảo an Liên hợp quốc họp khẩn hôm qua theo đề nghị của Pháp.")
    ev = only(doc, "REQUEST")
    assert brief(ev)[:3] == ("REQUEST", ["France"], ["United Nations Security Council"])


def test_what_is_denied_is_no_event() -> None:
    doc = run("Ông Biden phủ nhận việc Washington muốn lôi kéo Hà Nội, nhằm kiềm chế Trung Quốc.")
    assert [e.type for e in doc.events if e.type != "REJECT"] == []


def test_who_should_act_in_reported_words_is_asked() -> None:
    doc = run(
        "Ngày 9/4, Ngoại trưởng Vương Nghị nhấn mạnh rằng liên minh NATO do Mỹ đứng đầu "
        "không nên mở rộng hoạt động sang châu Á."
    )
    assert ("REQUEST", ["Wang Yi"], ["NATO"], "2024-04-09", "asserted") in [
        brief(e) for e in doc.events
    ]
    own = run('Ông Tập nói: "Trung Quốc và Nga nên tăng cường hợp tác chiến lược".')
    assert "REQUEST" not in [e.type for e in own.events]  # what "we" should do


def test_in_response_to_a_visit_is_no_threat_but_the_visit_is_told() -> None:
    doc = run(
        "Bộ Ngoại giao Nga hôm nay (3/5) tuyên bố trục xuất hai nhà ngoại giao Đức "
        "để đáp trả chuyến thăm Kiev của Thủ tướng Đức Olaf Scholz trong tuần này."
    )
    assert not [ev for ev in doc.events if ev.type == "THREATEN"]
    visit = only(doc, "CONSULT")
    assert visit.mode == "visit" and [a.name for a in visit.source] == ["Olaf Scholz"]
    assert visit.date == "2024-W18" and visit.status == "asserted"  # this week: not ahead


def test_a_preposed_clause_keeps_the_subject_of_a_refused_meeting() -> None:
    doc = run(
        "Trước khi tới Ấn Độ, ông Scholz ghé Islamabad nhưng không gặp Thủ tướng Pakistan "
        "Shehbaz Sharif; hai bên chỉ điện đàm hôm qua."
    )
    meetings = {(ev.mode, ev.status): brief(ev) for ev in doc.events if ev.type == "CONSULT"}
    assert meetings[("meet", "negated")][1:3] == (["Olaf Scholz"], ["Shehbaz Sharif"])
    assert ("phone", "asserted") in meetings  # the call did not absorb the meeting that was not


def test_what_may_follow_when_someone_acts_did_not_happen() -> None:
    doc = run("EU không nói rõ những hậu quả có thể xảy ra khi Trung Quốc cung cấp vũ khí cho Nga.")
    assert not [ev for ev in doc.events if ev.type == "AID"]


def test_an_agreement_between_named_parties_is_their_agreement() -> None:
    doc = run("Thỏa thuận giữa Mỹ và Taliban được ký tại Doha hôm 29/2/2020.", "2020-03-02")
    ev = only(doc, "AGREE")
    assert [a.name for a in ev.source + ev.target] == ["United States", "Taliban"]
    assert not run("Theo thỏa thuận, hai nước mở lại đường bay.").events  # a document


def test_a_promise_acts_on_whom_the_promised_act_is_for() -> None:
    ev = only(run("Thủ tướng Anh Rishi Sunak hứa sẽ ủng hộ Kiev."), "AGREE")
    assert [a.name for a in ev.source] == ["Rishi Sunak"]
    assert [a.country for a in ev.target] == ["UKR"]
    assert not [e for e in run("Ông Sunak hứa sẽ ủng hộ Kiev.").events if e.type == "SUPPORT"]


def test_applying_to_join_is_a_request_to_the_alliance() -> None:
    doc = run(
        "Thụy Điển nộp đơn gia nhập NATO vào tháng 5/2022, sau khi Nga tấn công Ukraine.",
        "2023-07-11",
    )
    request = only(doc, "REQUEST")
    assert brief(request)[1:4] == (["Sweden"], ["NATO"], "2022-05")
    assert only(doc, "ASSAULT").date is None  # before the application: not its month


def test_the_two_subjects_met_in_the_meeting_they_agreed_in() -> None:
    doc = run(
        "Tổng thống Serbia Aleksandar Vučić và Thủ tướng Kosovo Albin Kurti hôm qua nhất trí "
        "thực hiện thỏa thuận, trong cuộc gặp đầu tiên sau nhiều tháng căng thẳng."
    )
    meeting = only(doc, "CONSULT")
    assert brief(meeting)[1:3] == (["Aleksandar Vučić"], ["Albin Kurti"])
    assert not run("Ông Biden phát biểu trong cuộc họp báo tại Nhà Trắng.").events


def test_a_supply_ship_is_a_vessel_and_ramming_it_an_assault() -> None:
    doc = run("Một tàu hải cảnh Trung Quốc đâm vào tàu tiếp tế của Philippines hôm 22/10.")
    assert [ev.type for ev in doc.events] == ["ASSAULT"]
    assert brief(doc.events[0])[1:4] == (["China"], ["Philippines"], "2023-10-22")


def test_since_a_reference_point_is_no_event_and_a_coordinated_verb_has_the_main_subject() -> None:
    doc = run(
        "Ông Lavrov nói quan hệ hai nước ở mức thấp nhất kể từ khi thiết lập quan hệ ngoại "
        "giao, đồng thời yêu cầu Washington dỡ bỏ các lệnh trừng phạt."
    )
    assert [brief(ev)[:3] for ev in doc.events] == [
        ("REQUEST", ["Sergei Lavrov"], ["United States"])
    ]


def test_a_quote_opening_the_sentence_is_not_its_subject() -> None:
    doc = run(
        "“Nga tôn trọng lợi ích của Ấn Độ”, ông Putin nói, "
        "đồng thời đề nghị New Delhi mua thêm dầu."
    )
    request = only(doc, "REQUEST")
    assert brief(request)[1:3] == (["Vladimir Putin"], ["India"])


def test_a_name_after_a_dated_verb_and_va_is_a_new_subject() -> None:
    doc = run(
        "Quốc hội Hungary phê chuẩn hôm 27/3 và Quốc hội Thổ Nhĩ Kỳ bỏ phiếu hôm 30/3.",
        "2023-04-05",
    )
    assert not [ev for ev in doc.events if ev.target and ev.target[0].country == "TUR"]


def test_a_joint_press_conference_and_the_visit_of_the_guest_named_before_nguoi() -> None:
    doc = run(
        "Ông Tập phát biểu trong cuộc họp báo chung với Tổng thống Pháp Emmanuel Macron, "
        "người đang có chuyến thăm cấp nhà nước tới Bắc Kinh."
    )
    found = {(ev.mode, ev.status): brief(ev)[1:3] for ev in doc.events if ev.type == "CONSULT"}
    assert found == {
        ("meet", "asserted"): (["Xi Jinping"], ["Emmanuel Macron"]),
        ("visit", "asserted"): (["Emmanuel Macron"], ["China"]),  # "tới Bắc Kinh": to, not ahead
    }


def test_the_purpose_of_a_request_is_requested_too() -> None:
    doc = run("Bà Mao Ninh kêu gọi Washington không dùng hiệp ước này để ủng hộ Manila.")
    assert [ev.type for ev in doc.events] == ["REQUEST"]


def test_a_warning_coordinated_with_a_summons_is_addressed_to_the_summoned() -> None:
    doc = run(
        "Ngày 2/5, Thứ trưởng Ngoại giao Trung Quốc Tạ Phong triệu tập Đại sứ Mỹ Nicholas Burns, "
        "cảnh báo Bắc Kinh sẽ không ngồi yên."
    )
    threat = only(doc, "THREATEN")
    assert brief(threat)[1:4] == (["Xie Feng"], ["Nicholas Burns"], "2024-05-02")


def test_a_training_camp_is_a_place_and_a_response_a_motive() -> None:
    doc = run("Không quân Ấn Độ không kích một trại huấn luyện của nhóm phiến quân ở Pakistan.")
    assert [ev.type for ev in doc.events] == ["ASSAULT"]
    doc = run("Ông Biden nói lệnh trừng phạt nhằm đáp trả cái chết của nhà hoạt động Nga.")
    assert not [ev for ev in doc.events if ev.type == "THREATEN"]


def test_then_visiting_shares_the_subject_and_the_plan() -> None:
    doc = run("Ông Macron sẽ tới New Delhi dự hội nghị G20 cuối tuần này, sau đó thăm Bangladesh.")
    visit = next(ev for ev in doc.events if ev.mode == "visit" and ev.target[0].country == "BGD")
    assert brief(visit)[1] == ["Emmanuel Macron"] and visit.status == "planned"


def test_a_subjectless_clause_after_the_main_one_keeps_its_subject() -> None:
    doc = run(
        "Tại Paris, ông Zelensky gặp Tổng thống Pháp Emmanuel Macron và Thủ tướng Pháp, "
        "trước khi tới Đức."
    )
    visit = next(ev for ev in doc.events if ev.mode == "visit")
    assert brief(visit)[1:3] == (["Volodymyr Zelenskyy"], ["Germany"])
    # preposed, it still takes the subject after it
    doc = run("Ngày 10/9, sau khi dự hội nghị G20, ông Biden tới Hà Nội.")
    assert [brief(ev)[1] for ev in doc.events if ev.mode == "visit"] == [["Joe Biden"]]


def test_withdrawing_a_complaint_is_a_concession() -> None:
    ev = only(run("Hàn Quốc hôm qua rút đơn kiện Nhật Bản tại WTO."), "CONCEDE")
    assert brief(ev)[1:3] == (["South Korea"], ["Japan"])


def test_tightening_exports_to_a_state_is_a_sanction_not_trade() -> None:
    ev = only(
        run("Năm 2019, Tokyo siết chặt xuất khẩu vật liệu bán dẫn sang Hàn Quốc."), "SANCTION"
    )
    assert brief(ev)[1:4] == (["Japan"], ["South Korea"], "2019")
    assert not [
        e for e in run("Tokyo siết chặt xuất khẩu sang Hàn Quốc.").events if e.type == "COOPERATE"
    ]


def test_a_comma_between_two_titles_does_not_cut_the_clause() -> None:
    ev = only(run("Ông Biden hội đàm với Tổng Bí thư, Chủ tịch nước Tô Lâm tại Hà Nội."), "CONSULT")
    assert brief(ev)[1:3] == (["Joe Biden"], ["Tô Lâm"])


def test_a_meeting_agreed_on_is_planned() -> None:
    doc = run("Ông Biden và ông Tập nhất trí gặp nhau tại Washington vào năm tới.", "2023-11-16")
    meeting = only(doc, "CONSULT")
    assert brief(meeting) == ("CONSULT", ["Joe Biden"], ["Xi Jinping"], "2024", "planned")
    assert [ev.type for ev in run("Nga kêu gọi Mỹ gặp Ukraine.").events] == ["REQUEST"]


def test_issue_5_a_first_person_speech_act_in_a_direct_quote_is_the_speakers() -> None:
    doc = run(
        "“Chúng tôi kêu gọi Iran thả ngay các thủy thủ”, Ngoại trưởng Anh David Cameron nói "
        "hôm thứ Hai (29/4)."
    )
    ev = only(doc, "REQUEST")
    assert brief(ev)[:3] == ("REQUEST", ["David Cameron"], ["Iran"])
    assert ev.source[0].country == "GBR" and ev.status == "asserted"


def test_a_pledge_in_a_quote_is_made_by_saying_it() -> None:
    doc = run("“Chúng tôi sẽ luôn ủng hộ Ukraine”, Thủ tướng Đức Olaf Scholz tuyên bố.")
    ev = only(doc, "SUPPORT")
    assert brief(ev)[:3] == ("SUPPORT", ["Olaf Scholz"], ["Ukraine"])
    assert ev.status == "asserted"


def test_events_told_in_a_quote_by_someone_else_are_not_coded() -> None:
    doc = run("“Nga đã tấn công Ukraine và kêu gọi Belarus tham chiến”, ông Scholz nói.")
    assert [e.type for e in doc.events] == []


def test_what_an_accusation_alleges_is_no_event_of_its_own() -> None:
    doc = run(
        "Bộ Ngoại giao Ấn Độ cáo buộc Canada che chở cho những phần tử đe dọa Ấn Độ và "
        "muốn Mỹ can thiệp."
    )
    assert [brief(e)[:3] for e in doc.events] == [
        ("ACCUSE", ["Ministry of Foreign Affairs (India)"], ["Canada"])
    ]


def test_a_headline_event_joins_the_same_event_of_the_lead() -> None:
    doc = run(
        "Ankara ủng hộ Stockholm gia nhập NATO\n\n"
        "Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdoğan hôm qua tuyên bố ủng hộ Thụy Điển."
    )
    assert [brief(e) for e in doc.events] == [
        ("SUPPORT", ["Recep Tayyip Erdoğan"], ["Sweden"], "2024-04-30", "asserted")
    ]
    assert len(doc.events[0].evidence) == 2  # the headline is evidence of the same event


@pytest.mark.parametrize(
    ("sentence", "type_", "target"),
    [
        ("Montenegro chính thức gia nhập NATO hôm 5/6.", "AGREE", "NATO"),
        ("Serbia chưa bao giờ công nhận Kosovo.", "REJECT", "Kosovo"),
        ("Anh điều thêm binh sĩ tới Estonia.", "MOBILIZE", None),
        ("Ấn Độ tạm ngừng cấp thị thực cho công dân Canada.", "SANCTION", "Canada"),
        (
            "Cố vấn An ninh Quốc gia Mỹ Jake Sullivan trao đổi với Thủ tướng Nhật Bản "
            "Fumio Kishida.",
            "CONSULT",
            "Fumio Kishida",
        ),
    ],
)
def test_joining_unrecognizing_reinforcing_visas_and_talks(
    sentence: str, type_: str, target: str | None
) -> None:
    doc = run(sentence)
    ev = only(doc, type_)
    assert target is None or target in [a.name for a in ev.target]
    assert not [e for e in doc.events if e.type == "CONSULT" and e.mode == "visit"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ankara chuyển nghị định thư gia nhập NATO của Thụy Điển lên quốc hội.",
        "Thổ Nhĩ Kỳ bật đèn xanh cho Thụy Điển gia nhập NATO.",
        "Nga phản đối Ukraine gia nhập NATO.",
    ],
)
def test_joining_is_not_the_process_the_protocol_or_an_approval(sentence: str) -> None:
    assert [e for e in run(sentence).events if e.type == "AGREE"] == []


def test_a_time_zone_is_not_an_actor() -> None:
    doc = run(
        "Quân đội Mỹ và Anh rạng sáng nay (12/1) theo giờ Yemen đã tấn công các mục tiêu "
        "của lực lượng Houthi.",
        published="2024-01-12",
    )
    ev = only(doc, "ASSAULT")
    assert {a.country for a in ev.source} == {"USA", "GBR"}


def test_a_reaction_to_an_attack_aims_at_the_attackers() -> None:
    doc = run(
        "Mỹ và Anh đã không kích lực lượng Houthi. Người phát ngôn Bộ Ngoại giao Iran lên án "
        "các cuộc không kích là vi phạm chủ quyền Yemen."
    )
    ev = only(doc, "ACCUSE")
    assert [a.name for a in ev.target] == ["United States", "United Kingdom"]


def test_a_carried_out_retaliation_is_coded_by_the_act_and_a_price_is_a_threat() -> None:
    doc = run("Quân đội Mỹ đã tấn công lực lượng Houthi, đáp trả chiến dịch của nhóm này.")
    assert [e.type for e in doc.events] == ["ASSAULT"]
    threat = only(run("Ông Putin nói Ukraine sẽ phải trả giá."), "THREATEN")
    assert brief(threat)[1:3] == (["Vladimir Putin"], ["Ukraine"])
    announced = only(run("Nga tuyên bố sẽ đáp trả Mỹ."), "THREATEN")
    assert announced.status == "asserted"  # a threat is made by saying it


def test_an_import_ban_aims_at_where_the_goods_come_from() -> None:
    doc = run(
        "Hôm qua (24/8), Nhật Bản bắt đầu xả nước thải ra biển. Chỉ vài giờ sau, Tổng cục "
        "Hải quan Trung Quốc thông báo đình chỉ nhập khẩu toàn bộ thủy sản từ Nhật Bản. "
        "Hồng Kông cũng cấm nhập hải sản từ 10 tỉnh của Nhật Bản.",
        published="2023-08-25",
    )
    bans = [brief(e) for e in doc.events if e.type == "SANCTION"]
    assert [(b[2], b[3]) for b in bans] == [(["Japan"], "2023-08-24"), (["Japan"], "2023-08-24")]
    assert [e.source[0].country for e in doc.events if e.type == "SANCTION"] == ["CHN", "HKG"]


def test_the_forces_of_a_region_are_a_party_of_their_own() -> None:
    doc = run("Ethiopia và lực lượng Tigray nhất trí mở đường cho viện trợ nhân đạo.")
    ev = only(doc, "AGREE")
    assert [a.name for a in ev.source + ev.target] == ["Ethiopia", "Tigray forces"]
    assert [a.country for a in ev.target] == ["ETH"]


def test_a_headline_event_takes_the_day_of_its_lead() -> None:
    doc = run(
        "Thủ tướng Ấn Độ Modi thăm Nga\n\n"
        "Thủ tướng Ấn Độ Narendra Modi và Tổng thống Nga Vladimir Putin hôm nay (9/7) hội "
        "đàm tại Điện Kremlin.",
        published="2024-07-09",
    )
    visit = next(e for e in doc.events if e.mode == "visit")
    assert brief(visit) == ("CONSULT", ["Narendra Modi"], ["Russia"], "2024-07-09", "asserted")


def test_alleged_acts_are_kept_as_hypothetical_on_request() -> None:
    from sukien.pipeline import PipelineOptions

    text = "Iran cáo buộc Israel tấn công đại sứ quán của nước này tại Syria."
    keep = Pipeline(PipelineOptions(events=EventOptions(hypothetical=True)))
    doc = keep(Document(id="t", text="", original=text, published="2024-04-02"))
    assert [(e.type, e.status) for e in doc.events] == [
        ("ACCUSE", "asserted"),
        ("ASSAULT", "hypothetical"),
    ]
    assert [e.type for e in run(text).events] == ["ACCUSE"]


def test_a_meeting_told_as_a_noun_with_its_partner_is_the_followed_persons() -> None:
    doc = run(
        "Nhà lãnh đạo Triều Tiên Kim Jong-un rời Bình Nhưỡng chiều 10/9. Thượng đỉnh với "
        "Tổng thống Vladimir Putin diễn ra hôm thứ Tư tuần trước tại sân bay vũ trụ Vostochny.",
        published="2023-09-18",
    )
    ev = only(doc, "CONSULT")
    assert brief(ev) == ("CONSULT", ["Kim Jong Un"], ["Vladimir Putin"], "2023-09-13", "asserted")
    assert run("Chuyến thăm diễn ra trong bầu không khí thân mật.").events == []


def test_people_each_named_with_their_state_are_one_list() -> None:
    doc = run(
        "Mỹ kêu gọi Ngoại trưởng Takeo Akiba của Nhật Bản và Ngoại trưởng Cho Tae-yong của "
        "Hàn Quốc tăng cường phối hợp."
    )
    ev = only(doc, "REQUEST")
    assert [a.name for a in ev.target] == ["Takeo Akiba", "Cho Tae-yong"]


def test_rejecting_the_accusations_answers_their_maker() -> None:
    doc = run(
        "Thủ tướng Kosovo Albin Kurti cáo buộc Serbia hậu thuẫn nhóm tay súng. Tối cùng ngày, "
        "ông Vučić bác bỏ mọi cáo buộc, khẳng định nhà nước Serbia không đứng sau vụ tấn công."
    )
    assert brief(only(doc, "REJECT"))[1:3] == (["Aleksandar Vučić"], ["Albin Kurti"])
    doc = run(
        "Thủ tướng Canada Justin Trudeau cáo buộc Ấn Độ. Cáo buộc của ông Trudeau bị New Delhi "
        "bác bỏ là vô lý."
    )
    assert brief(only(doc, "REJECT"))[1:3] == (["India"], ["Justin Trudeau"])


def test_welcoming_an_agreement_supports_its_parties() -> None:
    doc = run(
        "Israel và Hamas ký thỏa thuận ngừng bắn tại Doha. Ngoại trưởng Mỹ Antony Blinken hoan "
        "nghênh thỏa thuận Doha như một bước quan trọng."
    )
    assert brief(only(doc, "SUPPORT"))[1:3] == (["Antony Blinken"], ["Israel", "Hamas"])
    doc = run("Hai bên kết thúc vòng đàm phán do Qatar làm trung gian.")
    assert [e for e in doc.events if e.source and e.source[0].name == "Qatar"] == []


def test_protesters_are_a_group_of_the_state_they_march_in() -> None:
    doc = run(
        "Tại Seoul hôm qua, hàng trăm người biểu tình tập trung phản đối gần Đại sứ quán Nhật Bản."
    )
    ev = only(doc, "PROTEST")
    assert ev.mode == "demo"
    assert [(a.name, a.country) for a in ev.source] == [("protesters", "KOR")]
    assert [a.country for a in ev.target] == ["JPN"]
    doc = run("Hàng nghìn người biểu tình tại Yerevan yêu cầu Thủ tướng Nikol Pashinyan từ chức.")
    assert brief(only(doc, "PROTEST"))[1:3] == (["protesters"], ["Nikol Pashinyan"])
    doc = run("Năm 2016, người biểu tình Iran tấn công đại sứ quán Saudi Arabia ở Tehran.")
    assert [a.country for a in only(doc, "ASSAULT").source] == ["IRN"]


def test_a_name_after_cạnh_is_not_the_subject_and_a_named_noun_is_a_mention() -> None:
    doc = run(
        "Trong một video, Yevgeny Prigozhin ngồi cạnh Thứ trưởng Quốc phòng Nga Yunus-Bek "
        "Yevkurov, đòi giao nộp Bộ trưởng Quốc phòng Nga Sergei Shoigu."
    )
    assert brief(only(doc, "REQUEST"))[1] == ["Yevgeny Prigozhin"]
    doc = run(
        "Ngoại trưởng Mỹ Antony Blinken gọi cuộc nổi loạn là thách thức trực tiếp với ông Putin."
    )
    assert [e.type for e in doc.events] == []


def test_an_apposition_does_not_hide_the_subject_and_a_purpose_is_no_event() -> None:
    doc = run("Iran, nước bảo trợ Hezbollah, đã lên án Israel.")
    assert brief(only(doc, "ACCUSE"))[1:3] == (["Iran"], ["Israel"])
    doc = run("Hezbollah bắt đầu bắn rocket vào miền bắc Israel từ ngày 8/10 để ủng hộ Hamas.")
    assert [e.type for e in doc.events] == ["ASSAULT"]
    assert brief(doc.events[0])[1] == ["Hezbollah"]


def test_ramming_a_states_vessel_and_standing_with_an_ally() -> None:
    doc = run(
        "Tàu BRP Teresa Magbanua của Philippines hôm qua bị một tàu hải cảnh Trung Quốc cố ý "
        "đâm ba lần."
    )
    assert brief(only(doc, "ASSAULT"))[1:3] == (["China"], ["Philippines"])
    doc = run("Ngày 19/4, tàu hải cảnh Trung Quốc va chạm với hai tàu của Philippines.")
    assert brief(only(doc, "ASSAULT"))[1:3] == (["China"], ["Philippines"])
    doc = run(
        "Người phát ngôn Bộ Ngoại giao Mỹ Matthew Miller tuyên bố Washington “sát cánh cùng "
        "đồng minh Philippines”."
    )
    assert brief(only(doc, "SUPPORT"))[2] == ["Philippines"]
    assert run("Kẻ gian đâm chém người đi đường.").events == []


def test_hours_after_a_late_clock_time_fall_on_the_next_day() -> None:
    doc = run(
        "Khoảng 22 giờ 30 tối thứ Ba (3/12), ông Yoon ban bố thiết quân luật. Hơn ba tiếng sau, "
        "ông Yoon thông báo chấp nhận yêu cầu của Quốc hội Hàn Quốc.",
        published="2024-12-05",
    )
    assert only(doc, "CONCEDE").date == "2024-12-04"


def test_a_paragraph_keeps_the_day_it_opens_with() -> None:
    doc = run(
        "Sáng 13/12, Chủ tịch Trung Quốc Tập Cận Bình vào viếng Lăng Chủ tịch Hồ Chí Minh. Ông "
        "lần lượt hội đàm với Chủ tịch nước Võ Văn Thưởng và hội kiến Thủ tướng Phạm Minh Chính.",
        published="2023-12-14",
    )
    assert [e.date for e in doc.events if e.type == "CONSULT"] == ["2023-12-13", "2023-12-13"]


def test_missiles_at_targets_a_launch_site_and_a_joint_statement() -> None:
    doc = run("Iran cũng đã phóng tên lửa vào các mục tiêu ở Iraq và Syria.")
    assert [brief(ev)[1:3] for ev in doc.events] == [(["Iran"], ["Iraq"]), (["Iran"], ["Syria"])]
    assert run("Triều Tiên phóng tên lửa từ khu vực Tongchang-ri.").events == []
    doc = run(
        "Brazil, Colombia và Mexico ra tuyên bố chung hôm thứ Năm, kêu gọi Venezuela nhanh "
        "chóng công bố kết quả."
    )
    assert brief(only(doc, "REQUEST"))[2] == ["Venezuela"]


def test_an_unmanned_aircraft_is_no_negation_and_a_summoned_diplomat_is_a_protest() -> None:
    doc = run("Iran dùng tên lửa và máy bay không người lái tấn công nhóm phiến quân ở Pakistan.")
    assert only(doc, "ASSAULT").status == "asserted"
    assert only(run("Nga không tấn công Ukraine."), "ASSAULT").status == "negated"
    doc = run("Iran triệu tập đại biện lâm thời Pakistan để phản đối.")
    assert brief(only(doc, "ACCUSE"))[1:3] == (["Iran"], ["Pakistan"])


def test_a_coordinated_verb_has_its_own_status() -> None:
    doc = run(
        "Ông Vương Nghị yêu cầu phía Ấn Độ xin lỗi, đồng thời cảnh báo New Delhi không nên "
        "đánh giá thấp Trung Quốc."
    )
    assert brief(only(doc, "THREATEN")) == ("THREATEN", ["Wang Yi"], ["India"], None, "asserted")


def test_banning_a_states_apps_is_a_sanction_but_banning_gatherings_is_not() -> None:
    doc = run("Ấn Độ cấm 59 ứng dụng của Trung Quốc, trong đó có TikTok và WeChat.")
    assert brief(only(doc, "SANCTION"))[1:3] == (["India"], ["China"])
    assert run("Chính quyền cấm người dân tụ tập.").events == []


def test_concern_about_someones_acts_and_ruling_out_a_meeting() -> None:
    doc = run("Ông Blinken nêu quan ngại về hành động khiêu khích của Bắc Kinh đối với Đài Loan.")
    assert brief(only(doc, "ACCUSE"))[2] == ["China"]
    doc = run("Phía Mỹ trước đó đã loại trừ khả năng gặp Ngoại trưởng Nga Sergei Lavrov.")
    ev = only(doc, "REJECT")
    assert ev.mode == "meet" and [a.name for a in ev.target] == ["Sergei Lavrov"]
    assert [e for e in doc.events if e.type == "CONSULT"] == []


def test_condolences_are_support_not_a_visit() -> None:
    doc = run("Mỹ, Pháp, Đức và Trung Quốc đã gửi lời chia buồn tới Nga.")
    ev = only(doc, "SUPPORT")
    assert [a.name for a in ev.target] == ["Russia"] and len(ev.source) == 4
    assert [e for e in doc.events if e.type == "CONSULT"] == []


def test_an_organizations_own_session_has_no_counterpart() -> None:
    doc = run("Hội đồng Bảo an Liên hợp quốc họp khẩn về Gaza hôm 30/4.")
    assert brief(only(doc, "CONSULT")) == (
        "CONSULT", ["United Nations Security Council"], [], "2024-04-30", "asserted"
    )  # fmt: skip
    assert only(doc, "CONSULT").mode == "multilateral"
    # a state meeting alone is no event
    assert run("Nga họp về tình hình an ninh hôm 30/4.").events == []


def test_at_someones_request_the_request_was_made_and_granted() -> None:
    doc = run("Theo đề nghị của Iran, Hội đồng Bảo an đã họp khẩn ngày 30/4.")
    assert brief(only(doc, "REQUEST"))[1:3] == (["Iran"], ["United Nations Security Council"])
    assert only(doc, "CONSULT").status == "asserted"
    assert doc.quotes == []  # "Theo đề nghị của X," attributes no words
    doc = run("Hội đồng Bảo an dự kiến họp khẩn về Karabakh theo đề nghị của Pháp.")
    assert only(doc, "REQUEST").status == "asserted"
    assert only(doc, "CONSULT").status == "planned"


def test_someone_who_must_answer_for_something_is_accused_by_the_speaker() -> None:
    doc = run(
        "“Putin phải chịu trách nhiệm về cái chết của Navalny”, Tổng thống Mỹ Joe Biden "
        "tuyên bố tại Nhà Trắng ngày 16/2."
    )
    assert brief(only(doc, "ACCUSE")) == (
        "ACCUSE", ["Joe Biden"], ["Vladimir Putin"], "2024-02-16", "asserted"
    )  # fmt: skip
    # the same words in the narration accuse no one
    assert run("Ông Putin phải chịu trách nhiệm trước cử tri.").events == []


def test_a_summoned_diplomat_is_a_protest_not_a_meeting() -> None:
    doc = run(
        "Bộ Ngoại giao Trung Quốc triệu tập một nhà ngoại giao cấp cao của Đại sứ quán Nhật "
        "Bản tại Bắc Kinh."
    )
    assert [e.type for e in doc.events] == ["ACCUSE"]
    doc = run("Ngoại trưởng Mỹ gặp nhà ngoại giao hàng đầu Trung Quốc Vương Nghị.")
    assert [e.type for e in doc.events] == ["CONSULT"]


def test_the_listed_members_of_a_body_take_part_in_its_summit() -> None:
    doc = run(
        "Hội nghị thượng đỉnh của nhóm Đối thoại An ninh Bốn bên (Quad), gồm Mỹ, Ấn Độ, Nhật Bản "
        "và Australia, diễn ra tối thứ Bảy (27/4) tại Claymont."
    )
    found = sorted(brief(ev) for ev in doc.events if ev.type == "CONSULT")
    assert [f[1] for f in found] == [["Australia"], ["India"], ["Japan"], ["United States"]]
    assert {(tuple(f[2]), f[3], f[4]) for f in found} == {
        (("Quadrilateral Security Dialogue",), "2024-04-27", "asserted")
    }


def test_an_activity_noun_a_clause_speaks_of_is_no_event() -> None:
    doc = run(
        "Hai nước nhất trí rằng đối thoại và đàm phán là lối thoát duy nhất cho cuộc khủng "
        "hoảng Ukraine."
    )
    assert [e.type for e in doc.events if e.type == "CONSULT"] == []


def test_the_two_sides_may_be_armed_groups_of_one_state() -> None:
    doc = run(
        "Thỏa thuận ngừng bắn giữa quân đội Sudan và Lực lượng Hỗ trợ Nhanh (RSF) có hiệu lực ở "
        "Khartoum. Hôm 20/4, hai bên đã ký tại Jeddah một tuyên bố cam kết bảo vệ dân thường."
    )
    ev = only(doc, "AGREE")
    assert [a.name for a in ev.source + ev.target] == ["Sudan", "Lực lượng Hỗ trợ Nhanh"]
    assert [a.country for a in ev.target] == ["SDN"]  # the unknown body's country, voted


def test_an_announced_concession_is_verbal_a_carried_out_one_material() -> None:
    doc = run("Năm 2016, ông Obama tuyên bố dỡ bỏ hoàn toàn lệnh cấm vận vũ khí đối với Việt Nam.")
    assert brief(only(doc, "CONCEDE"))[1:3] == (["Barack Obama"], ["Vietnam"])
    doc = run("Thủ tướng Pakistan Imran Khan tuyên bố sẽ trả tự do cho phi công Ấn Độ.")
    assert only(doc, "CONCEDE").status == "planned"
    doc = run("Nga trả tự do cho nhà báo Mỹ.")
    assert only(doc, "RETREAT").mode == "release"


def test_a_strike_on_a_group_hits_the_state_it_is_in_and_on_two_states_is_two() -> None:
    doc = run(
        "Tối 16/4, Iran dùng tên lửa tấn công hai mục tiêu mà Tehran gọi là sào huyệt của nhóm "
        "phiến quân Jaish al-Adl ở tỉnh Balochistan, tây nam Pakistan."
    )
    assert brief(only(doc, "ASSAULT"))[1:3] == (["Iran"], ["Jaish al-Adl", "Pakistan"])
    doc = run("Israel cáo buộc Iran tấn công đại sứ quán của nước này tại Syria.")
    assert brief(only(doc, "ACCUSE"))[1:3] == (["Israel"], ["Iran"])  # the embassy's state
    # a group's attack inside its own state does not target that state
    doc = run("Năm 2016, người biểu tình Iran tấn công đại sứ quán Saudi Arabia ở Tehran.")
    assert brief(only(doc, "ASSAULT"))[2] == ["Saudi Arabia"]


def test_a_retaliation_told_by_its_means_is_the_act_itself() -> None:
    doc = run(
        "Rạng sáng thứ Năm (18/4), Pakistan đáp trả bằng các cuộc không kích mà Islamabad gọi "
        "là “chính xác, phối hợp chặt chẽ” nhằm vào nơi ẩn náu của Quân đội Giải phóng Baloch "
        "(BLA) ở tỉnh Sistan-Baluchestan của Iran."
    )
    assert brief(only(doc, "ASSAULT")) == (
        "ASSAULT", ["Pakistan"], ["Quân đội Giải phóng Baloch", "Iran"], "2024-04-18", "asserted"
    )  # fmt: skip
    assert [e.type for e in doc.events] == ["ASSAULT"]  # no COOPERATE from the quoted term


def test_an_adverb_inside_a_trigger_and_whom_an_ambassador_leaves() -> None:
    doc = run("Hôm qua (21/5), Tây Ban Nha rút hẳn đại sứ khỏi Argentina.", "2024-05-22")
    assert brief(only(doc, "SANCTION")) == (
        "SANCTION", ["Spain"], ["Argentina"], "2024-05-21", "asserted"
    )  # fmt: skip
    doc = run("Nga cắt đứt hoàn toàn quan hệ ngoại giao với Gruzia.")
    assert brief(only(doc, "SANCTION"))[1:3] == (["Russia"], ["Georgia"])


def test_a_reaction_is_aimed_at_the_actor_of_its_cause() -> None:
    doc = run("Hôm qua, EU bày tỏ lấy làm tiếc vì Mông Cổ không tuân thủ nghĩa vụ.", "2024-09-04")
    assert brief(only(doc, "ACCUSE")) == (
        "ACCUSE", ["European Union"], ["Mongolia"], "2024-09-03", "asserted"
    )  # fmt: skip
    doc = run("Washington bày tỏ thất vọng trước quyết định của Ấn Độ.")
    assert brief(only(doc, "ACCUSE"))[1:3] == (["United States"], ["India"])
    # with an object of its own, the cause names no one else
    doc = run("Mỹ chỉ trích Nga vì Trung Quốc im lặng.")
    assert brief(only(doc, "ACCUSE"))[1:3] == (["United States"], ["Russia"])


def test_representations_and_arrest_warrants() -> None:
    doc = run("Tokyo và London cũng bị Bắc Kinh giao thiệp.")
    assert brief(only(doc, "ACCUSE"))[1:3] == (["China"], ["Japan", "United Kingdom"])
    doc = run("Năm 2023, Tòa án Hình sự Quốc tế (ICC) ra lệnh bắt ông Putin.")
    assert brief(only(doc, "COERCE")) == (
        "COERCE", ["International Criminal Court"], ["Vladimir Putin"], "2023", "asserted"
    )  # fmt: skip


def test_an_apposition_and_stand_ins_are_no_counterparts() -> None:
    doc = run(
        "Bà Harris, người dự hội nghị thay Tổng thống Joe Biden, công bố gói hỗ trợ hơn 1,5 tỷ "
        "USD cho Ukraine và gặp riêng ông Zelensky."
    )
    assert [brief(e)[:3] for e in doc.events] == [
        ("AID", ["Kamala Harris"], ["Ukraine"]),
        ("CONSULT", ["Kamala Harris"], ["Volodymyr Zelenskyy"]),
    ]


def test_not_inviting_is_leaving_out_and_a_stated_reason_names_no_one() -> None:
    doc = run(
        "Thụy Sĩ không mời Nga, còn Trung Quốc từ chối tham dự với lý do hội nghị không được "
        "cả Moskva và Kiev công nhận."
    )
    assert [brief(e)[:3] for e in doc.events] == [("REJECT", ["Switzerland"], ["Russia"])]
    assert doc.events[0].status == "asserted"


def test_a_summit_named_by_its_two_leaders_and_dated_by_the_next_paragraph() -> None:
    doc = run(
        "Thượng đỉnh Biden - Putin: nhất trí đưa đại sứ trở lại\n\n"
        "Tổng thống Mỹ Joe Biden và người đồng cấp Nga Vladimir Putin đồng ý đưa đại sứ trở "
        "lại nhiệm sở.\n\n"
        "Cuộc gặp chiều qua bên hồ Geneva kéo dài khoảng ba tiếng.",
        "2021-06-17",
    )
    assert brief(only(doc, "CONSULT")) == (
        "CONSULT", ["Joe Biden"], ["Vladimir Putin"], "2021-06-16", "asserted"
    )  # fmt: skip
    assert brief(only(doc, "AGREE"))[1:3] == (["Joe Biden"], ["Vladimir Putin"])


def test_a_closing_date_after_a_comma_dates_the_sentence() -> None:
    doc = run(
        "Tổng thống Thụy Sĩ Guy Parmelin đón ông Biden tại biệt thự La Grange, Geneva, ngày 16/6.",
        "2021-06-17",
    )
    assert only(doc, "CONSULT").date == "2021-06-16"
    # not the date of a clause of its own
    doc = run(
        "Canberra hủy hợp đồng với tập đoàn Naval Group của Pháp, được ký năm 2016.", "2021-09-17"
    )
    assert [e.date for e in doc.events] == [None]


def test_two_leaders_are_those_the_story_tells_of_not_a_photo_caption() -> None:
    doc = run(
        "Ông Biden và ông Putin gặp nhau tại Geneva.\n\n"
        "Tổng thống Thụy Sĩ Guy Parmelin (giữa) đón ông Biden tại biệt thự La Grange. Ảnh: "
        "Reuters\n\n"
        "Trong tuyên bố chung, hai tổng thống tái khẳng định cam kết kiểm soát vũ khí.",
        "2021-06-17",
    )
    agree = only(doc, "AGREE")
    assert {a.name for a in agree.source + agree.target} == {"Joe Biden", "Vladimir Putin"}


def test_a_clause_with_a_subject_of_its_own_after_con() -> None:
    doc = run(
        "Cùng ngày, Ngoại trưởng Antony Blinken điện đàm với Tổng thống Serbia Aleksandar "
        "Vučić, đề nghị hạ nhiệt căng thẳng, còn Cố vấn An ninh Quốc gia Jake Sullivan trao đổi "
        "với Thủ tướng Kosovo Albin Kurti.",
        "2023-09-30",
    )
    assert [brief(e)[1:3] for e in doc.events if e.type == "CONSULT"] == [
        (["Antony Blinken"], ["Aleksandar Vučić"]),
        (["Jake Sullivan"], ["Albin Kurti"]),
    ]
    assert {e.status for e in doc.events} == {"asserted"}


def test_a_trip_made_to_attend_a_summit_and_a_body_convening() -> None:
    doc = run(
        "Tổng thống Ukraine Volodymyr Zelensky đã có mặt tại Hiroshima chiều thứ Bảy (20/5) để "
        "dự hội nghị thượng đỉnh G7.",
        "2023-05-21",
    )
    assert brief(only(doc, "CONSULT")) == (
        "CONSULT", ["Volodymyr Zelenskyy"], ["G7"], "2023-05-20", "asserted"
    )  # fmt: skip
    assert run("Israel bắn rocket để ủng hộ Hamas.").events == []  # a motive, not a trip
    doc = run("Hội đồng Bảo an Liên hợp quốc đã nhóm họp kín hôm thứ Sáu.", "2023-12-12")
    assert only(doc, "CONSULT").mode == "multilateral"


def test_the_unnamed_leader_of_a_named_body_is_that_body() -> None:
    doc = run(
        "Ông Kishida gặp lãnh đạo Liên đoàn các hiệp hội nghề cá Nhật Bản (Zengyoren) hôm thứ Hai.",
        "2023-08-23",
    )
    assert brief(only(doc, "CONSULT"))[1:4] == (
        ["Fumio Kishida"], ["Liên đoàn các hiệp hội nghề cá Nhật Bản"], "2023-08-21"
    )  # fmt: skip
    # one does not resign from a body of one's own state as an act on it
    doc = run("Thủ tướng Boris Johnson từ chức lãnh đạo Đảng Bảo thủ.")
    assert [e for e in doc.events if e.target] == []


def test_a_verb_between_two_quoted_phrases_is_not_quoted() -> None:
    doc = run(
        'Người phát ngôn Bộ Ngoại giao Mỹ Matthew Miller tuyên bố Washington "sát cánh cùng '
        'đồng minh Philippines" và lên án các hành động "nguy hiểm và leo thang" của Trung Quốc.'
    )
    assert brief(only(doc, "ACCUSE"))[1:3] == (["United States"], ["China"])


def test_what_is_criticised_is_told_after_rang() -> None:
    doc = run(
        "Tại Seoul, Đảng Dân chủ đối lập chỉ trích rằng chính phủ của Tổng thống Yoon Suk Yeol "
        "đã không phản đối quyết định của Tokyo."
    )
    assert brief(only(doc, "ACCUSE"))[1:3] == (["Democratic Party of Korea"], ["Yoon Suk Yeol"])
    # a noun phrase of its own after the cue is not the criticised actor
    doc = run("Mỹ chỉ trích rằng lệnh cấm của Nga là vô lý.")
    assert [e for e in doc.events if e.type == "ACCUSE" and e.target] == []


def test_a_place_then_the_people_of_the_clause_are_not_one_list() -> None:
    doc = run(
        "Cùng ngày tại Istanbul, Tổng thống Nga Vladimir Putin và người đồng cấp Thổ Nhĩ Kỳ "
        "Recep Tayyip Erdoğan ra tuyên bố chung kêu gọi các bên kiềm chế.",
        "2020-01-09",
    )
    assert brief(only(doc, "AGREE"))[1:3] == (["Vladimir Putin"], ["Recep Tayyip Erdoğan"])
    # a role and states are one list
    doc = run("Lãnh đạo Mỹ, Nhật Bản và Hàn Quốc hôm qua nhất trí nâng tầm hợp tác an ninh.")
    agree = only(doc, "AGREE")
    assert {a.country for a in agree.source + agree.target} == {"USA", "JPN", "KOR"}


def test_similar_documents_are_signed_with_the_same_counterpart() -> None:
    doc = run(
        "Italy và Canada cũng ký thỏa thuận an ninh song phương với Kiev, sau khi Đức và Pháp "
        "ký các văn kiện tương tự hôm 16/2.",
        "2024-02-25",
    )
    assert sorted(brief(e)[1][0] for e in doc.events if brief(e)[2] == ["Ukraine"]) == [
        "Canada", "France", "Germany", "Italy"
    ]  # fmt: skip


def test_a_name_given_to_a_place_is_no_one_met() -> None:
    doc = run("Ông Kim thăm nhà máy chế tạo máy bay mang tên Yuri Gagarin ở Nga.")
    assert [e for e in doc.events if any(a.name == "Yuri Gagarin" for a in e.target)] == []


def test_the_signers_of_a_joint_statement_make_its_call() -> None:
    doc = run(
        "Brazil, Colombia và Mexico ra tuyên bố chung hôm thứ Năm, kêu gọi Hội đồng Bầu cử Quốc "
        "gia (CNE) của Venezuela nhanh chóng công bố dữ liệu.",
        "2024-08-03",
    )
    assert brief(only(doc, "REQUEST"))[1] == ["Brazil", "Colombia", "Mexico"]
    # the one met is not a co-subject of the next verb
    doc = run("Ông Putin gặp ông Tập và kêu gọi Mỹ ngừng can thiệp.")
    assert brief(only(doc, "REQUEST"))[1:3] == (["Vladimir Putin"], ["United States"])


def test_a_parallel_clause_does_the_same_to_the_same_target() -> None:
    doc = run(
        "Budapest cấm nhập khẩu 24 loại nông sản Ukraine, còn Bratislava duy trì lệnh cấm tới "
        "cuối năm nay.",
        "2023-09-20",
    )
    assert [brief(e) for e in doc.events] == [
        ("SANCTION", ["Hungary"], ["Ukraine"], None, "asserted"),
        ("SANCTION", ["Slovakia"], ["Ukraine"], None, "asserted"),  # until then: no date
    ]
    doc = run("Hàn Quốc vẫn duy trì lệnh cấm nhập hải sản từ 8 tỉnh của Nhật Bản.")
    assert brief(only(doc, "SANCTION"))[1:3] == (["South Korea"], ["Japan"])
