"""The ``sukien`` command: a thin shell over the library (ingest, list, show, search, stats,
export, import, entities, entity, events, quotes). User errors print one line ``error: …`` on stderr
and exit non-zero (2 for a bad filter value), never a traceback."""

from __future__ import annotations

import csv
import itertools
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.cells import cell_len
from rich.console import Console, JustifyMethod
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from sukien.document import Actor, Document
from sukien.errors import SukienError
from sukien.events.extract import EventOptions
from sukien.export import ExportFormat, export
from sukien.export import check_target as check_export_target
from sukien.export.importer import import_jsonl
from sukien.ingest.runner import IngestOptions, IngestReporter, IngestSummary, ingest
from sukien.ingest.sources import DEFAULT_MAX_BYTES
from sukien.pipeline import Pipeline, PipelineOptions
from sukien.store.entities import EntityProfile
from sukien.store.events import (
    EVENT_CSV_COLUMNS,
    EventFilter,
    EventRow,
    FilterError,
    QuoteRow,
    actor_label,
    event_csv_row,
    side_label,
)
from sukien.store.store import Store
from sukien.text.fold import fold
from sukien.text.normalize import NormalizeOptions

app = typer.Typer(
    help="sukien: Vietnamese news articles → a searchable knowledge base of events.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DbOption = Annotated[
    Path,
    typer.Option(
        "--db", envvar="SUKIEN_DB", help="Database file (env SUKIEN_DB).", show_default=True
    ),
]


class ToneStyle(StrEnum):
    old = "old"
    new = "new"
    keep = "keep"


class ListFormat(StrEnum):
    table = "table"
    json = "json"


class ShowFormat(StrEnum):
    text = "text"
    json = "json"


class EventFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


class EntityType(StrEnum):
    PER = "PER"
    ORG = "ORG"
    LOC = "LOC"
    MISC = "MISC"


@contextmanager
def user_errors() -> Iterator[None]:
    """Report sukien's errors as one line and exit 1."""
    try:
        yield
    except SukienError as error:
        err.print(f"[red]error:[/red] {escape(str(error))}")
        raise typer.Exit(1) from None


@contextmanager
def bad_filters() -> Iterator[None]:
    """Report a filter value that cannot be right as one line and exit 2 (a usage error)."""
    try:
        yield
    except FilterError as error:
        err.print(f"[red]error:[/red] {escape(str(error))}")
        raise typer.Exit(2) from None


def _open(db: Path, readonly: bool = True) -> Store:
    return Store(db, readonly=readonly)


def _read_word_list(path: Path | None) -> tuple[str, ...]:
    if path is None:
        return ()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise SukienError(f"{path}: cannot read the word list ({error})") from error
    return tuple(w.strip() for w in lines if w.strip() and not w.startswith("#"))


