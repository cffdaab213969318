"""The HTML pages of ``sukien serve``: the same dicts as the JSON API, rendered with Jinja2.

Each handler reads its query parameters, calls one view of :mod:`sukien.api.views` on the
read-only store of the app (:func:`_store`), and renders the dict it returns with a
template of ``templates/`` (autoescaped: article text and names always show as text; the
only value rendered as HTML is a search hit's ``snippet_html``, which the view builds by
escaping the text first; the SVG charts of :mod:`sukien.web.charts` escape their labels).
``?format=json`` on any page returns the dict the page shows.

Pages: ``/`` (corpus summary and search box), ``/search``, ``/articles/{id}``,
``/entities/{kb_id}``, ``/events`` (filters, sortable table, timeline of an actor or a dyad).
Language: ``?lang=vi|en``, kept in a cookie (:mod:`sukien.web.i18n`). An unknown id gives a
404 page, a bad parameter a 422 page with the reason.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import ChainableUndefined, Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from starlette.exceptions import HTTPException as StarletteHTTPException

from sukien.api import views
from sukien.api.app import store_for
from sukien.events.plover import PLOVER_TYPES
from sukien.store.events import EVENT_STATUSES
from sukien.web import charts, i18n

__all__ = ["STATIC", "TEMPLATES", "environment", "register", "render"]

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
PER_PAGE = 20
EVENTS_PER_PAGE = 50
MAX_PAGE = 100_000
# the orders of the events table (``?sort=``): those of the API
EVENT_SORTS: tuple[str, ...] = tuple(views.EVENT_SORTS)
LAYERS = ("entity", "time", "event", "quote")
# every page: only this server's own styles and script (a second guard behind the escaping)
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}
ENTITY_TYPES: tuple[str, ...] = tuple(views.ENTITY_TYPES)


class BadParameter(views.BadRequest):
    """A query parameter the page cannot use (→ 422 with this message, as the app's handler
    of :class:`sukien.api.views.BadRequest` renders it)."""


# ----------------------------------------------------------------------- rendering


def environment() -> Environment:
    """The Jinja2 environment of the pages: autoescape on for .html; a missing optional key
    (``data.kb.parent`` of an entity without KB data) renders as nothing."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "xml"], default_for_string=True),
        undefined=ChainableUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["entity_url"] = entity_url
    env.filters["article_url"] = article_url
    env.globals["LAYERS"] = LAYERS
    return env


def entity_url(kb_id: str | None) -> str:
    return "/entities/" + quote(str(kb_id or ""), safe="/")


def article_url(article_id: str | None) -> str:
    return "/articles/" + quote(str(article_id or ""), safe="")


_ENV = environment()


@dataclass
class Page:
    template: str
    data: dict[str, Any]
    extra: dict[str, Any] = field(default_factory=dict)
    status: int = 200


def render(
    page: Page,
    *,
    lang: str = i18n.DEFAULT,
    path: str = "/",
    params: Mapping[str, str] | None = None,
) -> str:
    """A page's HTML (without a request: for tests and previews)."""
    return _ENV.get_template(page.template).render(
        _context(page.data, lang, path, params or {}, page.extra)
    )


def _context(
    data: Mapping[str, Any],
    lang: str,
    path: str,
    params: Mapping[str, str],
    extra: Mapping[str, Any],
) -> dict[str, Any]:
    t = i18n.translator(lang)

    def qs(**changes: Any) -> str:
        """This page's address with some parameters changed (None or "" removes one); the
        page number goes back to 1 unless given."""
        values = {k: v for k, v in params.items() if k not in ("lang", "format", "page")}
        if "page" in changes:
            values["page"] = changes.pop("page")
        for key, value in changes.items():
            if value is None or value == "":
                values.pop(key, None)
            else:
                values[key] = str(value)
        values = {k: v for k, v in values.items() if v not in (None, "") and v != 1}
        query = urlencode(values)
        return path + ("?" + query if query else "")

    def lang_url(code: str) -> str:
        values = {k: v for k, v in params.items() if k != "lang"}
        values["lang"] = code
        return path + "?" + urlencode(values)

    return {
        "data": data,
        "lang": lang,
        "t": t,
        "num": lambda value: i18n.number(value, lang),
        "qs": qs,
        "lang_url": lang_url,
        "params": params,
        "path": path,
        "static": lambda name: "/static/" + quote(name),
        "actor_label": _actor_label,
        **extra,
    }


