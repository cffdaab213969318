"""Ingest inputs into a store: read, annotate, upsert; one failure never stops the rest."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from sukien.document import Document
from sukien.errors import InputError, SukienError
from sukien.ingest.reader import read_documents
from sukien.ingest.sources import DEFAULT_MAX_BYTES, read_input, resolve
from sukien.pipeline import PIPELINE_VERSION, Pipeline
from sukien.store.store import Store

Outcome = Literal["added", "updated", "unchanged", "failed", "warning"]


@dataclass(frozen=True)
class IngestOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    replace: bool = False


@dataclass
class IngestSummary:
    inputs: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.errors)

    @property
    def articles(self) -> int:
        return self.added + self.updated + self.unchanged


class IngestReporter:
    """Hooks for progress display; the default does nothing."""

    def start(self, total: int) -> None:
        """Called once with the number of input files."""

    def advance(self, source: str) -> None:
        """Called after each input file."""

    def failed(self, message: str) -> None:
        """Called with the one-line message of each failure."""


def ingest(
    store: Store,
    specs: Sequence[str],
    pipeline: Pipeline,
    options: IngestOptions | None = None,
    reporter: IngestReporter | None = None,
) -> IngestSummary:
    """Ingest every article the specs name, reporting progress and failures to ``reporter``."""
    options = options or IngestOptions()
    reporter = reporter or IngestReporter()
    summary = IngestSummary()
    seen: dict[str, str] = {}  # id -> content hash, for duplicate ids within this run

    def note(source: str, outcome: Outcome, message: str | None = None) -> None:
        if outcome == "failed":
            summary.errors.append(message or source)
            reporter.failed(message or source)
        elif outcome == "warning":
            summary.warnings.append(message or source)
        else:
            setattr(summary, outcome, getattr(summary, outcome) + 1)

    items = resolve(specs)
    reporter.start(len(items))
    for item in items:
        summary.inputs += 1
        raw = read_input(item, options.max_bytes)
        if isinstance(raw, InputError):
            note(raw.source or "?", "failed", str(raw))
        else:
            for doc in read_documents(raw):
                if isinstance(doc, InputError):
                    note(doc.source or raw.source, "failed", str(doc))
                else:
                    store_one(store, doc, pipeline, options, seen, note)
        reporter.advance(str(item) if not isinstance(item, InputError) else "?")
    return summary


def store_one(
    store: Store,
    doc: Document,
    pipeline: Pipeline,
    options: IngestOptions,
    seen: dict[str, str],
    note: Callable[[str, Outcome, str | None], None],
) -> None:
    """Annotate and store one article, telling ``note`` its outcome (and warnings): skipped
    when current, failed on a duplicate id with other content (``seen``: id → hash of this
    run), on empty text, on a store error or on a bug, never raising."""
    source = doc.source or "?"
    previous = seen.get(doc.id)
    if previous is not None and previous != doc.content_hash:
        note(
            source,
            "failed",
            f"{source}: duplicate id {doc.id!r} in this run with different "
            "content; skipped (ids come from file names or the records' 'id')",
        )
        return
    seen[doc.id] = doc.content_hash or ""
    if store.is_current(doc.id, doc.content_hash or "", PIPELINE_VERSION):
        note(source, "unchanged", None)
        return
    try:
        doc = pipeline(doc)
        if not doc.text.strip():
            raise InputError("no article text left after cleaning", source)
        outcome = store.upsert(doc, PIPELINE_VERSION, replace=options.replace)
    except SukienError as err:
        note(source, "failed", str(err))
        return
    except Exception as err:  # a bug must not stop the other articles
        note(source, "failed", f"{source}: internal error ({type(err).__name__}: {err})")
        return
    note(source, outcome, None)
    for warning in doc.warnings:
        note(source, "warning", f"{source}: {warning}")
