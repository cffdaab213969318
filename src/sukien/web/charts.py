"""Server-side SVG charts: pure functions from data to an SVG string.

- :func:`bar_chart`: one bar per month (mentions over time), gaps between months filled
  with zero so the time axis is regular;
- :func:`score_chart`: the monthly mean cooperation–conflict score, bars up (cooperation)
  or down (conflict) from a zero line on a fixed −10…+10 scale, joined by a line;
- :func:`network`: an entity in the middle and its related entities on a circle around it
  (a deterministic circular layout: same input, same picture), edges as thick as their count.

Every label and link is escaped (:func:`html.escape` with quotes) before it enters the SVG,
so the strings are safe to embed in a page as they are. The SVGs scale to their container
(``viewBox``, no fixed width) and carry a ``<title>`` for screen readers and tooltips.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

__all__ = [
    "Node",
    "bar_chart",
    "is_month",
    "month_range",
    "network",
    "score_chart",
]

# colours: also in static/style.css
_BAR = "#3b6ea8"
_COOPERATION = "#2e8b57"
_CONFLICT = "#c0392b"
_AXIS = "#888"
_TEXT = "#333"
_TYPE_COLOURS = {"PER": "#8e44ad", "ORG": "#d35400", "LOC": "#2e86c1", "MISC": "#7f8c8d"}


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _n(value: float) -> str:
    """A coordinate with at most one decimal, no trailing zeros."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def month_range(first: str, last: str) -> list[str]:
    """Every month ``YYYY-MM`` from ``first`` to ``last`` included (empty if reversed)."""
    y, m = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    months: list[str] = []
    while (y, m) <= end and len(months) < 1200:
        months.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return months


def is_month(value: object) -> bool:
    """Whether ``value`` is a month ``YYYY-MM``."""
    text = str(value)
    return (
        len(text) == 7
        and text[4] == "-"
        and text[:4].isdigit()
        and text[5:].isdigit()
        and 1 <= int(text[5:]) <= 12
    )


def _regular(points: Sequence[tuple[str, float | None]]) -> list[tuple[str, float | None]]:
    """The points on a regular monthly axis: missing months between the first and the last
    get ``None``; labels that are not months are kept as given, in order."""
    if not points or not all(is_month(label) for label, _ in points):
        return list(points)
    values = dict(points)
    labels = sorted(values)
    return [(month, values.get(month)) for month in month_range(labels[0], labels[-1])]


def _empty(title: str, message: str, width: int, height: int) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-empty" '
        f'viewBox="0 0 {width} {height // 3}" role="img" aria-label="{_e(title)}">'
        f"<title>{_e(title)}</title>"
        f'<text x="{width // 2}" y="{height // 6}" text-anchor="middle" '
        f'dominant-baseline="middle" fill="{_AXIS}" font-size="14">{_e(message)}</text></svg>'
    )


def _ticks(labels: Sequence[str], xs: Sequence[float], y: float, most: int = 6) -> list[str]:
    """Labels under the axis, at most ``most`` of them, evenly spaced, the last included."""
    n = len(labels)
    if n == 0:
        return []
    step = max(1, math.ceil(n / most))
    keep = set(range(0, n, step))
    if n - 1 not in keep:  # the last label replaces a tick too close to it to read
        if (n - 1) - max(keep) < step and len(keep) > 1:
            keep.remove(max(keep))
        keep.add(n - 1)
    return [
        f'<text x="{_n(xs[i])}" y="{_n(y)}" text-anchor="middle" font-size="13" '
        f'fill="{_TEXT}">{_e(labels[i])}</text>'
        for i in sorted(keep)
    ]


