"""Hand-made view dicts in the shape of ``sukien.api.views`` (the issue 6 contract), with
hostile text in every field a page shows, for the template tests."""

from __future__ import annotations

from typing import Any

EVIL = "<script>alert(1)</script>"
EVIL_ATTR = '" onmouseover="alert(2)'

XI = {"name": "Xi Jinping", "country": "CHN", "kb_id": "person/xi-jinping"}
PUTIN = {"name": "Vladimir Putin", "country": "RUS", "kb_id": "person/vladimir-putin"}
HOSTILE = {"name": EVIL, "country": None, "kb_id": f"evil/{EVIL}"}


def event_row(**changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "start": 40,
        "end": 47,
        "text": "hội đàm",
        "type": "CONSULT",
        "mode": "meet",
        "source": [XI],
        "target": [PUTIN],
        "date": "2023-03-21",
        "location": "Moskva",
        "status": "asserted",
        "trigger": "hội đàm",
        "cameo": "04",
        "score": 1.0,
        "evidence": [[40, 47]],
        "article": "a1",
        "title": "Ông Tập thăm Moskva",
        "published": "2023-03-21",
    }
    row.update(changes)
    return row


def stats() -> dict[str, Any]:
    return {
        "articles": 12345,
        "sentences": 40,
        "entities": 30,
        "events": 5,
        "quotes": 2,
        "first": "2023-03-21",
        "last": "2024-05-16",
        "sources": [{"name": f"src{EVIL}", "count": 2}],
        "months": [{"month": "2023-03", "count": 1}, {"month": "2024-05", "count": 1}],
        "top_entities": [
            {"kb_id": "country/CHN", "name": "China", "type": "LOC", "country": "CHN", "count": 9},
            {"kb_id": HOSTILE["kb_id"], "name": EVIL, "type": "PER", "country": None, "count": 1},
        ],
        "event_types": [{"type": "CONSULT", "count": 3}, {"type": "AGREE", "count": 2}],
    }


def articles() -> dict[str, Any]:
    return {
        "items": [
            {
                "id": "a1",
                "title": "Ông Tập thăm Moskva",
                "published": "2023-03-21",
                "source": "a1.txt",
                "snippet_html": None,
            },
            {
                "id": "evil",
                "title": EVIL,
                "published": None,
                "source": None,
                "snippet_html": None,
            },
        ],
        "total": 2,
        "page": 1,
        "per_page": 10,
        "pages": 1,
    }


def search() -> dict[str, Any]:
    return {
        "q": f"moskva {EVIL}",
        "total": 45,
        "page": 2,
        "per_page": 20,
        "pages": 3,
        "items": [
            {
                "id": "a1",
                "title": f"Ông Tập thăm <mark>Moskva</mark> {EVIL}",
                "published": "2023-03-21",
                "source": "a1.txt",
                "snippet_html": "Chủ tịch thăm <mark>Moskva</mark> &lt;b&gt;",
            }
        ],
        "facets": {
            "entity": [{"key": "country/RUS", "name": "Russia", "count": 3}],
            "type": [{"key": "LOC", "count": 4}],
            "source": [{"key": EVIL, "count": 1}],
            "month": [{"key": "2023-03", "count": 1}],
        },
    }


ARTICLE_TEXT = f"Ông Tập thăm Moskva\nChủ tịch Tập Cận Bình hội đàm ngày 21/3. {EVIL} <b>"


