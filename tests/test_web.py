"""The HTML pages of ``sukien serve`` (FastAPI TestClient) on a small database built with the
pipeline: every page, filters, sorting, language, errors, and article text shown as text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

import web_db
from sukien.api.app import create_app

XSS = web_db.XSS
XSS_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, pipeline: Any) -> Path:
    return web_db.build(tmp_path_factory.mktemp("web"), pipeline)


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db)) as client:
        yield client


@pytest.fixture()
def fresh(db: Path) -> Iterator[TestClient]:
    """A client without cookies (language tests)."""
    with TestClient(create_app(db)) as client:
        yield client


def get(client: TestClient, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, (url, response.text[:500])
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def total(html: str) -> int:
    found = re.search(r'<p class="total"><strong>([\d.,]+)</strong>', html)
    assert found, "no total on the page"
    return int(found.group(1).replace(".", "").replace(",", ""))


def rows(html: str) -> int:
    table = html.split('<table class="events-table">', 1)[1].split("</table>", 1)[0]
    return table.count("<tr>") - 1  # the header row


# ----------------------------------------------------------------------- pages


def test_home(client: TestClient) -> None:
    html = get(client, "/")
    assert '<html lang="vi">' in html and "Tổng quan kho bài báo" in html
    assert '<form class="search-form" action="/search"' in html
    assert re.search(r"<dt>Bài báo</dt><dd>4</dd>", html)
    assert 'href="/entities/person/xi-jinping"' in html  # a most mentioned entity
    assert 'href="/articles/01_xi_moscow_2023"' in html  # a latest article
    assert 'href="/static/style.css"' in html
    assert 'class="chart chart-bars"' in html and "2023-03: 1 bài báo" in html  # by month


def test_search_results_and_snippets(client: TestClient) -> None:
    html = get(client, "/search?q=putin")
    assert total(html) == 2
    assert "<mark>Putin</mark>" in html
    assert 'href="/articles/02_putin_beijing_2024"' in html
    assert 'data-facet="entity"' in html and 'data-facet="month"' in html
    # without accents, same hits
    assert total(get(client, "/search?q=tap+can+binh")) == total(
        get(client, "/search?q=Tập Cận Bình")
    )
    assert "Nhập từ khóa" in get(client, "/search")
    assert "Không tìm thấy bài báo nào" in get(client, "/search?q=zzzqqq")


def test_search_facets_filter(client: TestClient) -> None:
    html = get(client, "/search?q=tap+can+binh")
    assert total(html) == 3
    months = re.findall(r'data-facet="month" href="([^"]+)"', html)
    assert months, "no month facet"
    filtered = get(client, months[0].replace("&amp;", "&"))
    assert 0 < total(filtered) < total(html)
    assert "Bộ lọc đang dùng" in filtered  # the active filter, with a link to remove it
    entity = get(client, "/search?q=tap+can+binh&entity=person/joe-biden")
    assert total(entity) == 1 and 'href="/articles/04_biden_xi_woodside_2023"' in entity


def test_page_json_is_the_view_dict(client: TestClient) -> None:
    for page, api in (
        ("/search?q=putin&format=json", "/api/search?q=putin"),
        ("/articles/01_xi_moscow_2023?format=json", "/api/articles/01_xi_moscow_2023"),
        ("/entities/person/xi-jinping?format=json", "/api/entities/person/xi-jinping"),
    ):
        assert client.get(page).json() == client.get(api).json()
    events = client.get("/events?type=CONSULT&format=json").json()
    assert events["items"] == client.get("/api/events?type=CONSULT").json()["items"]


def test_article_highlights(client: TestClient) -> None:
    html = get(client, "/articles/01_xi_moscow_2023")
    assert html.count('<fieldset class="legend"') == 1
    for layer in ("entity", "time", "event", "quote"):
        assert f"m-{layer}" in html
    # tooltips: the linked entity, the normalized date, the event type and actors
    assert re.search(
        r'<a href="/entities/person/xi-jinping" class="m m-entity et-PER" '
        r'title="Thực thể: Xi Jinping, CHN">Tập Cận Bình</a>',
        html,
    )
    assert re.search(r'class="m m-time" title="Thời gian: 2023-03-21">ngày 21/3</span>', html)
    assert 'title="Sự kiện: CONSULT/meet: Vladimir Putin → Xi Jinping, 2023-03-20"' in html
    assert re.search(r'class="m m-quote[^"]*" title="Trích dẫn: ', html)
    assert "Reuters, AFP, TASS" in html  # credits
    assert 'class="events-table"' in html


def test_entity_page(client: TestClient) -> None:
    html = get(client, "/entities/person/xi-jinping")
    assert "<h1>Xi Jinping</h1>" in html
    assert "Tập Cận Bình" in html  # an alias
    assert html.count('<svg xmlns="http://www.w3.org/2000/svg" class="chart') == 2
    assert 'class="chart chart-bars"' in html and 'class="chart chart-network"' in html
    assert 'href="/entities/person/vladimir-putin"' in html  # related, in the network
    assert "Sự kiện do thực thể này thực hiện" in html and "CONSULT" in html
    assert "Phát ngôn" in html
    assert 'href="/events?actor=person/xi-jinping"' in html
    # any name the store resolves
    assert "<h1>Vladimir Putin</h1>" in get(client, "/entities/Putin")


def test_events_filters(client: TestClient) -> None:
    every = get(client, "/events")
    assert total(every) > 5 and rows(every) == total(every)
    consult = get(client, "/events?type=CONSULT")
    assert 0 < total(consult) < total(every)
    assert set(re.findall(r'<span class="etype">(\w+)</span>', consult)) == {"CONSULT"}
    since = get(client, "/events?since=2024")
    assert 0 < total(since) < total(every)
    assert all(d >= "2024" for d in re.findall(r'data-label="Ngày">([\d-]+)<', since))
    assert total(get(client, "/events?status=planned&type=CONSULT")) <= total(consult)
    actor = get(client, "/events?actor=Wang+Yi")
    assert 0 < total(actor) < total(every) and "Wang Yi" in actor
    # an empty form field means "any"
    assert total(get(client, "/events?actor=&dyad=&type=&status=&since=&until=")) == total(every)


def test_events_sorting(client: TestClient) -> None:
    def scores(html: str) -> list[float]:
        found = re.findall(r'<span class="score (?:pos|neg|zero)">([+-−]?[\d.,]+)</span>', html)
        return [float(s.replace(",", ".").replace("−", "-")) for s in found]

    up = get(client, "/events?sort=score&order=asc")
    down = get(client, "/events?sort=score&order=desc")
    assert scores(up) == sorted(scores(up)) and scores(down) == sorted(scores(down), reverse=True)
    assert 'aria-sort="ascending"' in up
    assert 'href="/events?sort=score&amp;order=desc"' in up  # the link turns the order round
    dates = re.findall(r'data-label="Ngày">([\d-]+)<', get(client, "/events?sort=date&order=asc"))
    assert dates == sorted(dates)


def test_dyad_timeline(client: TestClient) -> None:
    html = get(client, "/events?dyad=China,Russia")
    assert "Dòng thời gian: China – Russia" in html
    assert 'class="chart chart-score"' in html and 'class="zero"' in html
    assert "Điểm hợp tác – xung đột trung bình theo tháng" in html
    assert 0 < total(html) < total(get(client, "/events"))
    assert "China (CHN)" in html and "Russia (RUS)" in html
    assert "chart-score" in get(client, "/events?actor=Xi+Jinping")
    assert "chart-score" not in get(client, "/events")


# ----------------------------------------------------------------------- language


def test_language_switch_is_kept_in_a_cookie(fresh: TestClient) -> None:
    assert "Tổng quan kho bài báo" in get(fresh, "/")
    response = fresh.get("/?lang=en")
    assert "Corpus summary" in response.text and '<html lang="en">' in response.text
    assert "sukien_lang=en" in response.headers["set-cookie"]
    assert "Most mentioned entities" in get(fresh, "/")  # kept
    events = get(fresh, "/events?dyad=China,Russia")
    assert "Mean cooperation–conflict score by month" in events and "Sort by" in events
    assert "Not found" in get(fresh, "/articles/nope", 404)
    assert "Tổng quan kho bài báo" in get(fresh, "/?lang=vi")
    assert "Tổng quan kho bài báo" in get(fresh, "/")
    # the switch keeps the page and its parameters
    html = get(fresh, "/search?q=putin")
    assert 'href="/search?q=putin&amp;lang=en"' in html


# ----------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    "url",
    ["/articles/no-such-article", "/entities/zzzz-no-such-entity", "/no/such/page"],
)
def test_unknown_ids_give_a_404_page(client: TestClient, url: str) -> None:
    html = get(client, url, 404)
    assert "Không tìm thấy" in html and '<span class="reason">' in html


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("/events?page=0", "page"),
        ("/events?page=abc", "page"),
        ("/events?since=2023-13", "since"),
        ("/events?since=2024&until=2023", "after until"),
        ("/events?type=NOPE", "type"),
        ("/events?status=maybe", "status"),
        ("/events?sort=colour", "sort"),
        ("/events?dyad=China", "dyad"),
        ("/events?type=CONSULT&mode=bombing", "mode"),
        ("/search?q=putin&month=2023-13", "month"),
        ("/search?q=putin&type=XYZ", "type"),
        ("/search?q=putin&page=-1", "page"),
    ],
)
def test_bad_parameters_give_a_422_page(client: TestClient, url: str, reason: str) -> None:
    html = get(client, url, 422)
    assert "Tham số không hợp lệ" in html
    found = re.search(r'<span class="reason">(.*?)</span>', html, re.S)
    assert found and reason in found.group(1)


def test_api_errors_stay_json(client: TestClient) -> None:
    response = client.get("/api/articles/nope")
    assert response.status_code == 404 and response.json()["detail"]
    assert client.get("/api/nothing").status_code == 404


# ----------------------------------------------------------------------- escaping


PAGES = [
    "/",
    "/?lang=en",
    "/search?q=script",
    "/search?q=alert",
    f"/search?q={XSS}",
    f"/articles/{web_db.XSS_ID}",
    "/entities/person/sergei-lavrov",
    "/entities/person/wang-yi",
    "/events",
    "/events?actor=Lavrov",
    f"/events?actor={XSS}",
    f"/entities/{XSS}",
    f"/articles/{XSS}",
    f"/events?type={XSS}",
]


@pytest.mark.parametrize("url", PAGES)
def test_html_in_articles_and_parameters_shows_as_text(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code in (200, 404, 422)
    assert XSS not in response.text
    assert "<script>alert" not in response.text
    assert "<b>đậm" not in response.text and "<b>chưa" not in response.text


def test_article_with_html_in_its_text(client: TestClient) -> None:
    html = get(client, f"/articles/{web_db.XSS_ID}")
    assert XSS_ESCAPED in html
    assert "&lt;b&gt;đậm&lt;/b&gt;" in html
    assert re.search(r"<h1>.*" + re.escape(XSS_ESCAPED) + r"</h1>", html, re.S)
    home = get(client, "/")
    assert "Vương Nghị " + XSS_ESCAPED in home or "Vương Nghị " + XSS_ESCAPED in html
    found = get(client, "/search?q=script")
    assert total(found) == 1 and "&lt;<mark>script</mark>&gt;" in found


def test_pages_load_nothing_from_elsewhere(client: TestClient) -> None:
    for url in ("/", "/search?q=putin", "/articles/01_xi_moscow_2023", "/events?dyad=China,Russia"):
        html = get(client, url)
        assert not re.search(r'(?:src|href)="(?:https?:)?//', html), url
    policy = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    css = client.get("/static/style.css")
    assert css.status_code == 200 and "@import" not in css.text and "url(" not in css.text
    assert client.get("/static/app.js").status_code == 200


def test_every_link_of_the_pages_works(client: TestClient) -> None:
    """Follow the site's own links (pages, facets, sorts, entities, articles) breadth-first:
    none leads to an error."""
    seen: set[str] = set()
    queue = ["/", "/search?q=tap+can+binh", "/events?dyad=China,Russia"]
    while queue and len(seen) < 250:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        assert response.status_code == 200, url
        if "text/html" not in response.headers["content-type"]:
            continue
        for href in re.findall(r'href="([^"]+)"', response.text):
            href = href.replace("&amp;", "&")
            if href.startswith("/") and not href.startswith(("/static/", "/api/")):
                queue.append(href)
    assert len(seen) > 50


def test_timeline_follows_the_date_filters(client: TestClient) -> None:
    every = client.get("/events?dyad=China,Russia&format=json").json()["timeline"]
    later = client.get("/events?dyad=China,Russia&since=2024&format=json").json()["timeline"]
    months = [m["month"] for m in every["months"]]
    assert months and any(m < "2024" for m in months)
    assert [m["month"] for m in later["months"]] == [m for m in months if m >= "2024"]
