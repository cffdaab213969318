"""Raw inputs (text, HTML, JSON records) to unprocessed Documents with their metadata.

The Document made here has ``original`` (the decoded article text, for HTML the extracted
main text) and the metadata; the pipeline fills ``text`` and the layers. Metadata precedence:
a JSON record's fields beat what the HTML says, which beats what the text says.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from sukien.document import Document
from sukien.errors import InputError
from sukien.ingest.dates import parse_published
from sukien.ingest.html import extract_html
from sukien.ingest.records import Record, iter_records
from sukien.ingest.sources import RawInput
from sukien.text.encoding import decode_bytes


def read_documents(raw: RawInput) -> Iterator[Document | InputError]:
    """The articles in one input, or an ``InputError`` for each one that cannot be read."""
    if not raw.data.strip():
        yield InputError("empty file", raw.source)
        return
    try:
        decoded = decode_bytes(raw.data, raw.source)
    except InputError as err:
        yield err
        return
    digest = hashlib.sha256(raw.data).hexdigest()
    base = Document(
        id=raw.stem if raw.source != "<stdin>" else f"stdin-{digest[:12]}",
        text="",
        source=raw.source,
        encoding=decoded.encoding,
        warnings=list(decoded.warnings),
        content_hash=digest,
    )
    if raw.kind == "json":
        for number, item in enumerate(iter_records(decoded.text, raw.source), 1):
            yield item if isinstance(item, InputError) else _from_record(item, base, number)
        return
    if raw.kind == "html":
        try:
            yield _from_html(decoded.text, base)
        except InputError as err:
            yield err
        return
    if not decoded.text.strip():
        yield InputError("no text in file", raw.source)
        return
    base.original = decoded.text
    yield base


def _from_html(html: str, base: Document, url: str | None = None) -> Document:
    article = extract_html(html, base.source, url)
    base.original = article.text
    base.title = article.title
    base.byline = article.author
    base.url = article.url
    base.site = article.site
    _set_published(base, article.published)
    return base


def _from_record(record: Record, base: Document, number: int) -> Document | InputError:
    doc = Document(
        id=record.id or f"{base.id}-{number}",
        text="",
        source=base.source,
        encoding=base.encoding,
        warnings=list(base.warnings),
        content_hash=record.content_hash,
    )
    if record.html and not record.text:
        try:
            _from_html(record.html, doc, record.url)
        except InputError as err:
            return InputError(err.problem, record.where)
    else:
        doc.original = record.text or ""
    doc.title = record.title or doc.title
    doc.byline = record.author or doc.byline
    doc.url = record.url or doc.url
    doc.site = record.source or doc.site
    if record.published:
        doc.published = None
        _set_published(doc, record.published)
    return doc


def _set_published(doc: Document, value: str | None) -> None:
    if not value:
        return
    parsed = parse_published(value)
    if parsed is None:
        doc.warnings.append(f"publication date not understood: {value!r}")
        return
    doc.published, doc.published_source = parsed, "metadata"
