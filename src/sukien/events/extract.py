"""The event step: PLOVER events with source, target, date, place, status and evidence.

For each sentence, the triggers of the lexicon (``lexicon.find_triggers``) are read in their
clause (the sentence cut at ";", ":" and subordinators such as "sau khi", "trong khi",
"rằng", "nơi"):

- **Source**: the subject, i.e. the nearest actor phrase before the trigger in its clause that
  is not the object of a preposition ("với", "của", "tại" …); else the sentence's; a nominal
  trigger takes "của X" after it ("sự ủng hộ của Trung Quốc") and "giữa X và Y" gives both
  sides. Passives: "Nga bị Mỹ cảnh báo" → Mỹ acts on Nga; an agentless "bị cáo buộc" is no
  event. A trigger whose subject receives ("nhận viện trợ từ X") reverses the roles.
- **Target**: the first actor phrase after the trigger in its clause, directly or after "với",
  "đối với", "nhằm vào", "tới", "cho", "chống lại" …; a symmetric event whose subject is
  "Trung Quốc và Nga" splits it (first → rest); "tại/ở X" is the place, not the target,
  except for visits ("thăm Trung Quốc") and troop moves ("gần Ukraine").
- Actors by role or description resolve through the entity layer (``actors``); anaphors
  ("ông", "nước này", "hai nước", "họ") resolve to the last sentence subject, state or pair.
- **Status**: ``negated`` (không, chưa … before the trigger; "chưa có dấu hiệu cho thấy"),
  ``hypothetical`` (nếu, có thể, nên, muốn, cần), ``planned`` (sẽ, dự kiến, kế hoạch, sắp,
  "sắp tới" after a noun, or a date after publication), else ``asserted``.
- **Date**: the nearest date-valued time of the clause, else of the sentence; else the date
  of the meeting it is said to happen at ("tại cuộc hội đàm sắp tới"); else, for "vừa",
  "mới đây" (just now), the month of publication; else ``None``.
- Triggers inside quotation marks, inside names, and the complement of a request, refusal or
  accusation ("kêu gọi Trung Quốc không hỗ trợ Nga": one REQUEST) are not events of their own;
  a refusal takes its mode from what is refused ("từ chối cuộc gặp" → REJECT meet).
- One event per (type, source, target, date) in an article, with every evidence span (the
  sentence); an undated mention of a dated event of the same dyad joins it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Final

from sukien.document import Actor, Block, Document, Event, Quote, Sentence, Time
from sukien.events.actors import (
    CROWD,
    ActorMention,
    Phrase,
    PhraseIndex,
    actor_mentions,
    country_actor,
    phrases,
    skip_titles,
)
from sukien.events.drafts import (
    Draft,
    actor_key,
    compatible_modes,
    copy_draft,
    dedup,
    inherit_dates,
    merge_drafts,
    split_draft,
)
from sukien.events.lexicon import Trigger, TriggerMatch, find_triggers, lower_text
from sukien.events.plover import cameo_root, cooperation_conflict
from sukien.kb.loader import load_kb
from sukien.kb.summits import find_summits
from sukien.time.numbers import parse_number

__all__ = ["EventOptions", "events"]

_SUBORDINATORS: Final = (
    # "nơi" after a preposition is a noun ("nhằm vào nơi ẩn náu của …"), not "where"
    "nhưng", "trong khi", "sau khi", "trước khi", "mặc dù", "dù",
    "(?<!vào )(?<!tới )(?<!đến )(?<!tại )(?<!ở )nơi", "rằng", "đồng thời",
    "trong bối cảnh", "bất chấp", "tuy nhiên", "cho thấy", "vì", "để", "điều mà", "khiến",
    "trong lúc", "kể từ khi", "khi", "như", "với lý do", "viện dẫn lý do",
)  # fmt: skip
_BOUNDARY: Final = re.compile(
    # ("sau khi", "trước khi" are one subordinator: no boundary between their words)
    r"[;:]|,(?=\s)|(?<=\s)(?<!sau )(?<!trước )(?<!từ )(?=(?:" + "|".join(_SUBORDINATORS) + r")\s)",
    re.IGNORECASE,
)
_PREPOSITIONS: Final = (
    "với", "của", "tại", "ở", "đối với", "về", "cho", "từ", "trong", "khỏi", "giữa", "nhằm vào",
    "tới", "đến", "theo", "gần", "trước", "sau", "vào", "lên", "bởi", "thuộc", "(?<!thông )qua",
    "chống lại", "chống", "cùng", "trên", "sang", "nhằm", "thăm", "trước thềm", "bên lề",
    "nhắm vào",
    "nhân dịp", "trong khuôn khổ", "chẳng hạn như", "như là", "ngoài", "giống như", "kể cả", "do",
    "bên cạnh", "cạnh", "thay mặt", "thay cho", "thay", "bên hồ", "bên bờ", "bên ngoài",
    "bên trong", "ven",
    "ngoại ô", "thủ đô", "thành phố", "tỉnh", "khu vực", "vùng", "khắp", "miền",
)  # fmt: skip
_PREP_END: Final = re.compile(
    r"(?<!\w)(?P<p>" + "|".join(sorted(_PREPOSITIONS, key=len, reverse=True)) + r")\s*$",
    re.IGNORECASE,
)
_OBJECT_PREPS: Final = frozenset(
    {"", "với", "đối với", "nhằm vào", "nhắm vào", "nhằm", "tới", "đến", "cho", "chống lại",
     "chống", "sang", "thăm", "vào"}
)  # fmt: skip
_AND_BEFORE: Final = re.compile(
    r"(?:\s(?:và|rồi|đồng thời|nhưng|song)|,)(?:\s+(?:đã|cũng|sẽ|vẫn|còn|liên tục|tiếp tục|đều|"
    r"không|chưa|sau đó|tiếp đó))*\s*$",
    re.IGNORECASE,
)
_HOURS_APART: Final = re.compile(
    r"\W*(?:chỉ\s+|khoảng\s+|chưa đầy\s+|hơn\s+|gần\s+)?"
    r"(?P<n>vài|mấy|ít|một|hai|ba|bốn|năm|sáu|\d+)\s+"
    r"(?P<unit>giờ|tiếng|phút)\s+(?P<dir>sau|trước)(?:\s+đó)?\s*,",
    re.IGNORECASE,
)
_CLOCK: Final = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)")
_DAY: Final = re.compile(r"\d{4}-\d\d-\d\d")
_ABOUT_OWNER: Final = re.compile(
    r"\s*(?:(?:sâu sắc|mạnh mẽ|gay gắt)\s+)?về\s+(?:[^\s,.;:]+\s+){1,6}?của\s*",
    re.IGNORECASE,
)
_SENT: Final = re.compile(r"(?<!\w)(?:gửi|chuyển|chuyển giao|trao)(?!\w)[^,.;:]*$", re.IGNORECASE)
_FROM: Final = re.compile(r"(?<!\w)từ(?!\w)", re.IGNORECASE)
_ANY_PREP: Final = re.compile(
    r"(?<!\w)(?:" + "|".join(p for p in _PREPOSITIONS if p not in ("của", "do")) + r")(?!\w)",
    re.IGNORECASE,
)
_LEADING_OBJECT_PREP: Final = re.compile(
    r"^\s*(?:đối với|với|nhằm vào|chống lại)(?!\w)", re.IGNORECASE
)  # "tẩy chay ngoại giao đối với Thế vận hội … của Trung Quốc"
# "theo đề nghị của Iran, Hội đồng Bảo an đã họp": what was asked for was done
_WANT: Final = re.compile(
    r"(?<!\w)(?<!theo )(?:muốn|mong muốn|yêu cầu|đề nghị)(?!\w)(?!\s+của(?!\w))", re.IGNORECASE
)
_NO_TARGET: Final = frozenset({"PROTEST"})
# the words for a body's own session (CONSULT multilateral with no counterpart)
_SESSIONS: Final = frozenset(
    {
        "họp", "họp khẩn", "họp kín", "họp trực tuyến", "nhóm họp", "hội nghị",
        "hội nghị thượng đỉnh",
        "thượng đỉnh", "hội nghị trực tuyến", "cuộc họp", "phiên họp", "cuộc họp khẩn",
        "phiên họp khẩn", "phiên họp kín", "cuộc họp kín", "cuộc họp trực tuyến",
        "hội nghị bộ trưởng",
    }
)  # fmt: skip
# the cause of a reaction: "lấy làm tiếc (sâu sắc) vì …", "thất vọng trước việc …"
_CAUSE: Final = re.compile(
    r"(?:\s+(?:sâu sắc|mạnh mẽ|gay gắt|nặng nề|rất|hết sức|lớn))?\s*,?\s*"
    r"(?P<cue>vì|bởi vì|bởi|khi|trước|do|rằng)\s+"
    r"(?:(?:việc|chuyện|(?:các |những )?(?:hành động|quyết định|động thái)(?:\s+của)?)\s+)?",
    re.IGNORECASE,
)
_BARE_TIME: Final = re.compile(r",\s*(?:(?:vào|hôm|ngày|hồi|lúc)\s+)?$", re.IGNORECASE)
# a clause with a subject of its own: "…, còn Y …", "… trong khi Y …"
_NEW_SUBJECT_CLAUSE: Final = re.compile(r"(?:,\s*|\s)(?:còn|trong khi đó|trong khi)\s|;", re.I)
_CLOSING: Final = re.compile(r"[\s.;!…)\]]*")  # what may close a sentence after its time
_NAMED_AFTER: Final = re.compile(r"(?<!\w)(?:mang tên|có tên(?: là)?|tên là|lấy tên)\s+$", re.I)
_SIMILAR: Final = re.compile(r"(?<!\w)tương tự(?!\w)", re.IGNORECASE)
_GOVERNMENT_OF: Final = re.compile(r"^\s*(?:chính phủ|chính quyền|nội các)(?:\s+của)?\s*", re.I)
# reactions whose object may be an event told before ("lên án các cuộc không kích")
_REACTIONS: Final = frozenset({"ACCUSE", "SUPPORT", "REJECT", "PROTEST"})
_EVENT_ARTICLE: Final = re.compile(
    r"\s*(?:mạnh mẽ\s+|kịch liệt\s+|gay gắt\s+)?(?:(?:các|những|mọi|việc|hai|loạt)\s+)?",
    re.IGNORECASE,
)
_CLAIMS: Final = re.compile(
    r"\s*(?:(?:mọi|các|những|toàn bộ|hoàn toàn)\s+)?(?:lời\s+)?cáo buộc(?!\w)", re.IGNORECASE
)
_CLAIM_OF: Final = re.compile(
    r"\W*(?:(?:các|những|mọi)\s+)?(?:lời\s+)?(?:cáo buộc|tuyên bố|đề nghị|yêu cầu)\s+của\s+",
    re.IGNORECASE,
)
_AGREEMENTS: Final = re.compile(
    r"\s*(?:(?:các|những|bản)\s+)?(?:thỏa thuận|hiệp định|hiệp ước|văn kiện|lệnh ngừng bắn"
    r"|thỏa thuận ngừng bắn)(?!\w)",
    re.IGNORECASE,
)
_CROWD_PROTESTS: Final = frozenset({"ACCUSE", "REJECT", "REQUEST"})
_APPOSITION: Final = re.compile(
    r"\s*,\s*(?:nước|quốc gia|đồng minh|người|tổ chức|nhóm|lực lượng|bên|thành viên|nhà)"
    r"(?:\s+[^\s,.;:]+){0,5}\s+",
    re.IGNORECASE,
)
_APPOSITION_END: Final = re.compile(r"\s*,\s*(?:(?:đã|cũng|vẫn|sẽ|còn)\s+)*", re.IGNORECASE)
_SCENE_OPENING: Final = re.compile(
    r"\W*(?:(?:sáng|chiều|tối|trưa|đêm|rạng sáng|ngày|hôm|vào)\s+)*", re.IGNORECASE
)
_FOR_PURPOSE: Final = re.compile(r"(?<!\w)(?:để|nhằm)\s+$", re.IGNORECASE)
_NAMING_VERBS: Final = "gọi|coi|xem|mô tả|miêu tả"  # "gọi X là …", "mà Tehran gọi là …"
_NAMING: Final = re.compile(
    rf"(?<!\w)(?:{_NAMING_VERBS}|ví)\s+(?:(?:các|những|này|đó)\s+)?$", re.IGNORECASE
)
_HOSTILE: Final = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
_OF: Final = re.compile(r"\s*của(?!\w)", re.IGNORECASE)
_OWNED: Final = re.compile(r"\s*(?:của|do|mà)(?!\w)", re.IGNORECASE)
# what is sent somewhere ("tới X" after them is where it goes, not a visit)
_SENDING: Final = frozenset({"MOBILIZE", "AID", "ASSAULT"})
_JOINING: Final = frozenset({"gia nhập", "trở thành thành viên"})
_JOIN_CONTROL: Final = re.compile(
    r"(?<!\w)(?:cho|để|ủng hộ|phản đối|chấp thuận|phê chuẩn|việc|muốn|mong muốn|cản trở|ngăn"
    r"|ngăn cản|ngăn chặn|đồng ý|chặn|bật đèn xanh cho|hoan nghênh|mời)\s*$",
    re.IGNORECASE,
)
_ALLEGING: Final = frozenset({"cáo buộc", "tố cáo", "tố", "buộc tội", "quy trách nhiệm"})
# what a speaker does by saying it, in the first person, inside their own direct quote
_SPEECH_ACTS: Final = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "THREATEN", "REJECT"})
_FIRST_PERSON: Final = re.compile(
    r"[\W]*(?:chúng tôi|chúng ta|tôi)"
    r"(?:\s+(?:sẽ|luôn|luôn luôn|cũng|vẫn|đã|đang|kiên quyết|mạnh mẽ|tiếp tục|một lần nữa"
    r"|hoàn toàn|cực lực|sẵn sàng|muốn|xin|thực sự|rất|nhiệt liệt))*\s*",
    re.IGNORECASE,
)
_SYMMETRIC: Final = frozenset({"CONSULT", "COOPERATE", "AGREE"})
_TO_DO: Final = re.compile(r"\s*để(?!\w)", re.IGNORECASE)
_WHEN: Final = re.compile(r"\s*(?:khi|lúc|nơi|trong khi)(?!\w)", re.IGNORECASE)
_DAYS_APART: Final = re.compile(
    r"(?<!\w)(\d+|[^\W\d]+(?: [^\W\d]+)?) (ngày|tuần) (sau|trước) khi(?!\w)", re.IGNORECASE
)
# "bị" of the passive, not of "chuẩn bị", "thiết bị", "trang bị", "dự bị", "bị can", "bị hại"
_PASSIVE_BI: Final = re.compile(
    r"(?<!chuẩn )(?<!thiết )(?<!trang )(?<!dự )(?<!phòng )(?<!\w)bị(?!\w)(?! (?:can|hại)(?!\w))",
    re.IGNORECASE,
)
_PREDICATE: Final = re.compile(
    r"(?<!\w)(?:(không|chưa)|sẽ|dự kiến|sắp)\s+(?:được\s+)?(?:diễn ra|tổ chức|khai mạc|"
    r"bắt đầu|đạt được)(?!\w)",
    re.IGNORECASE,
)
# arriving: "tới"/"đến" after a subject, not "từ … đến …", "gửi tới", "sắp tới", "tuần tới"
_ARRIVE: Final = re.compile(
    r"(?<!\w)(?<!từ )(?<!gửi )(?<!sắp )(?<!tuần )(?<!tháng )(?<!năm )(?<!ngày )"
    r"(?:(?:bay|đi|trở lại|quay lại|lên đường)\s+)?(tới|đến|ghé)(?!\w)",
    re.IGNORECASE,
)
# arrived somewhere (to do something there): an arrival, "có mặt tại", "sang", "đặt chân"
_ARRIVED: Final = re.compile(
    rf"{_ARRIVE.pattern}|(?<!\w)(?:có mặt|sang|đặt chân)(?!\w)", re.IGNORECASE
)


def _rule(
    trigger: str,
    kind: str,
    cameo: str,
    notes: str,
    mode: str | None = None,
    requires: tuple[str, ...] = (),
) -> Trigger:
    """A reading made by an extractor rule rather than a lexicon row."""
    return Trigger(
        trigger=trigger, type=kind, mode=mode, pos="verb", nominal=(), direction="source_acts",
        needs_target=True, requires=requires, cameo=cameo, notes=notes, example="",
    )  # fmt: skip


_ARRIVAL: Final = _rule(
    "tới", "CONSULT", "042", "arriving in a state or a city (extractor rule, not a lexicon row)",
    mode="visit", requires=("object:place",),
)  # fmt: skip
_AIMED_AT: Final = re.compile(r",\s*(?:nhằm vào|nhắm vào|đối với|chống lại)(?!\w)", re.I)
_OBJECT_PREP_IN: Final = re.compile(
    r"(?<!\w)(?:nhằm vào|nhắm vào|đối với|chống lại)(?!\w)", re.IGNORECASE
)
_NARRATED_QUOTE: Final = re.compile(
    r"(?<!\w)(?:ra tuyên bố|tuyên bố|thông cáo|văn bản|cam kết|khẳng định sẽ)\s*$", re.I
)
# "Miller tuyên bố Washington “sát cánh cùng đồng minh Philippines”": the words quoted
# continue the narration of what the named subject does
_NARRATED_BY: Final = re.compile(
    r"(?<!\w)(?i:tuyên bố|khẳng định|cho biết|nói|nhấn mạnh)\s+(?:[A-ZÀ-Ỹ][^\s,.;:“”\"]*\s+){1,3}$"
)
_SINCE: Final = re.compile(r"(?<!\w)(?:kể từ|từ sau)\s+(?:khi\s+)?$", re.IGNORECASE)
_TO_BEFORE: Final = re.compile(r"(?<!\w)(?:cho\s+)?(?:tới|đến)\s+$", re.IGNORECASE)
_UNTIL: Final = re.compile(r"(?:cuối|hết)\s", re.IGNORECASE)
_NOUN_SLOT: Final = re.compile(
    r"(?<!\w)(?:theo|của|về|với|sau|trước|các|những|lời|mọi|này|đó)\s+$", re.IGNORECASE
)
_AT_REQUEST: Final = re.compile(r"(?<!\w)theo\s+$", re.IGNORECASE)
_DENIED: Final = re.compile(r"\s+(?:việc|rằng|là|thông tin)(?!\w)", re.IGNORECASE)
_SHOULD: Final = re.compile(
    r"(?:\s+(?:do|mà)\s+[^,.;]{1,40}?)?"  # "NATO do Mỹ đứng đầu không nên …"
    r"\s+(?:vẫn\s+|cũng\s+)?(?:không\s+)?(?:nên|cần)(?!\w)",  # should; not "phải" (must pay)
    re.IGNORECASE,
)
_DEMAND: Final = _rule(
    "nên", "REQUEST", "020", "someone who should (not) act, in reported words (extractor rule)"
)
# "Mỹ và Anh phải chuẩn bị trả giá đắt", in someone's words: the speaker threatens them
_PAY: Final = re.compile(r"\s+(?:sẽ\s+)?(?:phải\s+)?(?:chuẩn bị\s+)?trả giá(?!\w)", re.IGNORECASE)
_PRICE: Final = _rule(
    "trả giá", "THREATEN", "130", "someone who will pay a price, in reported words (extractor rule)"
)
# "Putin phải chịu trách nhiệm về cái chết …", in someone's words: the speaker blames him
_ANSWER_FOR: Final = re.compile(
    r"\s+(?:(?:sẽ|cũng|đều|hoàn toàn)\s+)*(?:phải\s+)?(?:chịu|gánh)\s+(?:toàn bộ\s+)?"
    r"trách nhiệm(?!\w)",
    re.IGNORECASE,
)
_BLAME: Final = _rule(
    "chịu trách nhiệm",
    "ACCUSE",
    "112",
    "someone who must answer for something, in reported words (extractor rule)",
)
# "triệu tập (một) nhà ngoại giao …": a summoned diplomat is a protest, not a meeting
_SUMMONED: Final = re.compile(
    r"\s+(?:(?:một|hai|ba|các|những)\s+)?(?:nhà ngoại giao|quan chức ngoại giao|tham tán|"
    r"đại diện (?:sứ quán|đại sứ quán)|người đứng đầu (?:sứ quán|đại sứ quán|phái bộ))(?!\w)",
    re.IGNORECASE,
)
# "… của nhóm Quad, gồm Mỹ, Ấn Độ …", "(Quad) gồm …": the body's members are listed
_MEMBERS: Final = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*,?\s*(?:bao gồm|gồm)\s+", re.IGNORECASE)
# "… mà Tehran gọi là …": the subject of a relative clause that names the object
_RELATIVE_BEFORE: Final = re.compile(r"(?<!\w)mà\s+$", re.IGNORECASE)
_CALLS: Final = re.compile(
    rf"\s+(?:{_NAMING_VERBS}|cho|tự gọi)(?:\s+đó|\s+đây)?\s+là(?!\w)", re.IGNORECASE
)
# an announcement or promise right before a concession makes it verbal
_ANNOUNCED: Final = re.compile(
    r"(?<!\w)(?:tuyên bố|thông báo|công bố|cam kết|hứa|hứa hẹn)(?:\s+(?:sẽ|là|rằng))*\s+"
    r"(?:(?:sẽ|đã|hoàn toàn|tạm thời|từng bước|dần)\s+)*$",
    re.IGNORECASE,
)
# a bare activity noun that a clause says something of is no event: "đối thoại là …"
_COPULA: Final = re.compile(r"(?:\s+và\s+\w+(?:\s+\w+)?)?\s+là(?!\w)", re.IGNORECASE)
_GENERIC_OPENING: Final = re.compile(
    r"\s*(?:(?:rằng|là)\s+)?(?:[^\W\d]+(?:\s+[^\W\d]+)?\s+và\s+)?", re.IGNORECASE
)
# a retaliation carried out is coded by what was done; only an announced one threatens
_RETALIATING: Final = ("đáp trả", "trả đũa")
_RETALIATION: Final = frozenset({*_RETALIATING, "trả giá"})
# "đáp trả bằng các cuộc không kích …": the retaliation carried out, told by its means
_BY_MEANS: Final = re.compile(r"\s+bằng(?!\w)", re.IGNORECASE)
_RETALIATED_WITH: Final = re.compile(
    rf"(?<!\w)(?:{'|'.join(_RETALIATING)})\s+bằng\s+(?:(?:các|những|một|hai|ba|loạt)\s+)*$",
    re.IGNORECASE,
)
_SHORT_QUOTE: Final = 62  # a quoted term, not someone's words: its commas end no clause
_RECIPROCAL: Final = re.compile(r"\s+nhau(?!\w)", re.IGNORECASE)
_BACKGROUND: Final = re.compile(
    r"(?<!\w)(?:trước đó|từng|đã từng|trước đây|những năm|nhiều năm|lâu nay|luôn)(?!\w)",
    re.IGNORECASE,
)
_AS_CLAIMED: Final = re.compile(r"\s*(?:như|giống như)\s*$", re.IGNORECASE)
_PLACE_PREPS: Final = frozenset(
    {
        "tại",
        "ở",
        "trên",
        "ngoại ô",
        "thủ đô",
        "thành phố",
        "tỉnh",
        "khu vực",
        "vùng",
        "khắp",
        "miền",
        "bên hồ",
        "bên bờ",
        "ven",
    }
)
_NEAR_TARGET: Final = frozenset({"gần", "tại", "ở", "trên", "sang", "tới", "đến"})
_NEG: Final = re.compile(
    r"(?<!\w)(?:không|chưa|chẳng|không hề|chưa hề|chưa từng|chưa bao giờ|không bao giờ)"
    r"(?!\s+(?:người lái|quân|phận|gian|kích|trung|chiến|khí|lực|tặc|đối xứng|ổn định)(?!\w))"
    r"(?:\s+\w+){0,2}\s*$",
    re.IGNORECASE,
)  # "máy bay không người lái" (drone), "không quân" (air force), "không phận" are no negation
_NEG_SCOPE: Final = re.compile(
    r"(?<!\w)(?:chưa|không) có (?:dấu hiệu|bằng chứng)|(?<!\w)phủ nhận(?!\w)", re.IGNORECASE
)
_HYP: Final = re.compile(
    r"(?<!\w)(?:nếu|có thể|nên|muốn|cần|giả sử|phải|sẵn sàng|sẵn lòng)(?!\w)", re.IGNORECASE
)
_IF_WHEN: Final = re.compile(r"\s*(?:khi|một khi|trong trường hợp)(?!\w)", re.IGNORECASE)
_MAY_HAPPEN: Final = re.compile(
    r"(?<!\w)(?:có thể|sẽ)(?: \w+)? (?:xảy ra|phải chịu|gánh chịu|đối mặt)(?!\w)", re.IGNORECASE
)
_PLAN: Final = re.compile(
    r"(?<!\w)(?:sẽ|dự kiến|dự định|kế hoạch|sắp|chuẩn bị|lên kế hoạch|mong|mong muốn|hy vọng|"
    r"hi vọng|mong đợi|lên lịch)(?!\w)",
    re.IGNORECASE,
)
_COMING: Final = re.compile(r"\s*(?:sắp tới|sắp diễn ra|tới đây|tới)(?!\w)", re.IGNORECASE)
_RECENT: Final = re.compile(r"(?<!\w)(?:vừa|mới đây|vừa qua|gần đây)(?!\w)", re.IGNORECASE)
_AT_MEETING: Final = re.compile(
    r"(?<!\w)(?:tại|trong|sau|trước thềm|bên lề)\s+(?:các\s+|những\s+)?(?:cuộc\s+)?"
    r"(?:gặp|gặp gỡ|hội đàm|điện đàm|hội nghị|cuộc họp|họp)",
    re.IGNORECASE,
)
_DATE_VALUE: Final = re.compile(r"^\d{4}(?:-(?:\d\d|W\d\d|Q\d|H\d))?(?:-\d\d)?(?:T[\d:]+)?$")
_NOUN_TAGS: Final = frozenset({"N", "Nc", "Np", "Ny", "Nb", "P"})
# words the tagger may call nouns that open clauses or phrases ("sau khi", "trong lúc")
_NOT_NOUNS: Final = frozenset(
    {"sau", "trước", "khi", "lúc", "trong", "ngoài", "giữa", "cùng", "đó", "này", "nay", "qua"}
)
# stopping or calling off what a noun names: "ngừng các cuộc tập trận chung" (RETREAT),
# "hủy cuộc gặp" (REJECT meet)
_CEASE: Final = re.compile(
    r"(?<!\w)(?:ngừng|dừng|tạm dừng|chấm dứt|đình chỉ|hủy|hủy bỏ|hoãn|gác lại)"
    r"(?:\s+(?:các|những|mọi|toàn bộ))?\s*$",
    re.IGNORECASE,
)
_ADVERBIAL_OPEN: Final = re.compile(
    r"(?:(?:cũng|ngay|và|còn)\s+)?(?:ngày|hôm|tại|trong|trước|sau|vào|hồi|cuối|đầu|giữa|chiều|sáng|tối|trưa|đêm|tuần|"
    r"tháng|năm|cùng ngày|bên lề|nhân dịp)(?!\w)",
    re.IGNORECASE,
)
_TEMPORAL_SUB: Final = re.compile(
    r"\s*(?:sau khi|trước khi|kể từ khi|kể từ|mặc dù|dù|nhưng|từ khi)(?!\w)", re.IGNORECASE
)
_SINCE_CLAUSE: Final = re.compile(r"\s*(?:kể từ khi|từ khi|kể từ sau khi)(?!\w)", re.IGNORECASE)
_COORDINATED_VP: Final = re.compile(
    r"[\s,]*(?:đồng thời|và đồng thời)(?:\s+(?:cũng|còn|sẽ|đã))*\s*", re.IGNORECASE
)
_NEW_CONJUNCT: Final = re.compile(r"\S[^,;:]*\svà\s*$", re.IGNORECASE)
_PURPOSE: Final = re.compile(r"[\s,]*(?:để|nhằm)(?!\w)", re.IGNORECASE)
_RELATIVE_NGUOI: Final = re.compile(
    r"[\s,]*người(?:\s+(?:đang|vừa|đã|sẽ|mới|cũng|từng))*(?:\s+có)?\s*", re.IGNORECASE
)
_ADDRESSED: Final = frozenset({"THREATEN", "ACCUSE", "REQUEST"})
_SUBJECTLESS_SUB: Final = re.compile(
    r"[\s,]*(?:sau khi|trước khi|trước lúc|sau đó)(?:\s+(?:đã|cũng|sẽ|còn))*\s*", re.IGNORECASE
)
_PREPOSED: Final = re.compile(r"\s*(?:sau khi|trước khi|khi|trong khi)(?!\w)", re.IGNORECASE)
_EMBEDDING: Final = frozenset({"REQUEST", "REJECT", "AGREE", "THREATEN"})
_COMMEMORATION: Final = re.compile(
    r"(?<!\w)(?:kỷ niệm(?:\s+\d+\s+năm)?(?:\s+ngày)?\s*$|"
    r"(?:kỷ niệm|nhân dịp|tròn)\s+\d+\s+năm(?!\w))",  # "nhân dịp 75 năm X và Y thiết lập …"
    re.IGNORECASE,
)
_REFUSED_MODE: Final = {"CONSULT": "meet", "AID": "assist", "CONCEDE": "yield"}
_MAX_OBJECT_GAP: Final = 120


class _Doc:
    """What the step reads of one document, indexed."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.mentions = actor_mentions(doc)
        self.phrases = PhraseIndex(phrases(doc.text, self.mentions))
        self.times = sorted(
            (t for t in doc.times if t.value and _DATE_VALUE.match(t.value)),
            key=lambda t: t.start,
        )
        self.quoted = _quoted_spans(doc)
        self.low = lower_text(doc.text)  # for the trigger search of each sentence
        self.sentence_starts = [s.start for s in doc.sentences]
        self.sentence_list = list(doc.sentences)
        # the quotes over each sentence (by its start), for the demands they report
        self.quotes_over: dict[int, list[Quote]] = {}
        for quote in doc.quotes:
            first = max(bisect_left(self.sentence_starts, quote.start + 1) - 1, 0)
            last = bisect_left(self.sentence_starts, quote.end)
            for sentence in self.sentence_list[first:last]:
                self.quotes_over.setdefault(sentence.start, []).append(quote)
        self.reported = [(q.start, q.end) for q in doc.quotes]
        self.in_phrase = bytearray(len(doc.text) + 1)  # 1 inside a coordinated phrase
        for p in self.phrases.items:
            # with its titles: "với Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng" is one phrase
            start = skip_titles(doc.text, max(0, p.start - 60), p.start)
            self.in_phrase[start : p.end] = b"\x01" * (p.end - start)
        for a, b in self.quoted:
            # a comma inside a quoted term ("không kích mà Islamabad gọi là “chính xác, phối
            # hợp chặt chẽ” nhằm vào …") does not end the clause
            if b - a <= _SHORT_QUOTE:
                self.in_phrase[a:b] = b"\x01" * (b - a)
        self.nouns = bytearray(len(doc.text) + 1)  # 1 where a noun or pronoun word starts
        self.has_pos = any(t.pos for t in doc.tokens)
        for t in doc.tokens:
            if t.pos in _NOUN_TAGS and doc.text[t.start : t.end].lower() not in _NOT_NOUNS:
                self.nouns[t.start] = 1
        self.subjects: list[list[ActorMention]] = []  # sentence subjects, in order
        self.matches: list[TriggerMatch] = []  # the triggers of the sentence read now
        self.summits = find_summits(doc)
        self.events: list[Draft] = []
        self.title = next((b for b in doc.blocks if b.kind == "title"), None)
        self.lead = next((b for b in doc.blocks if b.kind in ("lead", "paragraph")), None)

    def block_of(self, position: int) -> Block | None:
        return next((b for b in self.doc.blocks if b.start <= position < b.end), None)

    def in_opening(self, position: int) -> bool:
        """Whether ``position`` is in the headline or the lead paragraph."""
        return any(b is not None and b.start <= position < b.end for b in (self.title, self.lead))

    def sentence_of(self, position: int) -> Sentence:
        i = bisect_left(self.sentence_starts, position + 1) - 1
        return self.sentence_list[max(i, 0)]

    def in_quotes(self, position: int) -> bool:
        i = bisect_left(self.quoted, (position + 1,)) - 1
        return i >= 0 and self.quoted[i][0] <= position < self.quoted[i][1]

    def days_in(self, start: int, end: int) -> list[Time]:
        """The day-precise dates of ``times_in(start, end)`` ("2024-12-03", "…T22:30")."""
        return [t for t in self.times_in(start, end) if t.value and _DAY.match(t.value)]

    def times_in(self, start: int, end: int) -> list[Time]:
        """The dates in ``[start, end)``, but not a starting or end point ("kể từ năm
        2018", "tới cuối năm nay")."""
        return [
            t
            for t in self.times
            if start <= t.start
            and t.end <= end
            and not _SINCE.search(self.text, max(0, t.start - 12), t.start)
            # an end point: "duy trì lệnh cấm tới cuối năm nay"
            and not (
                _UNTIL.match(self.text, t.start)
                and _TO_BEFORE.search(self.text, max(0, t.start - 10), t.start)
            )
        ]


