"""Dateline parsing on the "Published Date" fields of the ViMs corpus.

Usage::

    python bench/datelines.py [--data DIR] [--sample N] [--seed S] [--examples K]

Reads every ``<data>/Cluster_NNN/original/<id>.txt`` (default
``../shared/data/vims/final/original/``, read at run time, never copied into the repository;
the script exits with a message when it is absent). Each file starts with header lines
``Title:``, ``Source:``, ``Link:``, ``Published Date:``, ``Author:``, ``Tags:``, ``Summary:``
and then ``Content:`` and the body; the value of the ``Published Date:`` line is the raw
string parsed here.

Reported: the number of lines; distinct raw formats (a line's *shape*: every digit → ``9``,
every run of letters → ``A``; also a coarser shape where every run of digits → ``9``); parsed
count and share, with the unparsed strings per shape; granularity, time-zone and format-label
distributions; warnings (weekday contradictions first); the day/month decisions (ambiguous
numeric dates, how they were read, and whether the order voted by the other lines of the same
host and format agrees); dates outside 2016-04-01..2016-07-31 (the corpus README says May–June
2016: a sanity check of the day/month order) and dates more than 14 days from the median date of
their cluster; :func:`find_dateline` run on every body (the bodies
hold no datelines, so every hit is a false positive); and speed. ``--sample N`` prints N
random (seeded) raw → parsed pairs for checking by hand.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from sukien.time.datelines import Dateline, find_dateline, infer_order, parse_dateline

DEFAULT_DATA = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "vims" / "final" / "original"
)
RANGE = (date(2016, 4, 1), date(2016, 7, 31))
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
_LETTERS = re.compile(r"[^\W\d_]+")


@dataclass
class Row:
    """One article's raw date and what the parser made of it."""

    path: str  # Cluster_NNN/<id>.txt
    source: str  # the host of the Link line (the Source line is often empty)
    raw: str
    body: str
    parsed: Dateline | None = None


def shape(raw: str) -> str:
    """Every digit → ``9``, every run of letters → ``A``."""
    return _LETTERS.sub("A", _DIGIT.sub("9", raw))


def coarse_shape(raw: str) -> str:
    """Every run of digits → ``9``, every run of letters → ``A``."""
    return _LETTERS.sub("A", _DIGITS.sub("9", raw))


