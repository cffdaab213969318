"""The JSON API (``sukien serve``): every route through FastAPI's TestClient on a small
database of hand-made articles (tests/event_docs.py), one article holding HTML, and two example
articles run through the pipeline once. The event and quote routes are checked against the
store's own queries (what ``sukien events`` and ``sukien quotes`` print)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import sukien.store.store as store_module
from conftest import EXAMPLES
from event_docs import EXPORT_EVENT_KEYS, documents, fill, make_doc
from sukien.api import views
from sukien.api.app import create_app
from sukien.cli import EVENT_CSV_COLUMNS
from sukien.cli import app as cli
from sukien.document import Entity, Time
from sukien.ingest.runner import ingest
from sukien.store.events import EventFilter
from sukien.store.schema import MIGRATIONS
from sukien.store.store import Store

XSS = "<script>alert(1)</script>"
XSS_TEXT = (
    f"Lavrov gặp Vương Nghị {XSS}\n"
    f"Ngoại trưởng Sergei Lavrov ngày 4/6 hội đàm tại Bắc Kinh. Đoạn mã {XSS} và <b>đậm</b> "
    "phải hiện ra như chữ."
)
EXAMPLE_FILES = ("01_xi_moscow_2023.txt", "12_brics_johannesburg_2023.html")
TOKEN = "s3cret-token"


def xss_document() -> Any:
    doc = make_doc("x1", "2024-06-05", XSS_TEXT)
    doc.site = "Báo Ví dụ"
    doc.url = "https://www.vidu.example.vn/the-gioi/x1.html"
    start = XSS_TEXT.index("Sergei Lavrov")
    doc.entities = [
        Entity(0, 6, "Lavrov", "PER", "Sergei Lavrov", "RUS", "person/sergei-lavrov"),
        Entity(
            start,
            start + 13,
            "Sergei Lavrov",
            "PER",
            "Sergei Lavrov",
            "RUS",
            "person/sergei-lavrov",
        ),
    ]
    t = XSS_TEXT.index("ngày 4/6")
    doc.times = [Time(t, t + 8, "ngày 4/6", "2024-06-04")]
    return doc


def build(path: Path, pipeline: Any) -> Path:
    inputs = path.parent / "inputs"
    inputs.mkdir()
    for name in EXAMPLE_FILES:
        (inputs / name).write_bytes((EXAMPLES / name).read_bytes())
    with Store(path) as store:
        for doc in [*documents(), xss_document()]:
            store.upsert(doc, "test")
        summary = ingest(store, [str(inputs)], pipeline)
        assert summary.failed == 0 and summary.added == len(EXAMPLE_FILES)
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, pipeline: Any) -> Path:
    return build(tmp_path_factory.mktemp("api") / "api.db", pipeline)


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db)) as c:
        yield c


@pytest.fixture(scope="module")
def store(db: Path) -> Iterator[Store]:
    with Store(db, readonly=True) as s:
        yield s


def get(client: TestClient, url: str, expect: int = 200, **params: Any) -> Any:
    response = client.get(url, params=params)
    assert response.status_code == expect, (url, params, response.text[:500])
    return response.json()


def detail(client: TestClient, url: str, expect: int, **params: Any) -> str:
    data = get(client, url, expect, **params)
    assert set(data) == {"detail"} and isinstance(data["detail"], str)
    return str(data["detail"])


# ------------------------------------------------------------------ stats


def test_stats(client: TestClient, store: Store) -> None:
    data = get(client, "/api/stats")
    assert set(data) >= {
        "articles",
        "sentences",
        "entities",
        "events",
        "quotes",
        "first",
        "last",
        "sources",
        "months",
        "top_entities",
        "event_types",
    }
    s = store.stats()
    assert data["articles"] == s.articles == 6
    assert (data["events"], data["quotes"], data["mentions"]) == (s.events, s.quotes, s.entities)
    assert data["entities"] == store.entity_count()
    assert (data["first"], data["last"]) == (s.first_published, s.last_published)
    assert {"name": "Báo Ví dụ", "count": 1} in data["sources"]
    assert {"name": "Tin tức Ví dụ", "count": 1} in data["sources"]  # the HTML page's site
    assert sum(m["count"] for m in data["months"]) == 6
    assert {"month": "2024-06", "count": 1} in data["months"]
    top = data["top_entities"][0]
    assert set(top) == {"kb_id", "name", "type", "country", "count"}
    assert sum(t["count"] for t in data["event_types"]) == s.events


# ------------------------------------------------------------------ articles


def test_articles_newest_first_and_paginated(client: TestClient) -> None:
    data = get(client, "/api/articles", per_page=4)
    assert (data["total"], data["page"], data["per_page"], data["pages"]) == (6, 1, 4, 2)
    dates = [item["published"] for item in data["items"]]
    assert dates == sorted(dates, reverse=True)
    item = data["items"][0]
    assert set(item) == {"id", "title", "published", "source", "snippet_html"}
    assert item["snippet_html"] is None
    second = get(client, "/api/articles", per_page=4, page=2)
    assert len(second["items"]) == 2
    ids = [i["id"] for i in data["items"] + second["items"]]
    assert len(set(ids)) == 6
    assert get(client, "/api/articles", page=9)["items"] == []


def test_article_filters(client: TestClient) -> None:
    source = get(client, "/api/articles", source="vidu.example.vn")  # no site: the URL's host
    assert source["total"] == 0
    source = get(client, "/api/articles", source="Báo Ví dụ")
    assert [i["id"] for i in source["items"]] == ["x1"]
    assert source["items"][0]["source"] == "Báo Ví dụ"
    dated = get(client, "/api/articles", since="2023-10", until="2024-01")
    assert {i["id"] for i in dated["items"]} == {"a2", "a3"}
    assert get(client, "/api/articles", since="2024-06-05", until="2024-06-05")["total"] == 1
    by_id = get(client, "/api/articles", entity="person/sergei-lavrov")
    by_name = get(client, "/api/articles", entity="sergei lavrov")  # any case, no accents
    assert {i["id"] for i in by_id["items"]} == {i["id"] for i in by_name["items"]} >= {"x1"}
    assert get(client, "/api/articles", entity="nobody at all")["total"] == 0
    words = get(client, "/api/articles", q="lavrov", since="2024")
    assert [i["id"] for i in words["items"]] == ["x1"]
    assert "<mark>Lavrov</mark>" in words["items"][0]["snippet_html"]
    both = get(client, "/api/articles", q="lavrov", entity="person/sergei-lavrov")
    assert "x1" in [i["id"] for i in both["items"]]


@pytest.mark.parametrize(
    ("params", "reason"),
    [
        ({"since": "2023-13"}, "bad since date"),
        ({"until": "yesterday"}, "bad until date"),
        ({"since": "2024", "until": "2023"}, "after until"),
        ({"page": 0}, "page"),
        ({"per_page": 0}, "per_page"),
        ({"per_page": 1000}, "per_page"),
        ({"page": "two"}, "page"),
    ],
)
def test_article_bad_parameters(client: TestClient, params: dict[str, Any], reason: str) -> None:
    assert reason in detail(client, "/api/articles", 422, **params)


def test_article(client: TestClient) -> None:
    data = get(client, "/api/articles/a1")
    for key in (
        "id",
        "title",
        "published",
        "published_source",
        "published_confidence",
        "url",
        "byline",
        "credits",
        "source",
        "site",
        "text",
        "blocks",
        "sentences",
        "entities",
        "times",
        "references",
        "events",
        "quotes",
        "segments",
    ):
        assert key in data, key
    text = data["text"]
    assert data["blocks"][0] == {"start": 0, "end": text.index("\n"), "kind": "title"}
    ev = data["events"][0]
    assert set(ev) == set(EXPORT_EVENT_KEYS)
    assert ev["source"] == [{"name": "Xi Jinping", "country": "CHN", "kb_id": "person/xi-jinping"}]
    assert data["quotes"][0]["speaker"]["kb_id"] == "person/xi-jinping"
    assert data["entities"][0]["kb_id"] == "person/xi-jinping"
    for layer in ("entities", "times", "events", "quotes"):
        for span in data[layer]:
            assert text[span["start"] : span["end"]] == span["text"]
    x1 = get(client, "/api/articles/x1")
    assert x1["source"] == "Báo Ví dụ" and x1["url"].startswith("https://www.vidu")
    assert x1["text"] == XSS_TEXT  # plain text, never escaped or rendered here


def test_article_unknown_id(client: TestClient) -> None:
    assert detail(client, "/api/articles/nope", 404) == "no article with id 'nope'"


def test_segments_cover_the_text(client: TestClient) -> None:
    ids = [i["id"] for i in get(client, "/api/articles", per_page=50)["items"]]
    assert len(ids) == 6
    for article_id in ids:
        data = get(client, f"/api/articles/{article_id}")
        segments = data["segments"]
        assert "".join(s["text"] for s in segments) == data["text"], article_id
        assert all(s["text"] for s in segments)
        for s in segments:
            for mark in s["marks"]:
                assert set(mark) >= {"layer", "label", "title"}
                assert mark["layer"] in ("entity", "time", "event", "quote")
    a1 = get(client, "/api/articles/a1")
    marked = {
        (s["text"], m["layer"], m["label"], m["title"]) for s in a1["segments"] for m in s["marks"]
    }
    assert ("Tập Cận Bình", "entity", "PER", "Xi Jinping, CHN") in marked
    assert (
        "hội đàm",
        "event",
        "CONSULT",
        "CONSULT/meet: Xi Jinping → Vladimir Putin, 2023-03-21",
    ) in marked
    assert ("ngày 21/3", "time", "TIME", "2023-03-21") in marked
    quoted = [s for s in a1["segments"] if any(m["layer"] == "quote" for m in s["marks"])]
    assert "".join(s["text"] for s in quoted) == "Quan hệ Trung - Nga đang ở mức cao nhất"
    assert quoted[0]["marks"][0]["title"] == "Xi Jinping"


def test_segments_nest_marks_outermost_first() -> None:
    doc = xss_document()
    doc.quotes = []
    start = XSS_TEXT.index("Ngoại trưởng")
    from sukien.document import Quote

    doc.quotes = [Quote(start, start + 40, XSS_TEXT[start : start + 40], "direct", None)]
    pieces = views.segments(doc)
    assert "".join(p["text"] for p in pieces) == XSS_TEXT
    inner = next(p for p in pieces if p["text"] == "Sergei Lavrov")
    assert [m["layer"] for m in inner["marks"]] == ["quote", "entity"]


# ------------------------------------------------------------------ search


def test_search_highlights_and_facets(client: TestClient) -> None:
    data = get(client, "/api/search", q="tap can binh")
    assert set(data) == {"q", "total", "page", "per_page", "pages", "items", "facets"}
    assert data["q"] == "tap can binh" and data["total"] >= 2
    ids = [i["id"] for i in data["items"]]
    assert "a1" in ids and "01_xi_moscow_2023" in ids
    for item in data["items"]:
        assert "<mark>" in item["snippet_html"]
    hit = data["items"][ids.index("a1")]
    assert "<mark>Tập</mark> <mark>Cận</mark> <mark>Bình</mark>" in hit["snippet_html"]
    same = get(client, "/api/search", q="TẬP CẬN BÌNH")
    assert [i["id"] for i in same["items"]] == ids
    facets = data["facets"]
    assert set(facets) == {"entity", "type", "source", "month"}
    xi = next(f for f in facets["entity"] if f["key"] == "person/xi-jinping")
    assert xi["name"] == "Xi Jinping" and xi["count"] == data["total"]
    assert {f["key"] for f in facets["type"]} <= {"PER", "ORG", "LOC", "MISC"}
    assert sum(f["count"] for f in facets["month"]) == data["total"]
    assert {"key": "2023-03", "count": 2} in facets["month"]  # a1 and the example


def test_search_facet_filters(client: TestClient) -> None:
    everything = get(client, "/api/search", q="nga")
    assert everything["total"] >= 4
    for facet, values in everything["facets"].items():
        for value in values[:3]:
            narrowed = get(client, "/api/search", q="nga", **{facet: value["key"]})
            assert narrowed["total"] == value["count"], (facet, value)
    assert get(client, "/api/search", q="nga", entity="person/xi-jinping", type="PER")["total"] >= 1
    assert get(client, "/api/search", q="nga", entity="Tập Cận Bình")["total"] >= 1
    assert get(client, "/api/search", q="nga", entity="nobody at all")["total"] == 0
    assert get(client, "/api/search", q="nga", source="Báo Ví dụ")["total"] == 0


def test_search_escapes_html(client: TestClient) -> None:
    data = get(client, "/api/search", q="script alert")
    assert [i["id"] for i in data["items"]] == ["x1"]
    snippet = data["items"][0]["snippet_html"]
    assert "<script>" not in snippet and "<b>" not in snippet
    assert "&lt;<mark>script</mark>&gt;<mark>alert</mark>(1)&lt;/<mark>script</mark>&gt;" in snippet
    assert re.sub(r"</?mark>", "", snippet).count("&lt;") >= 2
    # the only tags are the marks
    assert set(re.findall(r"<[^>]*>", snippet)) == {"<mark>", "</mark>"}


def test_snippet_html_escapes_everything_but_marks() -> None:
    text = 'a <b onclick="x">Putin</b> & "c"'
    start = text.index("Putin")
    html = views.snippet_html(text, [(start, start + 5)])
    assert (
        html == "a &lt;b onclick=&quot;x&quot;&gt;<mark>Putin</mark>&lt;/b&gt; &amp; &quot;c&quot;"
    )


@pytest.mark.parametrize(
    ("params", "reason"),
    [
        ({"q": ""}, "empty search query"),
        ({"q": "!!!"}, "empty search query"),
        ({"q": "nga", "type": "PERSON"}, "unknown entity type"),
        ({"q": "nga", "month": "2023-13"}, "bad month"),
        ({"q": "nga", "per_page": 201}, "per_page"),
        ({}, "q: Field required"),
    ],
)
def test_search_bad_parameters(client: TestClient, params: dict[str, Any], reason: str) -> None:
    assert reason in detail(client, "/api/search", 422, **params)


# ------------------------------------------------------------------ entities


def test_entities(client: TestClient, store: Store) -> None:
    data = get(client, "/api/entities", per_page=3)
    assert data["total"] == store.entity_count() and len(data["items"]) == 3
    assert set(data["items"][0]) == {"kb_id", "name", "type", "country", "mentions", "articles"}
    top = store.top_entities(top=3)
    assert [(i["name"], i["mentions"]) for i in data["items"]] == [
        (t.name, t.mentions) for t in top
    ]
    found = get(client, "/api/entities", q="tap can")  # a KB alias, no accents
    assert "person/xi-jinping" in [i["kb_id"] for i in found["items"]]
    people = get(client, "/api/entities", type="per", per_page=200)
    assert people["items"] and all(i["type"] == "PER" for i in people["items"])
    assert "unknown entity type" in detail(client, "/api/entities", 422, type="X")


def test_entity(client: TestClient) -> None:
    data = get(client, "/api/entities/person/xi-jinping")
    for key in (
        "kb_id",
        "name",
        "type",
        "country",
        "kind",
        "kb",
        "aliases_seen",
        "mentions_by_month",
        "co_mentions",
        "events_as_source",
        "events_as_target",
        "quotes",
        "articles",
    ):
        assert key in data, key
    assert (data["kb_id"], data["name"], data["type"], data["country"]) == (
        "person/xi-jinping",
        "Xi Jinping",
        "PER",
        "CHN",
    )
    assert data["kind"] == "person" and "Tập Cận Bình" in data["kb"]["aliases"]
    assert any(r["role"] == "President" for r in data["kb"]["roles"])
    assert "Tập Cận Bình" in [a["text"] for a in data["aliases_seen"]]
    assert all(set(a) == {"text", "count"} for a in data["aliases_seen"])
    months = {m["month"]: m["count"] for m in data["mentions_by_month"]}
    assert months["2023-03"] >= 2 and sum(months.values()) == data["mentions"]
    assert "person/vladimir-putin" in [c["kb_id"] for c in data["co_mentions"]]
    assert set(data["co_mentions"][0]) >= {"kb_id", "name", "type", "count"}
    sources = [e for e in data["events_as_source"] if e["article"] == "a1"]
    assert [e["date"] for e in sources] == ["2023-10", "2023-03-21"]
    assert all(
        "person/xi-jinping" in [a["kb_id"] for a in e["source"]] for e in data["events_as_source"]
    )
    assert all(
        "person/xi-jinping" in [a["kb_id"] for a in e["target"]] for e in data["events_as_target"]
    )
    assert sources[0]["title"] and sources[0]["published"] == "2023-03-21"
    assert [q["text"] for q in data["quotes"] if q["article"] == "a1"] == [
        "Quan hệ Trung - Nga đang ở mức cao nhất"
    ]
    assert {"a1", "01_xi_moscow_2023"} <= {a["id"] for a in data["articles"]}
    by_name = get(client, "/api/entities/Tập Cận Bình")
    assert by_name["kb_id"] == "person/xi-jinping"
    putin = get(client, "/api/entities/person/vladimir-putin")
    assert any(e["article"] == "a1" for e in putin["events_as_target"])


def test_entity_unknown(client: TestClient) -> None:
    assert detail(client, "/api/entities/person/nobody-at-all", 404).startswith("no entity")


# ------------------------------------------------------------------ events


def _expected(store: Store, **filters: str) -> list[tuple[str, int]]:
    return sorted((r.article, r.start) for r in store.events(EventFilter.parse(**filters)))


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"actor": "putin"},
        {"actor": "RUS"},
        {"actor": "person/xi-jinping"},
        {"dyad": "Russia,Ukraine"},
        {"dyad": "ukraine,russia"},
        {"type": "consult"},
        {"type": "CONSULT", "mode": "visit"},
        {"status": "planned"},
        {"since": "2023-10", "until": "2024-01"},
        {"since": "2024"},
        {"actor": "the west"},
    ],
)
def test_events_match_the_store(client: TestClient, store: Store, filters: dict[str, str]) -> None:
    data = get(client, "/api/events", per_page=200, **filters)
    got = sorted((e["article"], e["start"]) for e in data["items"])
    assert got == _expected(store, **filters)
    assert data["total"] == len(got)


def test_events_rows_and_order(client: TestClient) -> None:
    data = get(client, "/api/events", actor="putin", per_page=200)
    row = data["items"][0]
    assert set(row) >= {*EXPORT_EVENT_KEYS, "article", "title", "published"}
    dates = [e["date"] for e in data["items"] if e["date"] and e["date"][:1].isdigit()]
    assert dates == sorted(dates, reverse=True)
    undated = [i for i, e in enumerate(data["items"]) if not (e["date"] or "")[:1].isdigit()]
    assert all(i >= len(dates) for i in undated)  # dated events first
    oldest = get(client, "/api/events", actor="putin", order="asc", per_page=200)
    asc = [e["date"] for e in oldest["items"] if e["date"] and e["date"][:1].isdigit()]
    assert asc == sorted(asc)
    for order, sign in (("asc", 1), ("desc", -1)):
        rows = get(client, "/api/events", sort="score", order=order, per_page=200)["items"]
        scores = [e["score"] for e in rows]
        assert scores == sorted(scores, key=lambda s: (s is None, sign * (s or 0))), order
    by_type = [e["type"] for e in get(client, "/api/events", sort="type", order="desc")["items"]]
    assert by_type == sorted(by_type, reverse=True)
    articles = get(client, "/api/events", sort="article", order="asc", per_page=200)["items"]
    assert [e["article"] for e in articles] == sorted(e["article"] for e in articles)


def test_events_pagination(client: TestClient) -> None:
    every = get(client, "/api/events", per_page=200)
    pages = [get(client, "/api/events", per_page=3, page=p) for p in (1, 2, 3)]
    assert pages[0]["total"] == every["total"] and pages[0]["pages"] == -(-every["total"] // 3)
    keys = [(e["article"], e["start"]) for p in pages for e in p["items"]]
    assert keys == [(e["article"], e["start"]) for e in every["items"][:9]]


@pytest.mark.parametrize(
    ("params", "reason"),
    [
        ({"type": "FIGHT"}, "unknown event type 'FIGHT'"),
        ({"mode": "dance"}, "unknown event mode"),
        ({"type": "CONSULT", "mode": "aerial"}, "not a mode of CONSULT"),
        ({"status": "maybe"}, "unknown status"),
        ({"since": "2023-02-30"}, "bad since date"),
        ({"dyad": "Russia"}, "bad dyad"),
        ({"sort": "colour"}, "unknown sort"),
        ({"order": "up"}, "order"),
        ({"format": "xml"}, "format"),
    ],
)
def test_events_bad_parameters(client: TestClient, params: dict[str, Any], reason: str) -> None:
    assert reason in detail(client, "/api/events", 422, **params)


def test_events_csv(client: TestClient, store: Store) -> None:
    response = client.get("/api/events", params={"format": "csv", "dyad": "Russia,Ukraine"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.text)))
    assert tuple(rows[0]) == EVENT_CSV_COLUMNS == views.EVENT_CSV_COLUMNS  # as sukien events
    assert len(rows) - 1 == len(_expected(store, dyad="Russia,Ukraine"))
    record = dict(zip(rows[0], next(r for r in rows[1:] if r[0] == "a3"), strict=True))
    assert record["source"] in ("Russia", "Ukraine") and record["title"] == "Nga không kích Ukraine"
    every = client.get("/api/events", params={"format": "csv", "per_page": 1})
    assert len(every.text.splitlines()) - 1 == store.stats().events  # every event, not a page


# ------------------------------------------------------------------ quotes and timeline


def test_quotes(client: TestClient, store: Store) -> None:
    data = get(client, "/api/quotes", per_page=200)
    assert data["total"] == store.stats().quotes == len(data["items"])
    assert set(data["items"][0]) >= {"text", "kind", "speaker", "article", "title", "published"}
    son = get(client, "/api/quotes", speaker="bui thanh son")
    assert [(q["article"], q["text"]) for q in son["items"]] == [
        ("a3", "Đối thoại là con đường duy nhất")
    ]
    assert son["items"][0]["speaker"]["kb_id"] == "person/bui-thanh-son"
    xi = get(client, "/api/quotes", speaker="person/xi-jinping")
    assert {q.text for q in store.quotes("person/xi-jinping")} == {q["text"] for q in xi["items"]}
    assert "empty speaker" in detail(client, "/api/quotes", 422, speaker="  ")


def test_timeline(client: TestClient, store: Store) -> None:
    data = get(client, "/api/timeline", dyad="Russia,Ukraine")
    assert data["dyad"] == ["Russia", "Ukraine"] and data["actor"] is None
    expected = [
        r
        for r in store.events(EventFilter.parse(dyad="Russia,Ukraine"))
        if r.date and r.date[:1].isdigit()
    ]
    assert data["total"] == len(expected) and not data["truncated"]
    days = [d["date"] for d in data["days"]]
    assert days == sorted(days) and sum(len(d["events"]) for d in data["days"]) == len(expected)
    for month in data["months"]:
        inside = [r.score for r in expected if r.date and r.date[:7] == month["month"]]
        assert month["count"] == len(inside)
        assert month["score"] == pytest.approx(sum(inside) / len(inside), abs=1e-3)
        assert month["cooperation"] == sum(1 for s in inside if s > 0)
        assert month["conflict"] == sum(1 for s in inside if s < 0)
    january = next(m for m in data["months"] if m["month"] == "2024-01")
    assert january["conflict"] >= 2  # the strike and the rejection of a3
    everything = get(client, "/api/timeline")
    assert everything["total"] >= data["total"]
    assert "bad dyad" in detail(client, "/api/timeline", 422, dyad="a,b,c")


# ------------------------------------------------------------------ errors, docs, read-only


def test_unknown_route_is_json_404(client: TestClient) -> None:
    assert detail(client, "/api/nothing-here", 404) == "Not Found"


def test_docs_are_served_offline(client: TestClient) -> None:
    for page in ("/docs", "/redoc"):
        response = client.get(page)
        assert response.status_code == 200 and "text/html" in response.headers["content-type"]
        urls = re.findall(r"""(?:src|href)=["']([^"']+)["']""", response.text)
        assert urls, page
        for url in urls:
            assert url.startswith("/") and not url.startswith("//"), (page, url)
            assert client.get(url).status_code == 200, url
        assert "http://" not in response.text and "https://" not in response.text, page
    assert '"validatorUrl": null' in client.get("/docs").text
    spec = get(client, "/openapi.json")
    assert {"/api/search", "/api/events", "/api/ingest", "/api/entities/{kb_id}"} <= set(
        spec["paths"]
    )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_app_is_read_only(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    with Store(path) as store:
        fill(store)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _digest(path)
    app = create_app(path)
    with TestClient(app) as c:
        for url in ("/api/stats", "/api/articles", "/api/events", "/api/entities", "/api/quotes"):
            get(c, url)
        get(c, "/api/search", q="nga")
        response = c.post("/api/ingest", json={"articles": [{"id": "z", "text": "Nga."}]})
        assert response.status_code == 404
    with pytest.raises(sqlite3.OperationalError, match=r"readonly|read-only|read only"):
        app.state.stores.get().conn.execute("DELETE FROM articles")
    assert _digest(path) == before


def test_database_before_the_api_indexes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database written before migration 6 is served read-only as it is, more slowly."""
    path = tmp_path / "old.db"
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS[:5])
    with Store(path) as store:
        fill(store)
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS)
    with TestClient(create_app(path)) as c:
        assert get(c, "/api/events", actor="putin")["total"] == 3
        assert get(c, "/api/search", q="nga")["total"] == 3
        assert get(c, "/api/timeline", dyad="Russia,Ukraine")["total"] == 2


