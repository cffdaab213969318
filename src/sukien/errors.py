"""Errors for bad user input. The CLI prints them as one line, never as a traceback."""

from __future__ import annotations


class SukienError(Exception):
    """Base class of the errors sukien reports to users."""


class InputError(SukienError):
    """An input file or record cannot be read as an article.

    ``str(err)`` is one line: ``"<source>: <problem>"`` when the source is known.
    """

    def __init__(self, problem: str, source: str | None = None) -> None:
        self.problem = problem
        self.source = source
        super().__init__(f"{source}: {problem}" if source else problem)


class DecodeError(InputError):
    """The bytes are not text in any encoding we know (binary data, unknown encoding)."""
