"""The web UI's server-side SVG charts (pure functions) and its interface text."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sukien.web import charts, i18n
from sukien.web.charts import Node

EVIL = '<script>alert(1)</script>" onload="x'
SVG = "{http://www.w3.org/2000/svg}"


def parse(svg: str) -> ET.Element:
    """The SVG as XML: it must be well-formed (escaped labels cannot break it)."""
    return ET.fromstring(svg)


def texts(svg: str) -> list[str]:
    return [el.text or "" for el in parse(svg).iter(f"{SVG}text")]


# ----------------------------------------------------------------------- months


def test_month_range() -> None:
    assert charts.month_range("2023-11", "2024-02") == ["2023-11", "2023-12", "2024-01", "2024-02"]
    assert charts.month_range("2024-02", "2024-02") == ["2024-02"]
    assert charts.month_range("2024-03", "2024-02") == []


# ----------------------------------------------------------------------- bar chart


def test_bar_chart_fills_missing_months_and_scales() -> None:
    svg = charts.bar_chart([("2023-01", 4), ("2023-04", 2)], title="Mentions", unit="mentions")
    root = parse(svg)
    assert root.get("viewBox") == "0 0 480 200" and root.get("role") == "img"
    bars = [el for el in root.iter(f"{SVG}rect") if el.get("class") == "bar"]
    assert len(bars) == 2  # four months on the axis, two with mentions
    heights = [float(el.get("height") or 0) for el in bars]
    assert heights[0] == pytest.approx(2 * heights[1])
    tips = [el.findtext(f"{SVG}title") for el in bars]
    assert tips == ["2023-01: 4 mentions", "2023-04: 2 mentions"]
    assert "2023-01" in texts(svg) and "2023-04" in texts(svg)


def test_bar_chart_escapes_labels_and_title() -> None:
    svg = charts.bar_chart([(EVIL, 3)], title=EVIL, unit=EVIL)
    assert "<script>" not in svg and 'onload="x' not in svg
    root = parse(svg)
    assert root.findtext(f"{SVG}title") == EVIL  # shown as text
    assert EVIL in texts(svg)


def test_bar_chart_without_data() -> None:
    for points in ([], [("2023-01", 0)]):
        svg = charts.bar_chart(points, title="Mentions", empty="No data <yet>")
        assert "chart-empty" in svg and "No data &lt;yet&gt;" in svg
        parse(svg)


def test_bar_chart_is_deterministic() -> None:
    points = [("2023-01", 4), ("2023-02", 1)]
    assert charts.bar_chart(points, title="x") == charts.bar_chart(points, title="x")


def test_bar_chart_keeps_at_most_a_few_axis_labels() -> None:
    points = [(month, 1) for month in charts.month_range("2020-01", "2024-12")]
    labels = [
        t for t in texts(charts.bar_chart(points, title="x")) if re.fullmatch(r"\d{4}-\d\d", t)
    ]
    assert 2 <= len(labels) <= 7 and labels[0] == "2020-01"


# ----------------------------------------------------------------------- score chart


def test_score_chart_has_a_zero_line_and_signed_bars() -> None:
    svg = charts.score_chart(
        [("2023-01", 4.5), ("2023-02", None), ("2023-03", -6.0)], title="Score", counts=[3, 0, 1]
    )
    root = parse(svg)
    zero = [el for el in root.iter(f"{SVG}line") if el.get("class") == "zero"]
    assert len(zero) == 1
    zero_y = float(zero[0].get("y1") or 0)
    rects = {el.get("class"): el for el in root.iter(f"{SVG}rect")}
    coop, conflict = rects["coop"], rects["conflict"]
    # cooperation rises from the zero line, conflict hangs below it
    assert float(coop.get("y") or 0) + float(coop.get("height") or 0) == pytest.approx(zero_y)
    assert float(conflict.get("y") or 0) == pytest.approx(zero_y)
    assert coop.findtext(f"{SVG}title") == "2023-01: +4.5 (3)"
    assert conflict.findtext(f"{SVG}title") == "2023-03: −6 (1)"
    # the month without events breaks the line: two single points, no polyline
    assert not list(root.iter(f"{SVG}polyline"))
    assert len([el for el in root.iter(f"{SVG}circle")]) == 2
    assert {"+10", "−10", "2023-01", "2023-03"} <= set(texts(svg))


def test_score_chart_joins_consecutive_months_and_clamps() -> None:
    svg = charts.score_chart([("2023-01", 1.0), ("2023-02", 25.0)], title="Score", height=220)
    root = parse(svg)
    (line,) = root.iter(f"{SVG}polyline")
    ys = [float(p.split(",")[1]) for p in (line.get("points") or "").split()]
    assert min(ys) >= 12  # +25 drawn at the +10 edge (top margin 12)


def test_score_chart_without_data_and_escaping() -> None:
    assert "chart-empty" in charts.score_chart([], title="Score")
    assert "chart-empty" in charts.score_chart([("2023-01", None)], title="Score")
    svg = charts.score_chart([(EVIL, 2.0)], title=EVIL)
    assert "<script>" not in svg
    parse(svg)


# ----------------------------------------------------------------------- network


def test_network_circular_layout() -> None:
    related = [Node(f"N{i}", f"/entities/n{i}", "LOC", weight=i + 1) for i in range(4)]
    svg = charts.network(Node("Centre", None, "PER"), related, title="Related", size=400)
    assert svg == charts.network(Node("Centre", None, "PER"), related, title="Related", size=400)
    root = parse(svg)
    links = list(root.iter(f"{SVG}a"))
    assert [a.get("href") for a in links] == [f"/entities/n{i}" for i in range(4)]
    circles = [a.find(f"{SVG}circle") for a in links]
    centre_x, centre_y = 320.0, 200.0  # (400 + 240) / 2, 400 / 2
    distances = {
        round(((float(c.get("cx")) - centre_x) ** 2 + (float(c.get("cy")) - centre_y) ** 2) ** 0.5)
        for c in circles
        if c is not None
    }
    assert distances == {150}  # all on one circle, radius 400 / 2 - 50
    first = circles[0]
    assert first is not None and float(first.get("cx") or 0) == pytest.approx(centre_x)
    assert float(first.get("cy") or 0) < centre_y  # the first at the top
    widths = [float(el.get("stroke-width") or 0) for el in root.iter(f"{SVG}line")]
    assert widths == sorted(widths) and widths[-1] == pytest.approx(6)  # heaviest is thickest


def test_network_escapes_and_limits() -> None:
    related = [Node(EVIL, f"/entities/{EVIL}", "MISC")] + [Node(f"N{i}") for i in range(20)]
    svg = charts.network(Node(EVIL), related, title=EVIL, most=12)
    assert "<script>" not in svg and 'onload="x' not in svg
    root = parse(svg)
    assert len(list(root.iter(f"{SVG}line"))) == 12
    assert root.find(f"{SVG}a") is not None
    assert root.find(f"{SVG}a").get("href") == f"/entities/{EVIL}"  # type: ignore[union-attr]
    assert any(t.endswith("…") for t in texts(svg))  # long labels are clipped


def test_network_without_related_entities() -> None:
    assert "chart-empty" in charts.network(Node("Alone"), [], title="Related", empty="none")


# ----------------------------------------------------------------------- i18n


def test_language_choice() -> None:
    assert i18n.choose(None, None) == "vi"
    assert i18n.choose("en", None) == "en"
    assert i18n.choose(None, "en") == "en"
    assert i18n.choose("vi", "en") == "vi"
    assert i18n.choose("fr", "en") == "en"
    assert i18n.choose("EN ", None) == "en"
    assert i18n.choose("xx", "yy") == "vi"


def test_translator() -> None:
    vi, en = i18n.translator("vi"), i18n.translator("en")
    assert vi("nav.search") == "Tìm kiếm" and en("nav.search") == "Search"
    assert en("page.of", page=2, pages=5) == "Page 2 of 5"
    assert vi("no.such.key") == "no.such.key"
    assert i18n.number(12345, "vi") == "12.345" and i18n.number(12345, "en") == "12,345"
    assert i18n.number(-2.5, "vi") == "-2,5" and i18n.number(4.0, "en") == "4"


def test_every_text_has_both_languages_and_every_key_used_exists() -> None:
    for key, (vi, en) in i18n.TEXT.items():
        assert vi.strip() and en.strip(), key
    templates = Path(charts.__file__).parent / "templates"
    used: set[str] = set()
    for path in templates.glob("*.html"):
        used |= set(re.findall(r"\bt\('([a-z_.]*[a-z_])'[,)]", path.read_text(encoding="utf-8")))
    assert used and not (used - set(i18n.TEXT)), used - set(i18n.TEXT)


def test_texts_chosen_by_value_exist() -> None:
    from sukien.store.events import EVENT_STATUSES
    from sukien.web import routes

    families = {
        "status": EVENT_STATUSES,
        "type": routes.ENTITY_TYPES,
        "layer": routes.LAYERS,
        "col": routes.EVENT_SORTS,
        "facet": ("entity", "type", "source", "month"),
        "sort": ("asc", "desc"),
        "error": ("404", "422"),
        "published": ("metadata", "text", "inferred"),
        "quote": ("direct", "indirect"),
    }
    missing = [f"{p}.{v}" for p, values in families.items() for v in values]
    assert [key for key in missing if key not in i18n.TEXT] == []


def test_bar_chart_counts_keep_whole_numbers_on_the_axis() -> None:
    labels = texts(charts.bar_chart([("2023-01", 1), ("2023-02", 1)], title="x"))
    assert {"0", "1", "2"} <= set(labels) and "0.5" not in labels