def bar_chart(
    points: Sequence[tuple[str, float | None]],
    *,
    title: str,
    unit: str = "",
    empty: str = "—",
    width: int = 480,
    height: int = 200,
) -> str:
    """Bars of non-negative values, one per label (months: the axis is made regular)."""
    data = _regular(points)
    if not data or all(not v for _, v in data):
        return _empty(title, empty, width, height)
    left, right, top, bottom = 40, 30, 16, 30
    plot_w, plot_h = width - left - right, height - top - bottom
    top_value = max(float(v or 0) for _, v in data)
    scale = _nice(top_value)
    if scale < 2 and all(float(v or 0).is_integer() for _, v in data):
        scale = 2.0  # counts: whole numbers on the axis (0, 1, 2)
    slot = plot_w / len(data)
    bar_w = max(1.0, slot * 0.7)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-bars" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{_e(title)}">',
        f"<title>{_e(title)}</title>",
    ]
    for level in (0, scale / 2, scale):  # grid
        y = top + plot_h - plot_h * level / scale
        parts.append(
            f'<line x1="{left}" y1="{_n(y)}" x2="{width - right}" y2="{_n(y)}" '
            f'stroke="#ddd" stroke-width="1"/>'
        )
        parts.append(
            f'<text x="{left - 4}" y="{_n(y + 4)}" text-anchor="end" font-size="13" '
            f'fill="{_TEXT}">{_e(_label(level))}</text>'
        )
    xs: list[float] = []
    for i, (label, value) in enumerate(data):
        x = left + slot * i + (slot - bar_w) / 2
        xs.append(x + bar_w / 2)
        v = float(value or 0)
        if v <= 0:
            continue
        h = plot_h * v / scale
        tip = f"{label}: {_label(v)}{(' ' + unit) if unit else ''}"
        parts.append(
            f'<rect class="bar" x="{_n(x)}" y="{_n(top + plot_h - h)}" width="{_n(bar_w)}" '
            f'height="{_n(h)}" fill="{_BAR}"><title>{_e(tip)}</title></rect>'
        )
    parts.append(
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - right}" y2="{top + plot_h}" '
        f'stroke="{_AXIS}" stroke-width="1"/>'
    )
    parts += _ticks([label for label, _ in data], xs, height - 8)
    parts.append("</svg>")
    return "".join(parts)


def score_chart(
    points: Sequence[tuple[str, float | None]],
    *,
    title: str,
    empty: str = "—",
    counts: Sequence[int] | None = None,
    width: int = 480,
    height: int = 220,
    limit: float = 10.0,
) -> str:
    """Monthly scores in [−limit, +limit]: a bar from the zero line for each month with a
    score (green above, red below), a line through them, and the zero line itself. Months
    without events are left empty; ``counts`` (events per point) go into the tooltips."""
    tips = dict(zip([label for label, _ in points], counts or [], strict=False))
    data = _regular(points)
    if not data or all(v is None for _, v in data):
        return _empty(title, empty, width, height)
    left, right, top, bottom = 40, 30, 12, 30
    plot_w, plot_h = width - left - right, height - top - bottom
    zero = top + plot_h / 2
    slot = plot_w / len(data)
    bar_w = max(1.0, slot * 0.6)

    def y_of(value: float) -> float:
        clamped = max(-limit, min(limit, value))
        return zero - (plot_h / 2) * clamped / limit

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-score" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{_e(title)}">',
        f"<title>{_e(title)}</title>",
    ]
    for level in (limit, limit / 2, -limit / 2, -limit):
        y = y_of(level)
        parts.append(
            f'<line x1="{left}" y1="{_n(y)}" x2="{width - right}" y2="{_n(y)}" '
            f'stroke="#eee" stroke-width="1"/>'
        )
        parts.append(
            f'<text x="{left - 4}" y="{_n(y + 4)}" text-anchor="end" font-size="13" '
            f'fill="{_TEXT}">{_e(_label(level, signed=True))}</text>'
        )
    xs: list[float] = []
    runs: list[list[str]] = [[]]  # the line, broken where a month has no score
    for i, (label, value) in enumerate(data):
        cx = left + slot * i + slot / 2
        xs.append(cx)
        if value is None:
            if runs[-1]:
                runs.append([])
            continue
        v = float(value)
        y = y_of(v)
        colour = _COOPERATION if v >= 0 else _CONFLICT
        tip = f"{label}: {_label(v, signed=True)}"
        if label in tips:
            tip += f" ({tips[label]})"
        parts.append(
            f'<rect class="{"coop" if v >= 0 else "conflict"}" x="{_n(cx - bar_w / 2)}" '
            f'y="{_n(min(y, zero))}" width="{_n(bar_w)}" height="{_n(max(abs(zero - y), 1))}" '
            f'fill="{colour}" fill-opacity="0.75"><title>{_e(tip)}</title></rect>'
        )
        runs[-1].append(f"{_n(cx)},{_n(y)}")
    for run in runs:
        if len(run) > 1:
            parts.append(
                f'<polyline class="trend" points="{" ".join(run)}" fill="none" '
                f'stroke="{_TEXT}" stroke-width="1.5"/>'
            )
        for point in run:
            px, py = point.split(",")
            parts.append(f'<circle class="point" cx="{px}" cy="{py}" r="2.5" fill="{_TEXT}"/>')
    parts.append(
        f'<line class="zero" x1="{left}" y1="{_n(zero)}" x2="{width - right}" '
        f'y2="{_n(zero)}" stroke="{_TEXT}" stroke-width="1.5"/>'
    )
    parts += _ticks([label for label, _ in data], xs, height - 8)
    parts.append("</svg>")
    return "".join(parts)