_MARKS: Final = frozenset('"“«')


def _quoted_spans(doc: Document) -> list[tuple[int, int]]:
    """Direct quotes, and text in quotation marks that is not a verb phrase quoted in a
    narration ("ra tuyên bố “lên án … cuộc tấn công”" is the G7 condemning)."""
    text = doc.text

    def narrated(start: int) -> bool:  # ``start``: the opening quotation mark
        return bool(
            _NARRATED_QUOTE.search(text, max(0, start - 25), start)
            or _NARRATED_BY.search(text, max(0, start - 50), start)
        )

    spans = [
        (q.start, q.end)
        for q in doc.quotes
        if q.kind == "direct"
        and not narrated(q.start - 1)
        # a content mostly quoted ("Washington “sát cánh …” và lên án …"): only its marks
        and text[q.start : q.start + 1] not in _MARKS
    ]
    for m in re.finditer(r"[“«]([^”»\n]*)[”»]|\"([^\"\n]*)\"", text):
        if not narrated(m.start()):
            spans.append((m.start(), m.end()))
    spans.sort()
    return spans


def _clause(
    text: str, sentence: Sentence, start: int, end: int, inside: bytearray
) -> tuple[int, int]:
    """The clause of ``text[start:end]`` inside ``sentence`` (a comma inside a coordinated
    phrase, "Mỹ, Anh và Pháp", does not cut it)."""
    left = sentence.start
    for m in _BOUNDARY.finditer(text, sentence.start, start):
        if not inside[m.start()]:
            left = m.end()
    right = sentence.end
    for m in _BOUNDARY.finditer(text, end, sentence.end):
        if not inside[m.start()]:
            right = m.start()
            break
    return left, right