# ------------------------------------------------------------------ ingest


@pytest.fixture
def small_db(tmp_path: Path) -> Path:
    path = tmp_path / "small.db"
    with Store(path) as store:
        fill(store)
    return path


INGEST_TEXT = (
    "Ngoại trưởng Lavrov thăm Bắc Kinh\n\n"
    "Ngoại trưởng Nga Sergei Lavrov ngày 9/4 đã hội đàm với Ngoại trưởng Trung Quốc Vương "
    "Nghị tại Bắc Kinh.\n"
)


def test_ingest_is_disabled_without_a_token(small_db: Path) -> None:
    with TestClient(create_app(small_db)) as c:
        response = c.post(
            "/api/ingest",
            json={"articles": [{"id": "n1", "text": INGEST_TEXT}]},
            headers={"Authorization": f"Bearer {TOKEN}"},
        )
        assert response.status_code == 404 and "disabled" in response.json()["detail"]
        assert get(c, "/api/articles/n1", 404)


def test_ingest_needs_the_token(small_db: Path, pipeline: Any) -> None:
    app = create_app(small_db, token=TOKEN, pipeline=pipeline)
    body = {"articles": [{"id": "n1", "text": INGEST_TEXT, "published": "2024-04-09"}]}
    with TestClient(app) as c:
        missing = c.post("/api/ingest", json=body)
        assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
        wrong = c.post("/api/ingest", json=body, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 403 and wrong.json() == {"detail": "wrong token"}
        get(c, "/api/articles/n1", 404)
        auth = {"Authorization": f"Bearer {TOKEN}"}
        stats = get(c, "/api/stats")
        done = c.post("/api/ingest", json=body, headers=auth)
        assert done.status_code == 200, done.text
        assert done.json() == {
            "added": 1,
            "updated": 0,
            "unchanged": 0,
            "failed": 0,
            "articles": [{"id": "n1", "outcome": "added", "error": None}],
        }
        stored = get(c, "/api/articles/n1")
        assert (
            stored["published"] == "2024-04-09"
            and stored["title"] == "Ngoại trưởng Lavrov thăm Bắc Kinh"
        )
        assert any(e["kb_id"] == "person/sergei-lavrov" for e in stored["entities"])
        assert get(c, "/api/stats")["articles"] == stats["articles"] + 1  # caches follow
        assert get(c, "/api/search", q="vuong nghi")["total"] == 1
        again = c.post("/api/ingest", json=body, headers=auth)
        assert again.json()["unchanged"] == 1
        text = c.post(
            "/api/ingest",
            content=INGEST_TEXT.replace("9/4", "10/4").encode(),
            params={"id": "t1", "published": "10/4/2024"},
            headers={**auth, "Content-Type": "text/plain; charset=utf-8"},
        )
        assert text.status_code == 200 and text.json()["added"] == 1, text.text
        assert get(c, "/api/articles/t1")["published"] == "2024-04-10"
    with Store(small_db, readonly=True) as store:
        assert "n1" in store and "t1" in store


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ({"articles": []}, "articles"),
        ({"articles": [{"id": "a"}]}, "text"),
        ({"articles": [{"text": "Nga."}]}, "id"),
        ({"stories": []}, "articles"),
        ("not json", "JSON"),
    ],
)
def test_ingest_bad_bodies(small_db: Path, pipeline: Any, body: Any, reason: str) -> None:
    app = create_app(small_db, token=TOKEN, pipeline=pipeline)
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    with TestClient(app) as c:
        content = body if isinstance(body, str) else json.dumps(body)
        response = c.post("/api/ingest", content=content.encode(), headers=auth)
        assert response.status_code == 422, response.text
        assert reason in response.json()["detail"]
        assert get(c, "/api/stats")["articles"] == 3


# ------------------------------------------------------------------ the command


def test_serve_help() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--host", "--port", "--db", "--token", "SUKIEN_TOKEN", "127.0.0.1"):
        assert option in result.output


def test_serve_refuses_a_missing_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no such database" in result.output and "Traceback" not in result.output


def test_issue_6_ingest_refuses_a_second_article_with_the_same_id(
    small_db: Path, pipeline: Any
) -> None:
    # as `sukien ingest` does: the first is stored, the other fails and names the id
    app = create_app(small_db, token=TOKEN, pipeline=pipeline)
    body = {
        "articles": [
            {"id": "d1", "text": INGEST_TEXT},
            {"id": "d1", "text": INGEST_TEXT.replace("9/4", "10/4")},
        ]
    }
    with TestClient(app) as c:
        done = c.post("/api/ingest", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
        assert done.status_code == 200, done.text
        result = done.json()
        assert (result["added"], result["updated"], result["failed"]) == (1, 0, 1)
        assert "duplicate id 'd1'" in result["articles"][1]["error"]