class _ProgressReporter(IngestReporter):
    """A progress bar on stderr while inputs are read; one line per failure."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.task = progress.add_task("ingest", total=None) if progress else None

    def start(self, total: int) -> None:
        if self.progress is not None and self.task is not None:
            self.progress.update(self.task, total=total)

    def advance(self, source: str) -> None:
        if self.progress is not None and self.task is not None:
            self.progress.update(self.task, advance=1, description=Path(source).name[:40])

    def failed(self, message: str) -> None:
        err.print(f"[red]error:[/red] {escape(message)}")


@app.command("ingest")
def ingest_cmd(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    db: DbOption = Path("sukien.db"),
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress, no summary.")] = False,
    fixed_words: Annotated[
        Path | None, typer.Option(help="Extra fixed words for segmentation, one per line.")
    ] = None,
    tone_style: Annotated[
        ToneStyle, typer.Option(help="Tone-mark placement: old (hòa), new (hoà), keep.")
    ] = ToneStyle.old,
    max_size: Annotated[
        float, typer.Option(help="Largest text/HTML file read as one article, in MB.")
    ] = DEFAULT_MAX_BYTES / 1e6,
    replace: Annotated[
        bool, typer.Option(help="Let an input replace an article stored from another input.")
    ] = False,
    words: Annotated[
        bool,
        typer.Option(
            "--words/--no-words",
            help="Segment words with POS (half of the time); --no-words is about 2x faster "
            "and leaves only the words layer empty.",
        ),
    ] = True,
    hypothetical: Annotated[
        bool,
        typer.Option(
            help="Also keep hypothetical events (conditional, demanded, alleged), with "
            "status 'hypothetical'."
        ),
    ] = False,
) -> None:
    """Read articles, annotate them and store them (re-ingesting unchanged files does nothing)."""
    with user_errors():
        options = PipelineOptions(
            normalize=NormalizeOptions(tone_style=tone_style.value),
            fixed_words=_read_word_list(fixed_words),
            words=words,
            events=EventOptions(hypothetical=hypothetical),
        )
        pipeline = Pipeline(options)
        ingest_options = IngestOptions(max_bytes=int(max_size * 1e6), replace=replace)
        show_bar = not quiet and err.is_terminal
        progress = (
            Progress(
                TextColumn("{task.description:<40}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=err,
                transient=True,
            )
            if show_bar
            else None
        )
        with _open(db, readonly=False) as store:
            reporter = _ProgressReporter(progress)
            if progress is not None:
                with progress:
                    summary = ingest(store, paths, pipeline, ingest_options, reporter)
            else:
                summary = ingest(store, paths, pipeline, ingest_options, reporter)
        if not quiet:
            _print_summary(summary, db)
    if summary.failed:
        raise typer.Exit(1)


def _print_summary(summary: IngestSummary, db: Path) -> None:
    for warning in summary.warnings:
        err.print(f"[yellow]warning:[/yellow] {escape(warning)}")
    failed = f", [red]{summary.failed} failed[/red]" if summary.failed else ""
    err.print(
        f"{summary.inputs} input(s) → {summary.articles} article(s) in {escape(str(db))}: "
        f"{summary.added} added, {summary.updated} updated, {summary.unchanged} unchanged"
        f"{failed}"
    )


@app.command("list")
def list_cmd(
    db: DbOption = Path("sukien.db"),
    limit: Annotated[int, typer.Option(min=1, help="How many articles.")] = 50,
    offset: Annotated[int, typer.Option(min=0)] = 0,
    fmt: Annotated[ListFormat, typer.Option("--format")] = ListFormat.table,
) -> None:
    """List stored articles, newest first."""
    with user_errors(), _open(db) as store:
        rows = store.articles(limit, offset)
        if fmt is ListFormat.json:
            out.print_json(data=[row.__dict__ for row in rows])
            return
        table = _table(
            ("id", 28), ("published", 10), ("title", 60), ("credits", 24), ("sentences", 9)
        )
        for row in rows:
            title = row.title or f"[dim]{escape(_clip(row.lead, 70))}[/dim]"
            table.add_row(
                escape(row.id),
                row.published or "–",
                title if not row.title else escape(_clip(title, 70)),
                escape(", ".join(row.credits)),
                str(row.n_sentences),
            )
        out.print(table)
        out.print(f"[dim]{len(rows)} of {store.count()} article(s)[/dim]")


def _table(*columns: tuple[str, int]) -> Table:
    """A borderless table whose cells stay on one line, cut with … past their width."""
    table = Table(box=None, pad_edge=False)
    for name, width in columns:
        fixed = name in ("published", "sentences")
        table.add_column(
            name,
            max_width=width,
            min_width=width if fixed else min(width, 12),
            no_wrap=True,
            overflow="ellipsis",
        )
    return table


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


@app.command("show")
def show_cmd(
    article_id: Annotated[str, typer.Argument(metavar="ID")],
    db: DbOption = Path("sukien.db"),
    fmt: Annotated[ShowFormat, typer.Option("--format")] = ShowFormat.text,
    sentences: Annotated[bool, typer.Option(help="Number the sentences.")] = False,
    words: Annotated[bool, typer.Option(help="Show the word segmentation with POS tags.")] = False,
) -> None:
    """Show one article with its structure and layers."""
    with user_errors(), _open(db) as store:
        doc = store.get(article_id)
        if doc is None:
            raise SukienError(f"no article with id {article_id!r} (see 'sukien list')")
        if fmt is ShowFormat.json:
            data = doc.to_dict()
            data.pop("original")
            out.print_json(data=data)
            return
        _print_document(doc, sentences, words)


def _print_document(doc: Document, number_sentences: bool, show_words: bool) -> None:
    out.print(f"[bold]{escape(doc.title or '(no title)')}[/bold]")
    meta = [
        ("id", doc.id),
        ("source", doc.source),
        ("url", doc.url),
        ("site", doc.site),
        ("published", _published(doc)),
        ("byline", doc.byline),
        ("credits", ", ".join(doc.credits) or None),
        ("encoding", doc.encoding),
    ]
    for key, value in meta:
        if value:
            out.print(f"[dim]{key:>10}[/dim]  {escape(value)}")
    for warning in doc.warnings:
        out.print(f"[yellow]{'warning':>10}[/yellow]  {escape(warning)}")
    out.print()
    styles = {
        "lead": "bold",
        "heading": "bold underline",
        "caption": "italic dim",
        "byline": "cyan",
        "credit": "cyan",
        "source": "cyan",
    }
    n = 0
    for block in doc.blocks:
        if block.kind == "title":
            continue
        label = f"[dim]\\[{block.kind}][/dim] " if block.kind not in ("paragraph", "lead") else ""
        inside = [s for s in doc.sentences if block.start <= s.start < block.end]
        if number_sentences or show_words:
            out.print(label.rstrip())
            for s in inside:
                n += 1
                text = _words_line(doc, s.start, s.end) if show_words else doc.span_text(s)
                out.print(f"  [dim]{n:>3}[/dim] {text}")
        else:
            style = styles.get(block.kind, "")
            body = _marked(doc, block.start, block.end)
            out.print(f"{label}[{style}]{body}[/{style}]" if style else f"{label}{body}")
        out.print()
    if doc.references:
        out.print("[bold]references[/bold]")
        for ref in doc.references:
            who = escape(ref.name) if ref.name else "[dim]unresolved[/dim]"
            out.print(f"  {escape(ref.text)}  [dim]{escape(ref.role)}, {ref.country}[/dim] → {who}")
        out.print()
    if doc.events:
        out.print("[bold]events[/bold]")
        for ev in doc.events:
            kind = ev.type + (f"/{ev.mode}" if ev.mode else "")
            when = " · ".join(x for x in (ev.date, ev.location) if x) or "–"
            more = len(ev.evidence) - 1
            extra = f" (+{more} more)" if more > 0 else ""
            out.print(
                f"  [bold]{escape(kind)}[/bold]  {escape(_dyad(ev.source, ev.target))}  "
                f"{escape(when)}  {_status(ev.status)}"
            )
            out.print(f"      [dim]{escape(_clip(_one_line(ev.text), 100) + extra)}[/dim]")
        out.print()
    if doc.quotes:
        out.print("[bold]quotes[/bold]")
        for q in doc.quotes:
            who = actor_label(q.speaker) if q.speaker else "?"
            out.print(
                f"  [bold]{escape(who)}[/bold]: {escape(_clip(_one_line(q.text), 120))}"
                f"  [dim]({q.kind})[/dim]"
            )
        out.print()
    if doc.entities or doc.events or doc.quotes:
        legend = "  ".join(f"[{style}]{kind}[/{style}]" for kind, style in ENTITY_STYLES.items())
        legend += "  [underline]time[/underline] [dim]⟨value⟩[/dim]"
        if any(ev.trigger for ev in doc.events):
            legend += f"  [{TRIGGER_STYLE}]trigger[/{TRIGGER_STYLE}] [dim]⟨type⟩[/dim]"
        if doc.quotes:
            legend += f"  [{QUOTE_STYLE}]quote[/{QUOTE_STYLE}]"
        out.print(f"[dim]entities:[/dim] {legend}")
    layers = ", ".join(
        f"{len(getattr(doc, name))} {name}"
        for name in ("entities", "references", "times", "events", "quotes")
    )
    out.print(f"[dim]{len(doc.sentences)} sentences, {len(doc.tokens)} words; {layers}[/dim]")


ENTITY_STYLES = {
    "PER": "bold cyan",
    "ORG": "bold magenta",
    "LOC": "bold green",
    "MISC": "bold yellow",
}


TRIGGER_STYLE = "bold red"
QUOTE_STYLE = "italic blue"


def _marked(doc: Document, start: int, end: int) -> str:
    """Rich markup of ``doc.text[start:end]``: entities coloured by type, times underlined
    with their normalized value, event triggers with their type, quotes in italics (a quote
    holds the other marks)."""
    spans: list[tuple[int, int, str, str]] = []
    for ent in doc.entities:
        spans.append((ent.start, ent.end, ENTITY_STYLES.get(ent.type, "bold"), ""))
    for time in doc.times:
        spans.append((time.start, time.end, "underline", f" ⟨{time.value or '?'}⟩"))
    for trigger_start, trigger_end, kind in _triggers(doc):
        spans.append((trigger_start, trigger_end, TRIGGER_STYLE, f" ⟨{kind}⟩"))
    shown, last = [], start
    for span in sorted(spans):
        if span[0] < last or span[0] < start or span[1] > end:
            continue  # outside the block, or overlapping a span already shown
        shown.append(span)
        last = span[1]
    quotes = [(max(q.start, start), min(q.end, end)) for q in doc.quotes]
    quotes = [(a, b) for a, b in quotes if a < b]
    cuts = {start, end}
    for a, b, *_ in shown:
        cuts.update((a, b))
    for a, b in quotes:
        cuts.update((a, b))
    points = sorted(cuts)
    parts, k = [], 0
    for a, b in itertools.pairwise(points):
        while k < len(shown) and shown[k][1] <= a:
            k += 1
        inside = k < len(shown) and shown[k][0] <= a
        styles = [QUOTE_STYLE] if any(qa <= a and b <= qb for qa, qb in quotes) else []
        if inside:
            styles.append(shown[k][2])
        text = escape(doc.text[a:b])
        parts.append(f"[{' '.join(styles)}]{text}[/]" if styles else text)
        if inside and shown[k][3] and b == shown[k][1]:
            parts.append(f"[dim]{escape(shown[k][3])}[/dim]")
    return "".join(parts)


def _triggers(doc: Document) -> list[tuple[int, int, str]]:
    """Where each event's trigger is: its first occurrence (any case, accents optional) in the
    event's first evidence span, with the event type."""
    found: dict[tuple[int, int], str] = {}
    for ev in doc.events:
        if not ev.trigger or not ev.trigger.strip():
            continue
        at = fold(doc.text[ev.start : ev.end]).find(fold(ev.trigger.strip()))
        if at >= 0:
            first = ev.start + at
            found.setdefault((first, first + len(ev.trigger.strip())), ev.type)
    return [(a, b, kind) for (a, b), kind in found.items()]


