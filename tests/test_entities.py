"""Entity recognition and linking on hand-written sentences (positive and negative cases)."""

from __future__ import annotations

import pytest

from sukien.document import Document
from sukien.pipeline import Pipeline, PipelineOptions

PIPELINE = Pipeline(PipelineOptions(pos=False))


def ents(text: str, title: str | None = None) -> list[tuple[str, str, str | None, str | None]]:
    doc = PIPELINE(Document(id="t", text="", original=text, title=title))
    for e in doc.entities:
        assert doc.text[e.start : e.end] == e.text
    return [(e.text, e.type, e.name, e.country) for e in doc.entities]


def texts(text: str) -> list[str]:
    return [e[0] for e in ents(text)]


def test_titles_stay_outside_person_names() -> None:
    assert ents("Ngoại trưởng Nga Sergei Lavrov đã tới Bắc Kinh.") == [
        ("Nga", "LOC", "Russia", "RUS"),
        ("Sergei Lavrov", "PER", "Sergei Lavrov", "RUS"),
        ("Bắc Kinh", "LOC", "Beijing", "CHN"),
    ]


def test_sino_vietnamese_names_link_to_english() -> None:
    assert ents("Chủ tịch Trung Quốc Tập Cận Bình tiếp Thủ tướng Ấn Độ.")[1] == (
        "Tập Cận Bình",
        "PER",
        "Xi Jinping",
        "CHN",
    )
    assert ("Uông Văn Bân", "PER", "Wang Wenbin", "CHN") in ents(
        "Người phát ngôn Uông Văn Bân nói như vậy."
    )


@pytest.mark.parametrize("surface", ["Moskva", "Mát-xcơ-va", "Moscow", "Matxcơva"])
def test_transliterations_link_to_one_place(surface: str) -> None:
    assert ents(f"Phái đoàn đã tới {surface} hôm qua.") == [(surface, "LOC", "Moscow", "RUS")]


def test_country_inside_organization_name() -> None:
    found = ents("Theo Bộ Ngoại giao Nga, cuộc gặp diễn ra tốt đẹp.")
    assert found == [("Bộ Ngoại giao Nga", "ORG", "Ministry of Foreign Affairs (Russia)", "RUS")]


def test_job_title_is_not_an_organization() -> None:
    assert texts("Bộ trưởng Ngoại giao Trung Quốc phát biểu.") == ["Trung Quốc"]
    assert texts("Bộ trưởng Quốc phòng Nhật Bản Nobuo Kishi cảnh báo.") == [
        "Nhật Bản",
        "Nobuo Kishi",
    ]


def test_parenthesized_abbreviation_is_its_own_mention() -> None:
    found = ents("Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) họp tại Brussels.")
    assert [f[:2] for f in found][:2] == [
        ("Tổ chức Hiệp ước Bắc Đại Tây Dương", "ORG"),
        ("NATO", "ORG"),
    ]
    unknown = ents("Hội đồng Hợp tác Vùng Vịnh Ba Tư Mới (HĐHTV) họp hôm qua.")
    abbreviation = [f for f in unknown if f[0] == "HĐHTV"]
    assert not abbreviation or abbreviation[0][1] == "ORG"


def test_short_references_resolve_to_the_full_name() -> None:
    found = ents(
        "Ngoại trưởng Vương Nghị gặp Ngoại trưởng Antony Blinken. "
        "Ông Vương nói rằng ông Blinken đã đồng ý."
    )
    assert ("Vương", "PER", "Wang Yi", "CHN") in found
    assert ("Blinken", "PER", "Antony Blinken", "USA") in found


def test_unknown_foreign_name_and_its_short_form() -> None:
    found = ents("Trợ lý Ngoại trưởng Mỹ Karen Donfried tới Kiev. Bà Donfried cho biết thêm.")
    assert ("Karen Donfried", "PER", "Karen Donfried", "USA") in found
    assert ("Donfried", "PER", "Karen Donfried", "USA") in found