def _actor_label(actor: Mapping[str, Any] | None) -> str:
    if not actor:
        return ""
    name, country = actor.get("name"), actor.get("country")
    if name and country and country != name:
        return f"{name} ({country})"
    return str(name or country or "?")


# ----------------------------------------------------------------------- pages


def _lang(request: Request) -> str:
    return i18n.choose(request.query_params.get("lang"), request.cookies.get(i18n.COOKIE))


def _respond(request: Request, page: Page) -> Response:
    lang = _lang(request)
    params = dict(request.query_params)
    if params.get("format") == "json":
        response: Response = JSONResponse(page.data, status_code=page.status)
    else:
        html = render(page, lang=lang, path=request.url.path, params=params)
        response = HTMLResponse(html, status_code=page.status, headers=SECURITY_HEADERS)
    asked = (request.query_params.get("lang") or "").strip().lower()
    if asked in i18n.LANGUAGES:
        response.set_cookie(i18n.COOKIE, asked, max_age=365 * 24 * 3600, samesite="lax")
    return response


def error_page(request: Request, status: int, reason: str) -> Response:
    return _respond(request, Page("error.html", {"status": status, "error": reason}, status=status))


def _handler(build: Callable[[Request], Page]) -> Callable[[Request], Response]:
    """A route rendering ``build``'s page; NotFound, BadRequest (and BadParameter) and
    FilterError reach the app's error handlers, which render :func:`error_page` here."""

    def handle(request: Request) -> Response:
        return _respond(request, build(request))

    handle.__name__ = build.__name__
    handle.__doc__ = build.__doc__
    return handle


def _text(request: Request, name: str, limit: int = 200) -> str | None:
    value = request.query_params.get(name)
    if value is None:
        return None
    value = value.strip()
    if len(value) > limit:
        raise BadParameter(f"{name}: longer than {limit} characters")
    return value or None


def _page_number(request: Request) -> int:
    raw = request.query_params.get("page")
    if raw is None or not raw.strip():
        return 1
    try:
        value = int(raw)
    except ValueError:
        raise BadParameter(f"page: {raw!r} is not a whole number") from None
    if not 1 <= value <= MAX_PAGE:
        raise BadParameter(f"page: {value} is not between 1 and {MAX_PAGE}")
    return value


def _choice(request: Request, name: str, allowed: Sequence[str], upper: bool = False) -> str | None:
    value = _text(request, name)
    if value is None:
        return None
    value = value.upper() if upper else value.lower()
    if value not in allowed:
        raise BadParameter(f"{name}: {value!r} is not one of {', '.join(allowed)}")
    return value


def home(request: Request) -> Page:
    """Corpus summary, search box, latest articles."""
    store = store_for(request)
    stats = views.stats(store)
    recent = views.articles(store, views.ArticleQuery(page=1, per_page=10))
    return home_page({**stats, "recent": recent["items"]}, _lang(request))


def search(request: Request) -> Page:
    """Search results with highlighted snippets and facets that filter."""
    q = _text(request, "q", 500)
    page = _page_number(request)
    entity = _text(request, "entity")
    kind = _choice(request, "type", ENTITY_TYPES, upper=True)
    source = _text(request, "source")
    month = _text(request, "month")
    if month is not None and not charts.is_month(month):
        raise BadParameter(f"month: {month!r} is not a month (YYYY-MM)")
    if q is None:
        return search_page({"q": "", "total": 0, "items": [], "facets": {}})
    query = views.SearchQuery(
        q=q, page=page, per_page=PER_PAGE, entity=entity, type=kind, source=source, month=month
    )
    return search_page(views.search(store_for(request), query))


def article(request: Request) -> Page:
    """An article with its entities, times, events and quotes highlighted."""
    return article_page(views.article(store_for(request), request.path_params["article_id"]))


def entity(request: Request) -> Page:
    """An entity: profile, aliases, mentions over time, related entities, events, quotes."""
    data = views.entity(store_for(request), request.path_params["kb_id"])
    return entity_page(data, _lang(request))