def _dyad(source: list[Actor], target: list[Actor]) -> str:
    return f"{side_label(source)} → {side_label(target)}"


STATUS_STYLES = {"planned": "yellow", "negated": "red", "hypothetical": "magenta"}


def _status(status: str) -> str:
    style = STATUS_STYLES.get(status)
    return f"[{style}]{escape(status)}[/{style}]" if style else escape(status)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _published(doc: Document) -> str | None:
    if not doc.published:
        return None
    how: str = doc.published_source or "?"
    if doc.published_confidence:
        how += f", {doc.published_confidence} confidence"
    return f"{doc.published} ({how})"


def _words_line(doc: Document, start: int, end: int) -> str:
    parts = []
    for token in doc.tokens:
        if start <= token.start and token.end <= end:
            word = escape(doc.text[token.start : token.end].replace(" ", "_"))
            parts.append(f"{word}[dim]/{token.pos}[/dim]" if token.pos else word)
    return " ".join(parts)


@app.command("search")
def search_cmd(
    query: Annotated[str, typer.Argument(help='Words, "a phrase", or prefix*; accents optional.')],
    db: DbOption = Path("sukien.db"),
    limit: Annotated[int, typer.Option(min=1)] = 20,
    fmt: Annotated[ListFormat, typer.Option("--format")] = ListFormat.table,
) -> None:
    """Full-text search (diacritic- and case-insensitive), best matches first."""
    with user_errors(), _open(db) as store:
        hits = store.search(query, limit)
        if fmt is ListFormat.json:
            out.print_json(data=[hit.__dict__ for hit in hits])
            return
        if not hits:
            out.print(f"no article matches {query!r}")
            return
        for hit in hits:
            out.print(
                f"[bold]{escape(hit.title or '(no title)')}[/bold]  "
                f"[dim]{escape(hit.id)} · {hit.published or '–'} · "
                f"score {hit.score:.2f}[/dim]"
            )
            out.print("  " + _highlight(hit.snippet, hit.highlights))
        out.print(f"[dim]{len(hits)} result(s)[/dim]")