def article() -> dict[str, Any]:
    text = ARTICLE_TEXT
    title_end = text.index("\n")
    xi = text.index("Tập Cận Bình")
    meet = text.index("hội đàm")
    day = text.index("ngày 21/3")
    evil = text.index(EVIL)
    segments = [
        {"text": text[:xi], "marks": []},
        {
            "text": text[xi : xi + 12],
            "marks": [{"layer": "entity", "label": "PER", "title": "Xi Jinping (CHN)"}],
        },
        {"text": text[xi + 12 : meet], "marks": []},
        {
            "text": text[meet : meet + 7],
            "marks": [
                {
                    "layer": "event",
                    "label": "CONSULT",
                    "title": "CONSULT/meet: Xi Jinping → Vladimir Putin, 2023-03-21",
                }
            ],
        },
        {"text": text[meet + 7 : day], "marks": []},
        {
            "text": text[day : day + 9],
            "marks": [{"layer": "time", "label": "DATE", "title": "2023-03-21"}],
        },
        {"text": text[day + 9 : evil], "marks": []},
        {
            "text": EVIL,
            "marks": [
                {"layer": "quote", "label": "direct", "title": EVIL_ATTR},
                {"layer": "entity", "label": "MISC", "title": EVIL},
            ],
        },
        {"text": text[evil + len(EVIL) :], "marks": []},
    ]
    assert "".join(s["text"] for s in segments) == text
    return {
        "id": "a1",
        "title": "Ông Tập thăm Moskva",
        "published": "2023-03-21",
        "published_source": "metadata",
        "published_confidence": None,
        "url": f"https://example.org/{EVIL}",
        "byline": EVIL,
        "credits": ["TTXVN", EVIL],
        "source": "a1.txt",
        "site": None,
        "text": text,
        "blocks": [
            {"start": 0, "end": title_end, "kind": "title"},
            {"start": title_end + 1, "end": len(text), "kind": "paragraph"},
        ],
        "sentences": [{"start": title_end + 1, "end": len(text)}],
        "entities": [
            {
                "start": xi,
                "end": xi + 12,
                "text": "Tập Cận Bình",
                "type": "PER",
                "name": "Xi Jinping",
                "country": "CHN",
                "kb_id": "person/xi-jinping",
            },
            {
                "start": evil,
                "end": evil + len(EVIL),
                "text": EVIL,
                "type": "MISC",
                "name": EVIL,
                "country": None,
                "kb_id": None,
            },
        ],
        "times": [{"start": day, "end": day + 9, "text": "ngày 21/3", "value": "2023-03-21"}],
        "references": [],
        "events": [event_row(), event_row(text=EVIL, source=[HOSTILE], location=EVIL)],
        "quotes": [
            {
                "start": evil,
                "end": evil + len(EVIL),
                "text": EVIL,
                "kind": "direct",
                "speaker": HOSTILE,
            }
        ],
        "segments": segments,
    }


def entity() -> dict[str, Any]:
    return {
        "kb_id": "person/xi-jinping",
        "name": "Xi Jinping",
        "type": "PER",
        "country": "CHN",
        "kind": "person",
        "in_kb": True,
        "mentions": 6,
        "n_articles": 1,
        "kb": {
            "aliases": ["Tập Cận Bình", EVIL],
            "roles": [
                {
                    "role": "Chủ tịch",
                    "org": "country/CHN",
                    "org_name": EVIL,
                    "country": "CHN",
                    "since": "2013-03-14",
                    "until": None,
                },
            ],
            "parent": None,
            "parent_name": None,
        },
        "aliases_seen": [{"text": "Tập Cận Bình", "count": 5}, {"text": EVIL, "count": 1}],
        "mentions_by_month": [{"month": "2023-03", "count": 4}, {"month": "2023-06", "count": 2}],
        "co_mentions": [
            {"kb_id": "person/vladimir-putin", "name": "Vladimir Putin", "type": "PER", "count": 3},
            {"kb_id": HOSTILE["kb_id"], "name": EVIL, "type": "MISC", "count": 1},
        ],
        "events_as_source": [event_row()],
        "events_as_target": [event_row(source=[HOSTILE], target=[XI], type="DISAPPROVE")],
        "quotes": [
            {
                "text": EVIL,
                "kind": "direct",
                "speaker": XI,
                "article": "a1",
                "title": "Ông Tập thăm Moskva",
                "published": "2023-03-21",
            }
        ],
        "articles": [{"id": "a1", "title": "Ông Tập thăm Moskva", "published": "2023-03-21"}],
    }


def events() -> dict[str, Any]:
    return {
        "items": [event_row(), event_row(type="ASSAULT", score=-9.0, text=EVIL)],
        "total": 2,
        "page": 1,
        "per_page": 50,
        "pages": 1,
        "timeline": timeline(),
    }


def timeline() -> dict[str, Any]:
    return {
        "actor": None,
        "dyad": "China,Russia",
        "days": [{"date": "2023-03-21", "events": [event_row()]}],
        "months": [
            {"month": "2023-03", "score": 4.5, "count": 3, "cooperation": 3, "conflict": 0},
            {"month": "2023-05", "score": -2.0, "count": 1, "cooperation": 0, "conflict": 1},
        ],
    }
