"""Context words: titles and honorifics before people, heads of organization names, place
prepositions, and the words that make an ambiguous name a common word.

All lists are lower case; they are compared with the lower-cased text around a candidate.
"""

from __future__ import annotations

import re

PERSON_TITLES = (
    "ông",
    "bà",
    "ngài",
    "tổng thống",
    "phó tổng thống",
    "thủ tướng",
    "phó thủ tướng",
    "chủ tịch",
    "phó chủ tịch",
    "chủ tịch nước",
    "ngoại trưởng",
    "bộ trưởng",
    "thứ trưởng",
    "bộ trưởng ngoại giao",
    "bộ trưởng quốc phòng",
    "người phát ngôn",
    "phát ngôn viên",
    "người phát ngôn bộ ngoại giao",
    "đại sứ",
    "tổng thư ký",
    "tổng bí thư",
    "bí thư",
    "quốc vương",
    "nhà vua",
    "vua",
    "nữ hoàng",
    "hoàng tử",
    "thái tử",
    "công chúa",
    "tướng",
    "thượng tướng",
    "trung tướng",
    "thiếu tướng",
    "đại tướng",
    "đô đốc",
    "đại tá",
    "thượng nghị sĩ",
    "hạ nghị sĩ",
    "nghị sĩ",
    "chủ tịch hạ viện",
    "chủ tịch thượng viện",
    "thống đốc",
    "thị trưởng",
    "giám đốc",
    "tổng giám đốc",
    "cố vấn",
    "trợ lý",
    "đặc phái viên",
    "đặc sứ",
    "người đồng cấp",
    "nhà lãnh đạo",
    "thủ lĩnh",
    "lãnh đạo",
    "giáo sư",
    "tiến sĩ",
    "phó giáo sư",
    "thạc sĩ",
    "luật sư",
    "nhà báo",
    "phóng viên",
    "chuyên gia",
    "nhà phân tích",
    "giáo hoàng",
    "đức giáo hoàng",
    "tổng tư lệnh",
    "tư lệnh",
    "chánh văn phòng",
    "nhà ngoại giao",
    "cựu tổng thống",
    "cựu thủ tướng",
    "cựu ngoại trưởng",
    "cựu bộ trưởng",
    "ứng viên",
    "ứng cử viên",
    "người đứng đầu",
    "phó",
    "cựu",
    "chủ nhiệm",
    "nguyên thủ",
    "tân",
    "anh",
    "chị",
    "cô",
    "chú",
    "bác",
    "em",
    "cháu",
    "cụ",
    "mr",
    "mrs",
    "ms",
    "dr",
)
KINSHIP = frozenset(
    {
        "anh",
        "chị",
        "em",
        "cô",
        "chú",
        "bác",
        "cháu",
        "cụ",
        "bé",
        "ông",
        "bà",
        "ngài",
        "mẹ",
        "bố",
        "cha",
        "con",
        "vợ",
        "chồng",
        "thầy",
    }
)
ORG_HEADS = (
    "bộ",
    "tổ chức",
    "đảng",
    "hãng",
    "hãng tin",
    "hãng thông tấn",
    "cơ quan",
    "ủy ban",
    "uỷ ban",
    "hội đồng",
    "ngân hàng",
    "tập đoàn",
    "công ty",
    "viện",
    "quỹ",
    "liên minh",
    "hải quan",
    "quốc hội",
    "chính phủ",
    "tòa án",
    "toà án",
    "học viện",
    "đại học",
    "trường đại học",
    "trung tâm",
    "hiệp hội",
    "văn phòng",
    "lực lượng",
    "quân đội",
    "hải quân",
    "không quân",
    "lục quân",
    "cục",
    "tổng cục",
    "sở",
    "đài",
    "báo",
    "tạp chí",
    "thông tấn xã",
    "nhóm",
    "phong trào",
    "mặt trận",
    "liên đoàn",
    "diễn đàn",
    "hội nghị",
    "câu lạc bộ",
)
PLACE_PREPOSITIONS = frozenset({"tại", "ở", "tới", "đến", "thăm", "khỏi", "từ", "sang", "về"})
# after these, an ambiguous capitalized word is not a place: "Đức Giáo hoàng", "Anh ấy"
NOT_PLACE_AFTER = frozenset({"giáo", "cha", "phật", "mẹ", "thánh", "ấy", "ta", "em", "chị"})

_TITLE_RE = re.compile(
    r"(?:^|[\s(“\"'])(?:"
    + "|".join(sorted(map(re.escape, PERSON_TITLES), key=len, reverse=True))
    + r")\s*$"
)
_ORG_HEAD_RE = re.compile(
    r"^(?:" + "|".join(sorted(map(re.escape, ORG_HEADS), key=len, reverse=True)) + r")(?:\s|$)"
)


def ends_with_title(before: str) -> bool:
    """Whether the (lower-cased) text before a name ends with a person title or honorific."""
    return bool(_TITLE_RE.search(before[-40:]))


def org_head_length(lowered: str) -> int:
    """Length of the organization head word at the start of ``lowered`` ("bộ", "tổ chức"), or 0."""
    m = _ORG_HEAD_RE.match(lowered)
    return m.end() if m else 0