def _highlight(text: str, spans: list[tuple[int, int]]) -> str:
    parts, last = [], 0
    for start, end in spans:
        parts.append(escape(text[last:start]))
        parts.append(f"[bold yellow]{escape(text[start:end])}[/bold yellow]")
        last = end
    parts.append(escape(text[last:]))
    return "".join(parts)


@app.command("stats")
def stats_cmd(
    db: DbOption = Path("sukien.db"),
    first: Annotated[int, typer.Option(min=0, help="How many articles to show.")] = 5,
) -> None:
    """Corpus summary: counts, date range, encodings, and the first articles."""
    with user_errors(), _open(db) as store:
        s = store.stats()
        out.print(
            f"[bold]{s.articles}[/bold] articles, [bold]{s.sentences}[/bold] sentences, "
            f"[bold]{s.tokens}[/bold] words ({s.syllables} syllables)"
        )
        out.print(
            f"layers: {s.entities} entities, {s.times} times, {s.events} events, {s.quotes} quotes"
        )
        if s.first_published:
            out.print(f"published: {s.first_published} … {s.last_published}")
        out.print("encodings: " + ", ".join(f"{k} {v}" for k, v in s.by_encoding.items()))
        rows = store.articles(first) if first else []
        if rows:
            out.print(f"\n[bold]first {len(rows)} article(s)[/bold]")
        for row in rows:
            title = (
                escape(row.title) if row.title else f"[dim]({escape(_clip(row.lead, 90))})[/dim]"
            )
            out.print(f"[cyan]{escape(row.id)}[/cyan]  {row.published or 'date unknown'}")
            out.print(f"  {title}")
            out.print(
                f"  [dim]by[/dim] {escape(row.byline or '–')}  [dim]credits[/dim] "
                f"{escape(', '.join(row.credits) or '–')}"
            )