def test_media_credits_are_organizations() -> None:
    found = ents("Theo Hãng tin Reuters, AFP và Tân Hoa Xã, hai bên đã nhất trí.")
    assert [(f[0], f[1]) for f in found] == [
        ("Reuters", "ORG"),
        ("AFP", "ORG"),
        ("Tân Hoa Xã", "ORG"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Anh ấy nói rằng cuộc họp đã kết thúc.",
        "Chị Nga cho biết gia đình vẫn an toàn.",
        "Bà Nguyễn Thị Nga là đại biểu Quốc hội.",
        "Đức Giáo hoàng Phanxicô kêu gọi hòa bình.",
        "Ông Trần Minh Đức phát biểu tại buổi lễ.",
        "Cô Thu Hà nói với anh Tuấn rằng cô sẽ về.",
        "Chủ nhật này tôi sẽ đi chợ với anh trai.",
    ],
)
def test_ambiguous_words_are_not_countries(sentence: str) -> None:
    countries = [f for f in ents(sentence) if f[1] == "LOC"]
    assert countries == []


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Thủ tướng Anh Liz Truss sẽ tới Washington.", "GBR"),
        ("Anh và Pháp phản đối kế hoạch này.", "GBR"),
        ("Nga tuyên bố sẽ đáp trả.", "RUS"),
        ("Quan hệ giữa Trung Quốc và Đức đang tốt lên.", "DEU"),
        ("Phía Nga cũng bày tỏ ủng hộ.", "RUS"),
        ("Người đồng cấp Mỹ cho biết như vậy.", "USA"),
    ],
)
def test_ambiguous_words_as_countries(sentence: str, country: str) -> None:
    assert country in {f[3] for f in ents(sentence) if f[1] == "LOC"}


def test_byline_is_a_person_without_country() -> None:
    found = ents("Nga và Trung Quốc hội đàm\nHai bên đã gặp nhau tại Moskva.\nThu Nga (Theo AFP)")
    assert ("Thu Nga", "PER", "Thu Nga", None) in found
    assert ("AFP", "ORG", "Agence France-Presse", "FRA") in [f[:4] for f in found]


def test_capitals_stay_places() -> None:
    assert ents("Washington và Bắc Kinh đã nối lại đối thoại.") == [
        ("Washington", "LOC", "Washington, D.C.", "USA"),
        ("Bắc Kinh", "LOC", "Beijing", "CHN"),
    ]


def test_place_cue_for_unknown_names() -> None:
    found = ents("Hai bên gặp nhau tại Zlatograd Velikiye hôm thứ Hai.")
    assert ("Zlatograd Velikiye", "LOC") in [f[:2] for f in found]


def test_no_entities_in_plain_sentence() -> None:
    assert ents("Hai bên nhất trí tăng cường hợp tác trong nhiều lĩnh vực.") == []


def test_unknown_names_get_stable_corpus_ids() -> None:
    doc = PIPELINE(Document(id="t", text="", original="Ông Zbigniew Kowalczyk tới thăm."))
    person = doc.entities[0]
    assert person.kb_id == "corpus/zbigniew-kowalczyk"


def test_punctuation_between_names_does_not_break_recognition() -> None:
    ents("ông Nga - Quốc\n")  # found by Hypothesis: a dash as a "word" of a person name


def test_all_caps_headline() -> None:
    found = ents("NGA VÀ TRUNG QUỐC KÝ THỎA THUẬN HỢP TÁC MỚI\nHai nước ký tại Moskva.")
    assert [(f[0], f[2]) for f in found] == [
        ("NGA", "Russia"),
        ("TRUNG QUỐC", "China"),
        ("Moskva", "Moscow"),
    ]


def test_a_two_word_short_form_is_not_split() -> None:
    found = ents(
        "Ngoại trưởng Pháp Jean-Yves Le Drian phát biểu. Ông Le Drian cho biết Pháp thất vọng."
    )
    people = [e for e in found if e[1] == "PER"]
    assert [p[0] for p in people] == ["Jean-Yves Le Drian", "Le Drian"]
    assert {p[2] for p in people} == {"Jean-Yves Le Drian"}


