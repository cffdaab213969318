"""``sukien import``: store FORMAT.md JSON Lines records with their layers, as they are.

Nothing is annotated: the entities, references, times, events and quotes of each record are
stored exactly as given (after :func:`sukien.export.jsonl.read_jsonl` has checked them), so an
export imported into another database exports the same again. Only structure is derived from
the text (one block per line, sentences); the words layer stays empty. An imported article is
stored with pipeline version :data:`IMPORT_VERSION` and the SHA-256 of its record as its
content hash: importing the same file again changes nothing, a changed record updates its
article, and a later ``sukien ingest`` of the article's original input re-annotates it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from sukien.errors import InputError, SukienError
from sukien.export.jsonl import read_jsonl
from sukien.ingest.runner import IngestSummary
from sukien.store.store import DuplicateIdError, Store

__all__ = ["IMPORT_VERSION", "import_jsonl"]

IMPORT_VERSION = "import"


def import_jsonl(
    store: Store,
    paths: Sequence[Path],
    replace: bool = False,
    on_error: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Store every good record of the files; each bad record or unreadable file is one line
    (``FILE:LINE: problem``) in ``summary.errors`` (and passed to ``on_error``), and the others
    go on. ``replace`` lets a record replace an article stored from another input."""
    summary = IngestSummary()  # the same counts as an ingest; inputs are the files
    seen: dict[str, str] = {}  # id -> content hash, for duplicate ids within this run

    def fail(message: str) -> None:
        summary.errors.append(message)
        if on_error is not None:
            on_error(message)

    for path in paths:
        summary.inputs += 1
        for where, item in read_jsonl(path):
            if isinstance(item, InputError):
                fail(str(item))
                continue
            doc = item
            hash_ = doc.content_hash or ""
            if seen.get(doc.id, hash_) != hash_:
                fail(f"{where}: duplicate id {doc.id!r} in this import with different content")
                continue
            seen[doc.id] = hash_
            try:
                outcome = store.upsert(doc, IMPORT_VERSION, replace=replace)
            except DuplicateIdError:
                fail(
                    f"{where}: id {doc.id!r} is already stored from another input with "
                    "different content; skipped (import with --replace)"
                )
                continue
            except SukienError as err:
                fail(f"{where}: {err}")
                continue
            setattr(summary, outcome, getattr(summary, outcome) + 1)
    return summary