@app.command("export")
def export_cmd(
    db: DbOption = Path("sukien.db"),
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            help="jsonl (FORMAT.md), csv (tables: a directory or .zip), parquet (tables: a "
            "directory), plover (PLOVER event records, JSON Lines), graphml (actor network).",
        ),
    ] = ExportFormat.jsonl,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="File to write (default stdout); a directory (or .zip) for csv and parquet.",
        ),
    ] = None,
    min_comentions: Annotated[
        int,
        typer.Option(
            min=1, help="graphml: keep co-mention edges with at least this many articles."
        ),
    ] = 2,
) -> None:
    """Export every article: FORMAT.md JSON Lines, CSV or Parquet tables, PLOVER event
    records, or the actor network as GraphML (written atomically)."""
    with user_errors():
        check_export_target(fmt, output)
        with _open(db) as store:
            result = export(
                store.iter_documents(),
                fmt,
                output,
                stdout=sys.stdout,
                min_comentions=min_comentions,
            )
        err.print(f"exported {result.describe()}" + (f" to {output}" if output else ""))


@app.command("import")
def import_cmd(
    paths: Annotated[
        list[Path], typer.Argument(help="FORMAT.md JSON Lines files (sukien export output).")
    ],
    db: DbOption = Path("sukien.db"),
    replace: Annotated[
        bool, typer.Option(help="Let a record replace an article stored from another input.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary.")] = False,
) -> None:
    """Store annotated articles (sukien's JSON Lines export) with their layers as they are,
    without annotating them again."""

    def failed(message: str) -> None:
        err.print(f"[red]error:[/red] {escape(message)}")

    with user_errors(), _open(db, readonly=False) as store:
        summary = import_jsonl(store, paths, replace=replace, on_error=failed)
    if not quiet:
        _print_summary(summary, db)
    if summary.failed:
        raise typer.Exit(1)


