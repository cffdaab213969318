"""Resolve what the user named (files, directories, globs, ``-``) into raw inputs.

Directories are walked recursively for article files (``ARTICLE_SUFFIXES``; hidden files and
folders are skipped); a file named directly is read whatever its suffix. Problems with one
path come back as ``InputError`` items so that the caller goes on with the others.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sukien.errors import InputError

Kind = Literal["text", "html", "json"]
ARTICLE_SUFFIXES: dict[str, Kind] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "json",
    ".ndjson": "json",
}
DEFAULT_MAX_BYTES = 20_000_000


@dataclass(frozen=True)
class RawInput:
    """The bytes of one input file (or of standard input) and how to read them."""

    source: str
    stem: str
    kind: Kind
    data: bytes


def sniff_kind(data: bytes) -> Kind:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"{", b"[")):
        return "json"
    if head.startswith((b"<!doctype", b"<html", b"<?xml", b"<head", b"<body", b"<article")):
        return "html"
    return "text"


def _kind_for(path: Path, data: bytes) -> Kind:
    return ARTICLE_SUFFIXES.get(path.suffix.lower()) or sniff_kind(data)


def _walk(directory: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if not name.startswith(".") and path.suffix.lower() in ARTICLE_SUFFIXES:
                yield path


def _expand(spec: str) -> Iterator[Path | InputError]:
    path = Path(spec)
    if path.is_dir():
        yield from _walk(path)
    elif path.exists() or path.is_symlink():
        yield path
    elif glob.has_magic(spec):
        matches = sorted(glob.glob(spec, recursive=True))
        if not matches:
            yield InputError("no file matches this pattern", spec)
        for match in matches:
            yield from _expand(match)
    else:
        yield InputError("no such file or directory", spec)


def _read(path: Path, max_bytes: int) -> RawInput | InputError:
    source = str(path)
    try:
        size = path.stat().st_size
        kind = ARTICLE_SUFFIXES.get(path.suffix.lower())
        if size > max_bytes and kind != "json":
            return InputError(
                f"file too large for one article ({size / 1e6:.1f} MB, limit "
                f"{max_bytes / 1e6:.0f} MB); split it, or raise the limit with --max-size",
                source,
            )
        data = path.read_bytes()
    except IsADirectoryError:
        return InputError("is a directory", source)
    except PermissionError:
        return InputError("cannot read: permission denied", source)
    except OSError as err:
        return InputError(f"cannot read: {err.strerror or err}", source)
    return RawInput(source, path.stem, kind or sniff_kind(data), data)


def resolve(specs: Sequence[str]) -> list[Path | InputError]:
    """The files the specs name, in order, each once; ``Path("-")`` stands for stdin."""
    seen: set[Path] = set()
    items: list[Path | InputError] = []
    for spec in specs:
        if spec == "-":
            items.append(Path("-"))
            continue
        for item in _expand(spec):
            if isinstance(item, Path):
                key = item.resolve()
                if key in seen:
                    continue
                seen.add(key)
            items.append(item)
    return items


def read_input(
    item: Path | InputError, max_bytes: int = DEFAULT_MAX_BYTES
) -> RawInput | InputError:
    """Read one resolved item (errors pass through)."""
    if isinstance(item, InputError):
        return item
    if str(item) == "-":
        data = sys.stdin.buffer.read()
        return RawInput("<stdin>", "stdin", sniff_kind(data), data)
    return _read(item, max_bytes)


def iter_inputs(
    specs: Sequence[str], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawInput | InputError]:
    """Every input the specs name, in order, each file once."""
    for item in resolve(specs):
        yield read_input(item, max_bytes)