def test_a_particle_name_has_its_short_form() -> None:
    found = ents(
        "Người phát ngôn Majed al-Ansari phát biểu. Ông Ansari nói thêm rằng hai bên đã đồng ý."
    )
    assert [(e[0], e[2]) for e in found if e[1] == "PER"] == [
        ("Majed al-Ansari", "Majed al-Ansari"),
        ("Ansari", "Majed al-Ansari"),
    ]


def test_a_title_is_not_part_of_an_unknown_name() -> None:
    found = ents("Ông Bazoum bị lực lượng vệ binh của Tướng Tiani giam giữ từ ngày 26/7.")
    assert "Tiani" in [e[0] for e in found if e[1] == "PER"]
    assert not any(e[0].startswith("Tướng") for e in found)


def test_a_capitalized_word_is_no_short_form() -> None:
    # "Trung tâm", "Anh hùng" are words of their own, not Trung (China) or Anh (the UK)
    found = ents("Ông làm việc tại Trung tâm Báo chí và là Anh hùng Lao động.")
    assert not any(e[3] in ("CHN", "GBR") for e in found)
    assert [e[0] for e in found] == ["Trung tâm Báo chí"]  # a named press centre


def test_a_body_named_in_title_case() -> None:
    # a capitalized head and capitalized words the knowledge base does not know
    found = ents(
        "Ủy ban Chuyển tiếp và Khôi phục Thể chế (CTRI) tuyên bố giải tán Tòa án Hiến pháp ở Gabon."
    )
    assert [(e[0], e[1]) for e in found] == [
        ("Ủy ban Chuyển tiếp và Khôi phục Thể chế", "ORG"),
        ("CTRI", "ORG"),
        ("Tòa án Hiến pháp", "ORG"),
        ("Gabon", "LOC"),
    ]
    # lower-case words of the name run on to its state
    found = ents("Tàu của Lực lượng Huy động Nhân dân Iraq và Trung tâm Bầu cử Gabon.")
    assert [(e[0], e[3]) for e in found] == [
        ("Lực lượng Huy động Nhân dân Iraq", "IRQ"),
        ("Trung tâm Bầu cử Gabon", "GAB"),
    ]
    # a word the dictionary lacks leaves the end unsure: no name is guessed
    assert texts("Cục Nghề cá cho biết.") == []
    assert [e[0] for e in ents("Quan hệ Trung - Nga phát triển.")] == ["Trung", "Nga"]


def test_any_organization_head_names_a_body_with_its_acronym() -> None:
    found = ents("Giao tranh giữa quân đội và Lực lượng Hỗ trợ Nhanh (RSF) lại nổ ra.")
    assert [(e[0], e[1]) for e in found] == [("Lực lượng Hỗ trợ Nhanh", "ORG"), ("RSF", "ORG")]


def test_an_unknown_titled_person_takes_the_one_country_of_the_sentence() -> None:
    found = ents(
        "Quân đội đảo chính tại Niger lật đổ Tổng thống Mohamed Bazoum. "
        "Ông Bazoum bị giam giữ. Bộ trưởng Kwame Mensah tới Washington và Paris."
    )
    countries = {e[0]: e[3] for e in found if e[1] == "PER"}
    assert countries["Mohamed Bazoum"] == "NER" and countries["Bazoum"] == "NER"
    assert countries["Kwame Mensah"] is None  # two countries in the sentence: no guess


def test_romanized_given_names_keep_their_hyphenated_syllable() -> None:
    assert texts("Tổng thống Kim Dae-jung và ông Roh Moo-hyun gặp nhau.") == [
        "Kim Dae-jung",
        "Roh Moo-hyun",
    ]


def test_ships_shoals_and_embassies() -> None:
    found = ents(
        "Tàu hải cảnh đâm vào tàu tiếp tế Unaizah May 2 do quân đội Philippines thuê gần bãi "
        "Cỏ Mây, nơi tàu BRP Sierra Madre mắc cạn. Đại sứ quán Trung Quốc tại Manila phản đối."
    )
    assert [(e[0], e[1], e[3]) for e in found] == [
        ("Unaizah May 2", "MISC", "PHL"),
        ("Philippines", "LOC", "PHL"),
        ("Cỏ Mây", "LOC", None),
        ("BRP Sierra Madre", "MISC", "PHL"),
        ("Đại sứ quán Trung Quốc", "ORG", "CHN"),
        ("Manila", "LOC", "PHL"),
    ]