@app.command("entities")
def entities_cmd(
    db: DbOption = Path("sukien.db"),
    type_: Annotated[
        EntityType | None,
        typer.Option("--type", case_sensitive=False, help="Only this type of entity."),
    ] = None,
    top: Annotated[int, typer.Option(min=1, help="How many entities.")] = 20,
    fmt: Annotated[ListFormat, typer.Option("--format")] = ListFormat.table,
) -> None:
    """The most mentioned entities, with the number of articles mentioning each."""
    kind = type_.value if type_ is not None else None
    with user_errors(), _open(db) as store:
        rows = store.top_entities(kind, top)
        if fmt is ListFormat.json:
            out.print_json(data=[asdict(row) for row in rows])
            return
        if not rows:
            what = f"{kind} entities" if kind else "entities"
            out.print(f"no {what} in {escape(str(db))}")
            return
        table = Table(box=None, pad_edge=False)
        columns: tuple[tuple[str, int, JustifyMethod], ...] = (
            ("name", 0, "left"),
            ("type", 4, "left"),
            ("country", 7, "left"),
            ("kb id", 0, "left"),
            ("mentions", 8, "right"),
            ("articles", 8, "right"),
        )
        for header, width, justify in columns:
            table.add_column(
                header,
                justify=justify,
                min_width=width or 10,
                max_width=width or 36,
                no_wrap=True,
                overflow="ellipsis",
            )
        for row in rows:
            table.add_row(
                escape(row.name),
                row.type,
                row.country or "–",
                escape(row.kb_id or "–"),
                str(row.mentions),
                str(row.articles),
            )
        out.print(table)
        total = store.entity_count(kind)
        out.print(f"[dim]{len(rows)} of {total} entities, by mentions[/dim]")


@app.command("entity")
def entity_cmd(
    name: Annotated[str, typer.Argument(help="A KB id, an English name or any form seen.")],
    db: DbOption = Path("sukien.db"),
    fmt: Annotated[ShowFormat, typer.Option("--format")] = ShowFormat.text,
) -> None:
    """One entity: its knowledge-base data, the forms and articles it appears in, and the
    entities mentioned beside it (any case, accents optional)."""
    with user_errors(), _open(db) as store:
        profile = store.entity_profile(name)
        if profile is None:
            raise SukienError(f"no entity matches {name!r}")
        if fmt is ShowFormat.json:
            out.print_json(data=asdict(profile))
            return
        _print_profile(profile)


_ENTITY_ARTICLES = 20


def _print_profile(p: EntityProfile) -> None:
    out.print(f"[bold]{escape(p.name)}[/bold]")
    facts = [
        ("type", f"{p.type}" + (f" ({p.kind})" if p.kind else "")),
        ("country", p.country),
        ("kb id", p.kb_id if p.in_kb else (f"{p.kb_id} (not in the KB)" if p.kb_id else None)),
        ("part of", f"{p.parent_name or p.parent} ({p.parent})" if p.parent else None),
        ("KB aliases", ", ".join(p.kb_aliases) or None),
    ]
    for key, value in facts:
        if value:
            out.print(f"[dim]{key:>12}[/dim]  {escape(value)}")
    for i, role in enumerate(p.roles):
        org = role.org_name or role.org
        text = role.role + (f", {org}" if org else "")
        dates = f"{role.since or '?'} – {role.until or 'now'}"
        label = "roles" if i == 0 else ""
        out.print(f"[dim]{label:>12}[/dim]  {escape(text)}  [dim]{dates}[/dim]")
    seen = ", ".join(f"{a.text} ({a.mentions})" for a in p.aliases)
    out.print(f"[dim]{'seen as':>12}[/dim]  {escape(seen) if seen else '–'}")
    out.print(f"[dim]{'mentions':>12}[/dim]  {p.mentions} in {p.n_articles} article(s)")
    if p.articles:
        out.print("\n[bold]articles[/bold]")
        for a in p.articles[:_ENTITY_ARTICLES]:
            title = escape(_clip(a.title or "(no title)", 80))
            out.print(
                f"  {a.published or '–':10}  [cyan]{escape(a.id)}[/cyan]  {title}"
                f"  [dim]×{a.mentions}[/dim]"
            )
        if len(p.articles) > _ENTITY_ARTICLES:
            more = len(p.articles) - _ENTITY_ARTICLES
            out.print(f"  [dim]… and {more} more (--format json lists them all)[/dim]")
    if p.co_mentions:
        out.print("\n[bold]mentioned with[/bold] [dim](shared articles)[/dim]")
        for c in p.co_mentions:
            extra = " · ".join(x for x in (c.type, c.country, c.kb_id) if x)
            out.print(f"  {c.shared_articles:>4}  {escape(c.name)}  [dim]{escape(extra)}[/dim]")
    if p.alternatives:
        names = ", ".join(
            f"{a.name} ({a.kb_id or a.type}, {a.mentions} mentions)" for a in p.alternatives
        )
        out.print(f"\n[dim]also matches: {escape(names)}[/dim]")


