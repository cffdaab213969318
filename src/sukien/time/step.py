"""The time step: the article's publication date when no metadata gave it, then every time
expression of the text with its normalized value.

Publication date, in order: metadata (set at ingest) → a dateline line in the text ("Thứ
sáu, 20/05/2016 - 23:40", "Hà Nội, ngày 20/5/2016": ``published_source = "text"``) →
inferred from what the article says (``sukien.time.published``; ``"inferred"``, with a
confidence). The time expressions then resolve against that date.
"""

from __future__ import annotations

from sukien.document import Document, Time
from sukien.time.datelines import find_dateline
from sukien.time.published import infer_published
from sukien.time.resolve import is_future
from sukien.time.tagger import find_times

from . import resolve_all


def times(doc: Document) -> Document:
    """Fill ``doc.times`` (and ``doc.published`` when it is unknown)."""
    mentions = find_times(doc.text)
    if not doc.published:
        found = find_dateline(doc.text)
        if found is not None:
            doc.published = found[2].value[:10]
            doc.published_source, doc.published_confidence = "text", "high"
    if not doc.published:
        dates = [m for m in mentions if m.kind in ("date", "time")]
        future = [is_future(doc.text, m.start, m.end) for m in dates]
        inferred = infer_published(doc, dates, future)
        if inferred is not None:
            doc.published = inferred.value
            doc.published_source, doc.published_confidence = "inferred", inferred.confidence
    values = resolve_all(doc.text, mentions, doc.published)
    doc.times = [Time(m.start, m.end, m.text, v) for m, v in zip(mentions, values, strict=True)]
    return doc
