"""Context words: titles and honorifics before people, heads of organization and document
names, place nouns and prepositions, and the words that make an ambiguous name a common word.

All lists are lower case; they are compared with the lower-cased text around a candidate.
"""

from __future__ import annotations

import re

# fmt: off
PERSON_TITLES = (
    "ông", "bà", "ngài", "tổng thống", "phó tổng thống", "thủ tướng", "phó thủ tướng",
    "chủ tịch", "phó chủ tịch", "chủ tịch nước", "ngoại trưởng", "bộ trưởng", "thứ trưởng",
    "bộ trưởng ngoại giao", "bộ trưởng quốc phòng", "người phát ngôn", "phát ngôn viên",
    "người phát ngôn bộ ngoại giao", "đại sứ", "tổng thư ký", "tổng bí thư", "bí thư",
    "quốc vương", "nhà vua", "vua", "nữ hoàng", "hoàng tử", "thái tử", "công chúa",
    "tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tướng", "đô đốc", "đại tá",
    "thượng nghị sĩ", "hạ nghị sĩ", "nghị sĩ", "chủ tịch hạ viện", "chủ tịch thượng viện",
    "thống đốc", "thị trưởng", "giám đốc", "tổng giám đốc", "cố vấn", "trợ lý", "đặc phái viên",
    "đặc sứ", "người đồng cấp", "nhà lãnh đạo", "thủ lĩnh", "lãnh đạo", "giáo sư", "tiến sĩ",
    "phó giáo sư", "thạc sĩ", "luật sư", "nhà báo", "phóng viên", "chuyên gia", "nhà phân tích",
    "giáo hoàng", "đức giáo hoàng", "tổng tư lệnh", "tư lệnh", "chánh văn phòng",
    "nhà ngoại giao", "cựu tổng thống", "cựu thủ tướng", "cựu ngoại trưởng", "cựu bộ trưởng",
    "ứng viên", "ứng cử viên", "người đứng đầu", "phó", "cựu", "chủ nhiệm", "nguyên thủ", "tân",
    "thư ký", "giáo sĩ", "linh mục", "mục sư", "hòa thượng", "thủ lãnh", "trùm", "tỷ phú",
    "doanh nhân",
    "anh", "chị", "cô", "chú", "bác", "em", "cháu", "cụ", "mr", "mrs", "ms", "dr",
)
# honorifics that make the next capitalized word a person's name ("chị Nga"); syllables that
# end common compounds ("tuyên bố", "công bố", "phân bố") are deliberately not here
KINSHIP = frozenset({"anh", "chị", "em", "cô", "chú", "bác", "cháu", "cụ", "bé", "ông", "bà",
                     "ngài", "thầy"})