_DEFAULT_ROWS = 50  # rows of a table when no --limit is given; csv and json give them all


@app.command("events")
def events_cmd(
    db: DbOption = Path("sukien.db"),
    actor: Annotated[
        str | None,
        typer.Option(help="An actor on either side: a name (or words of it), KB id or ISO3 code."),
    ] = None,
    dyad: Annotated[
        str | None, typer.Option(help="A,B: events of A towards B, or of B towards A.")
    ] = None,
    type_: Annotated[
        str | None, typer.Option("--type", help="PLOVER type: CONSULT, ACCUSE, ASSAULT…")
    ] = None,
    mode: Annotated[str | None, typer.Option(help="PLOVER mode: visit, phone, meet…")] = None,
    status: Annotated[
        str | None, typer.Option(help="asserted, planned, negated or hypothetical.")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Events dated on or after: YYYY, YYYY-MM or YYYY-MM-DD.")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Events dated on or before: YYYY, YYYY-MM or YYYY-MM-DD.")
    ] = None,
    limit: Annotated[
        int | None,
        typer.Option(min=1, help="How many events (default: 50 in a table, all in csv/json)."),
    ] = None,
    fmt: Annotated[EventFormat, typer.Option("--format")] = EventFormat.table,
) -> None:
    """Events (who did what to whom, when), newest first, with the article they come from."""
    with bad_filters():
        filters = EventFilter.parse(
            actor=actor,
            dyad=dyad,
            type=type_,
            mode=mode,
            status=status,
            since=since,
            until=until,
        )
    shown = limit if limit is not None else (_DEFAULT_ROWS if fmt is EventFormat.table else None)
    with user_errors(), _open(db) as store:
        rows = store.events(filters, None if shown is None else shown + 1)
    more = shown is not None and len(rows) > shown
    rows = rows[:shown]
    if fmt is EventFormat.json:
        out.print_json(data=[asdict(row) for row in rows])
    elif fmt is EventFormat.csv:
        _write_events_csv(rows)
    elif not rows:
        out.print("no event matches" if filters != EventFilter() else "no events stored")
    else:
        _print_events(rows, more)


def _print_events(rows: list[EventRow], more: bool) -> None:
    columns = (
        # header, widest, narrowest (when the console is too narrow for all)
        ("date", 16, 10),
        ("type/mode", 24, 8),
        ("source → target", 48, 16),
        ("status", 12, 8),
        ("location", 16, 6),
        ("article", 28, 8),
        ("evidence", 60, 12),
    )
    cells = [
        [
            Text(row.date or "–"),
            Text(row.type + (f"/{row.mode}" if row.mode else "")),
            Text(_dyad(row.source, row.target)),
            Text(row.status, style=STATUS_STYLES.get(row.status, "")),
            Text(row.location or "–"),
            Text(row.article),
            Text(_one_line(row.text)),
        ]
        for row in rows
    ]
    # the evidence and the actors give way first, the date last
    out.print(_fitted_table(columns, cells, shrink=(6, 2, 4, 5, 1, 3, 0)))
    tail = "; more match (raise --limit)" if more else ""
    out.print(f"[dim]{len(rows)} event(s){tail}[/dim]")


