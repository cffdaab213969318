"""Word lists of the quote layer: speech verbs, their false friends, and the words around a
speaker (honorifics, pronouns, unnamed groups, prepositions).

Speech verbs come in three classes, by how much they need to be sure that speech follows:

- ``SAY`` verbs take their content directly ("X cho biết Nga sẽ…", "X nhấn mạnh sự cần thiết…");
- ``STATE`` verbs also name acts or things ("tuyên bố tẩy chay", "phủ nhận cáo buộc",
  "cảnh báo Nga về hậu quả"), so their content must open with "rằng/là", a colon, a comma,
  a quotation mark, or a subject (an actor or a pronoun: "Nga tuyên bố Mỹ phải…"), or be a
  clause: words, then a predicate marker ("cảnh báo xung đột với Mỹ sẽ là…");
- ``ASK`` verbs (calls, demands, warnings) take an addressee and an action ("kêu gọi Nga rút
  quân"); they quote only before "rằng/là", a colon or a quotation mark.
"""

from __future__ import annotations

import re

__all__ = [
    "ADVERBIALS",
    "ASK",
    "BLOCKED_AFTER",
    "CITE",
    "CONJUNCTIONS",
    "DATA_NOUNS",
    "GENERIC",
    "GROUPS",
    "HONORIFICS",
    "LEADING",
    "NEGATIONS",
    "NOUN_BEFORE",
    "NO_SUBJECT",
    "PASSIVES",
    "PREDICATE_MARKERS",
    "PREPOSITIONS",
    "PRONOUNS",
    "SAY",
    "STATE",
    "SUBJECT_WORDS",
    "TERM_BEFORE",
    "TITLE_NOUNS",
    "VERB_CLASS",
]

# fmt: off
SAY = (
    "cho biết", "cho hay", "nói", "nhấn mạnh", "khẳng định", "tái khẳng định", "cho rằng",
    "cho là", "nêu rõ", "lưu ý", "thừa nhận", "xác nhận", "tiết lộ", "giải thích",
    "nhận xét", "nói rõ", "cáo buộc", "nhận định",
)
STATE = (
    "tuyên bố", "thông báo", "phủ nhận", "bác bỏ", "viết", "phát biểu", "chia sẻ", "trả lời",
    "bình luận", "cảnh báo", "cam kết", "nhắc lại",
)
ASK = ("kêu gọi", "yêu cầu", "đề nghị", "hối thúc", "thúc giục", "bày tỏ", "đề xuất")
# "X dẫn lời Y …": Y is the speaker
CITE = ("dẫn lời", "trích lời", "trích dẫn lời", "trích dẫn")

# a speech verb right after these is passive ("được cho là", "bị cáo buộc")
PASSIVES = ("được", "bị")
NEGATIONS = (
    "không", "chưa", "chẳng", "không hề", "từ chối", "chưa từng", "có thể", "phải", "để",
    "muốn", "sẽ", "dự kiến", "dự định", "định", "sắp",
)
# a speech verb right after these is a noun ("một tuyên bố", "lời cảnh báo", "bài phát biểu")
NOUN_BEFORE = (
    "một", "các", "những", "bản", "lời", "bài", "trong", "ra", "theo", "cuộc", "buổi",
    "thông qua", "đưa ra", "nhiều", "mọi", "với", "của", "sau", "trước", "qua",
    "thông điệp", "nội dung", "tiếng", "dòng", "nhận", "có", "thực hiện", "giữ",
)
# what may stand between a clause's start and its verb when no subject is written:
# "…, đồng thời cho biết", "nhưng cũng cho biết"
NO_SUBJECT = (
    "đồng thời", "và", "nhưng", "song", "còn", "cũng", "đã", "sẽ", "vẫn", "thì", "lại",
    "tiếp tục", "sau đó", "trước đó", "hôm nay", "hôm qua", "cùng ngày", "ngoài ra", "khi",
)
# …or right before these ("tuyên bố của", "Tuyên bố chung", "nói chuyện")
BLOCKED_AFTER = (
    "của", "chung", "này", "đó", "về", "chuyện", "chung chung", "riêng", "cách khác", "được",
    "bị", "tới", "đến", "phỏng vấn", "câu hỏi", "thông tin",
)
# a quoted span right after these is a name or a term, not speech ("chiến dịch “…”")
TERM_BEFORE = (
    "mang tên", "có tên", "tên gọi", "gọi là", "được gọi là", "cái gọi là", "tiêu đề",
    "khẩu hiệu", "cụm từ", "thuật ngữ", "chiến dịch", "sáng kiến", "chiến lược", "kế hoạch",
    "chương trình", "sách trắng", "văn kiện", "tuyên bố chung", "bộ phim", "cuốn sách",
    "bài báo", "dự luật", "đạo luật", "hiệp định", "hiệp ước", "chính sách", "học thuyết",
    "tầm nhìn", "khái niệm", "danh sách", "biệt danh", "nhãn", "từ", "chữ", "gọi",
)

