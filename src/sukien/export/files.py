"""Atomic output: every export is written to temporary files next to its target and renamed
into place only when it is complete, so a failure never leaves half a file (nor, for the
formats that write a directory of tables, a mix of old and new tables)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TextIO

from sukien.errors import SukienError

__all__ = ["OutputError", "atomic_directory", "atomic_path", "atomic_text"]


class OutputError(SukienError):
    """An export target that cannot be written (missing folder, not a directory, …)."""


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _temporary(folder: Path, name: str, target: Path) -> Path:
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
    except OSError as error:
        raise OutputError(f"{target}: cannot write: {_reason(error)}") from error
    os.close(fd)
    os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600 files; an export is an ordinary file
    return Path(tmp)


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary file next to ``path``, renamed to ``path`` when the block ends without an
    error and removed otherwise."""
    if path.is_dir():
        raise OutputError(f"{path}: is a directory")
    tmp = _temporary(path.parent, path.name, path)
    try:
        yield tmp
        os.replace(tmp, path)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write: {_reason(error)}") from error
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_text(path: Path) -> Iterator[TextIO]:
    """A UTF-8 text file (no newline translation) written atomically to ``path``."""
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
        yield fh


@contextmanager
def atomic_directory(path: Path, names: Sequence[str]) -> Iterator[dict[str, Path]]:
    """Temporary files inside the directory ``path`` (created when missing; its parent must
    exist), one per name; all are renamed to their names when the block ends without an error,
    and all removed otherwise. Other files of the directory are left alone."""
    if path.exists() and not path.is_dir():
        raise OutputError(f"{path}: not a directory")
    created = False
    if not path.exists():
        try:
            path.mkdir()
        except OSError as error:
            raise OutputError(f"{path}: cannot create the directory: {_reason(error)}") from error
        created = True
    tmps: dict[str, Path] = {}
    try:
        for name in names:
            tmps[name] = _temporary(path, name, path / name)
        yield tmps
        for name, tmp in tmps.items():
            os.replace(tmp, path / name)
    except BaseException as error:
        for tmp in tmps.values():
            tmp.unlink(missing_ok=True)
        if created:
            with suppress(OSError):
                path.rmdir()
        if isinstance(error, OSError):
            raise OutputError(f"{path}: cannot write: {_reason(error)}") from error
        raise