def test_an_embassy_is_named_by_its_state_and_host() -> None:
    found = ents("Đại sứ quán Mỹ tại Hà Nội và Đại sứ quán Nga ra thông cáo.")
    assert [e[2] for e in found if e[1] == "ORG"] == [
        "Embassy of the United States in Vietnam",
        "Embassy of Russia",
    ]


def test_issue_5_a_common_noun_is_not_the_place_with_the_same_syllables() -> None:
    from sukien.api import annotate

    doc = annotate("Ông ấy đoạt giải Nobel Hòa bình năm 2019 và kêu gọi hòa bình ở tỉnh Hòa Bình.")
    found = [(doc.text[e.start : e.end], e.type, e.kb_id) for e in doc.entities]
    assert ("Nobel Hòa bình", "MISC", "misc/nobel-peace-prize") in found
    assert [f for f in found if f[2] == "region/vn-hoa-binh"] == [
        ("Hòa Bình", "LOC", "region/vn-hoa-binh")
    ]


def test_a_city_name_before_a_foreign_surname_is_a_given_name() -> None:
    from sukien.api import annotate

    doc = annotate(
        "Hôm qua, Milan Radoičić thừa nhận đã tổ chức vụ việc. Ông Radoičić khẳng định ông "
        "hành động một mình. Tại Milan, Thị trưởng Kiev Vitali Klitschko phát biểu."
    )
    found = [(doc.text[e.start : e.end], e.type, e.name) for e in doc.entities]
    assert found[:2] == [
        ("Milan Radoičić", "PER", "Milan Radoičić"),
        ("Radoičić", "PER", "Milan Radoičić"),
    ]
    assert ("Milan", "LOC", "Milan") in found and ("Kiev", "LOC", "Kyiv") in found


def test_a_given_name_refers_to_the_person_named_in_full() -> None:
    from sukien.api import annotate

    doc = annotate("Đại diện TPLF Getachew Reda ký thỏa thuận. Ông Getachew thừa nhận điều đó.")
    people = [(doc.text[e.start : e.end], e.name) for e in doc.entities if e.type == "PER"]
    assert people == [("Getachew Reda", "Getachew Reda"), ("Getachew", "Getachew Reda")]


def test_issue_5_a_bare_state_body_belongs_to_the_articles_country() -> None:
    from sukien.api import annotate

    doc = annotate(
        "Tổng thống Hàn Quốc Yoon Suk Yeol ban bố thiết quân luật, và quân đội phong tỏa tòa nhà "
        "ở Seoul. Sáng nay, Quốc hội bỏ phiếu bãi bỏ lệnh này."
    )
    body = next(e for e in doc.entities if e.text == "Quốc hội")
    assert (body.kb_id, body.country) == ("gov/national-assembly-kor", "KOR")
    home = annotate("Quốc hội họp tại Hà Nội. Đại biểu của Quốc hội thảo luận luật Đất đai.")
    assert {e.kb_id for e in home.entities if e.text == "Quốc hội"} == {"gov/national-assembly-vnm"}


def test_a_body_that_names_its_state_keeps_it() -> None:
    from sukien.api import annotate

    doc = annotate(
        "Tổng thống Hàn Quốc Yoon Suk Yeol tới Seoul. Bộ Ngoại giao Việt Nam và Quốc hội Hàn "
        "Quốc ra tuyên bố."
    )
    assert [e.country for e in doc.entities if e.type == "ORG"] == ["VNM", "KOR"]


def test_a_spanish_name_and_its_short_forms_are_one_person_of_the_right_country() -> None:
    found = ents(
        "Ngoại trưởng Mỹ Antony Blinken tuyên bố ứng viên đối lập Edmundo González Urrutia "
        "thắng cử. Tổng thống Venezuela Nicolás Maduro bác bỏ kết quả ông González công bố. "
        "Ông Maduro cũng chỉ trích ông Edmundo González. Ngoại trưởng Peru Javier "
        "González-Olaechea nói Lima công nhận ông González."
    )
    people = [(t, n, c) for t, k, n, c in found if k == "PER" and "Gonz" in t]
    assert people == [
        ("Edmundo González Urrutia", "Edmundo González Urrutia", "VEN"),
        ("González", "Edmundo González Urrutia", "VEN"),
        ("Edmundo González", "Edmundo González Urrutia", "VEN"),
        ("Javier González-Olaechea", "Javier González-Olaechea", "PER"),
        ("González", "Edmundo González Urrutia", "VEN"),
    ]


