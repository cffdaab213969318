"""sukien.quotes: direct and indirect quotes and their speakers (the ``quotes`` step)."""

from sukien.quotes.step import quotes

__all__ = ["quotes"]
