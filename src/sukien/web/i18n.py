"""The web interface's text in Vietnamese (the default) and English.

The language is chosen with ``?lang=vi|en`` and kept in a cookie (:data:`COOKIE`); every
page's text comes from :data:`TEXT` through :func:`translator`. Article text, names and
every value from the database are shown as they are (escaped), never translated.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Final

__all__ = ["COOKIE", "DEFAULT", "LANGUAGES", "TEXT", "choose", "number", "translator"]

LANGUAGES: Final = ("vi", "en")
DEFAULT: Final = "vi"
COOKIE: Final = "sukien_lang"

# key -> (Vietnamese, English)
TEXT: Final[Mapping[str, tuple[str, str]]] = {
    # layout
    "site.tagline": (
        "Cơ sở tri thức sự kiện từ báo chí tiếng Việt",
        "A knowledge base of events from Vietnamese news",
    ),
    "nav.home": ("Trang chủ", "Home"),
    "nav.search": ("Tìm kiếm", "Search"),
    "nav.events": ("Sự kiện", "Events"),
    "nav.language": ("Ngôn ngữ", "Language"),
    "nav.skip": ("Bỏ qua đến nội dung", "Skip to content"),
    "footer.offline": (
        "sukien chạy ngoại tuyến: không tải gì từ bên ngoài.",
        "sukien runs offline: nothing is loaded from elsewhere.",
    ),
    # home
    "home.title": ("Tổng quan kho bài báo", "Corpus summary"),
    "home.search_label": ("Tìm trong các bài báo", "Search the articles"),
    "home.search_hint": (
        "Không cần dấu: “tap can binh” tìm thấy “Tập Cận Bình”. "
        'Dùng "ngoặc kép" cho cụm từ, * cho tiền tố.',
        "Accents optional: “tap can binh” finds “Tập Cận Bình”. "
        'Use "quotes" for phrases, * for a prefix.',
    ),
    "home.articles": ("Bài báo", "Articles"),
    "home.sentences": ("Câu", "Sentences"),
    "home.entities": ("Thực thể", "Entities"),
    "home.events": ("Sự kiện", "Events"),
    "home.quotes": ("Trích dẫn", "Quotes"),
    "home.period": ("Thời gian", "Period"),
    "home.sources": ("Nguồn", "Sources"),
    "home.months": ("Bài báo theo tháng", "Articles by month"),
    "home.top_entities": ("Thực thể được nhắc nhiều nhất", "Most mentioned entities"),
    "home.event_types": ("Loại sự kiện", "Event types"),
    "home.recent": ("Bài báo mới nhất", "Latest articles"),
    "home.empty": (
        "Cơ sở dữ liệu chưa có bài báo nào (chạy “sukien ingest”).",
        "The database holds no article yet (run “sukien ingest”).",
    ),
    # search
    "search.title": ("Tìm kiếm", "Search"),
    "search.button": ("Tìm", "Search"),
    "search.placeholder": ("Từ khóa, tên người, địa danh…", "Words, names, places…"),
    "search.results": ("kết quả", "results"),
    "search.none": ("Không tìm thấy bài báo nào.", "No article found."),
    "search.enter": ("Nhập từ khóa để tìm.", "Type some words to search."),
    "search.facets": ("Lọc kết quả", "Filter the results"),
    "search.more": ("thêm {n}…", "{n} more…"),
    "search.active": ("Bộ lọc đang dùng", "Active filters"),
    "search.remove": ("bỏ lọc", "remove filter"),
    "search.clear": ("Bỏ mọi bộ lọc", "Clear all filters"),
    "facet.entity": ("Thực thể", "Entity"),
    "facet.type": ("Loại thực thể", "Entity type"),
    "facet.source": ("Nguồn", "Source"),
    "facet.month": ("Tháng", "Month"),
    # pagination
    "page.previous": ("← Trang trước", "← Previous"),
    "page.next": ("Trang sau →", "Next →"),
    "page.of": ("Trang {page}/{pages}", "Page {page} of {pages}"),
    # article
    "article.published": ("Ngày đăng", "Published"),
    "article.published_source": ("xác định từ", "found in"),
    "article.byline": ("Tác giả", "Byline"),
    "article.credits": ("Theo", "Credits"),
    "article.source": ("Tệp nguồn", "Source file"),
    "article.site": ("Trang báo", "News site"),
    "article.url": ("Địa chỉ gốc", "Original address"),
    "article.legend": ("Chú giải", "Legend"),
    "article.legend_hint": (
        "Di chuột hoặc chạm vào phần được tô để xem chi tiết.",
        "Hover or tap a highlighted span for details.",
    ),
    "article.text": ("Nội dung", "Text"),
    "article.entities": ("Thực thể", "Entities"),
    "article.times": ("Thời gian", "Times"),
    "article.events": ("Sự kiện", "Events"),
    "article.quotes": ("Trích dẫn", "Quotes"),
    "article.none": ("Không có.", "None."),
    "published.metadata": ("siêu dữ liệu", "metadata"),
    "published.text": ("dòng ngày tháng trong bài", "a dateline in the text"),
    "published.inferred": ("suy ra từ nội dung", "inferred from the text"),
    "layer.entity": ("Thực thể", "Entity"),
    "layer.time": ("Thời gian", "Time"),
    "layer.event": ("Sự kiện", "Event"),
    "layer.quote": ("Trích dẫn", "Quote"),
    # entity
    "entity.type": ("Loại", "Type"),
    "entity.country": ("Quốc gia", "Country"),
    "entity.kind": ("Nhóm", "Kind"),
    "entity.kb_id": ("Mã tri thức", "Knowledge-base id"),
    "entity.mention_count": ("Số lần được nhắc", "Mentions"),
    "entity.in_articles": ("bài báo", "articles"),
    "entity.alternatives": ("Có thể bạn muốn tìm", "You may mean"),
    "entity.aliases": ("Tên gọi khác", "Aliases"),
    "entity.aliases_seen": ("Cách viết trong bài", "Forms in the articles"),
    "entity.roles": ("Chức vụ", "Roles"),
    "entity.parent": ("Thuộc", "Part of"),
    "entity.mentions": ("Số lần được nhắc theo tháng", "Mentions by month"),
    "entity.related": ("Thực thể liên quan", "Related entities"),
    "entity.related_hint": (
        "Được nhắc cùng bài; đường càng đậm, càng nhiều bài chung.",
        "Mentioned in the same articles; the thicker the line, the more articles.",
    ),
    "entity.as_source": ("Sự kiện do thực thể này thực hiện", "Events it is the source of"),
    "entity.as_target": ("Sự kiện nhắm tới thực thể này", "Events it is the target of"),
    "entity.quotes": ("Phát ngôn", "Quotes"),
    "entity.articles": ("Bài báo nhắc tới", "Articles mentioning it"),
    "entity.timeline": ("Xem dòng thời gian sự kiện", "See its event timeline"),
    # events
    "events.title": ("Sự kiện", "Events"),
    "events.filters": ("Bộ lọc", "Filters"),
    "events.actor": ("Chủ thể", "Actor"),
    "events.actor_hint": ("tên, mã quốc gia hoặc mã tri thức", "name, country code or KB id"),
    "events.dyad": ("Cặp chủ thể", "Dyad"),
    "events.dyad_hint": ("hai chủ thể: A,B", "two actors: A,B"),
    "events.type": ("Loại", "Type"),
    "events.mode": ("Cách thức", "Mode"),
    "events.status": ("Trạng thái", "Status"),
    "events.since": ("Từ ngày", "Since"),
    "events.until": ("Đến ngày", "Until"),
    "events.date_hint": ("YYYY, YYYY-MM hoặc YYYY-MM-DD", "YYYY, YYYY-MM or YYYY-MM-DD"),
    "events.any": ("(tất cả)", "(any)"),
    "events.sort": ("Sắp xếp theo", "Sort by"),
    "events.order": ("Thứ tự", "Order"),
    "events.apply": ("Lọc", "Apply"),
    "events.reset": ("Bỏ lọc", "Reset"),
    "events.count": ("sự kiện", "events"),
    "events.none": ("Không có sự kiện nào khớp.", "No event matches."),
    "events.timeline": ("Dòng thời gian", "Timeline"),
    "events.score": (
        "Điểm hợp tác – xung đột trung bình theo tháng",
        "Mean cooperation–conflict score by month",
    ),
    "events.score_hint": (
        "Trên 0: hợp tác; dưới 0: xung đột (thang −10…+10).",
        "Above 0: cooperation; below 0: conflict (scale −10…+10).",
    ),
    "events.by_day": ("Theo ngày", "By day"),
    "events.table": ("Bảng sự kiện", "Event table"),
    "col.date": ("Ngày", "Date"),
    "col.type": ("Loại", "Type"),
    "col.mode": ("Cách thức", "Mode"),
    "col.source": ("Bên thực hiện", "Source"),
    "col.target": ("Bên tiếp nhận", "Target"),
    "col.status": ("Trạng thái", "Status"),
    "col.score": ("Điểm", "Score"),
    "col.evidence": ("Bằng chứng", "Evidence"),
    "col.article": ("Bài báo", "Article"),
    "col.location": ("Địa điểm", "Place"),
    "col.published": ("Ngày đăng bài", "Published"),
    "col.speaker": ("Người nói", "Speaker"),
    "col.quote": ("Trích dẫn", "Quote"),
    "col.name": ("Tên", "Name"),
    "col.count": ("Số lần", "Count"),
    "sort.asc": ("tăng dần", "ascending"),
    "sort.desc": ("giảm dần", "descending"),
    "status.asserted": ("đã xảy ra", "asserted"),
    "status.planned": ("dự kiến", "planned"),
    "status.negated": ("phủ định", "negated"),
    "status.hypothetical": ("giả định", "hypothetical"),
    "quote.direct": ("trực tiếp", "direct"),
    "quote.indirect": ("gián tiếp", "indirect"),
    "type.PER": ("Người", "Person"),
    "type.ORG": ("Tổ chức", "Organization"),
    "type.LOC": ("Địa danh", "Place"),
    "type.MISC": ("Khác", "Other"),
    "unknown": ("không rõ", "unknown"),
    # charts
    "chart.mentions": ("Số lần nhắc", "Mentions"),
    "chart.score": ("Điểm", "Score"),
    "chart.no_data": ("Chưa có dữ liệu.", "No data yet."),
    # errors
    "error.404": ("Không tìm thấy", "Not found"),
    "error.422": ("Tham số không hợp lệ", "Bad parameter"),
    "error.back": ("Về trang chủ", "Back to the home page"),
    "error.reason": ("Lý do", "Reason"),
}


def choose(query: str | None, cookie: str | None) -> str:
    """The page language: ``?lang=`` when valid, else the cookie's, else Vietnamese."""
    for value in (query, cookie):
        if value:
            value = value.strip().lower()
            if value in LANGUAGES:
                return value
    return DEFAULT


def translator(lang: str) -> Callable[..., str]:
    """``t(key, **fields)``: the text of ``key`` in ``lang`` (the key itself when unknown),
    with ``{field}`` placeholders filled."""
    index = LANGUAGES.index(lang) if lang in LANGUAGES else 0

    def t(key: str, **fields: object) -> str:
        pair = TEXT.get(key)
        text = key if pair is None else pair[index]
        return text.format(**fields) if fields else text

    return t


def number(value: int | float | None, lang: str) -> str:
    """A number as the language writes it: 12.345 and 1,5 in Vietnamese; 12,345 and 1.5 in
    English."""
    if value is None:
        return ""
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.2f}".rstrip("0").rstrip(".")
    if lang == "vi":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text
