"""Exports of the stored corpus, and the import of sukien's own JSON Lines.

======================  ============================================  ======================
format                  what                                          module
======================  ============================================  ======================
``jsonl``               one article per line, ``../shared/FORMAT.md``  :mod:`.jsonl`
``csv``                 five tables (articles, entities, mentions,    :mod:`.tables`
                        events, quotes): a directory or a ``.zip``
``parquet``             the same five tables, typed (needs pyarrow,   :mod:`.tables`
                        the ``export`` extra)
``plover``              PLOVER event records, one per line            :mod:`.plover`
``graphml``             the actor network (entities, events,          :mod:`.graphml`
                        co-mentions)
======================  ============================================  ======================

Every file is written next to its target and renamed into place (:mod:`.files`): a failure
never leaves half a file. :mod:`.importer` stores a ``jsonl`` export in a database again, with
its layers as they are.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TextIO

from sukien.document import Document
from sukien.errors import SukienError
from sukien.export.files import OutputError, atomic_text
from sukien.export.graphml import write_graphml
from sukien.export.jsonl import document_from_record, export_record, read_jsonl, write_jsonl
from sukien.export.plover import write_plover
from sukien.export.tables import require_pyarrow, write_csv, write_parquet

__all__ = [
    "ExportFormat",
    "ExportResult",
    "OutputError",
    "check_target",
    "document_from_record",
    "export",
    "export_record",
    "read_jsonl",
    "write_csv",
    "write_graphml",
    "write_jsonl",
    "write_parquet",
    "write_plover",
]


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    plover = "plover"
    graphml = "graphml"


# the formats that write several tables, and so need a path
TABLE_FORMATS = (ExportFormat.csv, ExportFormat.parquet)


@dataclass
class ExportResult:
    """What an export wrote: the number of articles read and of each kind of item."""

    articles: int = 0
    items: dict[str, int] = field(default_factory=dict)

    def describe(self) -> str:
        parts = ", ".join(f"{n} {what}" for what, n in self.items.items())
        return f"{self.articles} article(s)" + (f" ({parts})" if parts else "")


def check_target(fmt: ExportFormat, output: Path | None) -> None:
    """Raise a one-line error for an export that cannot be written, before any work."""
    if fmt in TABLE_FORMATS and output is None:
        where = "a directory (or a .zip file)" if fmt is ExportFormat.csv else "a directory"
        raise OutputError(f"--format {fmt} writes several tables: give -o with {where}")
    if fmt is ExportFormat.parquet:
        require_pyarrow()
        if output is not None and output.suffix.lower() == ".zip":
            raise OutputError(f"{output}: --format parquet writes a directory, not a .zip")
    if output is not None and not output.parent.is_dir():
        problem = "not a directory" if output.parent.exists() else "no such directory"
        raise OutputError(f"{output}: cannot write: {problem}: {output.parent}")


def export(
    docs: Iterable[Document],
    fmt: ExportFormat,
    output: Path | None = None,
    *,
    stdout: TextIO | None = None,
    min_comentions: int = 2,
) -> ExportResult:
    """Export ``docs`` in ``fmt`` to ``output`` (a file, or a directory for csv and parquet),
    atomically; to ``stdout`` (default ``sys.stdout``) when ``output`` is None."""
    check_target(fmt, output)
    result = ExportResult()

    def counted(items: Iterable[Document]) -> Iterator[Document]:
        for doc in items:
            result.articles += 1
            yield doc

    stream = counted(docs)
    if fmt in TABLE_FORMATS:
        assert output is not None
        writer = write_csv if fmt is ExportFormat.csv else write_parquet
        counts = writer(stream, output)
        result.items = {name: n for name, n in counts.items() if name != "articles"}
        return result
    if output is None:
        _write_text(fmt, stream, stdout or sys.stdout, result, min_comentions)
    else:
        with atomic_text(output) as fh:
            _write_text(fmt, stream, fh, result, min_comentions)
    return result


def _write_text(
    fmt: ExportFormat,
    docs: Iterable[Document],
    out: TextIO,
    result: ExportResult,
    min_comentions: int,
) -> None:
    if fmt is ExportFormat.jsonl:
        write_jsonl(docs, out)
    elif fmt is ExportFormat.plover:
        result.items = {"events": write_plover(docs, out)}
    elif fmt is ExportFormat.graphml:
        nodes, edges = write_graphml(docs, out, min_comentions)
        result.items = {"nodes": nodes, "edges": edges}
    else:  # pragma: no cover - the table formats are handled by the caller
        raise SukienError(f"not a text format: {fmt}")
