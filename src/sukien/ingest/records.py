"""JSON and JSON Lines article records.

A file holds one record (an object), a list of records, or one record per line. A record has
``text`` or ``html`` (required, a non-empty string) and optionally ``id``, ``title``, ``url``,
``published``, ``source``, ``author``; other fields are ignored. A bad record is reported with
its line (JSON Lines) or index (list) and the others are still read.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sukien.errors import InputError

STRING_FIELDS = ("title", "url", "published", "source", "author")


@dataclass(frozen=True)
class Record:
    where: str
    id: str | None
    text: str | None
    html: str | None
    title: str | None
    url: str | None
    published: str | None
    source: str | None
    author: str | None
    content_hash: str


def _check(obj: Any, where: str) -> Record:
    if not isinstance(obj, dict):
        raise InputError(f"record must be a JSON object, got {json_type(obj)}", where)
    values: dict[str, str | None] = {}
    for name in ("text", "html", *STRING_FIELDS):
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            raise InputError(f"field {name!r} must be a string, got {json_type(value)}", where)
        values[name] = value.strip() or None if isinstance(value, str) else None
    raw_id = obj.get("id")
    if raw_id is not None and (not isinstance(raw_id, str | int) or isinstance(raw_id, bool)):
        raise InputError(
            f"field 'id' must be a string or an integer, got {json_type(raw_id)}", where
        )
    if not values["text"] and not values["html"]:
        raise InputError("record has no 'text' or 'html' (one of them is required)", where)
    digest = hashlib.sha256(
        json.dumps(obj, sort_keys=True, ensure_ascii=False).encode("utf-8")
    ).hexdigest()
    return Record(
        where=where,
        id=None if raw_id is None else str(raw_id).strip() or None,
        content_hash=digest,
        **values,
    )


def json_type(value: Any) -> str:
    """The JSON name of a parsed value's type ("object", "array", "string", …)."""
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")


def iter_records(text: str, source: str) -> Iterator[Record | InputError]:
    """The records of a JSON or JSON Lines document, errors in place of the bad ones."""
    stripped = text.strip()
    if not stripped:
        yield InputError("empty file", source)
        return
    try:
        whole = json.loads(stripped)
    except json.JSONDecodeError:
        whole = None
        lines = True
    else:
        lines = False
    if not lines:
        items = whole if isinstance(whole, list) else [whole]
        for index, obj in enumerate(items):
            where = f"{source}[{index}]" if isinstance(whole, list) else source
            yield _safe(obj, where)
        return
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputError(f"not valid JSON ({err.msg} at column {err.colno})", where)
            continue
        yield _safe(obj, where)


def _safe(obj: Any, where: str) -> Record | InputError:
    try:
        return _check(obj, where)
    except InputError as err:
        return err