ORG_HEADS = (
    "bộ", "tổ chức", "đảng", "hãng", "hãng tin", "hãng thông tấn", "cơ quan", "ủy ban", "uỷ ban",
    "hội đồng", "ngân hàng", "tập đoàn", "công ty", "viện", "quỹ", "liên minh", "hải quan",
    "quốc hội", "chính phủ", "tòa án", "toà án", "học viện", "đại học", "trường đại học",
    "trung tâm", "hiệp hội", "văn phòng", "lực lượng", "quân đội", "hải quân", "không quân",
    "lục quân", "cục", "tổng cục", "sở", "đài", "báo", "tạp chí", "thông tấn xã", "nhóm",
    "phong trào", "mặt trận", "liên đoàn", "diễn đàn", "hội nghị", "câu lạc bộ", "đại sứ quán",
    "vệ binh", "hạm đội", "quân khu", "chiến khu", "nội các", "phủ", "cộng đồng", "quân đoàn",
    "bộ tư lệnh",
)
# common nouns of places: an unknown name after them is a place ("khách sạn Capella")
PLACE_NOUNS = (
    "khách sạn", "đảo", "quần đảo", "thành phố", "tỉnh", "bang", "vùng", "thị trấn", "làng",
    "xã", "ga", "sân bay", "cảng", "bệnh viện", "dinh thự", "tư dinh", "cung điện", "nhà hát",
    "quảng trường", "sông", "núi", "dãy núi", "vịnh", "quận", "huyện", "phố", "công viên",
    "căn cứ", "nhà máy", "khu nghỉ dưỡng", "sân vận động", "trung tâm hội nghị", "thủ đô",
    "nhà khách", "khu", "hồ", "đại lộ", "biệt thự", "tòa nhà", "toà nhà", "sa mạc", "lâu đài",
    "trường", "nhà thờ", "đền", "chùa", "bảo tàng", "trại", "bãi", "bãi cạn", "rạn san hô",
)
# common nouns of groups and bodies: an unknown name after them is an organization ("nhóm
# phiến quân Jaish al-Adl", "hãng tin Amaq", "ban nhạc rock Piknik", "kênh Polsat")
GROUP_NOUNS = (
    "nhóm", "phiến quân", "nhóm phiến quân", "lực lượng", "tổ chức", "phong trào", "đảng",
    "hãng", "hãng tin", "hãng thông tấn", "tập đoàn", "công ty", "ban nhạc", "kênh", "tờ báo",
    "đài truyền hình", "mạng lưới", "liên minh", "dân quân", "lữ đoàn", "tiểu đoàn",
)
# heads of named documents, awards and wars: capitalized mid-sentence before a name → MISC
MISC_HEADS = (
    "hiệp định", "hiệp ước", "công ước", "tuyên bố", "thỏa thuận", "thoả thuận",
    "huân chương", "huy chương", "giải thưởng", "chiến tranh", "học thuyết", "sáng kiến",
    "tinh thần", "nghị quyết", "đạo luật", "hiến chương",
)
SHIP_PREFIXES = frozenset(
    {"USS", "HMS", "HMCS", "HMAS", "INS", "JS", "ROKS", "HNLMS", "FS", "BRP"}
)
PLACE_PREPOSITIONS = frozenset({"tại", "ở", "tới", "đến", "thăm", "khỏi", "từ", "sang", "về"})
# after these, an ambiguous capitalized word is not a place: "Đức Giáo hoàng", "Anh ấy"
NOT_PLACE_AFTER = frozenset({"giáo", "cha", "phật", "mẹ", "thánh", "ấy", "ta", "em", "chị"})
# fmt: on


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_TITLE_RE = re.compile(r"(?:^|[\s(“\"'])(?:" + _alternation(PERSON_TITLES) + r")\s*$")
_ORG_HEAD_RE = re.compile(r"^(?:" + _alternation(ORG_HEADS) + r")(?:\s|$)")
# a place noun, then at most two lower-case qualifiers: "bệnh viện nhi X", "sân bay quốc tế X"
_PLACE_NOUN_RE = re.compile(
    r"(?:^|\s)(?:" + _alternation(PLACE_NOUNS) + r")(?:\s+[^\W\d_]+){0,2}\s*$"
)
_GROUP_NOUN_RE = re.compile(
    r"(?:^|\s)(?:" + _alternation(GROUP_NOUNS) + r")(?:\s+[^\W\d_]+){0,2}\s*$"
)
_MEMBER_BEFORE = re.compile(
    r"(?:thủ lĩnh|lãnh đạo|chỉ huy|tư lệnh|người đứng đầu|phát ngôn viên|người phát ngôn|"
    r"thành viên|tay súng|chiến binh|nhà sáng lập|người sáng lập)\s*$"
)
_MISC_HEAD_RE = re.compile(r"^(?:" + _alternation(MISC_HEADS) + r")(?:\s|$)")


def ends_with_title(before: str) -> bool:
    """Whether the (lower-cased) text before a name ends with a person title or honorific."""
    return bool(_TITLE_RE.search(before[-40:]))


def ends_with_place_noun(before: str) -> bool:
    """Whether the text before a name ends with a common noun of places, followed by at most
    two lower-case qualifiers ("bệnh viện nhi X"; not "Vịnh Ba Tư X")."""
    tail = before[-30:]
    m = _PLACE_NOUN_RE.search(tail.lower())
    return m is not None and tail[m.start() :] == tail[m.start() :].lower()


def ends_with_group_noun(before: str) -> bool:
    """Whether the text before a name ends with a lower-case common noun of groups or
    bodies, followed by at most two lower-case qualifiers ("nhóm phiến quân X")."""
    tail = before[-30:]
    m = _GROUP_NOUN_RE.search(tail.lower())
    if m is None or tail[m.start() :] != tail[m.start() :].lower():
        return False
    # "thủ lĩnh phiến quân Malik Agar", "người phát ngôn lực lượng X": a person of the group
    return not _MEMBER_BEFORE.search(before[: len(before) - len(tail) + m.start()].lower())


def org_head_length(lowered: str) -> int:
    """Length of the organization head word at the start of ``lowered`` ("bộ", "tổ chức"), or 0."""
    m = _ORG_HEAD_RE.match(lowered)
    return m.end() if m else 0


def misc_head_length(lowered: str) -> int:
    """Length of a document/award/war head word at the start of ``lowered``, or 0."""
    m = _MISC_HEAD_RE.match(lowered)
    return m.end() if m else 0
