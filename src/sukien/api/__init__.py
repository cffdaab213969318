"""The Python API: annotate a text without a database.

>>> from sukien import annotate
>>> doc = annotate("Tổng thống Nga Vladimir Putin thăm Bắc Kinh.")
>>> [doc.text[t.start : t.end] for t in doc.tokens][:3]
['Tổng thống', 'Nga', 'Vladimir Putin']

:func:`annotate` runs the same steps as ``sukien ingest`` (text repair, normalization,
structure, sentences, words with POS tags, and every later layer the pipeline has) on a
string. The pipeline is built once per :class:`~sukien.pipeline.PipelineOptions` and reused,
so only the first call pays for loading the models.
"""

from __future__ import annotations

import hashlib
import threading

from sukien.document import Document
from sukien.ingest.dates import parse_published
from sukien.pipeline import Pipeline, PipelineOptions
from sukien.text.encoding import decode_bytes

__all__ = ["annotate", "pipeline_for"]

_lock = threading.Lock()
_pipelines: dict[PipelineOptions, Pipeline] = {}


def pipeline_for(options: PipelineOptions | None = None) -> Pipeline:
    """The shared pipeline for ``options`` (built on first use, then cached)."""
    options = options or PipelineOptions()
    with _lock:
        pipeline = _pipelines.get(options)
        if pipeline is None:
            pipeline = _pipelines[options] = Pipeline(options)
        return pipeline


def annotate(
    text: str,
    *,
    title: str | None = None,
    published: str | None = None,
    options: PipelineOptions | None = None,
) -> Document:
    """Annotate one article given as text; every span satisfies
    ``doc.text[span.start:span.end] == span text``.

    ``text`` is read like a plain-text file (title on the first line unless ``title`` is
    given, byline and credits at the end; mojibake is repaired). ``published`` is a date in
    any form the ingest accepts (``2024-05-17``, ``17/5/2024``…), stored as an ISO date.
    The document's ``id`` is ``text-`` and the start of the SHA-256 of ``text``.

    Raises ``TypeError`` when ``text`` is not a string, ``ValueError`` for a ``published``
    that is not a date, and :class:`~sukien.errors.InputError` for binary-looking text.
    """
    if not isinstance(text, str):
        raise TypeError(f"annotate() needs a str, got {type(text).__name__}")
    data = text.encode("utf-8", "surrogatepass")
    digest = hashlib.sha256(data).hexdigest()
    decoded = decode_bytes(data, "<text>") if text.strip() else None
    doc = Document(
        id=f"text-{digest[:12]}",
        text="",
        original=decoded.text if decoded else text,
        title=title,
        encoding=decoded.encoding if decoded else None,
        warnings=list(decoded.warnings) if decoded else [],
        content_hash=digest,
    )
    if published is not None:
        iso = parse_published(published)
        if iso is None:
            raise ValueError(f"published: not a date: {published!r}")
        doc.published, doc.published_source = iso, "metadata"
    return pipeline_for(options)(doc)