def test_one_known_person_beside_an_unknown_one_gives_no_country() -> None:
    found = ents(
        "Ông Kishida nhắc tới tuyên bố chung năm 1998 giữa Thủ tướng Keizo Obuchi và Tổng "
        "thống Kim Dae-jung."
    )
    assert ("Kim Dae-jung", "PER", "Kim Dae-jung", None) in found


def test_the_pope_is_a_person_of_the_holy_see_and_his_title_stays_outside() -> None:
    found = ents("Tại Rome, ông gặp bà Meloni và Đức Giáo hoàng Phanxicô.")
    assert ("Phanxicô", "PER", "Pope Francis", "VAT") in found


def test_unknown_names_after_group_nouns_are_bodies_and_places_take_a_compass_country() -> None:
    found = ents(
        "IS nhận trách nhiệm qua hãng tin Amaq. Iran tấn công nhóm phiến quân Jaish al-Adl ở "
        "tỉnh Balochistan, tây nam Pakistan."
    )
    assert ("Amaq", "ORG") in [(t, k) for t, k, _, _ in found]
    assert ("Jaish al-Adl", "ORG") in [(t, k) for t, k, _, _ in found]
    assert ("Balochistan", "LOC", "Balochistan", "PAK") in found
    # a person of the group is no body, and a name that goes on is not cut short
    found = ents("Ông Burhan bổ nhiệm cựu thủ lĩnh phiến quân Malik Agar.")
    assert ("Malik Agar", "PER") in [(t, k) for t, k, _, _ in found]
    assert "Air" not in texts("Ông Kim tới Singapore trên một máy bay của hãng Air China.")


def test_an_outlets_web_name_before_the_lead_is_the_outlet_not_vietnam() -> None:
    found = ents("VOV.VN - Mỹ cùng 9 nước sẽ tuần tra chung ở Biển Đỏ.")
    assert found[0][:3] == ("VOV.VN", "ORG", "Voice of Vietnam")
    assert "VN" not in [t for t, _, _, _ in found]


def test_a_spaced_dash_parts_two_names() -> None:
    found = ents("Ông Biden gặp ông Putin. Thượng đỉnh Biden - Putin diễn ra ở Geneva.")
    assert [(e[0], e[2]) for e in found if e[1] == "PER"] == [
        ("Biden", "Joe Biden"),
        ("Putin", "Vladimir Putin"),
        ("Biden", "Joe Biden"),
        ("Putin", "Vladimir Putin"),
    ]
    assert texts("Quan hệ Á - Âu và Jean-Yves Le Drian.") == ["Á - Âu", "Jean-Yves Le Drian"]


def test_a_body_whose_name_ends_with_its_state_and_a_short_name() -> None:
    found = ents("Ông gặp lãnh đạo Liên đoàn các hiệp hội nghề cá Nhật Bản (Zengyoren).")
    assert [(e[0], e[1], e[3]) for e in found[-2:]] == [
        ("Liên đoàn các hiệp hội nghề cá Nhật Bản", "ORG", "JPN"),
        ("Zengyoren", "ORG", "JPN"),
    ]
    # a country in brackets is no short name of a body
    assert [e[0] for e in ents("Bộ Ngoại giao (Nga) cho biết.")][-1] == "Nga"


def test_a_bare_party_name_is_the_party_of_the_state_beside_it() -> None:
    found = ents("Đảng Dân chủ đối lập chỉ trích chính phủ của Tổng thống Yoon Suk Yeol.")
    assert found[0][2:] == ("Democratic Party of Korea", "KOR")
    found = ents("Đảng Dân chủ của Tổng thống Joe Biden thắng cử.")
    assert found[0][2:] == ("Democratic Party (United States)", "USA")