# honorifics and titles that may stand between a preposition and a name
HONORIFICS = (
    "ông", "bà", "ngài", "cô", "anh", "chị", "tổng thống", "thủ tướng", "chủ tịch",
    "ngoại trưởng", "bộ trưởng", "người đồng cấp", "nhà lãnh đạo", "lãnh đạo", "quốc vương",
    "hoàng tử", "thái tử", "tướng", "đại sứ", "người phát ngôn", "phó tổng thống",
    "thủ tướng", "tổng thư ký", "cố vấn", "trợ lý", "thư ký",
)
# nouns of people that come before their office or body: "người phát ngôn của Điện Kremlin"
TITLE_NOUNS = ("người phát ngôn", "phát ngôn viên", "trợ lý", "cố vấn", "đại diện", "thư ký")
# a candidate after these is an object, not a subject ("với ông Putin", "của Nga")
PREPOSITIONS = (
    "với", "cho", "về", "tới", "đến", "từ", "tại", "ở", "của", "trong", "giữa", "sau",
    "trước", "cùng", "nhằm", "vào", "đối với", "chống", "trên", "qua", "gặp", "thăm",
    "tiếp", "hội đàm với", "điện đàm với", "so với", "bởi", "do", "như", "và", "lẫn",
)
# unnamed speakers: "một nhà ngoại giao", "các quan chức Mỹ", "giới phân tích"
GENERIC = (
    "nhà ngoại giao", "quan chức", "giới chức", "nhà phân tích", "giới phân tích",
    "chuyên gia", "giới quan sát", "nhà quan sát", "nguồn tin", "phát ngôn viên", "nhà báo",
    "người dân", "nhà nghiên cứu", "nhà lập pháp", "nghị sĩ", "giới truyền thông",
    "truyền thông", "báo chí", "nhân viên", "sĩ quan", "binh sĩ", "giới lãnh đạo", "giới",
    "người phát ngôn", "đại diện", "nhà bình luận", "cựu quan chức", "học giả", "họ",
    "chúng tôi", "các nhà lãnh đạo", "hai nhà lãnh đạo",
)
# groups that a following name names: "các nước G7", "hai nước Nga và Trung Quốc"
GROUPS = (
    "hai bên", "hai nước", "các bên", "các nước", "nhiều nước", "một số nước", "nhóm",
    "các quốc gia", "hai quốc gia", "lãnh đạo các nước", "khối", "liên minh", "phía",
)
# singular pronouns that stand for the person last spoken of
PRONOUNS = (
    "ông", "bà", "ông ấy", "bà ấy", "ông ta", "bà ta", "người này", "vị này",
    "nhà lãnh đạo này", "nhà ngoại giao này", "quan chức này", "chính khách này",
    "ngoại trưởng này", "tổng thống này", "thủ tướng này", "chủ tịch này", "bộ trưởng này",
    "người đứng đầu này", "vị tổng thống", "vị ngoại trưởng", "nhà lãnh đạo", "ngài",
    "tổng thống", "thủ tướng", "chủ tịch", "ngoại trưởng", "bộ trưởng", "tổng bí thư",
    "tổng thư ký", "quốc vương", "thủ tướng", "chủ tịch nước", "phó tổng thống",
)
# "Theo dữ liệu …", "Theo báo cáo …" are sources, not speakers
DATA_NOUNS = (
    "dữ liệu", "số liệu", "báo cáo", "thống kê", "thông tin", "kế hoạch", "kết quả",
    "khảo sát", "ước tính", "tài liệu", "hãng tin", "hãng thông tấn", "tờ", "báo", "đài",
    "truyền thông", "trang", "tạp chí", "kênh", "quy định", "luật", "thỏa thuận", "đó",
    "sau", "dõi", "chân", "đề nghị", "yêu cầu", "lời mời", "đề xuất", "sáng kiến", "lệnh",
)
# a sentence-opening chunk that starts with these is an adverbial, not the subject
LEADING = (
    "sau", "trước", "tại", "trong", "theo", "khi", "vào", "với", "về", "liên quan",
    "đánh giá", "phát biểu", "bên lề", "tuy nhiên", "ngoài ra", "hôm", "ngày", "hồi", "nhân",
    "trả lời", "đáp lại", "cũng", "đồng thời", "mặc dù", "dù", "nếu", "bất chấp", "từ",
    "trước đó", "sau đó", "trong khi", "trên",
)
# an addressee, a time or a place between a verb and its "rằng": "với báo giới", "hôm thứ Ba"
ADVERBIALS = (
    "với", "cho", "trong", "tại", "hôm", "ngày", "vào", "khi", "sau", "trước", "trên", "qua",
    "hồi", "sáng", "chiều", "tối", "trưa", "đêm", "lúc", "ở", "bên lề", "thêm", "hôm nay",
    "hôm qua", "tuần", "tháng", "năm",
)
# words that open a clause as its subject
SUBJECT_WORDS = (
    "nước này", "họ", "ông", "bà", "chúng tôi", "phía", "hai nước", "hai bên", "các nước",
    "chính quyền", "chính phủ",
)
# the words that make a predicate of what precedes them: "xung đột … sẽ là …"
PREDICATE_MARKERS = (
    "sẽ", "đã", "đang", "là", "cần", "phải", "nên", "có thể", "muốn", "không thể", "chưa",
    "vẫn", "đều", "sẵn sàng", "không được", "không nên", "không phải",
)
# words that join a second clause: "… , đồng thời cho biết …", "… và cam kết …"
CONJUNCTIONS = ("đồng thời", "và", "nhưng", "song", "còn", "đồng thời cũng", "và cũng")
# fmt: on

