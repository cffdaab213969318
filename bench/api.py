"""Latency of the JSON API's search and event queries on a large corpus.

Usage::

    python bench/api.py [--articles 10000] [--requests 30] [--db FILE]

The corpus (default 10,000 articles) repeats the fixture articles (examples/articles and
../shared/seeds when present): each distinct fixture is annotated ONCE with the default
pipeline, then copies of the annotated Document are stored with new ids, publication dates
(and event and time dates) shifted by whole years and months over ten years, and one of four
news sites, so that dates, months and sources spread as in a real archive. It is written to
a temporary directory (or to ``--db FILE``, reused when it already holds the corpus).

Each query is sent through FastAPI's in-process TestClient (so the figures include routing,
parameter validation and JSON encoding, not the network): one untimed first request (which
fills the caches that last until the database changes), then ``--requests`` timed ones. The
table gives per query the first request and p50/p95 of the timed ones, in milliseconds, and
the overall p50/p95 of the search and of the event queries; the target is p95 < 100 ms.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlencode

from fastapi.testclient import TestClient

from _common import EXAMPLES, SEEDS
from sukien.api.app import create_app
from sukien.document import Document
from sukien.errors import InputError
from sukien.ingest.reader import read_documents
from sukien.ingest.sources import DEFAULT_MAX_BYTES, read_input, resolve
from sukien.pipeline import PIPELINE_VERSION, Pipeline
from sukien.store.store import Store

FIXTURES = [EXAMPLES, SEEDS]
SITES = ("Tin tức Ví dụ", "Thời sự Ví dụ", "Quốc tế Ví dụ", None)


def url(path: str, **params: str) -> str:
    return f"{path}?{urlencode(params)}" if params else path


SEARCHES = (
    url("/api/search", q="putin"),
    url("/api/search", q="tap can binh"),
    url("/api/search", q='"đối tác chiến lược"'),
    url("/api/search", q="hội nghị thượng đỉnh"),
    url("/api/search", q="thương mại*"),
    url("/api/search", q="nato ukraine", page="3"),
    url("/api/search", q="putin", entity="person/xi-jinping", type="PER"),
    url("/api/search", q="trung quoc", month="2019-09", source="Tin tức Ví dụ"),
    url("/api/articles", q="bac kinh", since="2018", until="2020-06"),
)
EVENTS = (
    url("/api/events"),
    url("/api/events", actor="putin"),
    url("/api/events", dyad="Russia,China"),
    url("/api/events", actor="RUS", type="CONSULT", page="20"),
    url("/api/events", type="CONSULT", mode="visit"),
    url("/api/events", since="2020", until="2021-06", status="asserted"),
    url("/api/events", sort="score", order="asc", page="5"),
    url("/api/timeline", dyad="Russia,China"),
)
OTHERS = (  # reported, not part of the target
    url("/api/stats"),
    url("/api/articles"),
    url("/api/articles", entity="person/xi-jinping", page="3"),
    url("/api/articles/01_xi_moscow_2023~00000"),
    url("/api/entities", q="putin"),
    url("/api/entities/person/vladimir-putin"),
    url("/api/quotes"),
    url("/api/quotes", speaker="lavrov"),
)


def fixtures() -> list[Document]:
    """The fixture articles, unprocessed."""
    specs = [str(path) for path in FIXTURES if path.is_dir()]
    docs: list[Document] = []
    for item in resolve(specs):
        raw = read_input(item, DEFAULT_MAX_BYTES)
        for doc in [raw] if isinstance(raw, InputError) else read_documents(raw):
            if isinstance(doc, InputError):
                print(f"skipped: {doc}", file=sys.stderr)
            else:
                docs.append(doc)
    return docs


def _shift(value: str | None, years: int, months: int) -> str | None:
    """An ISO date (YYYY, YYYY-MM or YYYY-MM-DD…) moved by whole years and months; other
    values unchanged."""
    if not value or len(value) < 4 or not value[:4].isdigit():
        return value
    year = int(value[:4]) + years
    if len(value) >= 7 and value[4] == "-" and value[5:7].isdigit():
        month = int(value[5:7]) - 1 + months
        year, month = year + month // 12, month % 12 + 1
        rest = value[7:]
        if len(rest) >= 3 and rest[0] == "-" and rest[1:3].isdigit():
            rest = f"-{min(int(rest[1:3]), 28):02d}" + rest[3:]
        return f"{year:04d}-{month:02d}{rest}"
    return f"{year:04d}{value[4:]}"


def copies(annotated: list[Document], count: int) -> Iterator[Document]:
    n = len(annotated)
    for i in range(count):
        base = annotated[i % n]
        doc = Document.from_dict(base.to_dict())
        round_ = i // n
        years, months = round_ % 10 - 5, (round_ // 10) % 12
        doc.id = f"{base.id}~{i:05d}"
        doc.content_hash = f"{base.content_hash}-{i}"
        doc.source = f"bench/{doc.id}"
        doc.site = SITES[i % len(SITES)] or base.site
        doc.published = _shift(doc.published, years, months)
        for ev in doc.events:
            ev.date = _shift(ev.date, years, months)
        for t in doc.times:
            t.value = _shift(t.value, years, months)
        yield doc


def build(path: Path, count: int) -> None:
    started = time.perf_counter()
    pipeline = Pipeline()
    annotated = [pipeline(doc) for doc in fixtures()]
    annotated = [doc for doc in annotated if doc.text.strip()]
    if not annotated:
        sys.exit("no fixture articles found")
    annotate_s = time.perf_counter() - started
    with Store(path) as store:
        for doc in copies(annotated, count):
            store.upsert(doc, PIPELINE_VERSION)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.conn.execute("PRAGMA optimize")
    print(
        f"built {count:,} articles from {len(annotated)} fixtures in "
        f"{time.perf_counter() - started:.1f} s (annotation {annotate_s:.1f} s); "
        f"{path.stat().st_size / 1e6:.0f} MB"
    )


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def measure(client: TestClient, urls: tuple[str, ...], requests: int) -> list[float]:
    every: list[float] = []
    for path in urls:
        started = time.perf_counter()
        response = client.get(path)
        first = (time.perf_counter() - started) * 1000
        if response.status_code != 200:
            sys.exit(f"{path}: HTTP {response.status_code} {response.text[:200]}")
        times = []
        for _ in range(requests):
            started = time.perf_counter()
            response = client.get(path)
            times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200
        total = response.json().get("total")
        every += times
        print(
            f"{unquote(path)[:64]:64s} {total if total is not None else '':>7} {first:7.1f} "
            f"{percentile(times, 50):6.1f} {percentile(times, 95):6.1f}"
        )
    return every


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000, help="corpus size (default 10,000)")
    ap.add_argument("--requests", type=int, default=30, help="timed requests per query")
    ap.add_argument("--db", type=Path, help="database to build or reuse (default: a temp dir)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="sukien-bench-") as tmp:
        path = args.db or Path(tmp) / "bench.db"
        have = 0
        if path.exists():
            with Store(path, readonly=True) as store:
                have = store.count()
        if have != args.articles:
            if have:
                sys.exit(f"{path} holds {have} articles, not {args.articles}; remove it first")
            build(path, args.articles)
        else:
            print(f"reusing {path} ({have:,} articles)")
        client = TestClient(create_app(path))
        print(f"{'query':64s} {'total':>7} {'first':>7} {'p50':>6} {'p95':>6}  (ms)")
        searches = measure(client, SEARCHES, args.requests)
        events = measure(client, EVENTS, args.requests)
        measure(client, OTHERS, args.requests)
        for name, times in (("search", searches), ("events", events)):
            print(
                f"overall {name}: p50 {percentile(times, 50):.1f} ms, "
                f"p95 {percentile(times, 95):.1f} ms over {len(times)} requests"
            )
        everything = searches + events
        p95 = percentile(everything, 95)
        verdict = "meets" if p95 < 100 else "MISSES"
        print(f"overall: p95 {p95:.1f} ms ({verdict} the 100 ms target)")


if __name__ == "__main__":
    main()