@dataclass(frozen=True)
class Node:
    """A node of :func:`network`: its label, link (may be None), entity type, weight."""

    label: str
    href: str | None = None
    type: str | None = None
    weight: int = 1


def network(
    center: Node,
    related: Sequence[Node],
    *,
    title: str,
    empty: str = "—",
    size: int = 360,
    most: int = 12,
) -> str:
    """``center`` in the middle, the first ``most`` ``related`` nodes evenly on a circle
    (first at the top, clockwise, in the order given), each joined to the centre by a line
    as thick as its weight relative to the largest."""
    nodes = list(related[:most])
    if not nodes:
        return _empty(title, empty, size, size)
    width, height = size + 240, size  # room for labels left and right
    cx, cy = width / 2, height / 2
    radius = size / 2 - 50
    heaviest = max(max(node.weight for node in nodes), 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-network" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{_e(title)}">',
        f"<title>{_e(title)}</title>",
    ]
    places = []
    for i, node in enumerate(nodes):
        angle = -math.pi / 2 + 2 * math.pi * i / len(nodes)
        x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
        places.append((node, x, y, angle))
        thickness = 1 + 5 * node.weight / heaviest
        parts.append(
            f'<line x1="{_n(cx)}" y1="{_n(cy)}" x2="{_n(x)}" y2="{_n(y)}" stroke="#bbb" '
            f'stroke-width="{_n(thickness)}"><title>{_e(f"{center.label} – {node.label}")}'
            f": {node.weight}</title></line>"
        )
    for node, x, y, angle in places:
        cos = math.cos(angle)
        anchor = "start" if cos > 0.2 else "end" if cos < -0.2 else "middle"
        dx = 12 if anchor == "start" else -12 if anchor == "end" else 0
        dy = 4 if anchor != "middle" else (-14 if math.sin(angle) < 0 else 22)
        parts.append(
            _node(node, x, y, 8 + 6 * node.weight / heaviest, anchor, x + dx, y + dy, False)
        )
    parts.append(_node(center, cx, cy, 18, "middle", cx, cy + 34, True))
    parts.append("</svg>")
    return "".join(parts)


def _node(
    node: Node, x: float, y: float, r: float, anchor: str, tx: float, ty: float, main: bool
) -> str:
    colour = _TYPE_COLOURS.get(node.type or "", "#555")
    label = _clip(node.label, 16)
    tip = node.label if main else f"{node.label} ({node.weight})"
    weight = ' font-weight="bold"' if main else ""
    body = (
        f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{_n(r)}" fill="{colour}" '
        f'stroke="#fff" stroke-width="2"/>'
        f'<text x="{_n(tx)}" y="{_n(ty)}" text-anchor="{anchor}" font-size="{16 if main else 14}"'
        f'{weight} fill="{_TEXT}">'
        f"{_e(label)}</text><title>{_e(tip)}</title>"
    )
    cls = "node node-main" if main else "node"
    if node.href:
        return f'<a class="{cls}" href="{_e(node.href)}">{body}</a>'
    return f'<g class="{cls}">{body}</g>'


def _nice(value: float) -> float:
    """The smallest 1, 2 or 5 × 10ⁿ at least ``value`` (an axis maximum)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if step * power >= value:
            return float(step * power)
    return float(10 * power)


def _label(value: float, signed: bool = False) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    if signed and value > 0:
        text = "+" + text
    return text.replace("-", "−")
