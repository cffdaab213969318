"""Lines that are page furniture, not article text (share buttons, embeds, related links).

A line is boilerplate when it matches one of ``BOILERPLATE`` as a whole (case-insensitive),
or starts with one of ``RELATED_PREFIXES`` (a pointer to another article). The lists are
deliberately about whole lines: a sentence that merely mentions "chia sẻ" is kept.
"""

from __future__ import annotations

import re

BOILERPLATE = [
    r"embed from getty images",
    r"(?:ảnh|photo|video)\s*:?\s*getty images",
    r"chia sẻ(?: bài viết| bài| lên facebook| qua email)?",
    r"share(?: this article| on facebook| on twitter)?",
    r"tweet|like|email|e-mail|facebook|twitter|zalo|copy link|sao chép liên kết|lấy link",
    r"(?:facebook|twitter|zalo|email|linkedin|in|print|copy link|[|•·/\s])+",
    r"in bài(?: viết)?|print(?: this)?(?: article)?|bản in",
    r"gửi bình luận|bình luận(?: \(\d+\))?|viết bình luận|comments?",
    r"quay lại|trở lại|về trang chủ|lên đầu trang|back to top",
    r"theo dõi .{0,40} trên google news",
    r"quảng cáo|advertisement|sponsored",
    r"(?:tags?|từ khóa|từ khoá)\s*:.*",
    r"bài viết cùng chuyên mục|tin cùng chuyên mục|tin mới nhất|đọc nhiều nhất",
    r"(?:\d+\s*)?(?:lượt xem|views?)",
]

RELATED_PREFIXES = [
    "xem thêm",
    "đọc thêm",
    "tin liên quan",
    "bài liên quan",
    "tin bài liên quan",
    "bài viết liên quan",
    "có thể bạn quan tâm",
    "related:",
    "read more",
    ">>",
]

_LINE = re.compile(r"^\s*(?:" + "|".join(BOILERPLATE) + r")\s*[.:]?\s*$", re.IGNORECASE)
_RELATED = re.compile(
    r"^\s*(?:" + "|".join(re.escape(p) for p in RELATED_PREFIXES) + r")\b\s*[:>»-]?",
    re.IGNORECASE,
)


def is_boilerplate(line: str) -> bool:
    """Whether a whole line is page furniture rather than article text."""
    stripped = line.strip()
    if not stripped:
        return False
    return bool(_LINE.match(stripped) or _RELATED.match(stripped))