def _fitted_table(
    columns: tuple[tuple[str, int, int], ...], rows: list[list[Text]], shrink: tuple[int, ...]
) -> Table:
    """A borderless table that fits the console: each column as wide as its widest cell (up
    to its widest); when the console is narrower, the columns in ``shrink`` order give way,
    down to their narrowest. Cells stay on one line and end with … when cut."""
    widths = [
        min(most, max([cell_len(header)] + [row[i].cell_len for row in rows]))
        for i, (header, most, _) in enumerate(columns)
    ]
    excess = sum(widths) + 2 * (len(widths) - 1) - out.width
    for i in shrink:
        if excess <= 0:
            break
        cut = min(excess, max(0, widths[i] - columns[i][2]))
        widths[i] -= cut
        excess -= cut
    table = Table(box=None, pad_edge=False)
    for (header, _, _), width in zip(columns, widths, strict=True):
        table.add_column(header, width=width, no_wrap=True, overflow="ellipsis")
    for row in rows:
        table.add_row(*row)
    return table


def _write_events_csv(rows: list[EventRow]) -> None:
    """One line per event (:func:`sukien.store.events.event_csv_row`)."""
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(EVENT_CSV_COLUMNS)
    writer.writerows(event_csv_row(r) for r in rows)


@app.command("quotes")
def quotes_cmd(
    db: DbOption = Path("sukien.db"),
    speaker: Annotated[
        str | None, typer.Option(help="Only this speaker: a name (or words of it) or KB id.")
    ] = None,
    limit: Annotated[
        int | None,
        typer.Option(min=1, help="How many quotes (default: 50 in a table, all in json)."),
    ] = None,
    fmt: Annotated[ListFormat, typer.Option("--format")] = ListFormat.table,
) -> None:
    """Quotes (direct and reported speech) with their speakers, newest articles first."""
    shown = limit if limit is not None else (_DEFAULT_ROWS if fmt is ListFormat.table else None)
    with user_errors(), _open(db) as store, bad_filters():
        rows = store.quotes(speaker, None if shown is None else shown + 1)
    more = shown is not None and len(rows) > shown
    rows = rows[:shown]
    if fmt is ListFormat.json:
        out.print_json(data=[asdict(row) for row in rows])
        return
    if not rows:
        out.print("no quote matches" if speaker is not None else "no quotes stored")
        return
    _print_quotes(rows, more)


def _print_quotes(rows: list[QuoteRow], more: bool) -> None:
    columns = (
        ("published", 10, 10),
        ("article", 28, 8),
        ("speaker", 30, 10),
        ("kind", 8, 8),
        ("quote", 100, 20),
    )
    cells = [
        [
            Text(row.published or "–"),
            Text(row.article),
            Text(actor_label(row.speaker) if row.speaker else "?"),
            Text(row.kind),
            Text(_one_line(row.text)),
        ]
        for row in rows
    ]
    out.print(_fitted_table(columns, cells, shrink=(4, 2, 1)))
    tail = "; more match (raise --limit)" if more else ""
    out.print(f"[dim]{len(rows)} quote(s){tail}[/dim]")


@app.command("serve")
def serve_cmd(
    db: DbOption = Path("sukien.db"),
    host: Annotated[
        str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="SUKIEN_TOKEN",
            help="Enable POST /api/ingest for clients sending 'Authorization: Bearer TOKEN' "
            "(env SUKIEN_TOKEN). Without it the server never writes.",
            show_default=False,
        ),
    ] = None,
    upgrade: Annotated[
        bool,
        typer.Option(
            help="First bring a database made by an older sukien up to date (its newer "
            "indexes make queries faster); without it the file is never written to."
        ),
    ] = False,
) -> None:
    """Serve the JSON API (/api/…, documentation at /docs) and the web pages, reading the
    database read-only."""
    with user_errors():
        if upgrade and db.exists():  # the only write, and only when asked
            with suppress(SukienError):
                Store(db).close()
        from sukien.api.app import create_app

        server = create_app(db, token=token)
    import uvicorn

    ingest_state = "enabled (token)" if token else "disabled (no --token)"
    err.print(
        f"serving {escape(str(db))} on http://{host}:{port}  (API /api, docs /docs; "
        f"ingest {ingest_state}); Ctrl+C to stop"
    )
    uvicorn.run(server, host=host, port=port, log_level="warning")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