def _preposition(text: str, lower: int, start: int) -> str | None:
    """The preposition governing a phrase at ``start`` ("với Ngoại trưởng Nga …" → "với"),
    looking back over titles and honorifics; None when there is none."""
    end = skip_titles(text, lower, start)
    m = _PREP_END.search(text, max(lower, end - 24), end)  # prepositions are short
    return m.group("p").lower() if m else None


@dataclass(frozen=True)
class EventOptions:
    """``hypothetical``: also keep events that are only conditional, demanded or
    speculated ("nếu Nga xâm lược Ukraine"); off by default, as they did not happen."""

    hypothetical: bool = False


class _Extractor:
    def __init__(self, doc: Document, options: EventOptions) -> None:
        self.d = _Doc(doc)
        self.options = options
        self.kb = load_kb()
        self.coordinated: Draft | None = None  # the event whose subject the trigger shares

    # -- actors ---------------------------------------------------------------------------
    def resolve(self, phrase: Phrase, position: int) -> list[ActorMention]:
        """The mentions of a phrase, anaphors replaced by what they stand for."""
        out: list[ActorMention] = []
        for m in phrase.mentions:
            if m.kind != "anaphor":
                out.append(m)
                continue
            out.extend(self._antecedent(m, position))
        return out

    def _antecedent(self, m: ActorMention, position: int) -> list[ActorMention]:
        before = [x for x in self.d.mentions if x.end <= m.start and x.kind != "anaphor"]
        if m.anaphor == "person":  # "ông": a person of this sentence before it, else the
            # subject of the sentence before when a person, else its last person named, else
            # the last person subject
            here = self.sentence_start(m.start)
            previous = self.sentence_before(here)
            this = [x for x in before if x.kind == "person" and x.start >= here]
            if this:
                return this[-1:]
            named = [x for x in before if x.kind == "person" and x.start >= previous]
            if self.d.subjects and previous < here:
                subject = [x for x in self.d.subjects[-1] if x.kind == "person"]
                if subject and subject[0].start >= previous:
                    return subject[:1]
            if named:
                return named[-1:]
            for subject_m in reversed(self.d.subjects):
                people = [x for x in subject_m if x.kind == "person"]
                if people:
                    return people[:1]
            return [x for x in before if x.kind == "person"][-1:]
        if m.anaphor == "state":  # "Ngoại trưởng Nga khẳng định nước này …": the speaker's
            start = self.sentence_start(m.start)
            speakers = [
                x.actor.country
                for x in before
                if x.start >= start
                and x.actor is not None
                and x.actor.country
                and _preposition(self.d.text, start, x.start) is None
            ]
            if speakers:
                return [ActorMention(m.start, m.end, "state", country_actor(speakers[0]))]
            states = [x for x in before if x.kind == "state" and x.actor and x.actor.country]
            return states[-1:]
        if m.anaphor == "parties":  # "ba nhà lãnh đạo", "Tuyên bố chung": the parties of
            # the last meeting or agreement with more than two
            groups = [
                dedup(ev.source + ev.target)
                for ev in self.d.events
                if ev.type in ("CONSULT", "AGREE", "COOPERATE")
            ]
            groups = [g for g in groups if len(g) >= 2]
            if not groups:
                return []
            largest = max(len(g) for g in groups)  # the latest of the largest
            parties = [g for g in groups if len(g) == largest][-1]
            return [ActorMention(m.start, m.end, x.kind, x.actor) for x in parties]
        if m.anaphor == "people":  # "hai bộ trưởng": the two people the article tells most
            # of, those of the last two sentences counting extra; a photo's caption is not
            # the story told
            home = self.d.block_of(m.start)
            since = self.sentence_start(m.start)
            for _ in range(2):
                since = self.sentence_before(since)
            duos: dict[frozenset[str], list[ActorMention]] = {}
            score: dict[frozenset[str], tuple[int, int]] = {}
            for order, ev in enumerate(self.d.events):
                where = self.d.block_of(ev.trigger.start)
                if where is not home and where is not None and where.kind == "caption":
                    continue
                duo = ev.source[:1] + ev.target[:1]
                if len(duo) != 2 or not all(x.kind == "person" and x.actor for x in duo):
                    continue
                pair_key = frozenset(map(actor_key, duo))
                if len(pair_key) < 2:
                    continue
                duos.setdefault(pair_key, duo)
                told, _ = score.get(pair_key, (0, 0))
                score[pair_key] = (told + 1 + 2 * (ev.sentence.start >= since), order)
            if score:
                best = max(score, key=lambda p: score[p])
                return [ActorMention(m.start, m.end, "person", x.actor) for x in duos[best]]
            two: list[ActorMention] = []  # … else the last two people named
            for x in reversed(before):
                if x.kind == "person" and all(actor_key(x) != actor_key(y) for y in two):
                    two.append(x)
                if len(two) == 2:
                    return list(reversed(two))
            return []
        if m.anaphor == "pair":  # "hai nước": the sides of an event just told, else the
            # dyad the article has told most of
            opening = self.sentence_start(m.start)
            previous = self.sentence_before(opening)
            pairs: dict[tuple[str, str], list[ActorMention]] = {}
            counts: dict[tuple[str, str], int] = {}
            last: tuple[str, str] | None = None
            # "hai bên", "hai phía" may be two armed groups or bodies ("giữa quân đội Sudan và
            # Lực lượng Hỗ trợ Nhanh … hai bên"); "hai nước" are two states
            sides = re.search(r"bên|phía", self.d.text[m.start : m.end], re.IGNORECASE)
            for ev in self.d.events:
                duo = [
                    x if sides and x.kind in ("org", "group") else _state_of(x)
                    for x in ev.source[:1] + ev.target[:1]
                ]
                if len(duo) != 2 or actor_key(duo[0]) == actor_key(duo[1]):
                    continue
                if not all(
                    x.actor
                    and ((x.kind == "state" and x.actor.country) or (sides and x.kind != "state"))
                    for x in duo
                ):
                    continue
                k = (actor_key(duo[0]), actor_key(duo[1]))
                pairs[k] = duo
                counts[k] = counts.get(k, 0) + 1
                if ev.sentence.start >= previous:
                    last = k
            chosen = last or (max(counts, key=lambda k: counts[k]) if counts else None)
            if chosen is not None:
                return [ActorMention(m.start, m.end, p.kind, p.actor) for p in pairs[chosen]]
            seen: list[ActorMention] = []
            for x in reversed(before):
                known = x.kind == "state" and x.actor is not None and x.actor.country
                if known and all(actor_key(x) != actor_key(y) for y in seen):
                    seen.append(x)
                if len(seen) == 2:
                    return list(reversed(seen))
            return []
        if re.match(r"\s+thành viên(?!\w)", self.d.text[m.end :]):
            # "các nước thành viên": the members of the last alliance or bloc named
            blocs = [x for x in before if x.actor and (x.actor.kb_id or "").startswith("igo/")]
            if blocs:
                return blocs[-1:]
        # plural "họ": a body named earlier in the sentence, else the last subject
        sentence_start = self.sentence_start(m.start)
        bodies = [x for x in before if x.start >= sentence_start and x.kind in ("state", "org")]
        if bodies:
            return bodies[-1:]
        return self.d.subjects[-1] if self.d.subjects else []

    def sentence_start(self, position: int) -> int:
        starts = self.d.sentence_starts
        i = bisect_left(starts, position + 1) - 1
        return starts[i] if i >= 0 else 0

    def sentence_before(self, start: int) -> int:
        """The start of the sentence before the one starting at ``start`` (``start`` itself
        for the first sentence)."""
        return self.sentence_start(start - 1) if start > 0 else start

    def free_phrases(self, lower: int, start: int, end: int) -> list[Phrase]:
        """Phrases in [start, end) not governed by a preposition (looking back to ``lower``)."""
        return [
            p
            for p in self.d.phrases.within(start, end)
            if _preposition(self.d.text, lower, p.start) is None and _acts(p)
        ]

    def appositive_head(self, sentence: Sentence, trig: TriggerMatch) -> Phrase | None:
        """ "Iran, nước bảo trợ Hezbollah, hoan nghênh …": when the name right before the verb
        sits in an apposition, the subject is the name the apposition describes."""
        text = self.d.text
        before = self.free_phrases(sentence.start, sentence.start, trig.start)
        if len(before) < 2 or not _APPOSITION_END.fullmatch(text, before[-1].end, trig.start):
            return None
        if not _APPOSITION.fullmatch(text, before[-2].end, before[-1].start):
            return None
        return before[-2]

    # -- one trigger ----------------------------------------------------------------------
    def subject(
        self, sentence: Sentence, c0: int, c1: int, trig: TriggerMatch
    ) -> list[ActorMention]:
        """The subject: the nearest free phrase before a verb in its clause (the first of
        the clause for a noun: "X có cuộc hội đàm với Y"); else, when nothing else can be the
        subject (no noun between), the sentence's; a preposed "sau khi …" clause takes the
        main clause's subject after it."""
        if not trig.nominal:
            head = self.appositive_head(sentence, trig)
            if head is not None:
                return self.resolve(head, trig.start)
        free = self.free_phrases(sentence.start, c0, trig.start)
        if free:
            return self.resolve(free[0] if trig.nominal else free[-1], trig.start)
        if c0 > sentence.start and _RELATIVE_NGUOI.fullmatch(self.d.text, c0, trig.start):
            # "…, Thủ tướng Australia Anthony Albanese, người đang có chuyến thăm …": the name
            named = self.d.phrases.within(sentence.start, c0)
            if named and not self.d.text[named[-1].end : c0].strip(" ,"):
                return self.resolve(named[-1], trig.start)
        if self.d.has_pos and any(self.d.nouns[c0 : trig.start]):
            return []  # "các đồng minh vốn không ủng hộ …": a subject that is no actor
        main_before = [
            ev for ev in self.d.events if ev.sentence is sentence and ev.trigger.end <= c0
        ]
        if main_before and _SUBJECTLESS_SUB.fullmatch(self.d.text, c0, trig.start):
            # "…, ông gặp X, Y và Z, trước khi tới Đức": the main clause's subject goes on
            return main_before[0].source
        if c0 > sentence.start and _COORDINATED_VP.fullmatch(self.d.text, c0, trig.start):
            # "Ông Vương nói quan hệ hai nước …, đồng thời yêu cầu Mỹ …": the sentence's subject
            main = self.sentence_subject(sentence)
            if main:
                return main
        before = self.free_phrases(sentence.start, sentence.start, c0)
        if before:
            return self.resolve(before[-1], trig.start)
        if c0 == sentence.start or _PREPOSED.match(self.d.text, c0):
            after = self.free_phrases(sentence.start, c1, sentence.end)
            if after:
                return self.resolve(after[0], trig.start)
        return []

    def objects(
        self, trig: TriggerMatch, c0: int, c1: int, matches: list[TriggerMatch]
    ) -> tuple[list[ActorMention], list[ActorMention], str | None, str | None]:
        """(target, owner "của X", location, preposition of the target) after the trigger.

        A noun takes "của X" as its owner (the source: "chuyến thăm … của Y"); a verb takes
        it as the owner of its object, the target ("ủng hộ lập trường của Trung Quốc"). A
        request or a refusal stops at the verb it embeds ("kêu gọi Trung Quốc thúc giục Nga":
        China)."""
        text = self.d.text
        target: list[ActorMention] = []
        owner: list[ActorMention] = []
        location: str | None = None
        prep_used: str | None = None
        between: list[ActorMention] = []
        last_place: int | None = None  # where the last place phrase ended
        if trig.type in ("AGREE", "REQUEST") and re.match(r"\s*để\s", text[c1:]):
            # "nhất trí để Philippines làm Chủ tịch": whom the agreement is about
            c1 = _clause(text, self.d.sentence_of(c1), c1 + 4, c1 + 4, self.d.in_phrase)[1]
        aimed = _AIMED_AT.match(text, c1)  # "… lệnh trừng phạt mới, nhắm vào … của Nga"
        if aimed is not None:  # to the sentence's end: the aimed-at list has commas of its own
            c1 = self.d.sentence_of(c1).end
        limit = min(c1, trig.end + _MAX_OBJECT_GAP)
        if trig.nominal:  # a noun's dependents end where the next trigger starts
            later = [
                m.start
                for m in matches
                if m.start >= trig.end
                and m.trigger is not _ARRIVAL
                and not self.d.in_quotes(m.start)  # "gọi là “chính xác, phối hợp chặt chẽ”"
            ]
            if later:
                limit = min(limit, later[0])
        inner: TriggerMatch | None = None
        if trig.type in _EMBEDDING:
            # "bác bỏ cáo buộc của phương Tây": a noun right after is the object, not a verb
            inner = next((m for m in matches if m.start > trig.end + 3 and not m.nominal), None)
            if inner is not None and inner.start < limit:
                limit = inner.start
            else:
                inner = None
        for p in self.d.phrases.starting(trig.end, limit):
            prep = _preposition(text, trig.end, p.start) or ""
            if not _acts(p) and prep not in _PLACE_PREPS:
                continue  # "khắp khu vực châu Âu và châu Á": places, not actors
            if _RELATIVE_BEFORE.search(text, trig.end, p.start) and _CALLS.match(text, p.end):
                continue  # "tấn công hai mục tiêu mà Tehran gọi là …": who names the object
            if _NAMED_AFTER.search(text, max(trig.end, p.start - 16), p.start):
                continue  # "thăm nhà máy mang tên Yuri Gagarin": a name, not someone met
            if prep == "giữa":
                if trig.nominal and not between:
                    between = self.resolve(p, p.start)
                continue
            if (
                prep == "của"
                and last_place is not None
                and not text[last_place : p.start].strip(" ,").removesuffix("của").strip()
            ):
                continue  # "tại thủ đô Vilnius của Lithuania": part of the place
            if (
                not target
                and trig.type == "SANCTION"
                # "lệnh cấm nhập hải sản từ 8 tỉnh của Nhật Bản": an import ban's origin
                and (not trig.nominal or "nhập" in trig.text.lower())
                and (prep == "từ" or (prep == "của" and _FROM.search(text, trig.end, p.start)))
            ):  # "đình chỉ nhập khẩu thủy sản từ (10 tỉnh của) Nhật Bản": whose goods
                target, prep_used = self.resolve(p, p.start), prep
                continue
            aimed_before = _OBJECT_PREP_IN.search(text, trig.end, p.start) is not None
            if prep in ("của", "do") and trig.nominal and aimed_before and not target:
                target, prep_used = self.resolve(p, p.start), prep  # "… nhằm vào ngành … của Nga"
                continue
            if prep in ("của", "do"):
                if not owner and trig.nominal:  # "chuyến thăm Bắc Kinh của Tổng thống X"
                    owner = self.resolve(p, p.start)
                elif (
                    not target
                    and not trig.nominal
                    and (
                        self.bare_object(trig.end, p.start)
                        or (
                            trig.type in _REACTIONS
                            and prep == "của"
                            and _ABOUT_OWNER.fullmatch(text, trig.end, p.start)
                        )
                    )
                ):  # "nêu quan ngại về hành động khiêu khích của Bắc Kinh": Beijing's acts
                    target, prep_used = self.resolve(p, p.start), prep
                continue
            if prep in _PLACE_PREPS:
                last_place = p.end
                place = next((m.place for m in p.mentions if m.place), None)
                if location is None and place:
                    location = place
                if (
                    not target
                    and trig.type in ("MOBILIZE", "ASSAULT")
                    and p.mentions
                    and not _FROM.search(text, trig.end, p.start)
                ):
                    target, prep_used = self.resolve(p, p.start), prep
                elif (
                    trig.type == "ASSAULT"
                    and target
                    and all(m.kind != "state" for m in target)
                    and not _FROM.search(text, trig.end, p.start)
                ):
                    # "tấn công … của nhóm Jaish al-Adl ở tỉnh Balochistan (Pakistan)": the
                    # state a group is struck in is a target too (not where a state is struck)
                    hit = {m.actor.country for m in target if m.actor and m.actor.country}
                    target = (
                        target
                        + [
                            _state_of(m)
                            for m in p.mentions
                            if m.actor and m.actor.country and m.actor.country not in hit
                        ][:1]
                    )
                continue
            if (
                not target
                and prep == "khỏi"
                and trig.type in ("SANCTION", "RETREAT")
                and any(m.kind in ("state", "org") for m in p.mentions)
            ):
                # "rút đại sứ khỏi Israel", "rút khỏi Liên minh châu Phi": whom it leaves
                target, prep_used = self.resolve(p, p.start), prep
                continue
            if not target and prep == "" and _NEW_CONJUNCT.search(text, trig.end, p.start):
                break  # "X phê chuẩn hôm 27/3 và Quốc hội Y bỏ phiếu": Y is a subject
            if not target and (
                prep in _OBJECT_PREPS
                or (
                    prep in _NEAR_TARGET
                    and trig.type in ("MOBILIZE", "ASSAULT", "CONSULT", "PROTEST")
                )
            ):
                target, prep_used = self.resolve(p, p.start), prep
                # "cuộc gặp Tập-Putin": the participants right after the noun
                if trig.nominal and prep == "" and len(target) > 1 and p.start - trig.end < 4:
                    return target, owner, location, "giữa"
        if between:
            return between, owner, location, "giữa"
        if (
            not target
            and inner is not None
            and trig.type == "AGREE"
            and not trig.nominal
            and not text[trig.end : inner.start].strip(" ,").count(" ") > 3
        ):
            # "ông Biden hứa sẽ ủng hộ Ukraine": what is promised acts on Ukraine
            promised, _, _, promised_prep = self.objects(inner, c0, c1, matches)
            if promised and min(m.start for m in promised) - inner.end <= 12:
                target, prep_used = (
                    promised,
                    promised_prep,
                )  # right after the verb, not deep in its object
        return target, owner, location, prep_used

    def bare_object(self, end: int, start: int) -> bool:
        """Whether ``text[end:start]`` is a short object noun phrase with no preposition or
        verb of its own before "của"/"do" ("lý do biện minh", "lập trường")."""
        gap = self.d.text[end:start]
        head = _LEADING_OBJECT_PREP.sub("", _PREP_END.sub("", gap), count=1)
        return len(gap) <= 60 and not _ANY_PREP.search(head)

    def cause_actor(self, trig: TriggerMatch, c1: int) -> list[ActorMention]:
        """The actor of the cause clause right after a reaction with no object of its own:
        "EU lấy làm tiếc vì Mông Cổ không tuân thủ …", "bày tỏ thất vọng trước việc Nga …"."""
        text = self.d.text
        m = _CAUSE.match(text, trig.end)
        if m is None or m.start("cue") > max(c1, trig.end) + 1:
            return []
        end = self.d.sentence_of(trig.start).end
        after = self.d.phrases.starting(m.end(), min(end, m.end() + 40))
        if not after or not _acts(after[0]):
            return []
        head = _GOVERNMENT_OF.sub("", text[m.end() : skip_titles(text, m.end(), after[0].start)])
        if head.strip():
            return []  # "… vì lệnh cấm của Nga": not the subject of the cause
        return [x for x in self.resolve(after[0], after[0].start) if x.kind != "place"]

    def places_after(self, trig: TriggerMatch, c1: int) -> list[ActorMention]:
        """The states named after "tại" right behind the trigger ("đại sứ tại Mỹ")."""
        for p in self.d.phrases.starting(trig.end, min(c1, trig.end + 20)):
            if _preposition(self.d.text, trig.end, p.start) == "tại":
                return [m for m in self.resolve(p, p.start) if m.kind == "state"]
            break
        return []

    def arrivals(self, sentence: Sentence, matches: list[TriggerMatch]) -> list[TriggerMatch]:
        """ "bà von der Leyen tới Kiev", "ông Modi sẽ tới Áo": arriving in a state or a city
        is a visit (CONSULT visit) when a state or place is named right after "tới"/"đến"."""
        text = self.d.text
        taken = [(m.start, m.end) for m in matches]
        out: list[TriggerMatch] = []
        for m in _ARRIVE.finditer(text, sentence.start, sentence.end):
            if any(a <= m.start() < b for a, b in taken):
                continue
            if any(
                x.type in _SENDING and x.end <= m.start() and "," not in text[x.end : m.start()]
                for x in matches
            ) or _SENT.search(text, max(sentence.start, m.start() - 60), m.start()):
                continue  # "điều thêm binh sĩ tới Estonia", "gửi lời chia buồn tới Nga": sent
            after = self.d.phrases.starting(m.end(), m.end() + 14)
            if not after or not re.fullmatch(
                r"\s*(?:thủ đô\s+|thành phố\s+|đảo\s+)?", text[m.end() : after[0].start]
            ):
                continue
            if not any(x.kind in ("state", "region") and x.place for x in after[0].mentions):
                continue
            start, end = m.start(1), m.end(1)
            out.append(TriggerMatch(start, end, text[start:end], _ARRIVAL, (_ARRIVAL,), False))
        return out

    def partner_before(self, c0: int, trig: TriggerMatch) -> list[ActorMention]:
        """ "đảm bảo với Putin về … trong một cuộc điện đàm": the "với X" before a noun."""
        for p in reversed(self.d.phrases.within(c0, trig.start)):
            if _preposition(self.d.text, c0, p.start) == "với":
                return self.resolve(p, p.start)
        return []

    def passive_agent(
        self, sentence: Sentence, c0: int, trig: TriggerMatch
    ) -> tuple[list[ActorMention], list[ActorMention]] | None:
        """ "X bị Y cảnh báo": (agent Y, patient X); None when the clause is not passive."""
        text = self.d.text
        found = list(_PASSIVE_BI.finditer(text[c0 : trig.start]))
        if not found:
            return None
        m = found[-1]
        b = c0 + m.start()
        agents = self.d.phrases.within(b + 2, trig.start)
        patient_phrases = self.free_phrases(sentence.start, c0, b) or self.free_phrases(
            sentence.start, sentence.start, c0
        )
        patient = self.resolve(patient_phrases[-1], b) if patient_phrases else []
        if not patient:
            # "Cáo buộc của ông Trudeau bị New Delhi bác bỏ": whose claim was rejected
            claim = _CLAIM_OF.match(text, c0)
            if claim is not None:
                owners = self.d.phrases.within(claim.end(), b)
                if owners:
                    patient = self.resolve(owners[0], b)
        agent = self.resolve(agents[0], b) if agents else []
        return agent, patient

    def status(self, sentence: Sentence, c0: int, trig: TriggerMatch, subj_end: int) -> str:
        text = self.d.text
        gap_start = subj_end if sentence.start <= subj_end <= trig.start else c0
        if self.coordinated is not None and gap_start < c0:
            # "X yêu cầu …, đồng thời cảnh báo …": the second verb's status is its own
            gap_start = c0
        gap = text[gap_start : trig.start]
        scope = _NEG_SCOPE.search(text, sentence.start, trig.start)
        if scope is not None and scope.end() <= c0 and re.match(r"\s*như(?!\w)", text[c0:]):
            scope = None  # "X phủ nhận …, như phương Tây cáo buộc": the claim was made
        if _NEG.search(gap) or scope is not None:
            return "negated"
        if _HYP.search(gap) or re.search(r"(?<!\w)nếu(?!\w)", text[c0 : trig.start], re.I):
            return "hypothetical"
        if _IF_WHEN.match(text, c0) and _MAY_HAPPEN.search(text, max(sentence.start, c0 - 40), c0):
            return "hypothetical"  # "hậu quả có thể xảy ra khi Trung Quốc giúp đỡ Nga"
        since = c0 if self.coordinated is not None else sentence.start
        # "X đề nghị …, còn Y trao đổi với Z": a clause with a subject of its own
        own = [m.end() for m in _NEW_SUBJECT_CLAUSE.finditer(text, since, trig.start)]
        want = _WANT.search(text, own[-1] if own else since, trig.start)
        if want is not None and not self.d.in_quotes(want.start()):
            return "hypothetical"  # "Nga muốn Mỹ và NATO … triển khai": wished for
        if _PLAN.search(gap) or (trig.nominal and _coming(text, trig.end)):
            return "planned"
        if (
            trig.nominal
            and not self.free_phrases(sentence.start, c0, trig.start)
            and not _RELATIVE_NGUOI.fullmatch(text, c0, trig.start)
        ):
            # a noun as the subject: "Hội nghị … dự kiến diễn ra vào tháng 6"
            c1 = _clause(text, sentence, trig.start, trig.end, self.d.in_phrase)[1]
            predicate = _PREDICATE.search(text, trig.end, min(c1, trig.end + 120))
            if predicate is not None:
                return "negated" if predicate.group(1) else "planned"
        return "asserted"

    def date(
        self, sentence: Sentence, c0: int, c1: int, trig: TriggerMatch, status: str
    ) -> str | None:
        text = self.d.text
        apart = self.days_apart(sentence, c0, trig)
        if apart is not None:
            return apart
        if trig.type in _EMBEDDING and not trig.nominal:
            inner = [m.start for m in self.d.matches if trig.end <= m.start < c1]
            if inner:  # "đặt mục tiêu nâng kim ngạch … vào năm 2030": the goal's date
                c1 = min(c1, inner[0])
        relative = re.search(r"(?<!\w)(?:mà|do)(?!\w)", text[trig.end : c1])
        if relative is not None:  # "lệnh trừng phạt mà … áp đặt … năm 2018": not its time
            c1 = trig.end + relative.start()
        times = self.d.times_in(c0, c1)
        if (
            not times
            and c0 > sentence.start
            and (_WHEN.match(text, c0) or (trig.type == "CONSULT" and _TO_DO.match(text, c0)))
        ):  # "có mặt tại Hiroshima chiều thứ Bảy (20/5) để dự hội nghị …": when arriving
            # "… vào tháng 2/2022 khi Tổng thống Putin có chuyến thăm Bắc Kinh"
            p0, p1 = _clause(text, sentence, c0 - 1, c0 - 1, self.d.in_phrase)
            times = self.d.times_in(p0, p1)
        if not times:  # preposed adverbials: "Ngày 15-12, …", "Trước đó, ngày 27/2, …"
            times = self.preposed_times(sentence, c0)
        if not times:  # a closing one: "… đón ông Biden tại La Grange, Geneva, ngày 16/6."
            times = [
                t
                for t in self.d.times_in(c1, sentence.end)[-1:]
                if _CLOSING.fullmatch(text, t.end, sentence.end)
                and not any(c1 <= m.start < t.start for m in self.d.matches)
                and _BARE_TIME.search(text, c1, t.start)
            ]
        if times:
            best = min(times, key=lambda t: (t.start < trig.start, abs(t.start - trig.end)))
            return best.value
        hours = _HOURS_APART.match(text, sentence.start)
        if hours is not None:
            # "Chỉ vài giờ sau, …", "Ít phút trước đó, …": the day told last before; "Hơn ba
            # tiếng sau" a clock time of 22:30 is the next day
            told = self.d.days_in(0, sentence.start)
            if told:
                return _hours_later(told[-1].value or "", hours)
        if not _TEMPORAL_SUB.match(text, c0):  # the sentence's earlier event ("…, nơi …")
            for ev in reversed(self.d.events):
                if ev.sentence is not sentence:
                    break
                if ev.date:
                    return ev.date
        if _AT_MEETING.search(text, c0, c1) or (
            trig.type != "CONSULT" and _AT_MEETING.search(text, sentence.start, sentence.end)
        ):
            for ev in reversed(self.d.events):
                if ev.type == "CONSULT" and ev.date:
                    return ev.date
        occasion = self.occasion(c0, c1, sentence.start)
        if occasion is not None:
            return occasion
        reported = self.reported(trig.start)
        background = _BACKGROUND.search(text, sentence.start, trig.start)
        if reported and status != "negated" and not background:
            # said during the story told ("Ngoại trưởng Lavrov cho biết Nga muốn …"): the
            # latest day of the story so far
            latest = self.d.doc.published or "9999"
            days = [
                ev.date
                for ev in self.d.events
                if ev.date and ev.status == "asserted" and ev.date[:10] <= latest[:10]
            ]
            if days:
                return max(days)
        if status == "asserted" and not background and not _TEMPORAL_SUB.match(text, c0):
            # the paragraph goes on telling the day it dated ("Hôm qua (5/9), … . Ông X …")
            block = self.d.block_of(trig.start)
            for ev in reversed(self.d.events):
                if block is None or ev.sentence.start < block.start:
                    break
                if ev.date and ev.status == "asserted" and len(ev.date) == 10:
                    return ev.date
            opening = self.scene_day(block, sentence)
            if opening is not None:
                return opening
        published = self.d.doc.published
        if status == "asserted" and published and _RECENT.search(text, c0, trig.start):
            return published[:7]
        title, lead = self.d.title, self.d.lead
        if status == "asserted" and title and lead and title.start <= trig.start < title.end:
            # the headline tells the lead's news: the lead's first day ("Thủ tướng Modi thăm
            # Nga …" over "… hôm nay (9/7) hội đàm tại Điện Kremlin …")
            lead_days = self.d.days_in(lead.start, lead.end)
            if lead_days:
                return (lead_days[0].value or "")[:10]
        return None

    def scene_day(self, block: Block | None, sentence: Sentence) -> str | None:
        """The day a paragraph opens with ("Sáng 13/12, ông Tập vào viếng … . Ông lần lượt
        hội đàm …"): a day-precise time at the very start of the block's first sentence,
        when ``sentence`` comes later in the block."""
        if block is None or sentence.start <= block.start:
            return None
        first = self.d.sentence_of(block.start)
        days = [t for t in self.d.days_in(first.start, first.end) if t.start - first.start <= 12]
        if not days or not _SCENE_OPENING.match(self.d.text, first.start, days[0].start):
            return None
        latest = (self.d.doc.published or "9999")[:10]
        value = (days[0].value or "")[:10]
        return value if value <= latest else None

    def preposed_times(self, sentence: Sentence, c0: int) -> list[Time]:
        """The times of the clauses that open the sentence before ``c0`` and name no actor
        ("Trước đó, ngày 27/2, …"), or that open with a time word ("Tại cuộc gặp … ngày
        9/4, …")."""
        text = self.d.text
        found: list[Time] = []
        start = sentence.start
        while start < c0:
            a, b = _clause(text, sentence, start, start, self.d.in_phrase)
            if b > c0 or b <= a:
                break
            if self.d.phrases.within(a, b) and not (
                a == sentence.start and _ADVERBIAL_OPEN.match(text, a)
            ):
                break
            found.extend(self.d.times_in(a, b))
            start = b + 1
        return found

    def days_apart(self, sentence: Sentence, c0: int, trig: TriggerMatch) -> str | None:
        """ "… hôm nay (4/6), một ngày sau khi X cáo buộc …": the day of the main clause
        minus (or plus, "trước khi") the days said."""
        m = _DAYS_APART.search(self.d.text, max(sentence.start, c0 - 20), trig.start)
        if m is None or m.end() > c0 + 10:
            return None
        n = 1 if m.group(1).lower() == "một" else parse_number(m.group(1))
        main = [
            t
            for t in self.d.times_in(sentence.start, m.start())
            if t.value and re.fullmatch(r"\d{4}-\d\d-\d\d", t.value)
        ]
        if n is None or not main:
            return None
        days = n * (7 if m.group(2).lower() == "tuần" else 1)
        sign = -1 if m.group(3).lower() == "sau" else 1
        day = date.fromisoformat(main[-1].value or "") + timedelta(days=sign * days)
        return day.isoformat()

    def reported(self, position: int) -> bool:
        """Whether ``position`` is inside someone's reported words (the quotes layer)."""
        return any(a <= position < b for a, b in self.d.reported)

    def occasion(self, c0: int, c1: int, opening: int | None = None) -> str | None:
        """ "tại Thế vận hội Mùa đông Bắc Kinh", "bên lề Hội nghị cấp cao APEC tại San
        Francisco": the month a dated named event or a summit began."""
        for summit in self.d.summits:  # also in the clauses that open the sentence
            if (c0 if opening is None else opening) <= summit.start < c1:
                return summit.edition.start.isoformat()[:7]
        for ent in self.d.doc.entities:
            if not (c0 <= ent.start < c1) or not (ent.kb_id or "").startswith("event/"):
                continue
            if _preposition(self.d.text, c0, ent.start) not in ("tại", "trong", "ở", "dự"):
                continue
            kb = self.kb.get(ent.kb_id or "")
            if kb is not None and kb.when and kb.when[0]:
                return kb.when[0][:7]
        return None

    def run(self) -> list[Draft]:
        text = self.d.text
        for sentence in self.d.doc.sentences:
            matches = find_triggers(text, sentence.start, sentence.end, self.d.low)
            matches = sorted(matches + self.arrivals(sentence, matches), key=lambda m: m.start)
            self.d.matches = matches
            free = self.free_phrases(sentence.start, sentence.start, sentence.end)
            suppressed_until = -1
            agreed = False  # the embedding verb is an agreement ("nhất trí gặp lại")
            for trig in matches:
                speaker = None
                if self.d.in_quotes(trig.start):
                    speaker = self.first_person_speaker(sentence, trig)
                    if speaker is None:
                        continue
                if trig.capitalized:
                    continue
                embedded = trig.start < suppressed_until
                meeting = embedded and agreed and trig.type == "CONSULT" and not trig.nominal
                if embedded and not meeting and not self.options.hypothetical:
                    continue
                draft = self.one(sentence, trig, matches, speaker)
                if draft is not None and meeting:
                    draft.status = "planned"  # "hai ông đồng ý gặp lại tại Brazil": agreed on
                elif draft is not None and embedded:
                    draft.status = "hypothetical"  # requested, refused, agreed or threatened
                if (
                    (trig.type in _EMBEDDING or _alleges(trig))
                    and not trig.nominal
                    and not _noun_of(text, trig)
                    and not (trig.text.lower() in _RETALIATION and _BY_MEANS.match(text, trig.end))
                ):
                    # what is requested or refused did not happen: no event of its own
                    agreed = trig.type == "AGREE"
                    suppressed_until = _clause(
                        text, sentence, trig.start, trig.end, self.d.in_phrase
                    )[1]
                    purpose = _PURPOSE.match(text, suppressed_until)
                    if purpose is not None and purpose.end() < sentence.end:
                        # "kêu gọi Washington không dùng hiệp ước này để ủng hộ …": the
                        # purpose belongs to what is requested
                        suppressed_until = _clause(
                            text, sentence, purpose.end(), purpose.end(), self.d.in_phrase
                        )[1]
                    if trig.type == "REJECT" and _DENIED.match(text, trig.end):
                        suppressed_until = sentence.end  # "phủ nhận việc …, …": all denied
                if draft is None:
                    continue
                self.d.events.extend(split_draft(draft))
                if _RECIPROCAL.match(text, trig.end) and draft.type not in _SYMMETRIC:
                    # "hai nhà lãnh đạo liên tục đe dọa nhau": each threatened the other
                    back = copy_draft(draft)
                    back.source, back.target = draft.target, draft.source
                    self.d.events.append(back)
            self.d.events.extend(self.demands(sentence))
            self.d.events.extend(self.member_sessions(sentence, matches))
            if free:
                subject = [m for m in self.resolve(free[0], free[0].start) if m.actor]
                if subject:
                    self.d.subjects.append(subject)
        return self.d.events

    def tie_date(self, kind: str, mode: str | None, date: str, sentence: Sentence) -> None:
        """Date the undated events of ``kind`` told in the headline, the lead or the sentence
        before ``sentence``, which a noun opening it with a date and no one named takes up."""
        previous = self.sentence_before(sentence.start)
        for d in self.d.events:
            if (
                d.type == kind
                and d.date is None
                and not d.background
                and d.status == "asserted"
                and compatible_modes(d.mode, mode)
                and (d.sentence.start >= previous or self.d.in_opening(d.trigger.start))
            ):
                d.date = date

    def event_object(self, trig: TriggerMatch, matches: list[TriggerMatch]) -> list[ActorMention]:
        """Whom a reaction to an event told before aims at, when its object is that event
        and names no one ("… của X"): "Iran lên án các cuộc không kích" (who carried them
        out), "bác bỏ mọi cáo buộc" (who made them), "hoan nghênh thỏa thuận Pretoria" (its
        parties); [] otherwise."""
        if trig.nominal or trig.type not in _REACTIONS:
            return []
        text = self.d.text
        noun = next((m for m in matches if m.nominal and m.start >= trig.end), None)
        if (
            noun is not None
            and noun.type in _HOSTILE  # not "chỉ trích hội nghị … do Washington tổ chức"
            and _EVENT_ARTICLE.fullmatch(text, trig.end, noun.start)
            and not _OWNED.match(text, noun.end)
        ):
            told = self.last_told(noun.type, trig.start)
            return list(told.source) if told else []
        claims = _CLAIMS.match(text, trig.end)
        if claims is not None and trig.type == "REJECT" and not _OWNED.match(text, claims.end()):
            told = self.last_told("ACCUSE", trig.start)
            return list(told.source) if told else []
        if _AGREEMENTS.match(text, trig.end) and trig.type in ("SUPPORT", "ACCUSE", "REJECT"):
            told = self.last_told("AGREE", trig.start)
            return dedup(list(told.source) + list(told.target)) if told else []
        return []

    def last_told(self, kind: str, before: int) -> Draft | None:
        """The latest event of type ``kind`` with a source, told before offset ``before``."""
        return next(
            (
                ev
                for ev in reversed(self.d.events)
                if ev.type == kind and ev.trigger.start < before and ev.source
            ),
            None,
        )

    def first_person_speaker(self, sentence: Sentence, trig: TriggerMatch) -> ActorMention | None:
        """The speaker of the direct quote around ``trig`` when the trigger is a speech act
        they make in the first person ("“Chúng tôi sẽ luôn ủng hộ …”, ông Kim nói"), else
        None: other events told inside quotes are not coded."""
        if trig.type not in _SPEECH_ACTS or trig.nominal:
            return None
        quote = next(
            (q for q in self.d.doc.quotes if q.kind == "direct" and q.start <= trig.start < q.end),
            None,
        )
        if quote is None or quote.speaker is None or not quote.speaker.country:
            return None
        c0, _ = _clause(self.d.text, sentence, trig.start, trig.end, self.d.in_phrase)
        if not _FIRST_PERSON.fullmatch(self.d.text, max(c0, quote.start), trig.start):
            return None
        return ActorMention(quote.start, quote.start, "person", quote.speaker)

    def member_sessions(self, sentence: Sentence, matches: list[TriggerMatch]) -> list[Draft]:
        """ "Hội nghị thượng đỉnh của nhóm Quad, gồm Mỹ, Ấn Độ, Nhật Bản và Australia, diễn ra
        …": each member listed takes part in the body's session (CONSULT multilateral toward
        the body)."""
        text = self.d.text
        out: list[Draft] = []
        for trig in matches:
            if not trig.nominal or trig.text.lower() not in _SESSIONS or trig.capitalized:
                continue
            if self.d.in_quotes(trig.start):
                continue
            c0, c1 = _clause(text, sentence, trig.start, trig.end, self.d.in_phrase)
            near = self.d.phrases.starting(trig.end, min(sentence.end, trig.end + 60))
            if not near or not all(m.kind == "org" for m in near[0].mentions):
                continue
            body = near[0]
            listed = _MEMBERS.match(text, body.end)
            if listed is None:
                continue
            members = self.d.phrases.starting(listed.end(), listed.end() + 1)
            if not members:
                continue
            states = [m for m in self.resolve(members[0], members[0].start) if m.kind == "state"]
            if len(states) < 2:
                continue
            told = self.d.times_in(members[0].end, sentence.end)  # "…, diễn ra tối thứ Bảy"
            date = told[0].value if told else self.date(sentence, c0, c1, trig, "asserted")
            status = self.status(sentence, c0, trig, c0)
            if status not in ("asserted", "planned"):
                continue
            for state in states:
                out.append(
                    Draft(
                        trig,
                        "CONSULT",
                        "multilateral",
                        [state],
                        list(body.mentions),
                        date,
                        None,
                        status,
                        sentence,
                        [[sentence.start, sentence.end]],
                    )
                )
        return out

    def said_on(self, sentence: Sentence, start: int, end: int) -> str | None:
        """When the words in ``text[start:end]`` were said: a date the sentence gives outside
        them ("“…”, Tổng thống Biden tuyên bố … cùng ngày")."""
        times = [
            t
            for t in self.d.times_in(sentence.start, sentence.end)
            if t.end <= start or t.start >= end
        ]
        if not times:
            return None
        return min(times, key=lambda t: min(abs(t.start - end), abs(start - t.end))).value

    def demands(self, sentence: Sentence) -> list[Draft]:
        """ "Bắc Kinh cho rằng Mỹ nên …", "ông Vương nhấn mạnh NATO không nên …": in someone's
        reported words, an actor who should (not) act is the target of the speaker's REQUEST."""
        text = self.d.text
        out: list[Draft] = []
        for quote in self.d.quotes_over.get(sentence.start, []):
            speaker = quote.speaker
            if speaker is None or not (speaker.name or speaker.country):
                continue
            a, b = max(quote.start, sentence.start), min(quote.end, sentence.end)
            if a >= b:
                continue
            for p in self.d.phrases.starting(a, b):
                should, rule, kind = _SHOULD.match(text, p.end), _DEMAND, "REQUEST"
                if should is None:
                    should, rule, kind = _PAY.match(text, p.end), _PRICE, "THREATEN"
                if should is None:
                    should, rule, kind = _ANSWER_FOR.match(text, p.end), _BLAME, "ACCUSE"
                if should is None or not _acts(p):
                    continue
                target = [m for m in self.resolve(p, p.start) if m.actor]
                if any(
                    m.actor
                    and m.actor.country == speaker.country
                    and (kind != "ACCUSE" or m.kind != "person")
                    for m in target
                ):
                    continue  # "Trung Quốc và Nga nên …" said by Xi: what we should do
                source = [ActorMention(quote.start, quote.start, "person", speaker)]
                keys = {actor_key(m) for m in source}
                target = [m for m in target if actor_key(m) not in keys]
                if not target or target[0].actor == speaker:
                    continue
                trig = TriggerMatch(
                    p.end, should.end(), text[p.end : should.end()], rule, (rule,), False
                )
                c0, c1 = _clause(text, sentence, p.start, should.end(), self.d.in_phrase)
                date = self.date(sentence, c0, c1, trig, "asserted") or self.said_on(
                    sentence, quote.start, quote.end
                )
                out.append(
                    Draft(
                        trig,
                        kind,
                        None,
                        source,
                        target,
                        date,
                        None,
                        "asserted",
                        sentence,
                        [[sentence.start, sentence.end]],
                    )
                )
        return out

    def one(
        self,
        sentence: Sentence,
        trig: TriggerMatch,
        matches: list[TriggerMatch],
        speaker: ActorMention | None = None,
    ) -> Draft | None:
        """The event of ``trig``, or None; ``speaker`` acts when the trigger is a speech act
        in their own direct quote ("“Chúng tôi kêu gọi Serbia rút quân …”, ông Kirby nói")."""
        text = self.d.text
        c0, c1 = _clause(text, sentence, trig.start, trig.end, self.d.in_phrase)
        reading = trig.trigger
        if not trig.nominal and (
            (reading.pos == "both" and _NOUN_SLOT.search(text, c0, trig.start))
            or _noun_of(text, trig)
        ):
            trig = replace(trig, nominal=True)  # "theo đề nghị của Pháp": a noun here
        mode = reading.mode
        kind = reading.type
        if trig.nominal and _CEASE.search(text, max(c0, trig.start - 24), trig.start):
            kind, mode = ("REJECT", "meet") if kind == "CONSULT" else ("RETREAT", None)
        if (
            kind == "RETREAT"
            and mode != "resign"
            and not trig.nominal
            and _ANNOUNCED.search(text, max(c0, trig.start - 30), trig.start)
        ):
            # "tuyên bố dỡ bỏ lệnh cấm vận", "tuyên bố sẽ trả tự do cho phi công": a concession
            # announced or promised is verbal (PLOVER CONCEDE), not yet material
            kind, mode = "CONCEDE", None
        if trig.text.lower() in ("triệu tập", "triệu") and _SUMMONED.match(text, trig.end):
            kind, mode = "ACCUSE", None  # "triệu tập một nhà ngoại giao cấp cao của …"
        if reading.type == "REJECT":  # "từ chối (đề nghị tổ chức) cuộc gặp": REJECT meet
            inner = [m for m in matches if trig.end <= m.start < c1 and m.type in _REFUSED_MODE]
            if inner and inner[0].start - trig.end <= 40:
                mode = _REFUSED_MODE[inner[0].type]
        target, owner, location, prep = self.objects(trig, c0, c1, matches)
        told = self.event_object(trig, matches)
        if told:  # "lên án các cuộc không kích": those who carried them out
            target = told
        if not target and not trig.nominal and kind in ("ACCUSE", "SUPPORT"):
            target = self.cause_actor(trig, c1)
        at_place = self.places_after(trig, c1) if not target else []
        if _RECIPROCAL.match(text, trig.end):  # "gặp nhau": the subject's members meet
            target, owner, prep = [], [], None
        if trig.nominal and _NAMING.search(text, max(c0, trig.start - 20), trig.start):
            return None  # "gọi cuộc nổi loạn là …": the noun is what is named, not told
        if _COPULA.match(text, trig.end) and _GENERIC_OPENING.fullmatch(text, c0, trig.start):
            return None  # "(nhất trí rằng) đối thoại và đàm phán là lối thoát duy nhất"
        if (
            not trig.nominal
            and _FOR_PURPOSE.search(text, max(c0, trig.start - 12), trig.start)
            and not (
                kind == "CONSULT"
                and _ARRIVED.search(text, max(sentence.start, c0 - 80), trig.start)
            )
        ):
            # "bắn rocket … để ủng hộ Hamas": a motive, not an event of its own; but "có mặt
            # tại Hiroshima … để dự hội nghị": the trip's purpose, done on arriving
            return None
        governed = any(
            not m.nominal and m.end <= trig.start and trig.start - m.end <= 12 for m in matches
        )  # "chỉ trích hội nghị …", "từ chối cuộc gặp": the noun is what is acted on
        mentioned = trig.nominal and (governed or _preposition(text, c0, trig.start) is not None)
        if mentioned and _RETALIATED_WITH.search(text, c0, trig.start):
            mentioned = False  # "Pakistan đáp trả bằng các cuộc không kích nhằm vào …": done
        at_request = False
        if mentioned and owner and _AT_REQUEST.search(text, c0, trig.start):
            # "Hội đồng Bảo an họp … theo đề nghị của Pháp": France asked the Council
            asked = self.free_phrases(sentence.start, c0, trig.start)
            if not asked and c0 == sentence.start:
                # "Theo đề nghị của Iran, Hội đồng Bảo an đã họp …": the main clause's subject
                asked = self.free_phrases(c1, c1, sentence.end)[:1]
            if asked:
                target, prep = self.resolve(asked[0], asked[0].start), "với"
                at_request = True
        opening = c0 == sentence.start and not text[c0 : trig.start].strip()
        # "Ông khẳng định hội nghị không nhằm vào …": a noun opening reported words
        opening = opening or any(0 <= trig.start - a <= 3 for a, _ in self.d.reported)
        host: list[ActorMention] = []
        if (
            trig.nominal
            and opening
            and not owner
            and prep == "với"
            and target
            and kind == "CONSULT"
        ):
            # "Thượng đỉnh với Tổng thống Putin diễn ra …": the person the story follows met X
            keys = {actor_key(m) for m in target}
            host = [
                m
                for m in (self.d.subjects[-1] if self.d.subjects else [])
                if m.kind == "person" and actor_key(m) not in keys
            ]
        if trig.nominal and opening and not owner and prep != "giữa" and not host:
            # "Chuyến thăm diễn ra …": the visit told of before; "Cuộc gặp chiều qua …" says
            # when the meeting of the headline and the lead took place
            date = self.date(sentence, c0, c1, trig, "asserted")
            if date is not None and not target:
                self.tie_date(kind, mode, date, sentence)
            return None
        if _COMMEMORATION.search(text, c0, trig.start):
            return None  # "kỷ niệm 75 năm ngày thiết lập quan hệ ngoại giao": history
        if _SINCE_CLAUSE.match(text, c0) and not self.d.times_in(c0, c1):
            return None  # "thấp nhất kể từ khi thiết lập quan hệ": a point of reference
        if mentioned and prep not in ("với", "giữa") and not (owner and target):
            # "trong một cuộc điện đàm" names an event only with its partner ("với X");
            # "trước thềm hội nghị …", "về các biện pháp trừng phạt" are mentions
            target = self.partner_before(c0, trig)
            if not target and not (
                # "X và Y nhất trí …, trong cuộc gặp đầu tiên …": the two subjects met
                kind in _SYMMETRIC
                and not owner
                and _preposition(text, c0, trig.start) == "trong"
                and len(self.sentence_subject(sentence)) > 1
            ):
                return None
        passive = self.passive_agent(sentence, c0, trig)
        subj_end = c0
        self.coordinated = None
        if passive is not None:
            agent, patient = passive
            if not agent:
                return None  # "bị cáo buộc": nobody named acts
            source, target = agent, patient
        elif prep == "giữa":
            source, target = target[:1], target[1:]
        else:
            subject = self.continued_subject(sentence, c0, trig) or self.subject(
                sentence, c0, c1, trig
            )
            if subject:
                subj_end = max(m.end for m in subject)
                if trig.text.lower() in _JOINING and _joining_allowed(text, c0, subject, trig):
                    return None  # "bật đèn xanh cho Thụy Điển gia nhập NATO": not joined yet
            source = owner if owner and (trig.nominal or not subject) else subject
            if speaker is not None:
                source = [speaker]
            elif host:
                source = host
            first = min((x.start for x in source), default=trig.start)
            if not target and _AS_CLAIMED.search(text, c0, first):
                # "như phương Tây cáo buộc": the claim is about the sentence's subject
                target = self.sentence_subject(sentence)
            if reading.direction == "reversed" and target:
                source, target = target, source
        source = dedup(source)
        if kind in _CROWD_PROTESTS and any(
            m.kind == "group" and m.actor and m.actor.name == CROWD for m in source
        ):
            # "hàng trăm người biểu tình tập trung phản đối …", "… yêu cầu Thủ tướng từ chức":
            # what a crowd does against someone is a protest
            kind, mode = "PROTEST", "demo"
            if not target:
                near = self.d.phrases.starting(trig.end, min(c1, trig.end + 40))
                if near and _preposition(text, trig.end, near[0].start) in _NEAR_TARGET:
                    target = self.resolve(near[0], near[0].start)
        target = [m for m in dedup(target) if all(actor_key(m) != actor_key(s) for s in source)]
        # "Modi … cam kết Ấn Độ sẽ …": a person does not act on their own state
        own = {
            m.actor.country
            for m in source
            if m.actor and (m.kind == "person" or (kind == "ASSAULT" and m.kind == "group"))
        }  # a group's attack inside its own state ("người biểu tình Iran … ở Tehran")
        target = [
            m
            for m in target
            if not (
                m.actor
                and m.actor.country in own
                # "từ chức lãnh đạo Đảng Bảo thủ": one leaves a body of one's own state
                and (m.kind == "state" or (mode == "resign" and m.kind == "org"))
            )
        ]
        if (
            not target
            and kind in _ADDRESSED
            and self.coordinated is not None
            and self.coordinated.type not in _SYMMETRIC  # not "ra tuyên bố chung, kêu gọi …"
        ):
            # "triệu tập Đại sứ Mỹ Nicholas Burns, cảnh báo Bắc Kinh “sẽ không ngồi yên”": the
            # second verb is addressed to the first one's target
            target = [
                m for m in self.coordinated.target if actor_key(m) not in map(actor_key, source)
            ]
        if not target and kind == "SANCTION" and at_place:
            target = at_place  # "triệu hồi đại sứ tại Mỹ và Australia": the ambassador to them
        if not target and source and kind == "REJECT":
            target = [
                m
                for m in self.refused(sentence, trig)
                if actor_key(m) not in map(actor_key, source)
            ]
        if (
            not target
            and kind in ("AGREE", "COOPERATE", "CONSULT")
            and _SIMILAR.search(text, trig.end, c1)
        ):
            # "Italy và Canada ký thỏa thuận … với Kiev, sau khi Đức và Pháp ký các văn kiện
            # tương tự": with the same counterpart, each of them
            earlier = self.last_told(kind, trig.start)
            if earlier is not None and earlier.target:
                keys = {actor_key(m) for m in source}
                target = [m for m in earlier.target if actor_key(m) not in keys]
                prep = "với" if earlier.partner else prep  # one event for each of them
        if not target and source and kind in ("SANCTION", "COERCE", "ACCUSE", "SUPPORT"):
            parallel = _NEW_SUBJECT_CLAUSE.search(text, max(sentence.start, c0 - 8), trig.start)
            family = ("SANCTION", "COERCE") if kind in ("SANCTION", "COERCE") else (kind,)
            earlier = next(
                (
                    ev
                    for ev in reversed(self.d.events)
                    if parallel and ev.sentence is sentence and ev.type in family and ev.target
                ),
                None,
            )
            if earlier is not None:
                # "Budapest cấm nhập khẩu nông sản Ukraine, còn Bratislava duy trì lệnh cấm":
                # the same act on the same target by another
                keys = {actor_key(m) for m in source}
                target = [m for m in earlier.target if actor_key(m) not in keys]
                kind, mode = earlier.type, earlier.mode
        reciprocal = _RECIPROCAL.match(text, trig.end) is not None
        if (
            not target
            and len(source) > 1
            and (
                reading.direction == "symmetric"
                or reciprocal
                # "Mỹ và Nga đồng ý đưa đại sứ trở lại": agreed with each other (not when
                # what they accepted had an owner: "chấp nhận đề xuất của Mỹ")
                or (kind == "AGREE" and not prep)
            )
        ):
            source, target = source[:1], source[1:]
        if (
            not target
            and kind == "CONSULT"
            and source
            and all(m.kind == "org" for m in source)
            and trig.text.lower() in _SESSIONS
        ):
            # "Hội đồng Bảo an họp khẩn", "hội nghị thượng đỉnh bất thường của ECOWAS": an
            # organization's own session has no counterpart
            target, mode = [], "multilateral"
        elif not source or not (target or kind in _NO_TARGET):
            return None  # a protest may have no one named as its target
        status = "asserted" if at_request else self.status(sentence, c0, trig, subj_end)
        if status == "negated" and trig.text.lower() == "mời" and not trig.nominal:
            kind, mode, status = "REJECT", "meet", "asserted"  # "Thụy Sĩ không mời Nga": left out
        if trig.text.lower() in _RETALIATION and not trig.nominal and status == "asserted":
            return None  # "đã tấn công …, đáp trả chiến dịch …": the act itself is coded
        if status == "planned" and (speaker is not None or kind == "THREATEN"):
            # "Chúng tôi sẽ luôn ủng hộ …", "Nga tuyên bố sẽ đáp trả": made by saying it
            status = "asserted"
        coordinated = self.coordinated
        if status == "asserted" and coordinated is not None and coordinated.status == "planned":
            status = "planned"  # "sẽ tới New Delhi …, sau đó thăm Việt Nam"
        if status == "hypothetical" and not self.options.hypothetical:
            return None
        date = self.date(sentence, c0, c1, trig, status)
        if date is None and speaker is not None:  # "“Chúng tôi ủng hộ …”, ông X nói hôm qua"
            quote = next((q for q in self.d.doc.quotes if q.start <= trig.start < q.end), None)
            if quote is not None:
                date = self.said_on(sentence, quote.start, quote.end)
        published = self.d.doc.published
        if status == "asserted" and date and published and _first_day(date) > published[:10]:
            status = "planned"
        if location is None and mode == "visit":
            location = next((m.place for m in target if m.place), None)
        background = date is None and bool(_BACKGROUND.search(text, c0, c1))
        return Draft(
            trig, kind, mode, source, target, date, location, status, sentence,
            [[sentence.start, sentence.end]], background, prep == "với",
        )  # fmt: skip

    def refused(self, sentence: Sentence, trig: TriggerMatch) -> list[ActorMention]:
        """Whom a refusal without an object answers: the last proposal or request told
        (in this or the sentence before), else the one who reports it ("Lầu Năm Góc cho
        biết Bắc Kinh đã từ chối …")."""
        here = sentence.start
        previous = self.sentence_before(here)
        for ev in reversed(self.d.events):
            if ev.sentence.start < previous:
                break
            if ev.type in ("REQUEST", "AGREE") and ev.trigger.start < trig.start:
                return ev.source
        quote = next(
            (q for q in self.d.doc.quotes if q.start <= trig.start < q.end and q.speaker), None
        )
        if quote is not None and quote.speaker is not None:
            speakers = [
                m
                for m in self.d.mentions
                if m.actor is not None
                and m.actor.name == quote.speaker.name
                and m.end <= trig.start
            ]
            if speakers:
                return speakers[-1:]
            if quote.speaker.country:
                return [
                    ActorMention(
                        trig.start, trig.end, "state", country_actor(quote.speaker.country)
                    )
                ]
        return []

    def continued_subject(
        self, sentence: Sentence, c0: int, trig: TriggerMatch
    ) -> list[ActorMention]:
        """ "các nước lên án … và kêu gọi …": a verb coordinated with the one before in the
        same clause (or right after its comma) shares its subject."""
        told = [
            ev for ev in self.d.events if ev.sentence is sentence and ev.trigger.end <= trig.start
        ]
        # "các nước lên án việc Nga tăng cường … và kêu gọi …": not the embedded verb's subject
        # ("Trước khi tới Nhật Bản, bà Pelosi ghé Seoul": a preposed verb of the same subject
        # does not embed the main one)
        main = [
            ev
            for ev in told
            if not any(
                o is not ev
                and o.trigger.start < min((x.start for x in ev.source), default=0)
                and {actor_key(x) for x in o.source} != {actor_key(x) for x in ev.source}
                for o in told
            )
        ]
        last = main[-1] if main else None
        if last is None:
            return []
        if trig.nominal or not _AND_BEFORE.search(self.d.text, last.trigger.end, trig.start):
            return []
        if last.trigger.start < c0 and self.free_phrases(sentence.start, c0, trig.start):
            return []
        if last.trigger.start < c0 and not re.fullmatch(
            r"[\s,]*(?:đồng thời|và|rồi|nhưng|song)?"
            r"(?:\s*(?:đã|cũng|sẽ|vẫn|còn|đều|không|chưa|sau đó|tiếp đó))*\s*",
            self.d.text[c0 : trig.start],
        ):
            return []
        self.coordinated = last
        if (
            last.type in _SYMMETRIC
            and last.target
            and all(m.start < last.trigger.start for m in last.target)
        ):
            # "Brazil, Colombia và Mexico ra tuyên bố chung …, kêu gọi CNE …": all of them
            # (a symmetric event's subject list was parted into its two sides)
            return dedup(last.source + last.target)
        return last.source

    def sentence_subject(self, sentence: Sentence) -> list[ActorMention]:
        free = [
            p
            for p in self.free_phrases(sentence.start, sentence.start, sentence.end)
            if not self.d.in_quotes(p.start)  # "“Trung Quốc tôn trọng …”, ông Tập nói"
        ]
        return self.resolve(free[0], free[0].start) if free else []


