"""The web server: a FastAPI app with the JSON API under ``/api``, its OpenAPI documentation
at ``/docs`` and ``/redoc`` (served from local files: no CDN), and the HTML pages of
:mod:`sukien.web` when that package provides ``routes.register(app)``.

The database is opened read-only, one connection per worker thread (:func:`store_for`); the
only writer is ``POST /api/ingest``, enabled by a token, which runs the pipeline and writes
through a separate connection. Errors are JSON ``{"detail": "…"}``: 404 for an unknown id,
422 for a bad parameter (with the reason), 401/403 for a missing or wrong token.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import json
import secrets
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Literal

import fastapi_offline
from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from sukien import __version__
from sukien.api import views
from sukien.document import Document
from sukien.errors import InputError
from sukien.ingest.dates import parse_published
from sukien.ingest.reader import read_documents
from sukien.ingest.runner import IngestOptions, Outcome, store_one
from sukien.ingest.sources import DEFAULT_MAX_BYTES, RawInput, sniff_kind
from sukien.pipeline import Pipeline
from sukien.store.events import FilterError
from sukien.store.store import Store, StoreError

__all__ = ["StorePool", "create_app", "store_for"]

DOCS_ASSETS = Path(fastapi_offline.__file__).resolve().parent / "static"
WEB_STATIC = Path(__file__).resolve().parent.parent / "web" / "static"
ErrorPage = Callable[[Request, int, str], Response]


class StorePool:
    """Read-only stores of one database, one per thread (an SQLite connection must stay in
    the thread that opened it); each refuses writes (``PRAGMA query_only``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.local = threading.local()

    def get(self) -> Store:
        store: Store | None = getattr(self.local, "store", None)
        if store is None:
            store = Store(self.path, readonly=True)
            store.conn.execute("PRAGMA query_only = ON")
            self.local.store = store
        return store


def store_for(request: Request) -> Store:
    """The read-only store of the app serving ``request``, for the current thread. Call it in
    the body of a (sync) route, not in a dependency: FastAPI may run those in another thread."""
    pool: StorePool = request.app.state.stores
    return pool.get()


# ------------------------------------------------------------------ errors


def _error(request: Request, status: int, message: str, **headers: str) -> Response:
    """JSON ``{"detail": message}``; a page of the web UI instead when the request is not for
    the API or the docs and the web package set ``app.state.error_page``."""
    page: ErrorPage | None = getattr(request.app.state, "error_page", None)
    path = request.url.path
    if page is not None and not path.startswith(("/api/", "/docs", "/redoc", "/openapi")):
        return page(request, status, message)
    return JSONResponse({"detail": message}, status_code=status, headers=headers or None)


def _validation_message(error: RequestValidationError) -> str:
    parts = []
    for item in error.errors():
        where = ".".join(str(x) for x in item.get("loc", ())[1:]) or "request"
        parts.append(f"{where}: {item.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def _install_error_handlers(app: FastAPI) -> None:
    async def not_found(request: Request, exc: Exception) -> Response:
        return _error(request, 404, str(exc))

    async def bad_request(request: Request, exc: Exception) -> Response:
        return _error(request, 422, str(exc))

    async def invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return _error(request, 422, _validation_message(exc))

    async def unavailable(request: Request, exc: Exception) -> Response:
        return _error(request, 503, str(exc))

    app.add_exception_handler(views.NotFound, not_found)
    app.add_exception_handler(views.BadRequest, bad_request)
    app.add_exception_handler(FilterError, bad_request)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(StoreError, unavailable)


# ------------------------------------------------------------------ JSON routes

Page = Annotated[int, Query(ge=1, description="Page number, from 1.")]
Text = Annotated[str | None, Query()]


def _json(data: Any) -> JSONResponse:
    return JSONResponse(data)


router = APIRouter(prefix="/api", tags=["api"])


@router.get("/stats", summary="Counts, date range, sources, months, top entities")
def api_stats(request: Request) -> JSONResponse:
    return _json(views.stats(store_for(request)))


@router.get("/articles", summary="Articles, newest first (best match first with q)")
def api_articles(
    request: Request,
    q: Annotated[str | None, Query(description="Words, as in /api/search.")] = None,
    source: Annotated[str | None, Query(description="News site (see /api/stats).")] = None,
    since: Annotated[
        str | None, Query(description="Published on or after: YYYY, YYYY-MM or YYYY-MM-DD.")
    ] = None,
    until: Annotated[str | None, Query(description="Published on or before.")] = None,
    entity: Annotated[
        str | None, Query(description="Mentions this entity: a KB id or any name.")
    ] = None,
    page: Page = 1,
    per_page: Annotated[int, Query(ge=1, le=views.MAX_PER_PAGE)] = 20,
) -> JSONResponse:
    query = views.ArticleQuery(q, source, since, until, entity, page, per_page)
    return _json(views.articles(store_for(request), query))


@router.get("/articles/{article_id:path}", summary="One article with every layer and segments")
def api_article(request: Request, article_id: str) -> JSONResponse:
    return _json(views.article(store_for(request), article_id))


@router.get("/search", summary="Full-text search with highlighted snippets and facets")
def api_search(
    request: Request,
    q: Annotated[
        str,
        Query(
            description='Words (any case, accents optional), "a phrase", prefix*.',
        ),
    ],
    entity: Annotated[str | None, Query(description="Facet: an entity key or name.")] = None,
    type: Annotated[str | None, Query(description="Facet: PER, ORG, LOC or MISC.")] = None,
    source: Annotated[str | None, Query(description="Facet: a news site.")] = None,
    month: Annotated[str | None, Query(description="Facet: published in YYYY-MM.")] = None,
    page: Page = 1,
    per_page: Annotated[int, Query(ge=1, le=views.MAX_PER_PAGE)] = 20,
) -> JSONResponse:
    query = views.SearchQuery(q, page, per_page, entity, type, source, month)
    return _json(views.search(store_for(request), query))


@router.get("/entities", summary="Entities, most mentioned first")
def api_entities(
    request: Request,
    q: Annotated[str | None, Query(description="Name, KB id or alias contains.")] = None,
    type: Annotated[str | None, Query(description="PER, ORG, LOC or MISC.")] = None,
    page: Page = 1,
    per_page: Annotated[int, Query(ge=1, le=views.MAX_PER_PAGE)] = 50,
) -> JSONResponse:
    query = views.EntityQuery(q, type, page, per_page)
    return _json(views.entities(store_for(request), query))


@router.get("/entities/{kb_id:path}", summary="One entity: KB data, mentions, events, quotes")
def api_entity(request: Request, kb_id: str) -> JSONResponse:
    return _json(views.entity(store_for(request), kb_id))


@router.get(
    "/events",
    summary="Events (PLOVER), filtered; JSON or CSV",
    responses={200: {"content": {"text/csv": {}}}},
)
def api_events(
    request: Request,
    actor: Annotated[
        str | None, Query(description="Either side: a name (or words of it), KB id, ISO3 code.")
    ] = None,
    dyad: Annotated[str | None, Query(description="A,B: A towards B or B towards A.")] = None,
    type: Annotated[str | None, Query(description="PLOVER type: CONSULT, ACCUSE…")] = None,
    mode: Annotated[str | None, Query(description="PLOVER mode: visit, phone…")] = None,
    status: Annotated[
        str | None, Query(description="asserted, planned, negated or hypothetical.")
    ] = None,
    since: Annotated[str | None, Query(description="Dated on or after: YYYY[-MM[-DD]].")] = None,
    until: Annotated[str | None, Query(description="Dated on or before.")] = None,
    sort: Annotated[
        str, Query(description="One of: " + ", ".join(views.EVENT_SORTS) + ".")
    ] = "date",
    order: Annotated[Literal["asc", "desc"], Query()] = "desc",
    page: Page = 1,
    per_page: Annotated[int, Query(ge=1, le=views.MAX_PER_PAGE)] = 50,
    format: Annotated[
        Literal["json", "csv"], Query(description="csv: every matching event, with a header.")
    ] = "json",
) -> Response:
    query = views.EventQuery(
        actor, dyad, type, mode, status, since, until, sort, order, page, per_page
    )
    store = store_for(request)
    if format == "csv":
        # built here, in the thread whose connection it reads
        return Response(
            "".join(views.events_csv(store, query)),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="events.csv"'},
        )
    return _json(views.events(store, query))


@router.get("/quotes", summary="Quotes with their speakers, newest first")
def api_quotes(
    request: Request,
    speaker: Annotated[str | None, Query(description="A name (or words of it) or KB id.")] = None,
    page: Page = 1,
    per_page: Annotated[int, Query(ge=1, le=views.MAX_PER_PAGE)] = 50,
) -> JSONResponse:
    return _json(views.quotes(store_for(request), views.QuoteQuery(speaker, page, per_page)))


@router.get("/timeline", summary="Events by day; mean cooperation–conflict score by month")
def api_timeline(
    request: Request,
    actor: Annotated[str | None, Query(description="An actor on either side.")] = None,
    dyad: Annotated[str | None, Query(description="A,B.")] = None,
    since: Annotated[str | None, Query(description="Dated on or after.")] = None,
    until: Annotated[str | None, Query(description="Dated on or before.")] = None,
) -> JSONResponse:
    query = views.TimelineQuery(actor, dyad, since, until)
    return _json(views.timeline(store_for(request), query))


# ------------------------------------------------------------------ ingest


class IngestArticle(BaseModel):
    id: str = Field(min_length=1, max_length=200)
    text: str = Field(min_length=1)
    title: str | None = None
    published: str | None = Field(default=None, description="A date: 2024-05-17, 17/5/2024…")
    url: str | None = None
    source: str | None = Field(default=None, description="The news site.")


class IngestRequest(BaseModel):
    articles: list[IngestArticle] = Field(min_length=1, max_length=1000)


_INGEST_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {  # inline: no "$defs", which the docs viewers cannot resolve
                    "type": "object",
                    "required": ["articles"],
                    "properties": {
                        "articles": {
                            "type": "array",
                            "minItems": 1,
                            "maxItems": 1000,
                            "items": IngestArticle.model_json_schema(),
                        }
                    },
                }
            },
            "text/plain": {"schema": {"type": "string", "description": "One article."}},
        },
    }
}


