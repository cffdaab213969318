"""Exports. JSON Lines exactly as ../shared/FORMAT.md (one article per line, UTF-8, NFC)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict
from typing import Any, TextIO

from sukien.document import Document


def export_record(doc: Document) -> dict[str, Any]:
    """The FORMAT.md object of one article (extra fields: byline, credits, source, site, and
    references: people named by their office, with the person when resolved; each event's
    trigger, CAMEO code, score and evidence spans; each actor's and speaker's kb_id)."""
    return {
        "id": doc.id,
        "title": doc.title,
        "url": doc.url,
        "published": doc.published,
        "published_source": doc.published_source,
        "published_confidence": doc.published_confidence,
        "text": doc.text,
        "byline": doc.byline,
        "credits": doc.credits,
        "source": doc.source,
        "site": doc.site,
        "entities": [asdict(e) for e in doc.entities],
        "references": [asdict(r) for r in doc.references],
        "times": [asdict(t) for t in doc.times],
        "events": [_event(asdict(ev)) for ev in doc.events],
        "quotes": [asdict(q) for q in doc.quotes],
    }


def _event(data: dict[str, Any]) -> dict[str, Any]:
    """The FORMAT.md event keys in their order, then sukien's extra keys."""
    order = (
        "type",
        "mode",
        "source",
        "target",
        "date",
        "location",
        "status",
        "start",
        "end",
        "text",
        "trigger",
        "cameo",
        "score",
        "evidence",
    )
    return {key: data[key] for key in order}


def write_jsonl(docs: Iterable[Document], out: TextIO) -> int:
    count = 0
    for doc in docs:
        out.write(json.dumps(export_record(doc), ensure_ascii=False) + "\n")
        count += 1
    return count
