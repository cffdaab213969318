"""JSON Lines exactly as ../shared/FORMAT.md (one article per line, UTF-8, NFC), and back.

:func:`write_jsonl` writes the records; :func:`read_jsonl` reads such a file back into
Documents with their layers as they are (no annotation is run), checking every record: a span's
offsets must lie in ``text`` and ``text[start:end]`` must be its ``text``, event types must be
PLOVER's, statuses sukien's. A bad record is an :class:`InputError` naming ``FILE:LINE``; the
file's other records are still read.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import MISSING, asdict, fields
from pathlib import Path
from typing import Any, TextIO

from sukien.document import (
    Actor,
    Block,
    Document,
    Entity,
    Event,
    Quote,
    Reference,
    Sentence,
    Time,
)
from sukien.errors import InputError
from sukien.events.plover import PLOVER_TYPES
from sukien.ingest.records import json_type
from sukien.store.events import EVENT_STATUSES
from sukien.text.sentences import split_sentences

__all__ = ["document_from_record", "export_record", "read_jsonl", "write_jsonl"]


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


# ------------------------------------------------------------------ reading back


class _Bad(Exception):
    """A problem with one record (becomes an InputError with the record's place)."""


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


Check = Callable[[Any], bool]
_STR: Check = lambda v: isinstance(v, str)  # noqa: E731
_OPT_STR: Check = lambda v: v is None or isinstance(v, str)  # noqa: E731
_INT: Check = _is_int
_OPT_NUM: Check = lambda v: v is None or _is_number(v)  # noqa: E731
_EXPECTED = {_STR: "a string", _OPT_STR: "a string or null", _INT: "an integer"}

# the checked fields of each span layer (other keys of a span are ignored)
_SPAN_FIELDS: dict[str, dict[str, Check]] = {
    "entities": {
        "start": _INT,
        "end": _INT,
        "text": _STR,
        "type": _STR,
        "name": _OPT_STR,
        "country": _OPT_STR,
        "kb_id": _OPT_STR,
    },
    "references": {
        "start": _INT,
        "end": _INT,
        "text": _STR,
        "role": _STR,
        "country": _OPT_STR,
        "name": _OPT_STR,
        "kb_id": _OPT_STR,
    },
    "times": {"start": _INT, "end": _INT, "text": _STR, "value": _OPT_STR},
    "events": {
        "start": _INT,
        "end": _INT,
        "text": _STR,
        "type": _STR,
        "mode": _OPT_STR,
        "date": _OPT_STR,
        "location": _OPT_STR,
        "status": _STR,
        "trigger": _OPT_STR,
        "cameo": _OPT_STR,
        "score": _OPT_NUM,
    },
    "quotes": {"start": _INT, "end": _INT, "text": _STR, "kind": _STR},
}
_SPAN_CLASSES: dict[str, type] = {
    "entities": Entity,
    "references": Reference,
    "times": Time,
    "events": Event,
    "quotes": Quote,
}
_META = ("title", "url", "published", "published_source", "published_confidence", "byline")
_PUBLISHED_SOURCES = (None, "metadata", "text", "inferred")


def _clip(text: str, width: int = 40) -> str:
    return repr(text if len(text) <= width else text[: width - 1] + "…")


def _fields(item: Any, where: str, checks: dict[str, Check], cls: type) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise _Bad(f"{where} must be an object, got {json_type(item)}")
    defaults = {f.name for f in fields(cls) if f.default is not MISSING}
    defaults |= {f.name for f in fields(cls) if f.default_factory is not MISSING}
    values: dict[str, Any] = {}
    for name, check in checks.items():
        if name not in item:
            if name in defaults:
                continue
            raise _Bad(f"{where} has no field {name!r}")
        value = item[name]
        if not check(value):
            expected = _EXPECTED.get(check, "a number or null")
            raise _Bad(f"{where}: field {name!r} must be {expected}, got {json_type(value)}")
        values[name] = float(value) if name == "score" and value is not None else value
    return values


def _offsets(text: str, start: int, end: int, where: str) -> None:
    if not 0 <= start <= end <= len(text):
        raise _Bad(f"{where}: offsets {start}-{end} are outside the text (length {len(text)})")


def _actor(item: Any, where: str) -> Actor:
    checks = {"name": _OPT_STR, "country": _OPT_STR, "kb_id": _OPT_STR}
    return Actor(**_fields(item, where, checks, Actor))


def _actors(item: dict[str, Any], side: str, where: str) -> list[Actor]:
    value = item.get(side, [])
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Bad(f"{where}: field {side!r} must be an array, got {json_type(value)}")
    return [_actor(a, f"{where}.{side}[{i}]") for i, a in enumerate(value)]


def _evidence(item: dict[str, Any], text: str, where: str) -> list[list[int]]:
    value = item.get("evidence", [])
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Bad(f"{where}: field 'evidence' must be an array, got {json_type(value)}")
    spans = []
    for i, span in enumerate(value):
        if not (isinstance(span, list) and len(span) == 2 and all(map(_is_int, span))):
            raise _Bad(f"{where}.evidence[{i}] must be [start, end]")
        _offsets(text, span[0], span[1], f"{where}.evidence[{i}]")
        spans.append([span[0], span[1]])
    return spans


def _span(layer: str, i: int, item: Any, text: str) -> Any:
    where = f"{layer}[{i}]"
    cls = _SPAN_CLASSES[layer]
    values = _fields(item, where, _SPAN_FIELDS[layer], cls)
    start, end = values["start"], values["end"]
    _offsets(text, start, end, where)
    if text[start:end] != values["text"]:
        raise _Bad(
            f"{where}: text {_clip(values['text'])} is not text[{start}:{end}] "
            f"{_clip(text[start:end])}"
        )
    if layer == "events":
        if values["type"] not in PLOVER_TYPES:
            raise _Bad(f"{where}: unknown PLOVER event type {values['type']!r}")
        if values.get("status", "asserted") not in EVENT_STATUSES:
            raise _Bad(f"{where}: unknown status {values['status']!r}")
        values["source"] = _actors(item, "source", where)
        values["target"] = _actors(item, "target", where)
        values["evidence"] = _evidence(item, text, where)
    if layer == "quotes":
        speaker = item.get("speaker")
        values["speaker"] = None if speaker is None else _actor(speaker, f"{where}.speaker")
    return cls(**values)


def _structure(doc: Document) -> None:
    """Blocks (one per line: the first is the title when it is the title, the others
    paragraphs) and sentences, so that an imported article can be shown and counted."""
    position = 0
    for line in doc.text.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        if not line.strip():
            continue
        first = not doc.blocks
        title = first and doc.title is not None and line == doc.title
        doc.blocks.append(Block(start, end, "title" if title else "paragraph"))
        doc.sentences.extend(
            Sentence(s.start, s.end) for s in split_sentences(doc.text, start, end)
        )


def document_from_record(record: Any, where: str) -> Document:
    """A Document from one FORMAT.md record with its layers, checked (see the module
    docstring). ``content_hash`` is the SHA-256 of the record; ``original`` is its text.
    Raises :class:`InputError` (``where: problem``)."""
    try:
        return _document(record)
    except _Bad as bad:
        raise InputError(str(bad), where) from None


def _document(record: Any) -> Document:
    if not isinstance(record, dict):
        raise _Bad(f"record must be a JSON object, got {json_type(record)}")
    raw_id = record.get("id")
    if not (isinstance(raw_id, str) and raw_id.strip()) and not _is_int(raw_id):
        raise _Bad("field 'id' must be a non-empty string or an integer")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _Bad("field 'text' must be a non-empty string")
    meta: dict[str, Any] = {}
    for name in (*_META, "source", "site"):
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise _Bad(f"field {name!r} must be a string or null, got {json_type(value)}")
        meta[name] = value
    if meta["published_source"] not in _PUBLISHED_SOURCES:
        raise _Bad(f"unknown published_source {meta['published_source']!r}")
    credits = record.get("credits") or []
    if not isinstance(credits, list) or not all(isinstance(c, str) for c in credits):
        raise _Bad("field 'credits' must be an array of strings")
    layers: dict[str, list[Any]] = {}
    for layer in _SPAN_CLASSES:
        items = record.get(layer)
        if items is None:
            items = []
        if not isinstance(items, list):
            raise _Bad(f"field {layer!r} must be an array, got {json_type(items)}")
        layers[layer] = [_span(layer, i, item, text) for i, item in enumerate(items)]
    digest = hashlib.sha256(
        json.dumps(record, sort_keys=True, ensure_ascii=False).encode("utf-8")
    ).hexdigest()
    data: dict[str, Any] = {**meta, **layers}
    doc = Document(
        id=str(raw_id).strip() if isinstance(raw_id, str) else str(raw_id),
        text=text,
        original=text,
        credits=list(credits),
        content_hash=digest,
        **data,
    )
    _structure(doc)
    return doc


def read_jsonl(path: Path) -> Iterator[tuple[str, Document | InputError]]:
    """The articles of a FORMAT.md JSON Lines file, each with its place (``FILE:LINE``); an
    :class:`InputError` in place of each bad record (``FILE:LINE: problem``) or of the file when
    it cannot be read. Blank lines are skipped; a record without ``source`` gets the file's
    path."""
    try:
        fh = open(path, "rb")  # noqa: SIM115 -- closed below, errors reported per line
    except IsADirectoryError:
        yield str(path), InputError("is a directory", str(path))
        return
    except FileNotFoundError:
        yield str(path), InputError("no such file or directory", str(path))
        return
    except OSError as err:
        problem = f"cannot read: {(err.strerror or str(err)).lower()}"
        yield str(path), InputError(problem, str(path))
        return
    with fh:
        for number, raw in enumerate(fh, 1):
            where = f"{path}:{number}"
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                yield where, InputError("not UTF-8 text", where)
                continue
            except json.JSONDecodeError as err:
                yield where, InputError(f"not JSON ({err.msg} at column {err.colno})", where)
                continue
            try:
                doc = document_from_record(record, where)
            except InputError as err:
                yield where, err
                continue
            doc.source = doc.source or str(path)
            yield where, doc