def read_rows(data: Path) -> list[Row]:
    """The header fields and body of every article under ``data``."""
    rows: list[Row] = []
    for path in sorted(data.glob("*/original/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        head, _, body = text.partition("\nContent:")
        fields: dict[str, str] = {}
        for line in head.splitlines():
            key, sep, value = line.partition(":")
            if sep and key in ("Link", "Published Date") and key not in fields:
                fields[key] = value.strip()
        if "Published Date" not in fields:
            continue
        name = f"{path.parent.parent.name}/{path.name}"
        host = urlsplit(fields.get("Link", "")).netloc.removeprefix("www.")
        rows.append(Row(name, host, fields["Published Date"], body))
    return rows


def pct(n: int, total: int) -> str:
    return f"{n:>5} ({100 * n / total:5.1f}%)" if total else f"{n:>5}"


def describe(d: Dateline | None) -> str:
    if d is None:
        return "None"
    extra = f" tz={d.tz}" if d.tz else ""
    warn = f"  ! {'; '.join(d.warnings)}" if d.warnings else ""
    return f"{d.value} [{d.granularity}]{extra}  <{d.source_format}>{warn}"


def complete_with_cluster_year(rows: Sequence[Row]) -> list[Row]:
    """Retry the strings without a (whole) year ("21/05 06:45", "31-05-201") with the year
    most of their cluster's dates have, as a crawler would with its crawl year."""
    years: dict[str, Counter[int]] = defaultdict(Counter)
    for r in rows:
        if r.parsed is not None:
            years[r.path.split("/")[0]][int(r.parsed.value[:4])] += 1
    done: list[Row] = []
    for r in rows:
        votes = years.get(r.path.split("/")[0])
        if r.parsed is None and votes:
            r.parsed = parse_dateline(r.raw, year=votes.most_common(1)[0][0])
            if r.parsed is not None:
                done.append(r)
    return done


def report_formats(rows: Sequence[Row], examples: int) -> None:
    total = len(rows)
    shapes = Counter(shape(r.raw) for r in rows)
    parsed = [r for r in rows if r.parsed is not None]
    print(f"lines:                  {total}")
    print(f"distinct raw formats:   {len(shapes)} (digit → 9, letter run → A)")
    print(f"                        {len({coarse_shape(r.raw) for r in rows})} (digit run → 9)")
    print(f"parsed:                 {pct(len(parsed), total)}")
    ok_shapes = {shape(r.raw) for r in parsed}
    print(f"formats with a parse:   {len(ok_shapes)} of {len(shapes)}")
    by_shape: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        if r.parsed is None:
            by_shape[shape(r.raw)].append(r.raw)
    print(f"\nunparsed ({sum(map(len, by_shape.values()))} lines, {len(by_shape)} formats):")
    for sh, raws in sorted(by_shape.items(), key=lambda kv: -len(kv[1])):
        shown = ", ".join(repr(x[:70]) for x in raws[:examples])
        print(f"  {len(raws):>4}  {sh[:40]!r:<44} e.g. {shown}")


def report_distributions(rows: Sequence[Row]) -> None:
    parsed = [r.parsed for r in rows if r.parsed is not None]
    n = len(parsed)
    print("\ngranularity:")
    for g, c in Counter(d.granularity for d in parsed).most_common():
        print(f"  {g:<8} {pct(c, n)}")
    tz = Counter(d.tz or "-" for d in parsed)
    print("time zone:  " + ", ".join(f"{k} {v}" for k, v in tz.most_common()))
    print("format labels (top 12):")
    for label, c in Counter(d.source_format for d in parsed).most_common(12):
        print(f"  {c:>5}  {label}")


def report_warnings(rows: Sequence[Row], examples: int) -> None:
    kinds: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        for w in r.parsed.warnings if r.parsed else ():
            kinds[w.split(" ", 1)[0] if w.startswith("weekday") else w].append(r)
    print(f"\nweekday contradictions: {len(kinds.pop('weekday', []))}")
    for r in (
        r for r in rows if r.parsed and any(w.startswith("weekday") for w in r.parsed.warnings)
    ):
        print(f"  {r.path:<22} {r.raw!r} -> {describe(r.parsed)}")
    print("other warnings:" + ("" if kinds else " none"))
    for w, rs in sorted(kinds.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(rs):>4}  {w}: " + ", ".join(repr(r.raw) for r in rs[:examples]))


def report_order(rows: Sequence[Row]) -> None:
    """Ambiguous numeric dates: how they were read, and the vote of their source and format.

    A site may print several formats (one vovgiaothong.vn template writes ``5/20/2016 11:40:52
    PM``, another ``Thứ 4, 1/6/2016``), so the vote is taken per (host, coarse shape).
    """
    by_source: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for r in rows:
        by_source[r.source, coarse_shape(r.raw)].append(r)
    ambiguous = Counter[str]()
    weekday = voted_n = 0
    disagree: list[tuple[Row, str, Dateline | None]] = []
    for (source, _), rs in by_source.items():
        voted = infer_order(r.raw for r in rs)
        for r in rs:
            dmy, mdy = parse_dateline(r.raw, "dmy"), parse_dateline(r.raw, "mdy")
            if dmy is None or mdy is None or dmy.value == mdy.value:
                continue
            if any("contradict" in w for w in dmy.warnings + mdy.warnings):
                continue
            chosen = "dmy" if r.parsed and r.parsed.value == dmy.value else "mdy"
            ambiguous[chosen] += 1
            weekday += bool(r.parsed and "weekday" in r.parsed.source_format)
            if voted is not None:
                voted_n += 1
                if voted != chosen:
                    disagree.append((r, f"{source}: {voted}", parse_dateline(r.raw, voted)))
    total = sum(ambiguous.values())
    print(f"\nday/month ambiguous (both fields ≤ 12, different): {total}")
    print(f"  read day first: {ambiguous['dmy']}, month first: {ambiguous['mdy']}")
    print(f"  with a weekday (which then decides, or confirms): {weekday}")
    print(
        f"  with an order voted by the same host and format: {voted_n}, "
        f"disagreeing: {len(disagree)}"
    )
    for r, why, other in disagree:
        print(f"    {r.raw!r} -> {describe(r.parsed)}  (vote {why} → {describe(other)})")


def report_range(rows: Sequence[Row]) -> None:
    """Dates outside the corpus window, and dates far from the others of their cluster."""
    lo, hi = RANGE
    dated = [(r, d) for r in rows if r.parsed and (d := r.parsed.to_date()) is not None]
    out = [(r, d) for r, d in dated if not lo <= d <= hi]
    print(f"\noutside {lo}..{hi}: {len(out)} of {len(dated)} day-level dates")
    swapped = 0
    with_weekday = 0
    for r, d in out:
        label = r.parsed.source_format if r.parsed else ""
        with_weekday += "weekday" in label
        other = parse_dateline(r.raw, "mdy" if "dmy" in label else "dmy")
        od = other.to_date() if other else None
        swapped += od is not None and od != d and lo <= od <= hi
    print(f"  of which the other day/month order would fall inside: {swapped}")
    print(f"  with a weekday (none contradicts its date): {with_weekday}")
    by_cluster: dict[str, list[tuple[Row, date]]] = defaultdict(list)
    for r, d in out:
        by_cluster[r.path.split("/")[0]].append((r, d))
    for cluster, items in sorted(by_cluster.items()):
        days = Counter(d.isoformat() for _, d in items)
        print(f"  {cluster}: " + ", ".join(f"{k} ×{v}" for k, v in sorted(days.items())))
    # Within a cluster the articles are days apart: a date far from its cluster's median is odd.
    clusters: dict[str, list[tuple[Row, date]]] = defaultdict(list)
    for r, d in dated:
        clusters[r.path.split("/")[0]].append((r, d))
    far: list[tuple[Row, date, date]] = []
    for items in clusters.values():
        ordinals = sorted(d.toordinal() for _, d in items)
        median = date.fromordinal(ordinals[len(ordinals) // 2])
        far += [(r, d, median) for r, d in items if abs((d - median).days) > 14]
    print(f"more than 14 days from their cluster's median date: {len(far)}")
    for r, d, median in far:
        print(f"    {r.path:<22} {r.raw!r} -> {d} (cluster median {median})")


def report_find(rows: Sequence[Row]) -> None:
    hits = [(r, h) for r in rows if (h := find_dateline(r.body)) is not None]
    print(f"\nfind_dateline on the {len(rows)} bodies (no datelines in them): {len(hits)} hits")
    for r, (start, end, d) in hits[:10]:
        print(f"    {r.path:<22} {r.body[start:end]!r} -> {describe(d)}")


def report_speed(rows: Sequence[Row]) -> None:
    raws = [r.raw for r in rows]
    t0 = time.perf_counter()
    for _ in range(5):
        for raw in raws:
            parse_dateline(raw)
    dt = (time.perf_counter() - t0) / (5 * len(raws))
    print(f"\nspeed: {dt * 1e6:.1f} µs per string ({1 / dt:,.0f} strings/s)")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; returns the exit status."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sample", type=int, default=0, help="print N random raw → parsed")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--examples", type=int, default=3, help="examples per format")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"skipped: {args.data} not found (the ViMs corpus is not in this checkout)")
        return 0
    rows = read_rows(args.data)
    if not rows:
        print(f"skipped: no */original/*.txt with a 'Published Date:' line under {args.data}")
        return 0
    for r in rows:
        r.parsed = parse_dateline(r.raw)
    completed = complete_with_cluster_year(rows)
    report_formats(rows, args.examples)
    print(f"\nparsed only with the year of their cluster's other dates ({len(completed)}):")
    for r in completed:
        print(f"  {r.path:<22} {r.raw!r:<28} -> {describe(r.parsed)}")
    report_distributions(rows)
    report_warnings(rows, args.examples)
    report_order(rows)
    report_range(rows)
    report_find(rows)
    report_speed(rows)
    if args.sample > 0:
        print(f"\nsample of {args.sample} (seed {args.seed}):")
        for r in random.Random(args.seed).sample(rows, min(args.sample, len(rows))):
            print(f"  {r.path:<22} {r.raw!r:<52} -> {describe(r.parsed)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
