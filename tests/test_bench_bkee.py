"""The pure helpers of bench/bkee.py on a tiny hand-written brat document (not BKEE data)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from sukien.document import Actor, Document, Entity, Event, Time

BENCH = Path(__file__).resolve().parent.parent / "bench" / "bkee.py"

# two sentences, one per line, words joined by underscores as in BKEE
TXT = "Ông_Nam gặp bà Lan ở Hà_Nội .\nNhóm X tấn_công đồn Y ngày 5/3 .\n"
ANN = (
    "T1\tMeet 8 11\tgặp\n"
    "E1\tMeet:T1 Entity-Arg:T2 Entity-Arg2:T3 Place-Arg:T4\n"  # T2… are defined below
    "T2\tPER 0 7\tÔng_Nam\n"
    "T3\tPER 12 18\tbà Lan\n"
    "T4\tGPE 21 27\tHà_Nội\n"
    "T5\tAttack 37 45\ttấn_công\n"
    "E2\tAttack:T5 Attacker-Arg:T6 Target-Arg:T7 Time-Arg:T8 Instrument-Arg:T99\n"
    "T6\tORG 30 36\tNhóm X\n"
    "T7\tFAC 46 51\tđồn Y\n"
    "T8\tTIME 52 60\tngày 5/3\n"
    "T9\tPER 12 18;21 27\tbà Lan Hà_Nội\n"
    "A1\tNegation E2\n"
    "#1\tAnnotatorNotes T1\ta note\n"
    "T10\tPER 9 x\tbroken\n"
)


@pytest.fixture(scope="module")
def bkee() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bkee", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bkee"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_offsets_of_the_snippet() -> None:
    for line in ANN.splitlines():
        ident, middle, *text = line.split("\t")
        if ident.startswith("T") and ident != "T10":
            spans = [tuple(map(int, s.split())) for s in middle.split(" ", 1)[1].split(";")]
            assert " ".join(TXT[a:b] for a, b in spans) == text[0]


def test_parse_ann(bkee: ModuleType) -> None:
    ann = bkee.parse_ann(ANN)
    assert [e.type for e in ann.events] == ["Meet", "Attack"]
    meet, attack = ann.events
    assert meet.trigger.spans == ((8, 11),)
    assert [(r, m.text) for r, m in meet.args] == [
        ("Entity-Arg", "Ông_Nam"),
        ("Entity-Arg2", "bà Lan"),
        ("Place-Arg", "Hà_Nội"),
    ]
    assert [r for r, _ in attack.args] == ["Attacker-Arg", "Target-Arg", "Time-Arg"]
    assert ann.mentions["T9"].spans == ((12, 18), (21, 27))
    assert ann.ignored == {"A": 1, "#": 1}
    assert len(ann.problems) == 2  # T10's span, E2's argument T99
    assert bkee.role_name("Entity-Arg2") == "Entity"
    assert bkee.role_name("Place-Arg") == "Place"


def test_offset_map(bkee: ModuleType) -> None:
    source = "Thuỷ  gặp\u00a0Lan\n"
    target = "Thủy gặp Lan"  # tone moved, spaces collapsed, final newline dropped
    omap = bkee.OffsetMap(source, target)
    start = source.index("gặp")
    assert omap.span(start, start + 3) == (5, 8)
    assert target[slice(*omap.span(0, 4))] == "Thủy"
    assert omap.span(len(source) - 1, len(source)) is None  # lost in cleaning
    assert bkee.OffsetMap("abc", "abc").span(1, 2) == (1, 2)


def test_matching_helpers(bkee: ModuleType) -> None:
    assert bkee.overlaps((0, 5), (4, 9)) and not bkee.overlaps((0, 5), (5, 9))
    assert bkee.has_phrase("Thủ_tướng Hà Nội", "hà nội")
    assert not bkee.has_phrase("Hà Nội", "Nội Bài")
    assert bkee.trigger_agrees("tấn_công", "cuộc tấn công")
    assert bkee.lemma("Phá_huỷ") == "phá hủy"
    assert bkee.sentence_of(TXT, [(37, 45)]) == "Nhóm X [[tấn công]] đồn Y ngày 5/3 ."


def make_doc() -> Document:
    text = TXT.replace("_", " ").rstrip("\n")
    first, second = (0, 29), (30, 62)
    return Document(
        id="d",
        text=text,
        entities=[
            Entity(0, 7, "Ông Nam", "PER", name="Nguyen Van Nam", kb_id="person/nam"),
            Entity(15, 18, "Lan", "PER", name="Lan"),
        ],
        times=[Time(52, 60, "ngày 5/3", value="2024-03-05")],
        events=[
            Event(
                *first,
                text[slice(*first)],
                "CONSULT",
                source=[Actor("Nguyen Van Nam", kb_id="person/nam")],
                target=[Actor("Lan")],
                location="Hà Nội",
                trigger="gặp",
                evidence=[list(first)],
            ),
            Event(*second, text[slice(*second)], "COERCE", trigger="tấn công"),
            Event(*second, text[slice(*second)], "PROTEST", trigger="biểu tình"),
        ],
    )


def test_score_document(bkee: ModuleType) -> None:
    ann = bkee.parse_ann(ANN)
    score = bkee.score_document("d", ann, TXT.replace("_", " "), make_doc())
    meet, attack = score.gold
    assert meet.recalled and meet.trigger_agrees
    assert [(a.role, a.covered) for a in meet.args] == [
        ("Entity", True),  # by kb_id of the entity under the argument
        ("Entity", True),  # the actor's name inside the argument's text
        ("Place", True),
    ]
    assert not attack.recalled and attack.other_types == ["COERCE", "PROTEST"]
    assert attack.miss_class == "only other-type events there"
    assert [x.event.type for x in score.extras] == ["PROTEST"]
    assert score.extras[0].gold_types == ["Attack"]
    assert score.predicted == {"CONSULT": 1, "PROTEST": 1}
    assert bkee.time_covers("2024-03", [(52, 60)], make_doc())
    assert not bkee.time_covers("2024-04-01", [(52, 60)], make_doc())


def test_no_events_still_scores_gold(bkee: ModuleType) -> None:
    doc = make_doc()
    doc.events = []
    score = bkee.score_document("d", bkee.parse_ann(ANN), TXT.replace("_", " "), doc)
    assert [g.recalled for g in score.gold] == [False, False]
    assert {g.miss_class for g in score.gold} == {"no predicted event there"}