def events(request: Request) -> Page:
    """The events table (filters, sort) and the timeline of an actor or a dyad."""
    store = store_for(request)
    actor = _text(request, "actor")
    dyad = _text(request, "dyad")
    since, until = _text(request, "since"), _text(request, "until")
    sort = _choice(request, "sort", EVENT_SORTS) or "date"
    order = _choice(request, "order", ("asc", "desc")) or "desc"
    query = views.EventQuery(
        actor=actor,
        dyad=dyad,
        type=_choice(request, "type", tuple(PLOVER_TYPES), upper=True),
        mode=_text(request, "mode"),
        status=_choice(request, "status", EVENT_STATUSES),
        since=since,
        until=until,
        sort=sort,
        order=order,
        page=_page_number(request),
        per_page=EVENTS_PER_PAGE,
    )
    data = dict(views.events(store, query))
    timeline = None
    if actor or dyad:
        span = views.TimelineQuery(actor=actor, dyad=dyad, since=since, until=until)
        timeline = views.timeline(store, span)
    data["timeline"] = timeline
    return events_page(data, _lang(request), sort=sort, order=order)


# ----------------------------------------------------------------------- pages from dicts


def home_page(data: dict[str, Any], lang: str = i18n.DEFAULT) -> Page:
    """``data``: ``views.stats`` with ``recent``, the items of ``views.articles``."""
    t = i18n.translator(lang)
    months = charts.bar_chart(
        [(m["month"], m["count"]) for m in data.get("months") or []],
        title=t("home.months"),
        unit=t("home.articles").lower(),
        empty=t("chart.no_data"),
    )
    return Page("home.html", data, {"months_chart": Markup(months)})  # labels escaped


def search_page(data: dict[str, Any]) -> Page:
    return Page("search.html", data)


def article_page(data: dict[str, Any]) -> Page:
    blocks = paragraphs(data)
    # the title block, highlighted like the text, is the page's heading
    title = blocks.pop(0) if blocks and blocks[0]["kind"] == "title" else None
    return Page("article.html", data, {"paragraphs": blocks, "title_block": title})


def entity_page(data: dict[str, Any], lang: str) -> Page:
    return Page("entity.html", data, {"charts": _entity_charts(data, lang)})


def events_page(
    data: dict[str, Any], lang: str, *, sort: str = "date", order: str = "desc"
) -> Page:
    """``data``: ``views.events`` with ``timeline``, ``views.timeline`` or None."""
    timeline = data.get("timeline")
    extra = {
        "types": tuple(PLOVER_TYPES),
        "statuses": EVENT_STATUSES,
        "sorts": EVENT_SORTS,
        "sort": sort,
        "order": order,
        "score_chart": _score_chart(timeline, lang) if timeline else None,
    }
    return Page("events.html", data, extra)


# ----------------------------------------------------------------------- helpers


def _entity_charts(data: Mapping[str, Any], lang: str) -> dict[str, Markup]:
    t = i18n.translator(lang)
    months = [(m["month"], m["count"]) for m in data.get("mentions_by_month") or []]
    mentions = charts.bar_chart(
        months, title=t("entity.mentions"), unit=t("chart.mentions"), empty=t("chart.no_data")
    )
    center = charts.Node(str(data.get("name") or data.get("kb_id") or "?"), None, data.get("type"))
    related = [
        charts.Node(
            str(item.get("name") or item.get("kb_id") or "?"),
            entity_url(key) if (key := item.get("kb_id") or item.get("key")) else None,
            item.get("type"),
            int(item.get("count") or 1),
        )
        for item in data.get("co_mentions") or []
    ]
    network = charts.network(center, related, title=t("entity.related"), empty=t("chart.no_data"))
    # the charts escape every label themselves
    return {"mentions": Markup(mentions), "network": Markup(network)}


def _score_chart(timeline: Mapping[str, Any], lang: str) -> Markup:
    t = i18n.translator(lang)
    months = timeline.get("months") or []
    svg = charts.score_chart(
        [(m["month"], m.get("score")) for m in months],
        counts=[m.get("count") or 0 for m in months],
        title=t("events.score"),
        empty=t("chart.no_data"),
    )
    return Markup(svg)  # labels escaped by charts.score_chart


