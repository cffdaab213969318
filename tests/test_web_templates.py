"""The web UI's templates rendered from hand-made view dicts (``web_samples``): every value
is escaped, only ``snippet_html`` is HTML, and the article text keeps its highlights."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

import web_samples as samples
from sukien.web import routes

EVIL = samples.EVIL
EVIL_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


class Tags(HTMLParser):
    """The start tags of a page with their attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


def pages(lang: str) -> dict[str, routes.Page]:
    return {
        "home": routes.home_page({**samples.stats(), "recent": samples.articles()["items"]}, lang),
        "search": routes.search_page(samples.search()),
        "article": routes.article_page(samples.article()),
        "entity": routes.entity_page(samples.entity(), lang),
        "events": routes.events_page(samples.events(), lang, sort="score", order="asc"),
        "error": routes.Page("error.html", {"status": 404, "error": EVIL}, status=404),
    }


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("name", ["home", "search", "article", "entity", "events", "error"])
def test_every_value_is_escaped(name: str, lang: str) -> None:
    html = routes.render(pages(lang)[name], lang=lang, params={"q": EVIL})
    assert EVIL not in html and "<script>alert" not in html
    assert EVIL_ESCAPED in html
    assert 'onmouseover="alert' not in html
    # no script but the page's own, no handler attribute, nothing from another host
    for tag, attrs in tags(html):
        assert not any(key.startswith("on") for key in attrs), (tag, attrs)
        if tag == "script":
            assert attrs.get("src") == "/static/app.js"
        for key in ("src", "href"):
            assert not (attrs.get(key) or "").startswith(("http:", "https:", "//")), (tag, attrs)
    assert f'<html lang="{lang}">' in html


def test_only_the_snippet_is_html() -> None:
    html = routes.render(pages("vi")["search"], params={"q": "moskva"})
    assert "Chủ tịch thăm <mark>Moskva</mark> &lt;b&gt;" in html  # snippet_html as it is
    assert "Ông Tập thăm &lt;mark&gt;Moskva&lt;/mark&gt;" in html  # a title is text
    assert "Trang 2/3" in html and 'rel="prev"' in html and 'rel="next"' in html


def test_search_facets_are_links_that_filter() -> None:
    html = routes.render(pages("vi")["search"], path="/search", params={"q": "moskva", "page": "2"})
    links = [a.get("href") for tag, a in tags(html) if tag == "a" and a.get("data-facet")]
    assert "/search?q=moskva&entity=country%2FRUS" in links
    assert "/search?q=moskva&type=LOC" in links
    assert "/search?q=moskva&month=2023-03" in links
    assert "/search?q=moskva&source=%3Cscript%3Ealert%281%29%3C%2Fscript%3E" in links
    active = routes.render(
        pages("en")["search"], lang="en", path="/search", params={"q": "moskva", "type": "LOC"}
    )
    assert "Active filters" in active and 'href="/search?q=moskva"' in active


def test_article_highlights() -> None:
    html = routes.render(pages("en")["article"], lang="en")
    # the title block is the heading, highlighted like the text
    heading = re.search(r"<h1>(.*?)</h1>", html, re.S)
    assert heading and "Ông Tập thăm Moskva" in heading.group(1)
    assert (
        '<a href="/entities/person/xi-jinping" class="m m-entity et-PER" '
        'title="Entity: Xi Jinping (CHN)">Tập Cận Bình</a>'
    ) in html
    assert 'class="m m-event" title="Event: CONSULT/meet: Xi Jinping → Vladimir Putin' in html
    assert '<span class="m m-time" title="Time: 2023-03-21">ngày 21/3</span>' in html
    # two marks on one piece: both classes, one tooltip line each
    assert (
        '<span class="m m-quote m-entity et-MISC" title="Quote: &#34; onmouseover=&#34;alert(2)\n'
        f'Entity: {EVIL_ESCAPED}">{EVIL_ESCAPED}</span> &lt;b&gt;'
    ) in html
    for layer in ("entity", "time", "event", "quote"):
        assert f'data-layer="{layer}"' in html  # the legend


def test_paragraphs_follow_the_blocks() -> None:
    data = samples.article()
    blocks = routes.paragraphs(data)
    assert [b["kind"] for b in blocks] == ["title", "paragraph"]
    text = "".join(p["text"] for b in blocks for p in b["pieces"])
    assert text == data["text"].replace("\n", "")
    # segments that do not add up to the text: one block, nothing lost
    broken = {**data, "segments": data["segments"][:2]}
    (only,) = routes.paragraphs(broken)
    assert only["kind"] == "paragraph"


def test_entity_page_charts_and_lists() -> None:
    html = routes.render(pages("en")["entity"], lang="en")
    assert html.count("<svg") == 2
    assert 'href="/entities/person/vladimir-putin"' in html
    assert "Events it is the source of" in html and "DISAPPROVE" in html
    assert "Chủ tịch" in html and "2013-03-14" in html


def test_events_page_sort_links_and_timeline() -> None:
    html = routes.render(
        pages("vi")["events"], path="/events", params={"dyad": "China,Russia", "sort": "score"}
    )
    assert 'class="zero"' in html  # the score chart's zero line
    assert "China – Russia" in html or "China,Russia" in html
    # sorted by score ascending: its link turns to descending, the others start descending
    assert 'href="/events?dyad=China%2CRussia&amp;sort=score&amp;order=desc"' in html
    assert 'href="/events?dyad=China%2CRussia&amp;sort=type&amp;order=desc"' in html
    assert 'aria-sort="ascending"' in html