def _authorize(request: Request) -> None:
    token: str | None = request.app.state.token
    if token is None:
        raise _HTTPError(404, "ingest is disabled (start the server with --token)")
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise _HTTPError(401, "missing token (Authorization: Bearer TOKEN)", bearer=True)
    if not secrets.compare_digest(value.strip().encode(), token.encode()):
        raise _HTTPError(403, "wrong token")


class _HTTPError(Exception):
    def __init__(self, status: int, message: str, bearer: bool = False) -> None:
        super().__init__(message)
        self.status = status
        self.headers = {"WWW-Authenticate": "Bearer"} if bearer else {}


def _documents(request: Request, body: bytes) -> list[Document | InputError]:
    """The articles of a JSON or text body, unprocessed (see :mod:`sukien.ingest.reader`)."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json":
        try:
            parsed = IngestRequest.model_validate_json(body)
        except ValidationError as error:
            raise views.BadRequest(_pydantic_message(error)) from None
        records = [a.model_dump(exclude_none=True) for a in parsed.articles]
        data = json.dumps(records, ensure_ascii=False).encode("utf-8")
        return list(read_documents(RawInput("api", "api", "json", data)))
    params = request.query_params
    digest = hashlib.sha256(body).hexdigest()
    stem = (params.get("id") or "").strip() or f"api-{digest[:12]}"
    docs = list(read_documents(RawInput("api", stem, sniff_kind(body), body)))
    for doc in docs:
        if isinstance(doc, Document):
            doc.title = params.get("title") or doc.title
            doc.url = params.get("url") or doc.url
            if params.get("published"):
                iso = parse_published(params["published"])
                if iso is None:
                    raise views.BadRequest(f"published: not a date: {params['published']!r}")
                doc.published, doc.published_source = iso, "metadata"
    return docs


def _pydantic_message(error: ValidationError) -> str:
    return "; ".join(
        ".".join(str(x) for x in item["loc"]) + f": {item['msg']}" for item in error.errors()
    )


def _ingest(app: FastAPI, docs: list[Document | InputError], replace: bool) -> dict[str, Any]:
    """Annotate and store ``docs`` through a writable connection (one ingest at a time), as
    ``sukien ingest`` does (:func:`sukien.ingest.runner.store_one`)."""
    counts = {"added": 0, "updated": 0, "unchanged": 0, "failed": 0}
    results: list[dict[str, Any]] = []

    def note(article_id: str | None, outcome: str, error: str | None = None) -> None:
        if outcome == "warning":
            return  # the reply counts outcomes; warnings stay with the stored article
        counts[outcome] += 1
        results.append({"id": article_id, "outcome": outcome, "error": error})

    options = IngestOptions(replace=replace)
    seen: dict[str, str] = {}
    with app.state.ingest_lock, Store(app.state.db_path) as store:
        pipeline: Pipeline = app.state.pipeline()
        for doc in docs:
            if isinstance(doc, InputError):
                note(None, "failed", str(doc))
                continue

            def told(_source: str, outcome: Outcome, error: str | None, key: str = doc.id) -> None:
                note(key, outcome, error)

            store_one(store, doc, pipeline, options, seen, told)
    return {**counts, "articles": results}


async def api_ingest(
    request: Request,
    replace: Annotated[
        bool, Query(description="Let an article replace one with its id from another input.")
    ] = False,
) -> Response:
    """Annotate and store articles: JSON ``{"articles": [{"id", "text", "title"?,
    "published"?, "url"?, "source"?}]}``, or one article as a text body (``?id=``,
    ``?title=``, ``?published=`` optional). Needs ``Authorization: Bearer TOKEN``."""
    try:
        _authorize(request)
    except _HTTPError as error:
        return _error(request, error.status, str(error), **error.headers)
    body = await request.body()
    if len(body) > DEFAULT_MAX_BYTES:
        return _error(request, 413, f"body larger than {DEFAULT_MAX_BYTES // 1_000_000} MB")
    if not body.strip():
        raise views.BadRequest('empty body: give JSON {"articles": [...]} or an article\'s text')
    # parsing (HTML extraction of up to 20 MB) and annotation stay off the event loop
    docs = await run_in_threadpool(_documents, request, body)
    result = await run_in_threadpool(_ingest, request.app, docs, replace)
    if result["failed"] and result["failed"] == len(result["articles"]):
        errors = "; ".join(r["error"] for r in result["articles"] if r["error"])
        return JSONResponse({"detail": errors, **result}, status_code=422)
    return JSONResponse(result)


router.add_api_route(
    "/ingest",
    api_ingest,
    methods=["POST"],
    summary="Annotate and store articles (needs the server's token)",
    openapi_extra=_INGEST_BODY,
)


# ------------------------------------------------------------------ docs


def _install_docs(app: FastAPI) -> None:
    """Swagger UI at /docs and ReDoc at /redoc, from the files of the ``fastapi-offline``
    package (mounted at /docs-assets): the pages load nothing from another host."""
    app.mount("/docs-assets", StaticFiles(directory=DOCS_ASSETS), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def swagger() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="sukien API",
            swagger_js_url="/docs-assets/swagger-ui-bundle.js",
            swagger_css_url="/docs-assets/swagger-ui.css",
            swagger_favicon_url="/docs-assets/favicon.png",
            # no badge from the online validator
            swagger_ui_parameters={"validatorUrl": None},
        )

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return get_redoc_html(
            openapi_url="/openapi.json",
            title="sukien API",
            redoc_js_url="/docs-assets/redoc.standalone.js",
            redoc_favicon_url="/docs-assets/favicon.png",
            with_google_fonts=False,
        )


# ------------------------------------------------------------------ the app


def create_app(
    db_path: str | Path, *, token: str | None = None, pipeline: Pipeline | None = None
) -> FastAPI:
    """The app serving ``db_path`` (opened read-only; StoreError when it is not a sukien
    database). ``token`` enables ``POST /api/ingest``; ``pipeline`` is the one ingest uses
    (default: the shared :func:`sukien.api.pipeline_for`, built on first use)."""
    path = Path(db_path)
    Store(path, readonly=True).close()  # fail now, not on the first request
    app = FastAPI(
        title="sukien",
        version=__version__,
        description=(
            "Vietnamese news as a knowledge base: articles, entities, events (PLOVER), "
            'quotes. Errors are `{"detail": "…"}`.'
        ),
        docs_url=None,
        redoc_url=None,
    )
    app.state.db_path = path
    app.state.token = token or None
    app.state.stores = StorePool(path)
    app.state.ingest_lock = threading.Lock()
    app.state.error_page = None

    def shared_pipeline() -> Pipeline:
        if pipeline is not None:
            return pipeline
        from sukien.api import pipeline_for

        return pipeline_for()

    app.state.pipeline = shared_pipeline
    _install_error_handlers(app)
    app.include_router(router)
    _install_docs(app)
    if WEB_STATIC.is_dir():
        app.mount("/static", StaticFiles(directory=WEB_STATIC), name="static")
    if importlib.util.find_spec("sukien.web.routes") is not None:
        importlib.import_module("sukien.web.routes").register(app)
    else:

        @app.get("/", include_in_schema=False)
        def home() -> RedirectResponse:
            return RedirectResponse("/docs")

    return app