def _joining_allowed(text: str, c0: int, subject: list[ActorMention], trig: TriggerMatch) -> bool:
    """Whether the joining is what a verb allows, supports or opposes ("ủng hộ Ukraine gia
    nhập", "bật đèn xanh cho Thụy Điển gia nhập"): a controlling verb right before its
    subject or between the subject and the verb."""
    first = min(m.start for m in subject)
    last = max(m.end for m in subject)
    head = skip_titles(text, max(c0, first - 60), first)
    if _JOIN_CONTROL.search(text, max(c0, head - 30), head) is not None:
        return True
    between = text[last : trig.start]
    return any(_JOIN_CONTROL.search(between, 0, m.end()) for m in re.finditer(r"\s", between))


def _hours_later(value: str, apart: re.Match[str]) -> str:
    """The day ``apart`` ("ba tiếng sau") from the time ``value`` ("2024-12-03T22:30"); the
    day itself when the value has no clock time or the count is vague ("vài giờ")."""
    clock = _CLOCK.match(value)
    count = apart["n"].lower()
    if clock is None or apart["unit"].lower() == "phút" or count in ("vài", "mấy", "ít"):
        return value[:10]
    hours = int(count) if count.isdigit() else (parse_number(count) or 0)
    sign = 1 if apart["dir"].lower() == "sau" else -1
    moment = datetime.fromisoformat(f"{clock[1]}T{clock[2]}:{clock[3]}")
    return (moment + timedelta(hours=sign * hours)).date().isoformat()