VERB_CLASS: dict[str, str] = {
    **{v: "say" for v in SAY},
    **{v: "state" for v in STATE},
    **{v: "ask" for v in ASK},
    **{v: "cite" for v in CITE},
}


def words_pattern(words: tuple[str, ...] | list[str]) -> str:
    """An alternation of ``words`` (longest first), whole words, spaces matching any run."""
    alts = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in alts)


def words_regex(words: tuple[str, ...] | list[str], group: str = "") -> re.Pattern[str]:
    """A case-blind regex for any of ``words`` as whole words (named ``group`` if given); a
    lookahead on their first letters lets the engine skip most positions quickly."""
    first = sorted({c for w in words for c in (w[0].lower(), w[0].upper())})
    head = "(?=[" + "".join(re.escape(c) for c in first) + "])"
    body = f"(?P<{group}>{words_pattern(words)})" if group else f"(?:{words_pattern(words)})"
    return re.compile(rf"{head}(?<!\w){body}(?!\w)", re.IGNORECASE)


def ends_with(words: tuple[str, ...]) -> re.Pattern[str]:
    """A regex that matches when a text ends with one of ``words`` (case-blind)."""
    return re.compile(rf"(?<!\w)(?:{words_pattern(words)})\s*$", re.IGNORECASE)


def starts_with(words: tuple[str, ...]) -> re.Pattern[str]:
    """A regex that, used with ``match(text, pos)``, matches when ``text[pos:]`` starts with
    one of ``words`` (case-blind)."""
    return re.compile(rf"\s*(?:{words_pattern(words)})(?!\w)", re.IGNORECASE)
