"""The event-trigger lexicon (``sukien/events/data/triggers.tsv``), its matcher and the PLOVER
tables. The sentences below were written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from sukien.events.lexicon import (
    COLUMNS,
    LexiconError,
    Trigger,
    find_triggers,
    parse_triggers,
    triggers,
)
from sukien.events.plover import (
    CAMEO_PREFIXES,
    CAMEO_ROOT,
    CAMEO_ROOT_NAMES,
    GOLDSTEIN,
    MODE_CODES,
    PLOVER_TYPES,
    QUAD_CLASS,
    TYPE_SCORES,
    cameo_root,
    cooperation_conflict,
    goldstein,
    valid_cameo,
    valid_mode,
)
from sukien.text.normalize import NormalizeOptions, normalize_text

TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip


def _found(text: str) -> list[tuple[str, str]]:
    """(matched text, "TYPE" or "TYPE/mode") of every match, in order."""
    return [(m.text, f"{m.type}/{m.mode}" if m.mode else m.type) for m in find_triggers(text)]


def _fold(text: str) -> str:
    return normalize_text(text, NormalizeOptions(tone_style="old", quotes=False))


# ------------------------------------------------------------------------------ the table


def test_table_parses_and_is_large() -> None:
    rows = triggers()
    assert len(rows) >= 250
    assert triggers() is rows  # cached
    assert all(isinstance(r, Trigger) for r in rows)


@pytest.mark.parametrize("plover_type", TYPES)
def test_every_type_has_at_least_five_triggers(plover_type: str) -> None:
    lemmas = {r.trigger for r in triggers() if r.type == plover_type}
    assert len(lemmas) >= 5


def test_modes_are_valid_for_their_types() -> None:
    for row in triggers():
        assert valid_mode(row.type, row.mode), (row.line, row.trigger, row.mode)


def test_no_duplicate_trigger_type_mode() -> None:
    counts = Counter((r.trigger, r.type, r.mode) for r in triggers())
    assert [key for key, n in counts.items() if n > 1] == []


def test_cameo_codes_are_valid_and_scored() -> None:
    for row in triggers():
        assert valid_cameo(row.type, row.cameo), (row.line, row.trigger, row.cameo)
        assert row.cameo in GOLDSTEIN, (row.line, row.cameo)


def test_cells_are_well_formed() -> None:
    for row in triggers():
        assert row.pos in {"verb", "noun", "both"}
        assert row.direction in {"source_acts", "symmetric", "passive_ok", "reversed"}
        assert row.example and row.trigger == row.trigger.strip()
        assert row.trigger not in row.nominal


def test_requested_triggers_are_present() -> None:
    lemmas = {r.trigger for r in triggers()}
    wanted = (
        "hội đàm", "điện đàm", "hội đàm trực tuyến", "gặp", "thăm", "tiếp", "hội nghị",
        "nhất trí", "cam kết", "ký", "đồng ý", "ủng hộ", "hoan nghênh", "ca ngợi",
        "đánh giá cao", "hợp tác", "tập trận chung", "thương mại", "viện trợ",
        "cung cấp vũ khí", "kêu gọi", "hối thúc", "yêu cầu", "đề nghị", "lên án", "chỉ trích",
        "cáo buộc", "phản đối", "từ chối", "bác bỏ", "phủ nhận", "cảnh báo", "đe dọa",
        "đe doạ", "trừng phạt", "trục xuất", "cấm vận", "tẩy chay", "cắt đứt", "biểu tình",
        "triển khai quân", "tăng cường quân đội", "tập trận", "bắt giữ", "cấm nhập cảnh",
        "phong tỏa", "phong toả", "tấn công", "không kích", "pháo kích", "xâm lược",
    )  # fmt: skip
    assert [w for w in wanted if w not in lemmas] == []


def test_nominal_forms_listed() -> None:
    nominal = {form: r.trigger for r in triggers() for form in r.nominal}
    assert nominal["cuộc gặp"] == "gặp"
    assert nominal["cuộc điện đàm"] == "điện đàm"
    assert nominal["chuyến thăm"] == "thăm"
    assert nominal["lệnh trừng phạt"] == "trừng phạt"
    assert nominal["các biện pháp trừng phạt"] == "trừng phạt"
    assert nominal["lời kêu gọi"] == "kêu gọi"


def test_every_example_contains_its_trigger() -> None:
    for row in triggers():
        readings = [r for m in find_triggers(row.example) for r in m.readings]
        same = [r for r in readings if (r.type, r.mode) == (row.type, row.mode)]
        # a spelling-variant row (đe doạ) is read as its first spelling (đe dọa)
        assert row in readings or any(_fold(r.trigger) == _fold(row.trigger) for r in same), (
            row.line,
            row.example,
        )


def test_context_rules() -> None:
    (tiep,) = [r for r in triggers() if r.trigger == "tiếp"]
    assert tiep.objects == ("person",)
    assert "tục" in tiep.rule("not_before")
    (tham,) = [r for r in triggers() if r.trigger == "thăm"]
    assert tham.objects == ("place", "person")
    assert {r.objects for r in triggers() if r.trigger == "ký"} == {("agreement",)}


# ----------------------------------------------------------------------------- parse errors

_HEADER = "\t".join(COLUMNS)
_GOOD = "hội đàm\tCONSULT\tmeet\tboth\tcuộc hội đàm\tsymmetric\tyes\t\t040\ttalks\thai bên hội đàm"


def _table(*rows: str) -> str:
    return "\n".join(("# comment", _HEADER, *rows)) + "\n"


def test_parse_good_row() -> None:
    (row,) = parse_triggers(_table(_GOOD))
    assert row.trigger == "hội đàm" and row.mode == "meet" and row.nominal == ("cuộc hội đàm",)
    assert row.needs_target and row.line == 3


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (_GOOD.replace("CONSULT", "CHAT"), "unknown PLOVER type"),
        (_GOOD.replace("meet", "yield"), "not a mode of CONSULT"),
        (_GOOD.replace("040", "120"), "CAMEO code"),
        (_GOOD.replace("both", "adverb"), "pos"),
        (_GOOD.replace("symmetric", "sideways"), "direction"),
        (_GOOD.replace("\tyes\t", "\tmaybe\t"), "needs_target"),
        (_GOOD.replace("\t\t040", "\tnot_before:\t040"), "bad rule"),
        (_GOOD.replace("\t\t040", "\tobject:planet\t040"), "unknown object kind"),
        (_GOOD.replace("\thai bên hội đàm", "\t"), "example"),
        (_GOOD + "\textra", "columns"),
    ],
)
def test_parse_errors(bad: str, message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        parse_triggers(_table(bad), "t.tsv")


def test_parse_duplicate_and_header() -> None:
    with pytest.raises(LexiconError, match=r"t.tsv:4: repeated"):
        parse_triggers(_table(_GOOD, _GOOD), "t.tsv")
    with pytest.raises(LexiconError, match="header"):
        parse_triggers(_GOOD + "\n")
    with pytest.raises(LexiconError, match="no header"):
        parse_triggers("# only a comment\n")


# ------------------------------------------------------------------------------ matching

POSITIVES = [
    # CONSULT
    ("Thủ tướng Nhật Bản hội đàm với Tổng thống Philippines tại Manila.",
     [("hội đàm", "CONSULT/meet")]),
    ("Hai ngoại trưởng đã điện đàm hôm thứ Ba để bàn về tình hình biển Hoa Đông.",
     [("điện đàm", "CONSULT/phone")]),
    ("Lãnh đạo hai nước hội đàm trực tuyến vào tối 15/12.",
     [("hội đàm trực tuyến", "CONSULT/video")]),
    ("Cuộc gặp giữa hai bộ trưởng kéo dài hơn ba giờ.", [("Cuộc gặp", "CONSULT/meet")]),
    ("Tổng thống Indonesia sẽ thăm cấp nhà nước tới Hàn Quốc vào tháng tới.",
     [("thăm cấp nhà nước", "CONSULT/visit")]),
    ("Chủ tịch nước tiếp Đại sứ Đức tới chào từ biệt.", [("tiếp", "CONSULT/meet")]),
    ("Hội nghị thượng đỉnh ASEAN khai mạc sáng nay tại Vientiane.",
     [("Hội nghị thượng đỉnh", "CONSULT")]),
    ("Thủ tướng Anh gọi điện cho Tổng thống Pháp.", [("gọi điện", "CONSULT/phone")]),
    ("Đặc phái viên làm trung gian hòa giải giữa hai phe.",
     [("làm trung gian hòa giải", "CONSULT/third-party")]),
    # AGREE, SUPPORT
    ("Hai bên nhất trí tiếp tục tăng cường trao đổi đoàn các cấp.", [("nhất trí", "AGREE")]),
    ("Hai nước ký hiệp định thương mại tự do sau mười năm đàm phán.",
     [("ký hiệp định", "AGREE"), ("đàm phán", "CONSULT")]),
    ("Hai bên đã ký 14 văn kiện hợp tác trong nhiều lĩnh vực.",
     [("ký", "AGREE"), ("hợp tác", "COOPERATE")]),
    ("Đức cam kết viện trợ thêm cho Ukraine.", [("cam kết viện trợ", "AGREE/assist")]),
    ("Hai nước khôi phục quan hệ ngoại giao vào năm ngoái.", [("khôi phục quan hệ", "AGREE")]),
    ("Tổng thư ký NATO hoan nghênh quyết định của Phần Lan.", [("hoan nghênh", "SUPPORT")]),
    ("Ông Lula ca ngợi vai trò của Trung Quốc và đánh giá cao sáng kiến của Bắc Kinh.",
     [("ca ngợi", "SUPPORT"), ("đánh giá cao", "SUPPORT")]),
    # CONCEDE, RETREAT
    ("Chính phủ xin lỗi các nạn nhân và nhượng bộ trước sức ép của dư luận.",
     [("xin lỗi", "CONCEDE"), ("nhượng bộ", "CONCEDE")]),
    ("Các bên tuyên bố ngừng bắn trong dịp lễ.", [("tuyên bố ngừng bắn", "CONCEDE")]),
    ("Hamas thả 13 con tin người Israel.", [("thả", "RETREAT/release")]),
    ("Nga rút quân khỏi thành phố Kherson.", [("rút quân", "RETREAT/withdraw")]),
    ("Thủ tướng tuyên bố từ chức sau thất bại trong cuộc bỏ phiếu.",
     [("từ chức", "RETREAT/resign")]),
    ("Washington dỡ bỏ lệnh trừng phạt đối với một số quan chức.",
     [("dỡ bỏ lệnh trừng phạt", "RETREAT/ease")]),
    # COOPERATE, AID
    ("Nga và Trung Quốc tập trận chung ở biển Nhật Bản.",
     [("tập trận chung", "COOPERATE/military")]),
    ("Kim ngạch thương mại song phương đạt 100 tỷ USD.",
     [("Kim ngạch thương mại", "COOPERATE/economic")]),
    ("Hai bên tiếp tục thảo luận về hợp tác quốc phòng.",
     [("thảo luận", "CONSULT"), ("hợp tác quốc phòng", "COOPERATE/military")]),
    ("Nhật Bản viện trợ 10 triệu USD cho các nạn nhân động đất.", [("viện trợ", "AID")]),
    ("Mỹ công bố gói viện trợ quân sự mới trị giá 300 triệu USD.",
     [("gói viện trợ quân sự", "AID/military")]),
    # REQUEST, ACCUSE, REJECT, THREATEN
    ("Tổng thư ký Liên hợp quốc kêu gọi các bên kiềm chế.", [("kêu gọi", "REQUEST")]),
    ("Lời kêu gọi của Giáo hoàng được nhiều nước hưởng ứng.",
     [("Lời kêu gọi", "REQUEST"), ("hưởng ứng", "SUPPORT")]),
    ("Bộ Ngoại giao yêu cầu phía Trung Quốc rút ngay giàn khoan.", [("yêu cầu", "REQUEST")]),
    ("Kiev cáo buộc Moskva vi phạm lệnh ngừng bắn.",
     [("cáo buộc", "ACCUSE"), ("vi phạm lệnh ngừng bắn", "ASSAULT")]),
    ("Bắc Kinh lên án và kịch liệt phản đối chuyến thăm của quan chức Mỹ.",
     [("lên án", "ACCUSE"), ("kịch liệt phản đối", "ACCUSE"), ("chuyến thăm", "CONSULT/visit")]),
    ("Thủ tướng Hungary từ chối gặp phái đoàn EU.", [("từ chối gặp", "REJECT/meet")]),
    ("Chính quyền quân sự từ chối đối thoại với phe đối lập.",
     [("từ chối đối thoại", "REJECT/meet")]),
    ("Tehran bác bỏ mọi cáo buộc và phủ nhận liên quan đến vụ việc.",
     [("bác bỏ", "REJECT"), ("cáo buộc", "ACCUSE"), ("phủ nhận", "REJECT")]),
    ("Bình Nhưỡng đe dọa đáp trả bằng biện pháp quân sự.",
     [("đe dọa", "THREATEN"), ("đáp trả", "THREATEN")]),
    ("Bình Nhưỡng đe doạ sẽ phong toả tuyến hàng hải.",
     [("đe doạ", "THREATEN"), ("phong toả", "COERCE/restrict")]),
    # SANCTION, PROTEST
    ("Các lệnh trừng phạt mới nhằm vào ngành năng lượng của Iran.",
     [("Các lệnh trừng phạt", "SANCTION")]),
    ("Liên minh châu Âu trừng phạt thêm 20 cá nhân.", [("trừng phạt", "SANCTION")]),
    ("Ba Lan trục xuất 45 nhà ngoại giao Nga.", [("trục xuất", "SANCTION/expel")]),
    ("Hàng nghìn người biểu tình trước trụ sở quốc hội ở Tbilisi.",
     [("biểu tình", "PROTEST/demo")]),
    # MOBILIZE, COERCE, ASSAULT
    ("Nga triển khai quân tới biên giới và tăng cường quân đội ở phía tây.",
     [("triển khai quân", "MOBILIZE/troops"), ("tăng cường quân đội", "MOBILIZE/troops")]),
    ("Quân đội Trung Quốc tiến hành tập trận bắn đạn thật.",
     [("tập trận bắn đạn thật", "MOBILIZE/weapons")]),
    ("Cảnh sát bắt giữ hai nhà báo nước ngoài tại sân bay.", [("bắt giữ", "COERCE/arrest")]),
    ("Nga cấm nhập cảnh đối với 500 công dân Mỹ.", [("cấm nhập cảnh", "COERCE/ban")]),
    ("Israel không kích miền nam Lebanon rạng sáng nay.", [("không kích", "ASSAULT/aerial")]),
    ("Quân đội Ukraine pháo kích một thị trấn ở Donetsk.",
     [("pháo kích", "ASSAULT/heavy-weapons")]),
    ("Iraq xâm lược Kuwait vào tháng 8/1990.", [("xâm lược", "ASSAULT")]),
    ("Thị trấn bị tấn công bằng máy bay không người lái.",
     [("tấn công bằng máy bay không người lái", "ASSAULT/drone")]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), POSITIVES, ids=[s[:40] for s, _ in POSITIVES])
def test_positive_sentences(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


def test_positive_sentences_cover_every_type() -> None:
    types = {label.split("/")[0] for _, expected in POSITIVES for _, label in expected}
    assert types == set(TYPES)


NEGATIVES = [
    # "tiếp tục" (continue) is not "tiếp" (receive a visitor)
    ("Hai nước sẽ tiếp tục trao đổi trong thời gian tới.", []),
    # "thăm dò" (poll, probe) is not a visit
    ("Công ty thực hiện khảo sát thăm dò dư luận về cuộc bầu cử.", []),
    # "hợp tác xã" (a cooperative) is not cooperation; the contract is signed (AGREE)
    ("Hợp tác xã nông nghiệp ký hợp đồng với doanh nghiệp.", [("ký hợp đồng", "AGREE")]),
    # "kêu gọi vốn" (raising capital) is not a request; investment itself is economic
    ("Tỉnh đẩy mạnh kêu gọi vốn đầu tư vào khu công nghiệp.", [("đầu tư", "COOPERATE/economic")]),
    # "Tổng Thư ký" is not signing, "họp báo" (press conference) is not a meeting
    ("Ông Guterres, Tổng Thư ký Liên hợp quốc, phát biểu tại họp báo.", []),
    # "gặp khó khăn" (run into trouble) is not a meeting
    ("Doanh nghiệp gặp khó khăn do giá nguyên liệu tăng.", []),
    # football and fireworks
    ("Hàng tấn công của đội tuyển thi đấu thiếu hiệu quả.", []),
    ("Người dân bắn pháo hoa mừng năm mới.", []),
    ("Cầu thủ sút phạt đền thành công.", []),
    # "mối đe dọa" describes, it does not threaten
    ("Trung Quốc bị coi là mối đe dọa lớn nhất.", []),
    # "căng thẳng thương mại" (trade tension) is not trade cooperation
    ("Căng thẳng thương mại giữa hai nước kéo dài.", []),
    # "quân sự" + "sự ủng hộ": the classifier belongs to the compound
    ("Tướng lĩnh quân sự ủng hộ kế hoạch.", [("ủng hộ", "SUPPORT")]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), NEGATIVES, ids=[s[:40] for s, _ in NEGATIVES])
def test_negative_sentences(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


def test_cyberattack_is_coerce_not_assault() -> None:
    # decision (data/README.md): "tấn công mạng" is COERCE cyber, the longer trigger wins
    (match,) = find_triggers("Tin tặc đứng sau vụ tấn công mạng nhằm vào bộ quốc phòng.")
    assert (match.text, match.type, match.mode, match.nominal) == (
        "vụ tấn công mạng", "COERCE", "cyber", True,
    )  # fmt: skip
    assert "ASSAULT" not in match.types


def test_verb_with_object_rule_needs_a_following_word() -> None:
    # "tiếp" after a verb means "go on": no object follows, so it is not "receive"
    assert _found("Hai bên sẽ hội đàm tiếp.") == [("hội đàm", "CONSULT/meet")]
    assert _found("Thủ tướng tiếp Đại sứ.") == [("tiếp", "CONSULT/meet")]
    # passive: the object is the subject ("Nga không được mời.")
    assert _found("Nga không được mời.") == [("mời", "AGREE/meet")]


def test_nominal_flag() -> None:
    found = {m.text: m.nominal for m in find_triggers("Sau cuộc hội đàm, hai bên hội đàm lại.")}
    assert found == {"cuộc hội đàm": True, "hội đàm": False}
    # a noun-only lemma is nominal too
    (match,) = find_triggers("hội nghị diễn ra tại Hà Nội")
    assert match.nominal


def test_readings_in_table_order() -> None:
    (match,) = find_triggers("Hai bên ký văn kiện.")
    assert [r.type for r in match.readings] == ["AGREE", "SUPPORT"]
    assert match.trigger is match.readings[0]
    match = find_triggers("Các nước tẩy chay hội nghị.")[0]
    assert match.types == ("PROTEST", "SANCTION", "REJECT")


def test_offsets_case_and_spelling() -> None:
    text = "HAI BÊN HỘI ĐÀM; hai bên hoà đàm, rồi thoả hiệp."
    found = find_triggers(text)
    assert [(m.text, m.type) for m in found] == [
        ("HỘI ĐÀM", "CONSULT"), ("hoà đàm", "CONSULT"), ("thoả hiệp", "CONCEDE"),
    ]  # fmt: skip
    assert all(text[m.start : m.end] == m.text for m in found)


def test_hyphen_joins_and_line_break_does_not() -> None:
    assert _found("Phe đối lập tổ chức mít-tinh.") == [("mít-tinh", "PROTEST/demo")]
    assert _found("Hai bên hội\nđàm.") == []
    assert _found("Hai bên ký kết\nhiệp định.") == [("ký kết", "AGREE")]
    assert _found("Hai bên ký\nhiệp định.") == []  # "ký" needs its object on the same line


def test_start_and_end() -> None:
    text = "Nga tấn công Kiev. Mỹ trừng phạt Nga."
    cut = text.index("Mỹ")
    assert [m.text for m in find_triggers(text, cut)] == ["trừng phạt"]
    assert [m.text for m in find_triggers(text, 0, cut)] == ["tấn công"]
    # a word cut by the span is not matched
    assert [m.text for m in find_triggers(text, text.index("ấn công"))] == ["trừng phạt"]
    assert find_triggers(text, 0, text.index("ông Kiev")) == []
    assert find_triggers(text, 10, 5) == []


def test_passive_and_capitalized_flags() -> None:
    (match,) = find_triggers("Thị trấn bị tấn công bằng pháo.")
    assert match.passive and match.trigger.direction == "passive_ok"
    (match,) = find_triggers("Hội đồng Hợp tác vùng Vịnh ra tuyên bố.")
    assert match.text == "Hợp tác" and match.capitalized
    (match,) = find_triggers("Hợp tác giữa hai nước phát triển.")
    assert not match.capitalized


def test_plover_types_and_quads() -> None:
    assert tuple(PLOVER_TYPES) == TYPES
    assert set(CAMEO_ROOT) == set(TYPES) == set(QUAD_CLASS) == set(TYPE_SCORES)
    assert [t for t in TYPES if QUAD_CLASS[t] == 1] == ["AGREE", "CONSULT", "SUPPORT", "CONCEDE"]
    assert [t for t in TYPES if QUAD_CLASS[t] == 2] == ["COOPERATE", "AID", "RETREAT"]
    assert [t for t in TYPES if QUAD_CLASS[t] == 3] == ["REQUEST", "ACCUSE", "REJECT", "THREATEN"]
    assert all(PLOVER_TYPES[t].definition for t in TYPES)


def test_project_modes_exist() -> None:
    expected = {
        "CONSULT": {"visit", "meet", "phone", "video", "multilateral"},
        "REQUEST": {"meet", "assist", "change", "yield"},
        "REJECT": {"meet", "assist", "change", "yield"},
        "SANCTION": {"expel", "withdraw", "discontinue", "convict"},
        "MOBILIZE": {"troops"},
        "PROTEST": {"riot", "boycott"},
        "RETREAT": {"resign"},
        "ASSAULT": {"drone"},
    }
    for name, modes in expected.items():
        assert modes <= set(PLOVER_TYPES[name].modes), name
    for plover_type in PLOVER_TYPES.values():
        for mode in plover_type.modes.values():
            assert mode.definition and mode.source in {"PLOVER", "CAMEO2PLOVER", "sukien"}


def test_scores_in_range_and_signed_by_quad() -> None:
    for name, plover_type in PLOVER_TYPES.items():
        for mode in (None, *plover_type.modes):
            score = cooperation_conflict(name, mode)
            assert -10.0 <= score <= 10.0
            assert (score > 0) == (QUAD_CLASS[name] <= 2), (name, mode, score)
    assert all(-10.0 <= s <= 10.0 for s in GOLDSTEIN.values())
    assert all(-10.0 <= goldstein(code) <= 10.0 for code in MODE_CODES.values())
    assert cooperation_conflict("ASSAULT") < cooperation_conflict("THREATEN") < 0
    assert 0 < cooperation_conflict("CONSULT") < cooperation_conflict("RETREAT")
    assert cooperation_conflict("CONSULT", "phone;video") == 1.0
    assert cooperation_conflict("CONSULT", "meet") == TYPE_SCORES["CONSULT"]


def test_score_errors() -> None:
    with pytest.raises(ValueError, match="unknown"):
        cooperation_conflict("CHAT")
    with pytest.raises(ValueError, match="not a mode"):
        cooperation_conflict("CONSULT", "riot")


def test_cameo_codes() -> None:
    assert sorted(CAMEO_ROOT_NAMES) == [f"{n:02d}" for n in range(1, 21)]
    assert (cameo_root("CONSULT"), cameo_root("ASSAULT", "beat")) == ("04", "18")
    assert cameo_root("ASSAULT", "firearms") == "19"
    assert cameo_root("ASSAULT", "cleansing") == "20"
    assert all(code[:2] in CAMEO_ROOT_NAMES for codes in CAMEO_PREFIXES.values() for code in codes)
    assert valid_cameo("AGREE", "057") and valid_cameo("COERCE", "191")
    assert not valid_cameo("AGREE", "120") and not valid_cameo("ASSAULT", "21")
    assert not valid_cameo("ASSAULT", "18a")
    assert goldstein("1385") == -7.0 and goldstein("0354") == 7.0  # own code, then prefix
    with pytest.raises(KeyError):
        goldstein("99")


def test_the_readme_counts_the_table() -> None:
    from collections import Counter
    from pathlib import Path

    import sukien.events

    readme = (Path(sukien.events.__file__).parent / "data" / "README.md").read_text("utf-8")
    rows = triggers()
    per_type = Counter(r.type for r in rows)
    for kind, count in per_type.items():
        assert f"| {kind} | {count} |" in readme, kind
    lemmas = len({r.trigger for r in rows})
    assert f"| all | {len(rows)} | {lemmas} lemmas |" in readme