def _noun_of(text: str, trig: TriggerMatch) -> bool:
    """ "Cáo buộc của ông Trudeau bị …": a verb-or-noun trigger owned by someone is a noun."""
    return trig.trigger.pos == "both" and _OF.match(text, trig.end) is not None


def _alleges(trig: TriggerMatch) -> bool:
    """An accusation verb ("cáo buộc Ottawa che chở cho những phần tử … đe dọa …"): what it
    alleges is not coded as an event of its own, as what is requested is not."""
    return trig.type == "ACCUSE" and trig.text.lower() in _ALLEGING


def _acts(phrase: Phrase) -> bool:
    """Whether a phrase can be an actor: not only places without a state ("châu Á")."""
    return any(m.kind != "region" for m in phrase.mentions)


def _state_of(m: ActorMention) -> ActorMention:
    """A person's or body's state, for "hai nước" (the two countries)."""
    if m.kind == "state" or m.actor is None or not m.actor.country:
        return m
    return ActorMention(m.start, m.end, "state", country_actor(m.actor.country))


def _actors(items: list[ActorMention]) -> list[Actor]:
    return [m.actor for m in items if m.actor is not None]


def events(doc: Document, options: EventOptions | None = None) -> Document:
    """Fill ``doc.events`` (pipeline step; reads text, sentences, tokens, entities,
    references, times, quotes, published)."""
    title = next((b for b in doc.blocks if b.kind == "title"), None)
    lead = next((b for b in doc.blocks if b.kind in ("lead", "paragraph")), None)
    drafts = merge_drafts(
        _Extractor(doc, options or EventOptions()).run(),
        (title.start, title.end) if title is not None else None,
        (lead.start, lead.end) if lead is not None else None,
    )
    inherit_dates(drafts)
    doc.events = []
    for d in drafts:
        start, end = d.evidence[0]
        doc.events.append(
            Event(
                start=start,
                end=end,
                text=doc.text[start:end],
                type=d.type,
                mode=d.mode,
                source=_actors(d.source),
                target=_actors(d.target),
                date=d.date,
                location=d.location,
                status=d.status,
                trigger=d.trigger.text,
                cameo=cameo_root(d.type, d.mode),
                score=cooperation_conflict(d.type, d.mode),
                evidence=sorted(d.evidence),
            )
        )
    return doc


def _first_day(value: str) -> str:
    """The first day a TIMEX3 value covers, comparable as text: ``2022-W31`` → ``2022-08-01``."""
    m = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if m is not None:
        try:
            return date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1).isoformat()
        except ValueError:
            return value
    return value[:10]


def _coming(text: str, position: int) -> bool:
    """ "chuyến thăm sắp tới", "cuộc gặp tới": ahead; not "chuyến thăm tới Washington" (to)."""
    m = _COMING.match(text, position)
    if m is None:
        return False
    rest = text[m.end() :].lstrip()
    # "lệnh cấm tới cuối năm nay": until then
    return not (m.group().strip().lower() == "tới" and (rest[:1].isupper() or _UNTIL.match(rest)))