def paragraphs(data: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The article's ``segments`` grouped into its blocks (title, lead, paragraphs…): one
    ``{"kind", "pieces"}`` per block, each piece ``{"text", "layers", "title", "href"}``
    where ``layers`` are the mark layers of the piece, ``title`` the tooltip (one line per
    mark) and ``href`` the entity page of a linked entity. Text stays plain text (the
    template escapes it)."""
    text = str(data.get("text") or "")
    segments = data.get("segments") or [{"text": text, "marks": []}]
    pieces: list[tuple[int, int, Mapping[str, Any]]] = []
    offset = 0
    for segment in segments:
        size = len(segment.get("text") or "")
        pieces.append((offset, offset + size, segment))
        offset += size
    blocks = sorted(
        (int(b["start"]), int(b["end"]), str(b.get("kind") or "paragraph"))
        for b in data.get("blocks") or []
    )
    if offset != len(text) or not blocks:  # segments do not tile the text: one block
        blocks = [(0, offset, "paragraph")]
    linked = [
        (int(e["start"]), int(e["end"]), e["kb_id"])
        for e in data.get("entities") or []
        if e.get("kb_id")
    ]
    spans: list[tuple[int, int, str]] = []
    cursor = 0
    for start, end, kind in blocks:
        if start < cursor:
            start = cursor
        if start > cursor and text[cursor:start].strip():
            spans.append((cursor, start, "paragraph"))
        if end > start:
            spans.append((start, end, kind))
        cursor = max(cursor, end)
    if offset > cursor and text[cursor:offset].strip():
        spans.append((cursor, offset, "paragraph"))
    result = []
    for start, end, kind in spans:
        parts = []
        for p_start, p_end, segment in pieces:
            lo, hi = max(start, p_start), min(end, p_end)
            if lo >= hi:
                continue
            piece = str(segment.get("text") or "")[lo - p_start : hi - p_start]
            marks = segment.get("marks") or []
            layers = [m.get("layer") for m in marks if m.get("layer") in LAYERS]
            href = next((entity_url(k) for s, e, k in linked if s <= lo and hi <= e), None)
            entity_type = next(
                (str(m.get("label")) for m in marks if m.get("layer") == "entity"), None
            )
            parts.append(
                {
                    "text": piece,
                    "layers": layers,
                    "marks": marks,
                    "href": href if "entity" in layers else None,
                    "entity_type": entity_type if entity_type in ENTITY_TYPES else None,
                }
            )
        if parts:
            result.append({"kind": kind, "pieces": parts})
    return result


# ----------------------------------------------------------------------- registration


def _html_not_found(previous: Callable[..., Any] | None) -> Callable[..., Any]:
    """404s outside ``/api`` and ``/static`` as an HTML page; anything else as before."""

    async def handler(request: Request, exc: Exception) -> Response:
        path = request.url.path
        status = getattr(exc, "status_code", 500)
        if status == 404 and not path.startswith(("/api", "/static", "/docs", "/openapi")):
            return error_page(request, 404, f"{path}: no such page")
        if previous is not None:
            result = previous(request, exc)
            if hasattr(result, "__await__"):
                result = await result
            return result
        from fastapi.exception_handlers import http_exception_handler

        return await http_exception_handler(request, exc)  # type: ignore[arg-type]

    return handler


def register(app: FastAPI) -> None:
    """Add the HTML pages (and the static files, unless mounted already) to ``app``. They
    read the store of ``app.state.stores`` (one read-only store per thread, as
    :func:`sukien.api.app.create_app` sets it) and rely on its error handlers."""
    if not any(getattr(route, "name", None) == "static" for route in app.routes):
        app.mount("/static", StaticFiles(directory=STATIC), name="static")
    pages: list[tuple[str, Callable[[Request], Page]]] = [
        ("/", home),
        ("/search", search),
        ("/articles/{article_id:path}", article),
        ("/entities/{kb_id:path}", entity),
        ("/events", events),
    ]
    for path, build in pages:
        app.add_api_route(
            path,
            _handler(build),
            methods=["GET"],
            response_class=HTMLResponse,
            include_in_schema=False,
            name=f"web_{build.__name__}",
        )
    # the API's error handlers answer with this page outside /api and the docs
    app.state.error_page = error_page
    previous = app.exception_handlers.get(StarletteHTTPException)
    app.add_exception_handler(StarletteHTTPException, _html_not_found(previous))
